/**
 * Inline test documents with a `|` cursor marker, for the editor-feature tests: strips the marker,
 * analyses the text like the server does, and applies edits back to text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { analyzeTwiml, type TwimlDocument } from '../../../server/src/analysis/twimlDocument';
import type { Dialect } from '../../../server/src/data/schemaTypes';

export const TEST_URI = 'file:///test/reply.twiml';

/** A document, its analysis, and the cursor the `|` marked (offset 0 when there is none). */
export interface CursorDocument {
  document: TextDocument;
  twiml: TwimlDocument;
  offset: number;
  position: Position;
}

/** Builds a document from `source`, where the first `|` marks the cursor. */
export function cursorDocument(source: string, dialect: 'auto' | Dialect = 'auto'): CursorDocument {
  const offset = Math.max(0, source.indexOf('|'));
  const text = source.includes('|') ? source.slice(0, offset) + source.slice(offset + 1) : source;
  const document = TextDocument.create(TEST_URI, 'twiml', 1, text);
  return { document, twiml: analyzeTwiml(text, dialect), offset, position: document.positionAt(offset) };
}

/** The text after applying `edits` (which must not overlap) to `document`. */
export function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** The text `range` covers in `document`. */
export function textAt(document: TextDocument, range: { start: Position; end: Position }): string {
  return document.getText(range);
}
