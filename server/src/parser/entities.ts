/**
 * XML character and entity references. Only the five predefined entities and numeric references
 * are decoded: a DOCTYPE's own entities are never expanded (no billion-laughs, no external fetch).
 */
import type { SyntaxProblem } from './xmlModel';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

function decodeReference(body: string): string | undefined {
  if (body.startsWith('#x')) return fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return fromCodePoint(parseInt(body.slice(1), 10));
  return PREDEFINED[body];
}

function fromCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

/** Decodes predefined and numeric references; anything else is left as written. */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, body: string) => decodeReference(body) ?? whole);
}

/**
 * Finds bare `&` and unknown entity references in `raw`, which starts at document offset `base`.
 * xmldom accepts a bare `&` silently; Twilio's parser does not (12100).
 */
export function scanEntityProblems(raw: string, base: number): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let at = raw.indexOf('&');
  // The first ";" at or after `at`, searched again only once `at` has passed it: searching from
  // every "&" made a text of many bare "&" and no ";" quadratic. -2: not searched yet.
  let semi = -2;
  while (at >= 0) {
    if (semi !== -1 && semi < at) semi = raw.indexOf(';', at);
    const candidate = semi < 0 ? '' : raw.slice(at, semi + 1);
    const match = /^&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);$/.exec(candidate);
    if (!match) {
      problems.push({
        code: 'xml-unescaped-ampersand',
        message: 'A bare "&" breaks the XML. Write &amp; instead.',
        range: { start: base + at, end: base + at + 1 },
      });
    } else if (decodeReference(match[1]) === undefined) {
      problems.push({
        code: 'xml-unknown-entity',
        message: `Unknown entity ${candidate}. Only &amp; &lt; &gt; &quot; &apos; and numeric references are defined; write &amp; for a literal "&".`,
        range: { start: base + at, end: base + semi + 1 },
      });
    }
    at = raw.indexOf('&', at + 1);
  }
  return problems;
}
