/**
 * Escape-sequence and format-placeholder readers shared by the languages: the C family of
 * backslash escapes (each language picks the forms it has), printf verbs and `{}` fields.
 * Each returns a {@link Token} for the sequence at an offset, or undefined.
 */
import type { Escaper } from '../sourceMap';
import type { Token } from './literalPieces';

/** Which backslash escapes a language has, beyond the single-character ones it lists. */
export interface EscapeForms {
  /** Single characters after `\` and what they stand for (`n` → newline). */
  simple: Readonly<Record<string, string>>;
  /** `\xhh` with this many hex digits at most (0: none). */
  hex?: number;
  /** `\xhh` needs exactly `hex` digits (Python, Go) rather than 1..hex (PHP). */
  hexExact?: boolean;
  /** `\uXXXX`. */
  u4?: boolean;
  /** `\u{X…}` (JavaScript, PHP, Ruby). */
  uBraces?: boolean;
  /** `\UXXXXXXXX` (Python, Go, C#). */
  u8?: boolean;
  /** Octal `\ooo`, up to this many digits (0: none). */
  octal?: number;
  /** Backslash-newline stands for nothing (a line continuation). */
  continuation?: boolean;
  /** An unknown `\c` stands for `c` (JavaScript, Ruby) rather than staying as written. */
  unknownDropsBackslash?: boolean;
}

const HEX = /^[0-9a-fA-F]+$/;

/** The escape at `text[i]` (which is `\`), read with `forms`. */
export function readEscape(text: string, i: number, end: number, forms: EscapeForms): Token | undefined {
  if (text.charCodeAt(i) !== 92 || i + 1 >= end) return undefined;
  const c = text[i + 1];
  if (c === '\n' && forms.continuation) return { kind: 'decoded', length: 2, text: '' };
  if (c === '\r' && forms.continuation) return { kind: 'decoded', length: text[i + 2] === '\n' ? 3 : 2, text: '' };
  if (Object.prototype.hasOwnProperty.call(forms.simple, c))
    return { kind: 'decoded', length: 2, text: forms.simple[c] };
  const coded = readCoded(text, i, end, forms);
  if (coded) return coded;
  if (forms.unknownDropsBackslash && c !== '\n') return { kind: 'decoded', length: 2, text: c };
  return undefined;
}

/** Numeric escapes: hex, `\u`, `\U`, `\u{}`, octal. */
function readCoded(text: string, i: number, end: number, forms: EscapeForms): Token | undefined {
  const c = text[i + 1];
  if (c === 'x' && forms.hex) {
    let j = i + 2;
    while (j < end && j < i + 2 + forms.hex && HEX.test(text[j])) j++;
    if (j === i + 2 || (forms.hexExact && j !== i + 2 + forms.hex)) return undefined;
    return codePoint(parseInt(text.slice(i + 2, j), 16), j - i);
  }
  if (c === 'u' && forms.uBraces && text[i + 2] === '{') {
    const close = text.indexOf('}', i + 3);
    if (close < 0 || close >= end || !HEX.test(text.slice(i + 3, close))) return undefined;
    return codePoint(parseInt(text.slice(i + 3, close), 16), close + 1 - i);
  }
  if (c === 'u' && forms.u4) return fixedHex(text, i, end, 4);
  if (c === 'U' && forms.u8) return fixedHex(text, i, end, 8);
  if (forms.octal && c >= '0' && c <= '7') {
    let j = i + 1;
    while (j < end && j < i + 1 + forms.octal && text[j] >= '0' && text[j] <= '7') j++;
    return codePoint(parseInt(text.slice(i + 1, j), 8), j - i);
  }
  return undefined;
}

function fixedHex(text: string, i: number, end: number, digits: number): Token | undefined {
  const hex = text.slice(i + 2, i + 2 + digits);
  if (i + 2 + digits > end || hex.length !== digits || !HEX.test(hex)) return undefined;
  return codePoint(parseInt(hex, 16), 2 + digits);
}

function codePoint(value: number, length: number): Token | undefined {
  if (!(value >= 0 && value <= 0x10ffff)) return undefined;
  return { kind: 'decoded', length, text: String.fromCodePoint(value) };
}

/**
 * Conversions that make a `%` sequence a printf verb (`%20` in a URL followed by `b` is not one).
 * No space flag: `50% discount` would read `% d` as a verb.
 */
const VERB_HEAD = String.raw`^%(?:\([A-Za-z_]\w*\)|\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.\d+)?`;
const PRINTF = new RegExp(VERB_HEAD + '[sdifrvxXeEgGcuqtb]');
const PRINTF_NO_B = new RegExp(VERB_HEAD + '[sdifrvxXeEgGcu]');

/**
 * A printf verb at `text[i]` (`%s`, `%(name)s`, `%-5d`, `%1$s`), or undefined. `%%` is not one.
 * With `goVerbs`, Go's `%t`, `%q`, `%b` also count.
 */
export function readPrintf(text: string, i: number, end: number, goVerbs = false): Token | undefined {
  if (text.charCodeAt(i) !== 37 || text.charCodeAt(i + 1) === 37) return undefined;
  const match = (goVerbs ? PRINTF : PRINTF_NO_B).exec(text.slice(i, Math.min(end, i + 40)));
  if (!match) return undefined;
  const named = /^%\(([^)]*)\)/.exec(match[0]);
  return { kind: 'placeholder', length: match[0].length, expression: named ? named[1] : '' };
}

const FIELD = /^\{([A-Za-z_]\w*(?:\.\w+|\[\w+\])*|\d+)?(?:,-?\d+)?(?:![rsa])?(?::[^{}]*)?\}/;

/** A format field at `text[i]` (`{}`, `{name}`, `{0}`, `{0,5:N}`, `{x!r:>10}`), or undefined. `{{` is not one. */
export function readFormatField(text: string, i: number, end: number): Token | undefined {
  if (text.charCodeAt(i) !== 123 || text.charCodeAt(i + 1) === 123) return undefined;
  if (i > 0 && text.charCodeAt(i - 1) === 123) return undefined;
  const match = FIELD.exec(text.slice(i, Math.min(end, i + 80)));
  if (!match) return undefined;
  return { kind: 'placeholder', length: match[0].length, expression: match[1] ?? '' };
}

/** `{{` / `}}` standing for one brace (f-strings, C# interpolated strings). */
export function readDoubledBrace(text: string, i: number): Token | undefined {
  const c = text[i];
  if ((c === '{' || c === '}') && text[i + 1] === c) return { kind: 'decoded', length: 2, text: c };
  return undefined;
}

/** An escaper replacing the characters (or two-character sequences) of `table`, first match wins. */
export function escaperFrom(table: ReadonlyArray<readonly [string, string]>): Escaper {
  return (text) => {
    let out = '';
    outer: for (let i = 0; i < text.length; i++) {
      for (const [from, to] of table) {
        if (text.startsWith(from, i)) {
          out += to;
          i += from.length - 1;
          continue outer;
        }
      }
      out += text[i];
    }
    return out;
  };
}

/** Backslash, the quote and line breaks escaped: a one-line C-style string. */
export function cStyleEscaper(quote: string, extra: ReadonlyArray<readonly [string, string]> = []): Escaper {
  return escaperFrom([['\\', '\\\\'], [quote, '\\' + quote], ['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t'], ...extra]);
}
