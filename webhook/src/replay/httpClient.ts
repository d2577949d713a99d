/**
 * Sends a webhook the way Twilio's HTTP client does: one overall deadline, HTTP redirects
 * followed up to a bound, cookies kept, a capped response body, and cancellation. Never throws:
 * every ending is a typed {@link HttpOutcome}.
 */
import { MAX_DOCUMENT_BYTES } from '../../../server/src/data/limits';
import { sendHop, type HopResult, type ResponseInfo } from './httpHop';
import { basicAuthorization, isRedirect, nextHop, parseUrl, wantsBasicAuth, type Hop } from './hopRules';
import { settingDefault } from '../../../shared/settings';

export type { Hop } from './hopRules';

/** Twilio gives up on a webhook after 15 s (error 11205: https://www.twilio.com/docs/api/errors/11205): the `twiml.replay.timeoutSeconds` default. */
export const DEFAULT_TIMEOUT_MS = settingDefault<number>('twiml.replay.timeoutSeconds') * 1000;
/** "Twilio supports a maximum of 10 redirects before failing ... 11215" (https://www.twilio.com/docs/voice/twiml). */
export const MAX_REDIRECTS = 10;
/** TwiML responses are limited to 64 kB (error 11750: https://www.twilio.com/docs/api/errors/11750). */
export const MAX_TWIML_BYTES = MAX_DOCUMENT_BYTES;

/** A followed redirect. */
export interface RedirectStep {
  status: number;
  from: string;
  to: string;
  method: 'GET' | 'POST';
}

/** Where cookies come from and go to. */
export interface CookieStore {
  cookieHeader(url: string): string | undefined;
  store(url: string, setCookieHeaders: readonly string[]): void;
}

/** Options of {@link sendWebhook}. */
export interface SendOptions {
  /** Overall deadline for all hops, in ms. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Bytes of body kept; reading stops once more arrive. */
  maxBodyBytes?: number;
  signal?: AbortSignal;
  cookies?: CookieStore;
}

/** Facts shared by every outcome. */
interface OutcomeBase {
  /** The last hop sent (or attempted). */
  url: string;
  method: 'GET' | 'POST';
  /** Headers of the last hop, as sent. */
  requestHeaders: Record<string, string>;
  redirects: RedirectStep[];
  durationMs: number;
}

/** How the exchange ended. */
export type HttpOutcome = OutcomeBase &
  (
    | { kind: 'response'; response: ResponseInfo }
    | { kind: 'incomplete'; response: ResponseInfo; expectedBytes?: number }
    | { kind: 'timeout'; phase: 'connect' | 'headers' | 'body'; timeoutMs: number; response?: ResponseInfo }
    | { kind: 'cancelled' }
    | { kind: 'network-error'; code: string; message: string }
    | { kind: 'too-many-redirects'; loop: boolean; maxRedirects: number }
    | { kind: 'invalid-url'; message: string }
  );

/**
 * Sends `first` and follows redirects.
 * @param headersFor the headers of each hop (a redirected hop is signed for its own URL)
 */
export async function sendWebhook(
  first: Hop,
  headersFor: (hop: Hop) => Record<string, string>,
  options: SendOptions = {},
): Promise<HttpOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('timeout')), timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  const redirects: RedirectStep[] = [];
  const seen = new Set<string>();
  let hop = first;
  let challenged = false;
  let headers: Record<string, string> = {};
  const base = (): OutcomeBase => ({
    url: hop.url,
    method: hop.method,
    requestHeaders: headers,
    redirects,
    durationMs: Math.round(performance.now() - started),
  });
  try {
    for (;;) {
      const url = parseUrl(hop.url);
      if (typeof url === 'string') return { ...base(), kind: 'invalid-url', message: url };
      headers = { ...headersFor(hop) };
      const cookie = options.cookies?.cookieHeader(hop.url);
      if (cookie !== undefined) headers.Cookie = cookie;
      const authorization = challenged ? basicAuthorization(url) : undefined;
      if (authorization !== undefined) headers.Authorization = authorization;
      // The same request twice can only be answered the same way: stop instead of looping on.
      const key = `${hop.method} ${url.toString()} ${cookie ?? ''} ${challenged}`;
      const loop = seen.has(key);
      if (loop || redirects.length > maxRedirects) {
        return { ...base(), kind: 'too-many-redirects', loop, maxRedirects };
      }
      seen.add(key);
      const result = await sendHop({
        method: hop.method,
        url,
        headers,
        body: hop.body,
        maxBodyBytes: options.maxBodyBytes ?? MAX_TWIML_BYTES,
        signal,
      });
      if (result.kind === 'response' || result.kind === 'incomplete') {
        options.cookies?.store(hop.url, result.response.setCookies);
      }
      if (result.kind === 'response' && !challenged && wantsBasicAuth(result.response, url)) {
        challenged = true; // send the same request again, now with credentials
        continue;
      }
      if (result.kind === 'response' && isRedirect(result.response)) {
        const next = nextHop(hop, result.response.status, result.response.headers.location);
        redirects.push({ status: result.response.status, from: hop.url, to: next.url, method: next.method });
        hop = next;
        challenged = false;
        continue;
      }
      return finish(result, base(), deadline.signal.aborted, timeoutMs);
    }
  } finally {
    clearTimeout(timer);
  }
}

function finish(result: HopResult, base: OutcomeBase, timedOut: boolean, timeoutMs: number): HttpOutcome {
  switch (result.kind) {
    case 'aborted':
      return timedOut
        ? { ...base, kind: 'timeout', phase: result.phase, timeoutMs, response: result.response }
        : { ...base, kind: 'cancelled' };
    case 'error':
      return { ...base, kind: 'network-error', code: result.code, message: result.message };
    default:
      return { ...base, ...result };
  }
}
