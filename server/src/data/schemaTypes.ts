/**
 * The shape of the project's TwiML knowledge. The data itself lives in `twimlSchema.ts`
 * (one entry per element definition); validation, completion, hover, the preview interpreter
 * and the tests all read it, so adding an attribute is a one-line data change.
 */

/** The two TwiML dialects a document can be written in. */
export type { Dialect } from '../../../shared/settings';
import type { Dialect } from '../../../shared/settings';

/**
 * Forms a phone-number attribute takes besides E.164 and channel addresses: an alphanumeric
 * sender ID, `client:` / `sip:` ids, or a locally formatted number such as `(415) 555-1212`,
 * which Twilio "will also attempt to handle" on <Message>
 * (https://www.twilio.com/docs/messaging/twiml/message#to): only a Hint.
 */
export type PhoneExtra = 'alphanumeric-sender' | 'client' | 'sip' | 'local-format';

/** What an attribute value must look like. Checked by `services/attributeValues.ts`. */
export type ValueType =
  /**
   * Absolute http(s) URL or a relative URL (resolved against the request URL by Twilio).
   * `schemes` replaces http/https where Twilio connects another way (e.g. `['wss']` for the
   * WebSocket URLs of <Stream> and <ConversationRelay>); such URLs are always absolute.
   */
  | { kind: 'url'; absoluteOnly?: boolean; schemes?: readonly string[] }
  /** `GET` or `POST` (exact case). */
  | { kind: 'http-method' }
  /** `true` or `false`. */
  | { kind: 'boolean' }
  /** A whole number, optionally bounded (inclusive). */
  | { kind: 'integer'; min?: number; max?: number }
  /** A decimal number, optionally bounded (inclusive). */
  | { kind: 'decimal'; min?: number; max?: number }
  /**
   * One of a fixed set of values. `open: true` marks lists that keep growing (voices,
   * languages, models): an unknown value is a Hint, never an error.
   */
  | { kind: 'enum'; values: readonly string[]; open?: boolean }
  /** A separated list of items of one type (e.g. statusCallbackEvent="initiated ringing"). */
  | { kind: 'list'; separator: ' ' | ','; item: ValueType }
  /** E.164 number, or a channel address such as `whatsapp:+14155550100`, or a client/sip id where `alsoAccepts` says so. */
  | { kind: 'phone-number'; alsoAccepts?: readonly PhoneExtra[] }
  /** A Twilio SID: two-letter prefix + 32 hex characters. */
  | { kind: 'sid'; prefix?: string }
  /** A SIP URI (`sip:` or `sips:`). */
  | { kind: 'sip-uri' }
  /** Free text, optionally length-limited. */
  | { kind: 'string'; maxLength?: number };

/** One attribute of one element definition. Names are exact camelCase. */
export interface AttributeSpec {
  /** Exact, case-sensitive attribute name as Twilio reads it. */
  readonly name: string;
  readonly type: ValueType;
  /** One or two sentences in our own words: what it does. */
  readonly description: string;
  /** Twilio's default, as text, when documented. */
  readonly default?: string;
  /** Twilio page (with anchor where there is one) that documents it. */
  readonly docUrl: string;
  /** Set when Twilio deprecated the attribute: what to use instead, in our words. */
  readonly deprecated?: string;
  /** True when Twilio rejects the element without it. */
  readonly required?: boolean;
}

/**
 * How a verb affects the verbs after it (each verb's page on https://www.twilio.com/docs/voice/twiml and https://www.twilio.com/docs/messaging/twiml).
 * - `continue`: the next verb runs.
 * - `transfer`: control always leaves this document (Redirect, Hangup, Reject, Record, Pay, Leave).
 * - `transferIf`: control leaves when the attribute is present (and, if `value` is set, equals it),
 *   e.g. `<Message action>`, `<Dial action>`, `<Gather actionOnEmptyResult="true">`.
 * - `transferOnInput`: control leaves when the caller gives input, and the next verb runs when
 *   there is none (`<Record>`: "if Twilio receives an empty recording, it will not make a request
 *   to the action URL", https://www.twilio.com/docs/voice/twiml/record). The verbs after it are the
 *   no-input path, so they are reachable.
 */
export type ControlFlow =
  | { readonly kind: 'continue' }
  | { readonly kind: 'transferOnInput'; readonly reason: string }
  | { readonly kind: 'transfer'; readonly reason: string }
  | { readonly kind: 'transferIf'; readonly attribute: string; readonly value?: string; readonly reason: string };

/** One definition of an element in one dialect. An element name can have several (Sip under Dial vs Refer). */
export interface ElementSpec {
  /** Unique within the dialect, e.g. `Sip@Dial`; equal to `name` where there is one definition. */
  readonly id: string;
  /** Exact, case-sensitive element name. */
  readonly name: string;
  readonly dialect: Dialect;
  readonly kind: 'root' | 'verb' | 'noun';
  /** Element names this definition may appear in (empty for the root). */
  readonly parents: readonly string[];
  /** Element names allowed as children. */
  readonly children: readonly string[];
  /**
   * Whether text content is allowed, and its limit where Twilio sets one. `required: 'warning'`
   * where Twilio's page describes the text but is silent on an empty one (<Redirect>): an empty
   * element then earns a Warning, not an Error.
   */
  readonly text: {
    readonly allowed: boolean;
    readonly required?: boolean | 'warning';
    readonly maxLength?: number;
    readonly meaning?: string;
  };
  readonly attributes: readonly AttributeSpec[];
  /** One or two sentences in our own words. */
  readonly description: string;
  /** The Twilio page for this element. */
  readonly docUrl: string;
  /** Set when deprecated: the replacement element name, if any, and why. */
  readonly deprecated?: { readonly replacement?: string; readonly note: string };
  /** Verbs only. */
  readonly flow?: ControlFlow;
}

/** A Twilio error or warning code that a rule predicts. */
export interface TwilioErrorCode {
  readonly code: number;
  /** Twilio's short title for the code, e.g. "Invalid Content-Type". */
  readonly title: string;
  /** https://www.twilio.com/docs/api/errors/NNNNN */
  readonly url: string;
}
