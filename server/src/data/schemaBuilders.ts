/**
 * Small constructors for `ValueType`s, so the element data files read like a table
 * (`type: integer(5, 600)`) instead of repeating object literals hundreds of times.
 */
import type { PhoneExtra, ValueType } from './schemaTypes';

/** `GET` or `POST`. */
export const HTTP_METHOD: ValueType = { kind: 'http-method' };

/** `true` or `false`. */
export const BOOLEAN: ValueType = { kind: 'boolean' };

/** A `sip:`/`sips:` URI. */
export const SIP_URI: ValueType = { kind: 'sip-uri' };

/**
 * A URL. Without options it may be relative (Twilio resolves it against the document URL);
 * `schemes` lists the only schemes allowed when Twilio does not use http(s), e.g. `wss`.
 */
export function url(options: { absoluteOnly?: boolean; schemes?: readonly string[] } = {}): ValueType {
  return { kind: 'url', ...options };
}

/** A whole number with optional inclusive bounds. */
export function integer(min?: number, max?: number): ValueType {
  return withBounds({ kind: 'integer' }, min, max);
}

/** A decimal number with optional inclusive bounds. */
export function decimal(min?: number, max?: number): ValueType {
  return withBounds({ kind: 'decimal' }, min, max);
}

/** One of a fixed list of values (case-sensitive). */
export function oneOf(values: readonly string[]): ValueType {
  return { kind: 'enum', values };
}

/** A list that keeps growing (voices, languages, models): unknown values only earn a hint. */
export function openEnum(values: readonly string[]): ValueType {
  return { kind: 'enum', values, open: true };
}

/** Several values separated by single spaces, e.g. `statusCallbackEvent="initiated ringing"`. */
export function spaceList(item: ValueType): ValueType {
  return { kind: 'list', separator: ' ', item };
}

/** E.164 number or channel address, plus the extra forms Twilio accepts for this attribute. */
export function phoneNumber(...alsoAccepts: PhoneExtra[]): ValueType {
  return alsoAccepts.length > 0 ? { kind: 'phone-number', alsoAccepts } : { kind: 'phone-number' };
}

/** A Twilio SID with the given two-letter prefix. */
export function sid(prefix: string): ValueType {
  return { kind: 'sid', prefix };
}

/** Free text, optionally length-limited. */
export function text(maxLength?: number): ValueType {
  return maxLength === undefined ? { kind: 'string' } : { kind: 'string', maxLength };
}

// Bounds are only set when documented, so an absent key means "unbounded" (not `undefined`).
function withBounds<T extends { kind: 'integer' | 'decimal' }>(base: T, min?: number, max?: number): ValueType {
  const type: { kind: 'integer' | 'decimal'; min?: number; max?: number } = { ...base };
  if (min !== undefined) type.min = min;
  if (max !== undefined) type.max = max;
  return type;
}
