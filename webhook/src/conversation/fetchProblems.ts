/**
 * What one fetched document (or status callback) means for the turn: the TwiML text to run, or
 * the problems Twilio would log instead. Status, size and Content-Type are judged by the replay's
 * classifyReply (11200, 11750, 12300, a text/plain reply turned into <Message>); the TwiML itself
 * is judged later by the language service, so the replay's own parse check is not repeated.
 */
import type { ReplyReader } from '../../../shared/replyReading';
import { TWILIO_CODES, titled } from '../../../server/src/data/errorCodes';
import { MAX_DOCUMENT_BYTES } from '../../../server/src/data/limits';
import { classifyReply } from '../replay/classifyReply';
import type { ResponseInfo } from '../replay/httpHop';
import type { Dialect } from '../replay/classifyReply';
import type { TransportResult, Turn } from './types';

/** The TwiML text to run next (absent when there is none) and the URL that answered. */
export interface Fetched {
  url: string;
  text?: string;
}

/** How a fetch ended. */
export type FetchEnd =
  | { url: string; response: Extract<TransportResult, { kind: 'response' }> }
  | { url: string; failure: Extract<TransportResult, { kind: 'error' }> }
  | { url: string; tooManyRedirects: number };

function responseInfo(response: Extract<TransportResult, { kind: 'response' }>): ResponseInfo {
  const body = Buffer.from(response.body, 'utf8');
  const truncated = body.length > MAX_DOCUMENT_BYTES;
  return {
    status: response.status,
    statusText: '',
    headers: { ...response.headers },
    setCookies: [],
    body: truncated ? body.subarray(0, MAX_DOCUMENT_BYTES) : body,
    bytesRead: body.length,
    truncated,
  };
}

/** The dialect the session speaks and the reader that tells whether a text/plain voice reply is TwiML. */
export interface FetchJudging {
  dialect: Dialect;
  reader: ReplyReader;
}

/** Adds the problems of `end` to `turn` at `level` and returns the TwiML to run, if any. */
export async function fetchProblems(
  turn: Turn,
  end: FetchEnd,
  level: 'error' | 'warning',
  { dialect, reader }: FetchJudging,
): Promise<Fetched> {
  const { url } = end;
  if ('failure' in end) {
    const { failure } = end;
    // https://www.twilio.com/docs/api/errors/11205: Twilio could not connect, or the app took
    // longer than Twilio waits (15 s for a messaging or voice webhook).
    const message =
      failure.reason === 'refused'
        ? `Your app is not reachable at ${url}: the connection was refused. Is it running, on this port?`
        : failure.reason === 'timeout'
          ? `Your app did not answer ${url} within ${Math.round(failure.ms / 1000)} s; Twilio gives up after 15 s.`
          : `Could not reach ${url}: ${failure.message}.`;
    turn.problems.push({
      code: TWILIO_CODES.httpConnectionFailure,
      severity: level,
      message: titled(TWILIO_CODES.httpConnectionFailure, message),
    });
    return { url };
  }
  if ('tooManyRedirects' in end) {
    turn.problems.push({
      code: TWILIO_CODES.httpRetrievalFailure,
      severity: level,
      message: titled(
        TWILIO_CODES.httpRetrievalFailure,
        `more than ${end.tooManyRedirects} HTTP redirects, the last from ${url}.`,
      ),
    });
    return { url };
  }
  // The TwiML is judged by the engine right after (the reader's messaging or voice reading), so the
  // parse verdict is not asked for twice.
  const verdict = await classifyReply(responseInfo(end.response), dialect, { reader, parse: false });
  for (const problem of verdict.problems) {
    // Notes (a text/plain reply, an empty body) are not problems.
    if (problem.severity === 'info') continue;
    // A status callback's answer is not read, so only an HTTP failure (11200) matters there: an
    // empty 200 or a 204 is the usual answer to a callback.
    if (level === 'warning' && problem.code !== TWILIO_CODES.httpRetrievalFailure) continue;
    const severity = problem.severity === 'error' ? level : 'warning';
    turn.problems.push({ code: problem.code, severity, message: `${problem.message} (${url})` });
  }
  if (level === 'warning') return { url }; // a status callback's answer is not run
  return { url, text: verdict.twiml };
}
