/**
 * Computes X-Twilio-Signature exactly as https://www.twilio.com/docs/usage/security describes:
 * the full URL, then for POST every parameter name+value (sorted by name, no delimiters),
 * HMAC-SHA1 keyed with the Auth Token, base64. Repeated keys follow twilio-node and
 * twilio-python: values de-duplicated, sorted, each appended as name+value
 * (https://www.twilio.com/docs/usage/security, and the SDKs' RequestValidator). For GET the parameters are already in the URL's query, so nothing is appended.
 */
import { createHash, createHmac } from 'node:crypto';
import { splitFragment, type WebhookParams } from './form';

/** Where the URL's authority ends and what it holds, without normalising anything. */
export interface UrlParts {
  scheme: string;
  host: string;
  /** `:1234`, or '' when the URL names no port. */
  port: string;
  rest: string;
}

// `new URL()` would drop ":443" and re-escape characters, but Twilio signs the URL as
// configured, so the URL is split textually.
export function splitUrl(url: string): UrlParts | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return undefined;
  const [prefix, scheme, authority] = match;
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  // In an IPv6 literal the port colon comes after the closing bracket.
  const colon = hostAndPort.indexOf(':', hostAndPort.lastIndexOf(']') + 1);
  return {
    scheme,
    host: colon === -1 ? hostAndPort : hostAndPort.slice(0, colon),
    port: colon === -1 ? '' : hostAndPort.slice(colon),
    rest: url.slice(prefix.length),
  };
}

/** Options of {@link signedUrl}. */
export interface SignedUrlOptions {
  /**
   * True for voice webhooks. "For voice callbacks over HTTPS ... Twilio will also drop the port
   * (if any) from the URL before computing the signature"; SMS keeps it (security page).
   */
  voice?: boolean;
}

/**
 * The URL string Twilio signs for a request to `url`: credentials (`user:pass@`) and the
 * connection-override fragment (`#ct=...`) removed, the port kept except for voice over HTTPS
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides).
 */
export function signedUrl(url: string, options: SignedUrlOptions = {}): string {
  const [withoutFragment] = splitFragment(url);
  const parts = splitUrl(withoutFragment);
  if (!parts) return withoutFragment;
  const dropPort = options.voice === true && parts.scheme.toLowerCase() === 'https://';
  return parts.scheme + parts.host + (dropPort ? '' : parts.port) + parts.rest;
}

// JavaScript's default sort compares UTF-16 code units, as twilio-node does.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The string that is HMAC'd: `url` followed by name+value for every parameter.
 * `url` must already be the signed form ({@link signedUrl}).
 */
export function signaturePayload(url: string, params: WebhookParams): string {
  let data = url;
  for (const name of Object.keys(params).sort(byCodeUnit)) {
    const value = params[name];
    const values = typeof value === 'string' ? [value] : Array.from(new Set(value)).sort(byCodeUnit);
    for (const item of values) data += name + item;
  }
  return data;
}

/** base64(HMAC-SHA1(authToken, url + sorted params)). */
export function computeSignature(authToken: string, url: string, params: WebhookParams): string {
  return createHmac('sha1', authToken)
    .update(Buffer.from(signaturePayload(url, params), 'utf8'))
    .digest('base64');
}

/** Options of {@link signRequest}. */
export interface SignRequestOptions extends SignedUrlOptions {
  authToken: string;
  method: 'GET' | 'POST';
  /** The request URL; for GET it already carries the parameters in its query. */
  url: string;
  /** The POST parameters (ignored for GET). */
  params: WebhookParams;
}

/** The X-Twilio-Signature header value for one webhook request. */
export function signRequest(options: SignRequestOptions): string {
  const url = signedUrl(options.url, options);
  return computeSignature(options.authToken, url, options.method === 'POST' ? options.params : {});
}

/**
 * The hex SHA-256 of a raw (JSON) body. For requests with a JSON body Twilio adds it to the URL's
 * query as `bodySHA256` and signs that URL with no parameters appended; the app checks the
 * signature of the URL, then the hash of the body (https://www.twilio.com/docs/usage/security,
 * "Validating requests with a JSON body"; twilio-node validateRequestWithBody).
 */
export function bodySha256(body: string): string {
  return createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex');
}

/** `url` with `bodySHA256=<hash of body>` appended to its query (before any fragment). */
export function withBodyHash(url: string, body: string): string {
  const [base, fragment] = splitFragment(url);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}bodySHA256=${bodySha256(body)}${fragment}`;
}

/** What was signed, step by step: shown next to a rejected request. Holds no secret. */
export interface SignatureDetails {
  /** The URL string that starts the signed data. */
  url: string;
  /** The parameters as appended: sorted by name, repeated values de-duplicated and sorted. */
  params: Array<[string, string]>;
  /** The exact string HMAC'd. */
  payload: string;
  signature: string;
}

/** The sorted name/value pairs {@link signaturePayload} appends. */
export function sortedPairs(params: WebhookParams): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const name of Object.keys(params).sort(byCodeUnit)) {
    const value = params[name];
    const values = typeof value === 'string' ? [value] : Array.from(new Set(value)).sort(byCodeUnit);
    for (const item of values) pairs.push([name, item]);
  }
  return pairs;
}

/** Everything about one signature: the URL, the sorted parameters, the payload and the result. */
export function signatureDetails(authToken: string, url: string, params: WebhookParams): SignatureDetails {
  return {
    url,
    params: sortedPairs(params),
    payload: signaturePayload(url, params),
    signature: computeSignature(authToken, url, params),
  };
}
