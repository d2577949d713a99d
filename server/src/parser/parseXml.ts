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
  // xmldom's findings are dropped when the scanner already found problems (unexplainedFindings), so skip the parse.
  if (!options.skipXmldom && doc.problems.length === 0) {
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
    if (node.type !== 'text' || /^\s*$/.test(node.value)) continue;
    const lead = node.value.length - node.value.trimStart().length;
    const start = node.start + lead;
    const end = Math.min(node.end, start + node.value.trim().length);
    doc.problems.push({
      code: seenElement ? 'xml-content-after-root' : 'xml-content-before-root',
      message: seenElement
        ? 'Text after the closing </Response> is not allowed. Remove it or move it inside a verb.'
        : 'Text before the root element is not allowed. Remove it.',
      range: { start, end },
    });
  }
}
