/**
 * Folding ranges: every element whose content spans lines (folded up to the line before its end
 * tag, so `</Gather>` stays visible) and every multi-line comment. Iterative walk.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TwimlDocument } from '../analysis/twimlDocument';
import type { XmlComment, XmlElement, XmlNode } from '../parser/xmlModel';

/** Folding ranges in document order; at most `rangeLimit` (the editor's cap) when given. */
export function getFoldingRanges(document: TextDocument, twiml: TwimlDocument, rangeLimit?: number): FoldingRange[] {
  const line = (offset: number): number => document.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  const stack: XmlNode[] = [...twiml.xml.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode;
    if (node.type === 'text') continue;
    const range = node.type === 'comment' ? commentRange(node, line) : elementRange(node, line);
    if (range) ranges.push(range);
    if (node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  // Pre-order already sorts by start line; when capped, outer (earlier) ranges are kept.
  return rangeLimit !== undefined && ranges.length > rangeLimit ? ranges.slice(0, Math.max(0, rangeLimit)) : ranges;
}

function elementRange(element: XmlElement, line: (offset: number) => number): FoldingRange | undefined {
  const startLine = line(element.start);
  const endLine = element.endTagNameRange
    ? line(element.endTagNameRange.start - 2) - 1
    : line(Math.max(element.start, element.end - 1));
  return endLine > startLine ? { startLine, endLine } : undefined;
}

function commentRange(comment: XmlComment, line: (offset: number) => number): FoldingRange | undefined {
  const startLine = line(comment.start);
  const endLine = line(Math.max(comment.start, comment.end - 1));
  return endLine > startLine ? { startLine, endLine, kind: FoldingRangeKind.Comment } : undefined;
}
