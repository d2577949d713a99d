/**
 * Parsing entry point: the tolerant scanner builds the tree, xmldom judges well-formedness, and
 * top-level stray text is flagged. The result is what every service works from.
 */
import { scanXml } from './scanner';
import { computeLineStarts, judgeWithXmldom, unexplainedFindings } from './xmldomJudge';
import type { XmlDocument } from './xmlModel';

/** Options for {@link parseXml}. */
export interface ParseOptions {
  /**
   * Skip the xmldom pass (the scanner alone still reports most syntax errors). Used for
   * keystroke-time work on huge documents where a full second parse would be wasted.
   */
  skipXmldom?: boolean;
}

const BOM = 0xfeff;

/** Parses TwiML source text. Never throws, whatever the input. */
export function parseXml(text: string, options: ParseOptions = {}): XmlDocument {
  const doc = scanXml(text);
  flagTopLevelText(doc);
  // xmldom's findings are dropped when the scanner already found problems (unexplainedFindings), so
  // skip the parse; and a plain document without problems is well-formed: xmldom could only agree.
  // That second parse was most of the validation time (building xmldom's DOM to throw it away).
  if (!options.skipXmldom && doc.problems.length === 0 && !doc.plainMarkup) {
    // A UTF-8 byte order mark is allowed by XML, but xmldom takes it for text before the root.
    const bom = text.charCodeAt(0) === BOM ? 1 : 0;
    const judged = bom ? text.slice(1) : text;
    const findings = judgeWithXmldom(judged);
    // The line table is only needed to place findings; a valid document has none.
    if (findings.length > 0) {
      for (const problem of unexplainedFindings(findings, doc.problems, computeLineStarts(judged))) {
        doc.problems.push({ ...problem, range: { start: problem.range.start + bom, end: problem.range.end + bom } });
      }
    }
  }
  doc.problems.sort((a, b) => a.range.start - b.range.start);
  return doc;
}

/** Text outside the root element is not allowed by XML (12100); whitespace is fine. */
function flagTopLevelText(doc: XmlDocument): void {
  let seenElement = false;
  for (const node of doc.children) {
    if (node.type === 'element') seenElement = true;
    if (node.type !== 'text') continue;
    // XML's whitespace, not JavaScript's: \s also matches a second byte order mark or a no-break
    // space, which XML does not allow outside the root. Only a byte order mark at offset 0 is allowed.
    let start = node.start === 0 && node.value.charCodeAt(0) === BOM ? 1 : node.start;
    let end = node.end;
    while (start < end && XML_SPACE.test(doc.text[start])) start++;
    while (end > start && XML_SPACE.test(doc.text[end - 1])) end--;
    if (start >= end) continue;
    doc.problems.push({
      code: seenElement ? 'xml-content-after-root' : 'xml-content-before-root',
      message: seenElement
        ? 'Text after the closing </Response> is not allowed. Remove it or move it inside a verb.'
        : 'Text before the root element is not allowed. Remove it.',
      range: { start, end },
    });
  }
}

const XML_SPACE = /[ \t\r\n]/;
