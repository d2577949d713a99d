/**
 * Completion: element names valid at the cursor for the document's dialect, the name of the
 * element to close after `</`, attributes not yet present in a start tag, and attribute values.
 * Works on half-typed documents (`<Response><Mes`, `<Message `) because the tolerant scanner
 * still builds the element being typed, with its parent.
 */
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TwimlDocument } from '../analysis/twimlDocument';
import { findElement } from '../data/schemaIndex';
import type { ElementSpec } from '../data/schemaTypes';
import { DIALECTS, rootElement } from '../data/twimlSchema';
import type { XmlAttribute, XmlElement } from '../parser/xmlModel';
import { attributeItem, elementItem, valueItems, type TagForm } from './completionItems';
import { CompletionTriggerKind, type CompletionContext } from './requestShapes';
import { attributeSpecOf } from './schemaLookup';
import { nodeAtOffset, startTagTerminated, type NodeAtOffset } from './nodeAtOffset';
import { isXmlNameChar } from '../parser/xmlNames';

/** Characters after which an editor should ask for completion. */
export const COMPLETION_TRIGGER_CHARACTERS = ['<', '/', ' ', '"', '=', "'"];

/** One completion request, resolved to offsets. */
interface Request {
  document: TextDocument;
  twiml: TwimlDocument;
  text: string;
  offset: number;
  /** The trigger character when the editor asked because one was typed. */
  trigger: string | undefined;
}

/** Completion items at `position`. `context` lets trigger characters only fire where they mean something. */
export function doComplete(
  document: TextDocument,
  position: Position,
  twiml: TwimlDocument,
  context?: CompletionContext,
): CompletionList {
  const offset = document.offsetAt(position);
  const trigger =
    context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : undefined;
  const request: Request = { document, twiml, text: document.getText(), offset, trigger };
  return { isIncomplete: false, items: completeAt(request, nodeAtOffset(twiml.xml, offset)) };
}

function completeAt(request: Request, place: NodeAtOffset): CompletionItem[] {
  switch (place.kind) {
    case 'attributeValue':
      return allows(request, ['"', "'", '=', ' ']) ? completeValue(request, place.element, place.attribute) : [];
    case 'attributeName':
      return allows(request, []) ? completeAttributeName(request, place.element, place.attribute) : [];
    case 'startTag':
      return allows(request, [' ']) && /\s/.test(request.text[request.offset - 1] ?? '')
        ? completeAttributeName(request, place.element, undefined)
        : [];
    case 'startTagName':
      return allows(request, ['<']) ? completeStartTagName(request, place.element) : [];
    case 'endTagName':
      return allows(request, ['/']) ? completeEndTagName(request, place.element) : [];
    case 'comment':
    case 'cdata':
      return [];
    case 'content':
      return completeInContent(request, place.element);
  }
}

/** True when the request was invoked by hand or typing, or by one of the trigger characters that matter here. */
function allows(request: Request, triggers: readonly string[]): boolean {
  return request.trigger === undefined || triggers.includes(request.trigger);
}

function range(request: Request, start: number, end: number): Range {
  return { start: request.document.positionAt(start), end: request.document.positionAt(end) };
}

function completeStartTagName(request: Request, element: XmlElement): CompletionItem[] {
  // A tag that already has attributes or its `>` only needs a new name, not a new element.
  const form: TagForm = element.attributes.length > 0 || startTagTerminated(element, request.text) ? 'name' : 'afterLt';
  const where = range(request, element.nameRange.start, element.nameRange.end);
  return elementCandidates(request.twiml, element.parent).map((spec) => elementItem(spec, where, form));
}

function completeEndTagName(request: Request, element: XmlElement): CompletionItem[] {
  const name = element.endTagNameRange as { start: number; end: number };
  const needsGt = request.text[name.end] !== '>';
  return [closeItem(element, range(request, name.start, name.end), needsGt)];
}

function completeInContent(request: Request, element: XmlElement | undefined): CompletionItem[] {
  const { text, offset } = request;
  let wordStart = offset;
  while (wordStart > 0 && isXmlNameChar(text.charCodeAt(wordStart - 1))) wordStart--;
  if (text[wordStart - 1] === '/' && text[wordStart - 2] === '<') {
    if (!element || !allows(request, ['/'])) return [];
    let nameEnd = offset;
    while (nameEnd < text.length && isXmlNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    return [closeItem(element, range(request, wordStart, nameEnd), text[nameEnd] !== '>')];
  }
  if (text[wordStart - 1] === '<') {
    if (!allows(request, ['<'])) return [];
    return elementCandidates(request.twiml, element).map((spec) =>
      elementItem(spec, range(request, wordStart, offset), 'afterLt'),
    );
  }
  // Offering whole elements in free text would turn words of a message into tags: only on an
  // otherwise blank line (or straight after a tag) and never for a trigger character.
  if (request.trigger !== undefined || !onlyBlankBefore(text, wordStart)) return [];
  if (!element && request.twiml.root) return [];
  return elementCandidates(request.twiml, element).map((spec) =>
    elementItem(spec, range(request, wordStart, offset), 'withLt'),
  );
}

function onlyBlankBefore(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' || text[i - 1] === '>';
}

function closeItem(element: XmlElement, where: Range, needsGt: boolean): CompletionItem {
  return {
    label: `</${element.name}>`,
    kind: CompletionItemKind.Property,
    detail: `Closes the <${element.name}> opened above`,
    filterText: element.name,
    sortText: '0',
    textEdit: { range: where, newText: needsGt ? `${element.name}>` : element.name },
  };
}

/**
 * Elements allowed inside `parent`: its definition's children, or `<Response>` at top level.
 * Until the document shows its dialect (an empty `<Response>`), both dialects' verbs are
 * offered: the first verb typed decides.
 */
export function elementCandidates(twiml: TwimlDocument, parent: XmlElement | undefined): ElementSpec[] {
  if (!parent) return [rootElement(twiml.dialect.dialect)];
  const spec = twiml.resolved.get(parent)?.spec;
  if (!spec) return [];
  const dialects = spec.kind === 'root' && twiml.dialect.source === 'default' ? DIALECTS : [spec.dialect];
  const found = new Map<string, ElementSpec>();
  for (const dialect of dialects) {
    const owner = dialect === spec.dialect ? spec : rootElement(dialect);
    for (const name of owner.children) {
      const child = findElement(dialect, owner.name, name);
      if (child && !found.has(name)) found.set(name, child);
    }
  }
  return [...found.values()];
}

function completeAttributeName(
  request: Request,
  element: XmlElement,
  editing: XmlAttribute | undefined,
): CompletionItem[] {
  const spec = request.twiml.resolved.get(element)?.spec;
  if (!spec) return [];
  const present = new Set(
    element.attributes.filter((attribute) => attribute !== editing).map((attribute) => attribute.name),
  );
  const where = editing
    ? range(request, editing.nameRange.start, editing.nameRange.end)
    : range(request, request.offset, request.offset);
  const nameOnly = editing?.value !== undefined;
  return spec.attributes
    .filter((attribute) => !present.has(attribute.name))
    .map((attribute, index) => attributeItem(attribute, where, nameOnly, index));
}

function completeValue(request: Request, element: XmlElement, attribute: XmlAttribute): CompletionItem[] {
  const spec = request.twiml.resolved.get(element)?.spec;
  const attributeSpec = spec && attributeSpecOf(spec, attribute.name);
  const value = attribute.valueRange;
  if (!attributeSpec || !value) return [];
  const type = attributeSpec.type;
  if (type.kind !== 'list') {
    if (request.trigger === ' ') return [];
    return valueItems(
      attributeSpec,
      range(request, value.start, value.end),
      attribute.quote === '' ? '"' : '',
      new Set(),
    );
  }
  // In a list, complete the item under the cursor and leave the others alone.
  const raw = request.text.slice(value.start, value.end);
  const at = request.offset - value.start;
  const separator = type.separator === ' ' ? /\s/ : /,/;
  let start = at,
    end = at;
  while (start > 0 && !separator.test(raw[start - 1])) start--;
  while (end < raw.length && !separator.test(raw[end])) end++;
  const others = new Set((raw.slice(0, start) + ' ' + raw.slice(end)).split(/[\s,]+/).filter(Boolean));
  return valueItems(attributeSpec, range(request, value.start + start, value.start + end), '', others);
}
