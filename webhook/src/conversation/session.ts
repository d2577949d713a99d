/**
 * The HTTP side Twilio keeps for one conversation or one call: every request signed for its own
 * URL and parameters, the session's cookies sent and stored, HTTP redirects followed, and each
 * answer judged (status, size, Content-Type) for the dialect the session speaks. Shared by the
 * messaging conversation (conversation.ts) and the voice call (call.ts), so both are Twilio-alike
 * in the same way.
 */
import { CookieJar } from '../replay/cookies';
import type { StoredCookie } from '../replay/setCookie';
import { appendQuery, encodeForm } from '../replay/form';
import { webhookHeaders } from '../replay/headers';
import { nextHop } from '../replay/hopRules';
import { DEFAULT_TIMEOUT_MS } from '../replay/httpClient';
import { makeIdempotencyToken, type RandomBytes } from '../replay/random';
import { signRequest } from '../replay/signature';
import type { ReplyReader } from '../../../shared/replyReading';
import type { Dialect } from '../replay/classifyReply';
import { fetchProblems, type Fetched } from './fetchProblems';
import type { OutgoingRequest, RequestRecord, Transport, Turn } from './types';

/** HTTP 3xx followed per document fetch, like the replay's client. */
export const MAX_HTTP_REDIRECTS = 10;

const HTTP_REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A request to make, before signing and cookies. */
export interface Planned {
  method: 'GET' | 'POST';
  url: string;
  params: Record<string, string>;
  why: RequestRecord['why'];
}

/** What a fetch gave: {@link Fetched} plus the URL the document came from, without a GET's query. */
export interface SessionFetched extends Fetched {
  /** The last hop's URL as planned (a GET's parameters not appended): the "current document" URL. */
  documentUrl: string;
}

/** How a session signs, sends and keeps cookies. */
export interface SessionOptions {
  transport: Transport;
  /** Signs every request when set. */
  authToken?: string;
  /** The cookie jar's conversation key (a From/To pair for messages, the CallSid for a call). */
  cookieKey: string;
  jar: CookieJar;
  dialect: Dialect;
  /** Decides whether a text/plain voice reply is TwiML (the TwiML itself is read by the engine). */
  reader: ReplyReader;
  random: RandomBytes;
  /** How long to wait for the app (default 15 s, as Twilio waits for a webhook). */
  timeoutMs?: number;
}

/** Makes the requests of one conversation or call. */
export class WebhookSession {
  constructor(private readonly options: SessionOptions) {}

  /** The session's live cookies (copies), for display. */
  cookies(): StoredCookie[] {
    return this.options.jar.list(this.options.cookieKey);
  }

  /** Forgets the session's cookies; the next request goes without. */
  clearCookies(): void {
    this.options.jar.clear(this.options.cookieKey);
  }

  /**
   * Makes one request and follows HTTP redirects (https://www.twilio.com/docs/usage/webhooks/webhooks-faq:
   * Twilio follows 3xx; 303 becomes GET, 307/308 keep the method and body, 301/302 after a POST
   * become GET as in browsers). Problems of a document fetch are errors; of a status callback,
   * warnings (Twilio logs them but the reply is already sent). Never rejects.
   */
  async fetch(first: Planned, turn: Turn, level: 'error' | 'warning'): Promise<SessionFetched> {
    let planned = first;
    for (let hops = 0; ; hops++) {
      const request = this.outgoing(planned);
      const result = await this.options.transport(request);
      const record: RequestRecord = {
        method: request.method,
        url: request.url,
        ms: result.ms,
        why: planned.why,
        requestHeaders: { ...request.headers },
      };
      if (request.body !== undefined) record.requestBody = request.body;
      turn.requests.push(record);
      const documentUrl = planned.url;
      if (result.kind === 'error') {
        record.error = result.message;
        return {
          ...(await fetchProblems(turn, { url: request.url, failure: result }, level, this.judging())),
          documentUrl,
        };
      }
      record.status = result.status;
      record.responseBody = result.body;
      this.options.jar.store(this.options.cookieKey, request.url, splitCookies(result.headers['set-cookie']));
      const location = result.headers.location;
      if (HTTP_REDIRECTS.has(result.status) && location) {
        if (hops >= MAX_HTTP_REDIRECTS) {
          const end = { url: request.url, tooManyRedirects: MAX_HTTP_REDIRECTS };
          return { ...(await fetchProblems(turn, end, level, this.judging())), documentUrl };
        }
        const hop = nextHop({ method: request.method, url: request.url, body: request.body }, result.status, location);
        // A redirect that keeps a POST keeps its parameters; a GET goes to the Location as given.
        const params = hop.method === 'POST' ? planned.params : {};
        planned = { method: hop.method, url: hop.url, params, why: 'http-redirect' };
        continue;
      }
      return {
        ...(await fetchProblems(turn, { url: request.url, response: result }, level, this.judging())),
        documentUrl,
      };
    }
  }

  private judging(): { dialect: Dialect; reader: ReplyReader } {
    return { dialect: this.options.dialect, reader: this.options.reader };
  }

  /** The signed request for `planned`, with the session's cookie. */
  private outgoing(planned: Planned): OutgoingRequest {
    const post = planned.method === 'POST';
    const url = post ? planned.url : appendQuery(planned.url, planned.params);
    const body = post ? encodeForm(planned.params) : undefined;
    const token = this.options.authToken || undefined;
    // Each request is signed for its own URL and, for POST, its own parameters
    // (https://www.twilio.com/docs/usage/security).
    const signature =
      token === undefined
        ? undefined
        : signRequest({ authToken: token, method: planned.method, url, params: post ? planned.params : {} });
    const idempotencyToken = makeIdempotencyToken(this.options.random);
    const named = webhookHeaders({
      bodyBytes: body === undefined ? undefined : Buffer.byteLength(body),
      signature,
      idempotencyToken,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(named)) headers[name.toLowerCase()] = value;
    const cookie = this.options.jar.cookieHeader(this.options.cookieKey, url);
    if (cookie !== undefined) headers.cookie = cookie;
    return { method: planned.method, url, headers, body, timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  }
}

function splitCookies(value: string | undefined): string[] {
  return value === undefined ? [] : value.split('\n').filter((line) => line.trim() !== '');
}

/** `url` resolved against `base` (a relative <Redirect> or action); as written when it cannot be. */
export function resolveUrl(url: string, base: string): string {
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}
