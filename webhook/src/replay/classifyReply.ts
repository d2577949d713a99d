/**
 * Judges a complete HTTP response the way Twilio's webhook handling would: status, size,
 * Content-Type, encoding and XML well-formedness, producing the TwiML Twilio would run.
 * Rules: https://www.twilio.com/docs/api/errors/11200 (4xx/5xx, no Content-Type),
 * https://www.twilio.com/docs/api/errors/11750 (64 kB), https://www.twilio.com/docs/api/errors/12300
 * (Content-Type), https://www.twilio.com/docs/api/errors/12100 (parse failure), and the MIME
 * table of https://www.twilio.com/docs/messaging/twiml and https://www.twilio.com/docs/voice/twiml.
 */
import { decodeBody } from './decodeBody';
import type { ResponseInfo } from './httpHop';
import { note, twilioProblem, type Problem } from './problems';
import type { ReplyReader } from '../../../shared/replyReading';
import { TWILIO_CODES } from '../../../server/src/data/errorCodes';
import { escapeXmlText } from './escapeXml';

/** Which TwiML dialect the webhook answers. */
export type Dialect = 'messaging' | 'voice';

/** What a response means to Twilio. */
export interface ReplyVerdict {
  problems: Problem[];
  /** The body as text for display (binary bodies are described instead). */
  body: string;
  /** The TwiML Twilio would run (a text/plain reply converted), if any. */
  twiml?: string;
}

const TWIML_TYPES = new Set(['text/xml', 'application/xml', 'text/html']);
const KB = 1024;

/** The media type of a Content-Type value, lowercased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type ? type : undefined;
}

/** Twilio's parse verdict on `twiml`, as the language service judges it (12100, 12101, 12102). */
async function parseProblems(twiml: string, reader: ReplyReader): Promise<Problem[]> {
  const { issues } = await reader.checkWellFormed(twiml);
  return issues.map((issue) => {
    if (issue.code === undefined) return note(issue.level, issue.message);
    const where = issue.line !== undefined ? ` (line ${issue.line}, column ${issue.column ?? '?'})` : '';
    return twilioProblem(issue.level, issue.code, `${issue.message}${where}`);
  });
}

// Messaging: "Twilio returns the content of the text file to the sender in the form of a
// message." Voice: "If the response is valid TwiML, we will execute the provided instructions,
// otherwise Twilio reads the content of the text out loud to the caller" (https://www.twilio.com/docs/voice/twiml).
async function plainText(text: string, dialect: Dialect, reader: ReplyReader): Promise<ReplyVerdict> {
  if (dialect === 'voice' && (await reader.checkWellFormed(text)).issues.length === 0) {
    return { problems: [note('info', 'text/plain reply holds valid TwiML; Twilio runs it.')], body: text, twiml: text };
  }
  const verb = dialect === 'voice' ? 'Say' : 'Message';
  const what =
    dialect === 'voice'
      ? 'reads the text out loud to the caller, then hangs up'
      : 'sends the text back as a reply message';
  return {
    problems: [note('info', `text/plain reply: Twilio ${what}, as <${verb}> would.`)],
    body: text,
    twiml: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><${verb}>${escapeXmlText(text)}</${verb}></Response>\n`,
  };
}

function emptyReply(status: number, dialect: Dialect): ReplyVerdict {
  if (dialect === 'messaging') {
    return { problems: [note('info', `${status} with an empty body: Twilio sends no reply.`)], body: '' };
  }
  return {
    problems: [
      twilioProblem(
        'error',
        TWILIO_CODES.documentParseFailure,
        'the reply is empty; a call needs TwiML (at least <Response/>).',
      ),
    ],
    body: '',
  };
}

/** How {@link classifyReply} judges the TwiML itself. */
export interface ReplyJudging {
  /** Judges well-formedness (the language service, in this process or in the language server). */
  reader: ReplyReader;
  /**
   * False when the caller judges the TwiML itself (the conversation and call engines read it
   * with the language service next): the parse verdict is then not asked for. Default true.
   */
  parse?: boolean;
}

/** Classifies a response that arrived in full (or was cut at the size cap). */
export async function classifyReply(
  response: ResponseInfo,
  dialect: Dialect,
  judging: ReplyJudging,
): Promise<ReplyVerdict> {
  const { status } = response;
  const contentType = response.headers['content-type'];
  const decoded = decodeBody(response.body, contentType);
  const display = decoded.kind === 'binary' ? `<${decoded.description}>` : decoded.text;
  if (status >= 400 || status < 200) {
    const reason = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      problems: [twilioProblem('error', TWILIO_CODES.httpRetrievalFailure, `your app answered ${reason}.`)],
      body: display,
    };
  }
  if (status >= 300) {
    return {
      problems: [
        twilioProblem('error', TWILIO_CODES.httpRetrievalFailure, `${status} redirect without a Location header.`),
      ],
      body: display,
    };
  }
  if (response.truncated) {
    const message = `more than ${response.body.length / KB} kB arrived (Twilio's TwiML limit is 64 kB); reading stopped there.`;
    return { problems: [twilioProblem('error', TWILIO_CODES.responseTooLarge, message)], body: display };
  }
  if (status === 204 || response.body.length === 0) return emptyReply(status, dialect);
  const type = mediaType(contentType);
  if (type === undefined) {
    return {
      problems: [twilioProblem('error', TWILIO_CODES.httpRetrievalFailure, 'the response has no Content-Type header.')],
      body: display,
    };
  }
  if (dialect === 'voice' && type.startsWith('audio/')) {
    return {
      problems: [note('info', `${type} reply: Twilio plays the audio to the caller, then hangs up.`)],
      body: display,
    };
  }
  if (type !== 'text/plain' && !TWIML_TYPES.has(type)) {
    const accepted = 'text/xml, application/xml, text/html or text/plain';
    return {
      problems: [
        twilioProblem('error', TWILIO_CODES.invalidContentType, `"${contentType}"; Twilio accepts ${accepted}.`),
      ],
      body: display,
    };
  }
  if (decoded.kind === 'binary') {
    return {
      problems: [
        twilioProblem(
          'error',
          TWILIO_CODES.documentParseFailure,
          `the ${type} body is ${decoded.description}, not text.`,
        ),
      ],
      body: display,
    };
  }
  if (decoded.kind === 'invalid') {
    return {
      problems: [twilioProblem('error', TWILIO_CODES.documentParseFailure, `${decoded.description}.`)],
      body: display,
    };
  }
  if (type === 'text/plain') return plainText(decoded.text, dialect, judging.reader);
  const problems = judging.parse === false ? [] : await parseProblems(decoded.text, judging.reader);
  return { problems, body: decoded.text, twiml: decoded.text };
}
