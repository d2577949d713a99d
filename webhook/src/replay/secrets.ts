/**
 * Keeps the Auth Token out of everything the replay hands back. The token is only ever used as
 * an HMAC key, so it should never reach a result; this is the belt to that pair of braces, for
 * a token the user pasted into a URL, a parameter or a setting by mistake.
 */

/** What replaces a secret in text. */
export const REDACTED = '[redacted]';

// Very short "tokens" are not real Auth Tokens (32 hex digits); scrubbing them would mangle
// ordinary text, so only strings of this length or more are treated as secrets.
const MIN_SECRET_LENGTH = 6;

/** Replaces every occurrence of each secret in `text`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** A deep copy of `value` with every string (and object key) redacted. */
export function redactDeep<T>(value: T, secrets: readonly (string | undefined)[]): T {
  if (!secrets.some((s) => s !== undefined && s.length >= MIN_SECRET_LENGTH)) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return redact(item, secrets);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [redact(k, secrets), walk(v)]));
    }
    return item;
  };
  return walk(value) as T;
}
