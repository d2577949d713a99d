/**
 * Document symbols: the outline Response > verbs > nouns, each with a one-line summary of what it
 * does (the message text, the Redirect URL, the action) so the outline reads like the reply.
 */
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TwimlDocument } from '../analysis/twimlDocument';
import type { ElementSpec } from '../data/schemaTypes';
import { attributeNamed, childElements, directText, type XmlElement } from '../parser/xmlModel';
import { messageBody } from '../analysis/messageBody';

/** Longest summary shown next to a symbol. */
const MAX_DETAIL = 40;

/** Attributes that best say where a verb without text sends control or data. */
const TELLING_ATTRIBUTES = ['action', 'url', 'name', 'to'];

/**
 * Deepest symbol nesting. Real TwiML is 2–5 levels deep; past this, elements are listed beside
 * their parent, because clients serialize the hierarchy recursively (JSON.stringify overflows
 * near 10,000 levels) and an outline that deep is unreadable anyway.
 */
export const MAX_SYMBOL_DEPTH = 64;

const KIND: Record<ElementSpec['kind'], SymbolKind> = {
  root: SymbolKind.Module,
  verb: SymbolKind.Method,
  noun: SymbolKind.Field,
};

/** Where a symbol was placed: its own entry, its depth, and the list holding it. */
interface Placed {
  symbol: DocumentSymbol;
  depth: number;
  holder: DocumentSymbol[];
}

/** The element hierarchy as symbols. Iterative: `twiml.elements` is pre-order, so parents come first. */
export function findDocumentSymbols(document: TextDocument, twiml: TwimlDocument): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const placed = new Map<XmlElement, Placed>();
  for (const element of twiml.elements) {
    const symbol = toSymbol(document, element, twiml.resolved.get(element)?.spec);
    const parent = element.parent ? placed.get(element.parent) : undefined;
    let where: Placed = { symbol, depth: 1, holder: top };
    if (parent && parent.depth < MAX_SYMBOL_DEPTH)
      where = { symbol, depth: parent.depth + 1, holder: (parent.symbol.children ??= []) };
    else if (parent) where = { symbol, depth: parent.depth, holder: parent.holder };
    where.holder.push(symbol);
    placed.set(element, where);
  }
  return top;
}

function toSymbol(document: TextDocument, element: XmlElement, spec: ElementSpec | undefined): DocumentSymbol {
  const end = Math.max(element.end, element.nameRange.end);
  const symbol: DocumentSymbol = {
    name: element.name || '<>',
    kind: spec ? KIND[spec.kind] : SymbolKind.Object,
    range: { start: document.positionAt(element.start), end: document.positionAt(end) },
    selectionRange: {
      start: document.positionAt(element.nameRange.start),
      end: document.positionAt(element.nameRange.end),
    },
  };
  const detail = summarize(element, spec);
  if (detail) symbol.detail = detail;
  if (spec?.deprecated) symbol.tags = [SymbolTag.Deprecated];
  return symbol;
}

/** The message text, the element's own text, or its most telling attribute. */
export function summarize(element: XmlElement, spec: ElementSpec | undefined): string {
  if (spec?.name === 'Message' && spec.dialect === 'messaging') {
    const body = messageBody(element);
    if (body) return shorten(body);
    const media = childElements(element).filter((child) => child.name === 'Media').length;
    return media ? `${media} media` : '';
  }
  const text = directText(element).trim();
  if (text) return shorten(text);
  for (const name of TELLING_ATTRIBUTES) {
    const value = attributeNamed(element, name)?.value?.trim();
    if (value) return shorten(`${name}: ${value}`);
  }
  return '';
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line;
}
