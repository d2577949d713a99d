/**
 * application/x-www-form-urlencoded helpers. Twilio sends webhook parameters "in the format
 * application/x-www-form-urlencoded", as a POST body or appended to the URL's query for GET
 * (https://www.twilio.com/docs/messaging/guides/webhook-request).
 */

/** Webhook parameters; an array stands for a key repeated in the form. */
export type WebhookParams = Readonly<Record<string, string | readonly string[]>>;

/** Flattens params into ordered name/value pairs (repeated keys stay repeated). */
export function formEntries(params: WebhookParams): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') entries.push([name, value]);
    else for (const item of value) entries.push([name, item]);
  }
  return entries;
}

/** Encodes params as a form body (spaces as `+`, UTF-8 percent-encoding). */
export function encodeForm(params: WebhookParams): string {
  return new URLSearchParams(formEntries(params)).toString();
}

/** Splits `url` at its first `#` into the part before and the fragment (with `#`, or ''). */
export function splitFragment(url: string): [string, string] {
  const hash = url.indexOf('#');
  return hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
}

/**
 * Appends params to the URL's query "using the standard delimiter &" as Twilio does for GET
 * webhooks (https://www.twilio.com/docs/usage/security). The fragment, if any, stays last.
 */
export function appendQuery(url: string, params: WebhookParams): string {
  const query = encodeForm(params);
  if (query === '') return url;
  const [base, fragment] = splitFragment(url);
  let separator = '&';
  if (!base.includes('?')) separator = '?';
  else if (base.endsWith('?') || base.endsWith('&')) separator = '';
  return base + separator + query + fragment;
}

/** Parses a form body (or query string) into params; repeated keys become arrays. */
export function decodeForm(text: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else if (typeof existing === 'string') params[name] = [existing, value];
    else existing.push(value);
  }
  return params;
}
