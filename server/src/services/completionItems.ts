/**
 * Builds completion items from schema entries: element names with their tag snippets, attribute
 * names with value choices, and attribute values. Deciding *where* completion applies is
 * `completion.ts`'s job; this file only knows how each item looks.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver-types';
import type { AttributeSpec, ElementSpec } from '../data/schemaTypes';
import {
  attributeDocumentation,
  describeType,
  elementDocumentation,
  elementKindLabel,
  knownValues,
} from './describeSchema';

/** How much of a tag an element item inserts. */
export type TagForm =
  /** Only the name: the start tag already has attributes or its `>`. */
  | 'name'
  /** Name, required attributes and the rest of the element, after a typed `<`. */
  | 'afterLt'
  /** The whole element including `<`, offered in content where nothing was typed yet. */
  | 'withLt';

/** Value lists longer than this are left to value completion rather than a snippet choice. */
const MAX_CHOICES = 20;

const ELEMENT_KIND: Record<ElementSpec['kind'], CompletionItemKind> = {
  root: CompletionItemKind.Module,
  verb: CompletionItemKind.Method,
  noun: CompletionItemKind.Field,
};

/** A completion item for an element name. Deprecated elements are tagged and sorted last. */
export function elementItem(spec: ElementSpec, range: Range, form: TagForm): CompletionItem {
  const snippet = form === 'name' ? spec.name : `${form === 'withLt' ? '<' : ''}${elementSnippet(spec)}`;
  const item: CompletionItem = {
    label: spec.name,
    kind: ELEMENT_KIND[spec.kind],
    detail: elementKindLabel(spec),
    documentation: { kind: MarkupKind.Markdown, value: elementDocumentation(spec) },
    sortText: `${spec.deprecated ? '1' : '0'}${spec.name}`,
    filterText: form === 'withLt' ? `<${spec.name}` : spec.name,
    textEdit: { range, newText: snippet },
    insertTextFormat: form === 'name' ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
  };
  if (spec.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}

/**
 * `Message>$0</Message>`, with a tabstop per required attribute; `Pause$1/>` for elements that
 * take neither text nor children, so the cursor lands where optional attributes go.
 */
export function elementSnippet(spec: ElementSpec): string {
  const required = spec.attributes.filter((attribute) => attribute.required);
  const attributes = required.map((attribute, index) => ` ${attributeSnippet(attribute, index + 1)}`).join('');
  const next = required.length + 1;
  if (!spec.text.allowed && spec.children.length === 0) {
    return spec.attributes.length > required.length
      ? `${spec.name}${attributes}$${next}/>$0`
      : `${spec.name}${attributes}/>$0`;
  }
  return `${spec.name}${attributes}>$0</${spec.name}>`;
}

/** `name="$1"`, or `name="${1|GET,POST|}"` when the type has a short list of values. */
export function attributeSnippet(attribute: AttributeSpec, tabstop: number): string {
  const values = knownValues(attribute.type);
  const closed = !(attribute.type.kind === 'enum' && attribute.type.open) && attribute.type.kind !== 'list';
  if (closed && values.length > 0 && values.length <= MAX_CHOICES) {
    return `${attribute.name}="\${${tabstop}|${values.map(escapeChoice).join(',')}|}"`;
  }
  return `${attribute.name}="$${tabstop}"`;
}

/** Inside a snippet choice, `,`, `|` and `\` must be escaped. */
function escapeChoice(value: string): string {
  return value.replace(/[\\,|$}]/g, (char) => `\\${char}`);
}

/** A completion item for an attribute name; `nameOnly` when the attribute already has a value. */
export function attributeItem(
  attribute: AttributeSpec,
  range: Range,
  nameOnly: boolean,
  index: number,
): CompletionItem {
  const item: CompletionItem = {
    label: attribute.name,
    kind: CompletionItemKind.Value,
    detail: describeType(attribute.type).replace(/`/g, ''),
    documentation: { kind: MarkupKind.Markdown, value: attributeDocumentation(attribute) },
    // Required first, deprecated last, the rest in the data's order (most useful first).
    sortText: `${attribute.required ? '0' : attribute.deprecated ? '2' : '1'}${String(index).padStart(3, '0')}`,
    textEdit: { range, newText: nameOnly ? attribute.name : attributeSnippet(attribute, 1) },
    insertTextFormat: nameOnly ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
  };
  if (attribute.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}

/** Completion items for the known values of an attribute, in the data's order. */
export function valueItems(
  attribute: AttributeSpec,
  range: Range,
  quote: string,
  skip: ReadonlySet<string>,
): CompletionItem[] {
  const open =
    attribute.type.kind === 'enum'
      ? attribute.type.open === true
      : attribute.type.kind === 'list' && attribute.type.item.kind === 'enum' && attribute.type.item.open === true;
  const values = knownValues(attribute.type).filter((value) => !skip.has(value));
  return values.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail:
      value === attribute.default
        ? `default of ${attribute.name}`
        : open
          ? `known value of ${attribute.name} (Twilio adds more)`
          : attribute.name,
    sortText: String(index).padStart(5, '0'),
    filterText: value,
    textEdit: { range, newText: `${quote}${value}${quote}` },
  }));
}
