/**
 * What the next request of an exchange looks like: redirect targets and method rewriting, and
 * the Basic-auth retry. "Twilio will first send a request with no Authorization header. After
 * your server responds with a 401 Unauthorized status code, a WWW-Authenticate header and a
 * realm in the response, Twilio will make the same request with an Authorization header."
 * (https://www.twilio.com/docs/usage/security). Digest auth is not imitated.
 */
import type { ResponseInfo } from './httpHop';

/** One request of the exchange, as the client is about to send it. */
export interface Hop {
  method: 'GET' | 'POST';
  /** Absolute URL (credentials and fragment as given; they are not sent as such). */
  url: string;
  /** Form body for POST. */
  body?: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** True for a redirect status that names where to go. */
export function isRedirect(response: ResponseInfo): response is ResponseInfo & { headers: { location: string } } {
  return REDIRECT_STATUSES.has(response.status) && Boolean(response.headers.location);
}

/**
 * The hop after a redirect. Fetch-standard method rewriting: 303 always, and 301/302 after a
 * POST, continue as a GET without a body; 307/308 repeat the request unchanged.
 */
export function nextHop(hop: Hop, status: number, location: string): Hop {
  const url = new URL(location, hop.url).toString();
  if (status === 303 || ((status === 301 || status === 302) && hop.method === 'POST')) {
    return { method: 'GET', url };
  }
  return { ...hop, url };
}

/** Parses a hop URL; a string explains why it cannot be sent. */
export function parseUrl(url: string): URL | string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return `only http and https URLs can be replayed, not ${parsed.protocol}`;
    }
    return parsed;
  } catch {
    return 'not an absolute URL';
  }
}

/** True when a 401 asks for Basic credentials and the URL carries some. */
export function wantsBasicAuth(response: ResponseInfo, url: URL): boolean {
  return (
    response.status === 401 && url.username !== '' && /^\s*basic\b/i.test(response.headers['www-authenticate'] ?? '')
  );
}

/** `Basic base64(user:password)` from the URL's credentials, or undefined. */
export function basicAuthorization(url: URL): string | undefined {
  if (url.username === '') return undefined;
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}
