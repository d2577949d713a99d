/**
 * Turns the outcome of a replayed webhook into what Twilio's Debugger would log.
 * Transport failures: 11200 "HTTP retrieval failure" (https://www.twilio.com/docs/api/errors/11200),
 * 11205 for a request that does not finish in time (https://www.twilio.com/docs/api/errors/11205),
 * 11215 for too many redirects (https://www.twilio.com/docs/voice/twiml: "a maximum of 10
 * redirects"). Complete responses are judged by classifyReply.ts.
 */
import type { ReplyReader } from '../../../shared/replyReading';
import { TWILIO_CODES } from '../../../server/src/data/errorCodes';
import { classifyReply, type Dialect, type ReplyVerdict } from './classifyReply';
import type { HttpOutcome } from './httpClient';
import { note, twilioProblem, type Problem } from './problems';

export type { Dialect } from './classifyReply';

/** What an outcome means, ready to show. */
export interface Classification extends Partial<ReplyVerdict> {
  problems: Problem[];
}

const RETRIEVAL = TWILIO_CODES.httpRetrievalFailure;
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|ERR_SSL/;

/** `host:port` of a URL, with the scheme's default port spelled out. */
export function hostAndPort(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
    return `${parsed.hostname}:${port}`;
  } catch {
    return url;
  }
}

// A GET hop carries every webhook parameter in its query; keep chains of them readable.
function shorten(url: string, max = 80): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}

function networkProblem(code: string, message: string, url: string): Problem {
  const where = hostAndPort(url);
  const hint = `Is your app running on ${where}?`;
  if (code === 'ECONNREFUSED') return twilioProblem('error', RETRIEVAL, `connection refused by ${where}. ${hint}`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return twilioProblem('error', RETRIEVAL, `the host name in ${url} could not be resolved (${code}). ${hint}`);
  }
  if (code.startsWith('HPE_')) {
    return twilioProblem('error', RETRIEVAL, `${where} did not answer with valid HTTP (${code}: ${message}).`);
  }
  if (TLS_CODES.test(code)) {
    // "Twilio will not connect to an HTTPS URL with a self-signed certificate" (https://www.twilio.com/docs/usage/security).
    return twilioProblem(
      'error',
      RETRIEVAL,
      `TLS handshake with ${where} failed (${code}); Twilio needs a certificate from a public CA.`,
    );
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return twilioProblem('error', RETRIEVAL, `${where} closed the connection before answering (${code}). ${hint}`);
  }
  return twilioProblem('error', RETRIEVAL, `${code}: ${message}. ${hint}`);
}

function timeoutProblem(outcome: Extract<HttpOutcome, { kind: 'timeout' }>): Problem {
  const seconds = outcome.timeoutMs / 1000;
  const where = hostAndPort(outcome.url);
  const detail =
    outcome.phase === 'connect'
      ? `could not connect to ${where} within ${seconds} s`
      : outcome.phase === 'headers'
        ? `${where} accepted the connection but sent no response within ${seconds} s`
        : `${where} answered ${outcome.response?.status ?? ''} but the body was still arriving after ${seconds} s (${outcome.response?.bytesRead ?? 0} bytes so far)`;
  return twilioProblem('error', TWILIO_CODES.httpConnectionFailure, `${detail}. Twilio gives up after 15 s.`);
}

function redirectNotes(outcome: HttpOutcome): Problem[] {
  return outcome.redirects.map((step, index) => {
    const previous = index === 0 ? 'POST' : outcome.redirects[index - 1].method;
    if (previous === 'POST' && step.method === 'GET') {
      return note(
        'warning',
        `${step.status} redirect to ${step.to} turned the POST into a GET without the webhook parameters; use 307/308 or point Twilio at the final URL.`,
      );
    }
    return note('info', `followed ${step.status} redirect to ${step.to}`);
  });
}

/**
 * Classifies a finished exchange.
 * @param reader judges the TwiML of a complete response (the language service)
 * @param firstMethod the method of the first request (to spot POST→GET rewrites)
 */
export async function classify(
  outcome: HttpOutcome,
  dialect: Dialect,
  reader: ReplyReader,
  firstMethod: 'GET' | 'POST' = 'POST',
): Promise<Classification> {
  const redirects =
    firstMethod === 'POST'
      ? redirectNotes(outcome)
      : redirectNotes(outcome).map((p) => ({ ...p, severity: 'info' as const }));
  const withRedirects = (c: Classification): Classification => ({ ...c, problems: [...redirects, ...c.problems] });
  switch (outcome.kind) {
    case 'response': {
      const verdict = await classifyReply(outcome.response, dialect, { reader });
      return withRedirects(verdict);
    }
    case 'incomplete': {
      const { response, expectedBytes } = outcome;
      const of = expectedBytes !== undefined ? ` of the ${expectedBytes} announced` : '';
      const message = `the connection closed mid-body after ${response.bytesRead} bytes${of}.`;
      return withRedirects({
        problems: [twilioProblem('error', RETRIEVAL, message)],
        body: response.body.toString('utf8'),
      });
    }
    case 'timeout':
      return withRedirects({ problems: [timeoutProblem(outcome)] });
    case 'cancelled':
      return withRedirects({ problems: [note('info', 'Replay cancelled.')] });
    case 'network-error':
      return withRedirects({ problems: [networkProblem(outcome.code, outcome.message, outcome.url)] });
    case 'too-many-redirects': {
      const chain = [outcome.redirects[0]?.from, ...outcome.redirects.map((r) => r.to)]
        .filter(Boolean)
        .map((u) => shorten(u))
        .join(' → ');
      const why = outcome.loop ? 'a redirect loop' : `more than ${outcome.maxRedirects} redirects`;
      return {
        problems: [twilioProblem('error', TWILIO_CODES.httpTooManyRedirects, `${why} (${chain}).`)],
      };
    }
    case 'invalid-url':
      return { problems: [note('error', `Cannot replay: ${outcome.message}.`)] };
  }
}
