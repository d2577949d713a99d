/**
 * Parses one Set-Cookie header into a stored cookie, following the parts of RFC 6265 §5.2-5.3
 * that matter for replaying webhooks: Domain, Path, Expires, Max-Age (which wins over Expires)
 * and Secure. Twilio "accepts HTTP cookies and will include them in each request, just like a
 * normal web browser" (https://www.twilio.com/docs/messaging/twiml).
 */

/** A cookie as kept by the jar. */
export interface StoredCookie {
  name: string;
  value: string;
  /** Lowercase host or domain, without a leading dot. */
  domain: string;
  /** True when no Domain attribute was given: only the exact host gets the cookie. */
  hostOnly: boolean;
  path: string;
  /** Epoch ms after which the cookie is gone; undefined for a session cookie. */
  expiresAt?: number;
  secure: boolean;
}

// Browsers cap a cookie near 4 kB; a hostile server must not make the jar grow without bound.
const MAX_COOKIE_LENGTH = 4096;

/** RFC 6265 §5.1.4 default-path: the request path up to, not including, its last '/'. */
function defaultPath(pathname: string): string {
  if (!pathname.startsWith('/')) return '/';
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}

/** RFC 6265 §5.1.3 domain-match (IP addresses only match themselves). */
export function domainMatches(host: string, domain: string): boolean {
  if (host === domain) return true;
  const isIp = /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
  return !isIp && host.endsWith(`.${domain}`);
}

/** RFC 6265 §5.1.4 path-match. */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function applyAttribute(
  cookie: StoredCookie,
  key: string,
  value: string,
  now: number,
  state: { maxAge: boolean },
): boolean {
  switch (key) {
    case 'max-age': {
      if (!/^-?\d+$/.test(value)) return true;
      const seconds = Number(value);
      cookie.expiresAt = seconds <= 0 ? now - 1 : now + seconds * 1000;
      state.maxAge = true;
      return true;
    }
    case 'expires': {
      const time = Date.parse(value);
      if (!state.maxAge && !Number.isNaN(time)) cookie.expiresAt = time;
      return true;
    }
    case 'domain': {
      const domain = value.replace(/^\./, '').toLowerCase();
      if (domain === '') return true;
      if (!domainMatches(cookie.domain, domain)) return false; // a foreign domain: reject the cookie
      cookie.domain = domain;
      cookie.hostOnly = false;
      return true;
    }
    case 'path':
      if (value.startsWith('/')) cookie.path = value;
      return true;
    case 'secure':
      cookie.secure = true;
      return true;
    default:
      return true;
  }
}

/**
 * Parses `header` as sent in a response to `requestUrl`.
 * @param now epoch ms, for Max-Age
 * @returns the cookie (possibly already expired, which means "delete"), or undefined when the
 * header is malformed or names a domain the request host does not belong to
 */
export function parseSetCookie(header: string, requestUrl: URL, now: number): StoredCookie | undefined {
  if (header.length > MAX_COOKIE_LENGTH) return undefined;
  const [pair, ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    domain: requestUrl.hostname.toLowerCase(),
    hostOnly: true,
    path: defaultPath(requestUrl.pathname),
    secure: false,
  };
  if (cookie.name === '') return undefined;
  const state = { maxAge: false };
  for (const attribute of attributes) {
    const split = attribute.indexOf('=');
    const key = (split === -1 ? attribute : attribute.slice(0, split)).trim().toLowerCase();
    const value = split === -1 ? '' : attribute.slice(split + 1).trim();
    if (!applyAttribute(cookie, key, value, now, state)) return undefined;
  }
  return cookie;
}
