/**
 * Checks one attribute value against its schema type. Growing lists (voices, languages) only
 * ever produce a hint: Twilio adds values every few months.
 * Formats: E.164 (https://www.twilio.com/docs/glossary/what-e164), WhatsApp addresses
 * `whatsapp:+E.164` (https://www.twilio.com/docs/whatsapp/api), methods GET/POST
 * (https://www.twilio.com/docs/api/errors/14104).
 */
import type { ValueType } from '../../data/schemaTypes';

/** The verdict on a value: undefined when fine. */
export interface ValueProblem {
  message: string;
  /**
   * `hint` for values of open lists; `case` for a value that differs from an allowed one only in
   * case where Twilio's pages do not say it is refused (methods: at most a Warning); otherwise
   * the rule's error. `local` for a locally formatted phone number Twilio tries to handle.
   */
  level: 'error' | 'hint' | 'case' | 'local';
  /** Correctly-cased or closest allowed values, for quick fixes. */
  suggestions: string[];
}

const E164 = /^\+[1-9]\d{1,14}$/;
const CHANNEL = /^(whatsapp|messenger|rcs|sms|mms|client|sip):\S+$/i;
const SHORT_CODE = /^\d{3,8}$/;
const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;

/** Checks `value` against `type`; returns a problem or undefined. */
export function checkValue(value: string, type: ValueType): ValueProblem | undefined {
  switch (type.kind) {
    case 'http-method':
      return checkMethod(value);
    case 'boolean':
      return checkEnum(value, ['true', 'false'], false);
    case 'enum':
      return checkEnum(value, type.values, type.open === true);
    case 'integer':
      return checkNumber(value, /^[+-]?\d+$/, 'a whole number', type.min, type.max);
    case 'decimal':
      return checkNumber(value, /^[+-]?(\d+\.?\d*|\.\d+)$/, 'a number', type.min, type.max);
    case 'url':
      return checkUrl(value, type.absoluteOnly === true, type.schemes);
    case 'phone-number':
      return checkPhone(value, type.alsoAccepts ?? []);
    case 'sid':
      return checkSid(value, type.prefix);
    case 'sip-uri':
      return /^sips?:\S+$/i.test(value)
        ? undefined
        : error(`Expected a SIP URI such as sip:alice@example.com, not "${value}".`);
    case 'list':
      return checkList(value, type.separator, type.item);
    case 'string':
      return type.maxLength !== undefined && value.length > type.maxLength
        ? error(`At most ${type.maxLength} characters (this is ${value.length}).`)
        : undefined;
  }
}

function error(message: string, suggestions: string[] = []): ValueProblem {
  return { message, level: 'error', suggestions };
}

/** Sets of enum values, built once per list: voice lists have hundreds of entries. */
const ENUM_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function enumSet(allowed: readonly string[]): ReadonlySet<string> {
  let set = ENUM_SETS.get(allowed);
  if (!set) ENUM_SETS.set(allowed, (set = new Set(allowed)));
  return set;
}

function checkEnum(value: string, allowed: readonly string[], open: boolean): ValueProblem | undefined {
  if (enumSet(allowed).has(value)) return undefined;
  const sameCase = allowed.filter((candidate) => candidate.toLowerCase() === value.toLowerCase());
  const list = allowed.length <= 12 ? allowed.join(', ') : `${allowed.slice(0, 12).join(', ')}, ...`;
  if (open)
    return {
      message: `"${value}" is not a value we know (${list}). Twilio adds values over time, so check its docs.`,
      level: 'hint',
      suggestions: sameCase,
    };
  if (sameCase.length) return error(`Values are case-sensitive: write "${sameCase[0]}", not "${value}".`, sameCase);
  return error(`"${value}" is not allowed here. Use one of: ${list}.`);
}

/**
 * GET or POST. The attribute pages list exactly `GET, POST` and are silent on other cases, so
 * `post` earns a Warning (level `case`), while `PUT` is outside the list and an error
 * (https://www.twilio.com/docs/api/errors/14104, https://www.twilio.com/docs/voice/twiml/gather#method).
 */
function checkMethod(value: string): ValueProblem | undefined {
  const problem = checkEnum(value, ['GET', 'POST'], false);
  if (problem && problem.suggestions.length)
    return {
      ...problem,
      level: 'case',
      message: `Twilio documents the methods in upper case: write "${problem.suggestions[0]}", not "${value}".`,
    };
  return problem;
}

function checkNumber(
  value: string,
  pattern: RegExp,
  what: string,
  min?: number,
  max?: number,
): ValueProblem | undefined {
  const trimmed = value.trim();
  if (!pattern.test(trimmed)) return error(`Expected ${what}, not "${value}".`);
  const number = Number(trimmed);
  if (min !== undefined && number < min) return error(`Must be at least ${min} (got ${trimmed}).`);
  if (max !== undefined && number > max) return error(`Must be at most ${max} (got ${trimmed}).`);
  return undefined;
}

/**
 * Absolute http(s) URLs (or the schemes given, e.g. wss for <Stream>), or relative URLs that
 * Twilio resolves against the request URL.
 */
export function checkUrl(
  value: string,
  absoluteOnly: boolean,
  schemes: readonly string[] = ['http', 'https'],
): ValueProblem | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return error('The URL is empty.');
  if (/\s/.test(trimmed)) return error(`A URL cannot contain spaces: "${value}". Encode them as %20.`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1];
  if (scheme) {
    if (!schemes.includes(scheme.toLowerCase()))
      return error(`Use a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}, not ${scheme}:.`);
    // A cheap shape check instead of new URL(): this runs for every URL attribute on each keystroke.
    if (
      !/^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^:/?#\s[\]]+)(?::\d{1,5})?(?:[/?#]|$)/.test(
        trimmed,
      )
    ) {
      return error(`"${value}" is not a valid URL: expected ${scheme}://host/path.`);
    }
    return undefined;
  }
  if (absoluteOnly)
    return error(
      `Use an absolute URL starting with ${schemes.includes('https') ? 'https' : schemes[0]}:// ("${value}" is relative).`,
    );
  return undefined;
}

function checkPhone(value: string, alsoAccepts: readonly string[]): ValueProblem | undefined {
  const trimmed = value.trim();
  if (E164.test(trimmed) || CHANNEL.test(trimmed) || SHORT_CODE.test(trimmed)) return undefined;
  if (alsoAccepts.includes('alphanumeric-sender') && ALPHANUMERIC_SENDER.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[\s().-]/g, '');
  if (alsoAccepts.includes('local-format') && /^\+?\d{7,15}$/.test(digits)) {
    const e164 = digits.startsWith('+') ? digits : digits.length === 10 ? `+1${digits}` : undefined;
    return {
      level: 'local',
      suggestions: e164 && E164.test(e164) ? [e164] : [],
      message: `"${value}" is not in E.164 form. Twilio tries to read locally formatted numbers for the country of your number, but E.164${e164 ? ` (${e164})` : ''} always works.`,
    };
  }
  const hint = E164.test(digits)
    ? ` Write it without spaces or punctuation: ${digits}.`
    : /^\d{10,15}$/.test(digits)
      ? ` Add the country code with a "+", e.g. +${digits.length === 10 ? '1' : ''}${digits}.`
      : '';
  return error(
    `Expected an E.164 number such as +14155550100 or a channel address such as whatsapp:+14155550100, not "${value}".${hint}`,
  );
}

function checkSid(value: string, prefix: string | undefined): ValueProblem | undefined {
  const trimmed = value.trim();
  const valid = /^[A-Z]{2}[0-9a-fA-F]{32}$/.test(trimmed) && (prefix === undefined || trimmed.startsWith(prefix));
  return valid ? undefined : error(`Expected a SID: ${prefix ?? 'two letters'} followed by 32 hex digits.`);
}

function checkList(value: string, separator: ' ' | ',', item: ValueType): ValueProblem | undefined {
  const items = value.split(separator === ' ' ? /\s+/ : /\s*,\s*/).filter((part) => part !== '');
  for (const part of items) {
    const problem = checkValue(part, item);
    if (problem) return problem;
  }
  return undefined;
}
