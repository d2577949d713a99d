/**
 * The property behind the parser's fast path: when the scanner vouches for a document (plain
 * markup and no problem found), xmldom, the judge it replaces, finds nothing either. A case that
 * breaks it is a construct the scanner lets through: mark it not plain in the scanner.
 */
import { parseXml } from '../server/src/parser/parseXml';
import { computeLineStarts, judgeWithXmldom, unexplainedFindings } from '../server/src/parser/xmldomJudge';

/** Why the scanner's verdict on `text` disagrees with xmldom's, or undefined when they agree. */
export function scannerVerdictFailure(text: string): string | undefined {
  const doc = parseXml(text);
  if (!doc.plainMarkup || doc.problems.length > 0) return undefined;
  const judged = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const missed = unexplainedFindings(judgeWithXmldom(judged), [], computeLineStarts(judged));
  if (missed.length === 0) return undefined;
  return `the scanner vouched for a document xmldom rejects: ${missed.map((problem) => `${problem.message} at ${problem.range.start}`).join('; ')}`;
}
