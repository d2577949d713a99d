/**
 * @xmldom/xmldom as the judge of well-formedness. The scanner reports the mistakes it can see
 * with precise ranges; xmldom catches whatever the scanner let through. Its `warning`s are
 * ignored (the scanner already reports unquoted attributes more strictly), its `error`s and
 * `fatalError`s become problems at the position where the parser was.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { SyntaxProblem } from './xmlModel';

/** One finding from xmldom, with a 1-based line/column (line 0 when it has none). */
export interface XmldomFinding {
  level: 'error' | 'fatalError';
  message: string;
  line: number;
  column: number;
}

/** Parses `text` with xmldom (locator on) and returns its errors. Never throws. */
export function judgeWithXmldom(text: string): XmldomFinding[] {
  const findings: XmldomFinding[] = [];
  const parser = new DOMParser({
    locator: true,
    onError(level, message, context) {
      if (level === 'warning') return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      findings.push({
        level,
        message: cleanMessage(message),
        line: locator?.lineNumber ?? 0,
        column: locator?.columnNumber ?? 0,
      });
    },
  });
  try {
    parser.parseFromString(text, 'text/xml');
  } catch {
    // A fatalError has already been reported through onError before xmldom throws.
  }
  return dedupe(findings);
}

function cleanMessage(message: string): string {
  return message
    .replace(/^\[xmldom [a-zA-Z]+\]\s*/, '')
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, '')
    .trim();
}

function dedupe(findings: XmldomFinding[]): XmldomFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns xmldom findings into problems when the scanner saw nothing wrong: then xmldom is the only
 * witness. When the scanner already reported problems, those have precise ranges and xmldom's
 * findings (often "stopped here" at a different place) would only repeat them.
 */
export function unexplainedFindings(
  findings: XmldomFinding[],
  scannerProblems: SyntaxProblem[],
  lineStarts: number[],
): SyntaxProblem[] {
  if (scannerProblems.length > 0) return [];
  const result: SyntaxProblem[] = [];
  for (const finding of findings) {
    // The root rules report a missing or second root (12102) with a better message.
    if (/missing root element|Only one element/.test(finding.message)) continue;
    const line = Math.min(Math.max(0, finding.line - 1), lineStarts.length - 1);
    const start = lineStarts[line] + Math.max(0, finding.column - 1);
    result.push({
      code: 'xml-not-well-formed',
      message: `XML is not well-formed: ${finding.message}.`,
      range: { start, end: start + 1 },
    });
  }
  return result;
}

/** Offsets where each line starts (line 0 at offset 0). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** The 0-based line containing `offset` (binary search). */
export function lineOf(offset: number, lineStarts: number[]): number {
  let low = 0,
    high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
