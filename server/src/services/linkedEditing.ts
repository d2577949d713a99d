/**
 * Linked editing: renaming a start tag renames its end tag as you type, and the other way round.
 */
import type { Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TwimlDocument } from '../analysis/twimlDocument';
import { nodeAtOffset } from './nodeAtOffset';
import type { LinkedEditingRanges } from './requestShapes';
import { XML_NAME_PATTERN } from '../parser/xmlNames';

/** The start and end tag names of the element whose tag name is under the cursor, or null. */
export function findLinkedEditingRanges(
  document: TextDocument,
  position: Position,
  twiml: TwimlDocument,
): LinkedEditingRanges | null {
  const offset = document.offsetAt(position);
  const place = nodeAtOffset(twiml.xml, offset);
  if (place.kind !== 'startTagName' && place.kind !== 'endTagName') return null;
  const { nameRange, endTagNameRange } = place.element;
  // Only a matched pair is linked: a self-closing or unclosed element has nothing to mirror.
  if (!endTagNameRange) return null;
  if (place.kind === 'endTagName' && offset > endTagNameRange.end) return null;
  const toRange = (range: { start: number; end: number }) => ({
    start: document.positionAt(range.start),
    end: document.positionAt(range.end),
  });
  return { ranges: [toRange(nameRange), toRange(endTagNameRange)], wordPattern: XML_NAME_PATTERN };
}
