/**
 * The syntax tree the tolerant scanner builds: plain XML with source offsets on everything a
 * diagnostic or an editor feature needs to point at (tag names, attribute names and values,
 * end tags, text). Offsets are UTF-16 indexes into the document text, like LSP's.
 */

/** Half-open `[start, end)` span of the source text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** One attribute as written, with its decoded value. */
export interface XmlAttribute {
  name: string;
  nameRange: OffsetRange;
  /** Decoded value (entities resolved); `undefined` when the attribute has no `=value`. */
  value: string | undefined;
  /** Span of the value without its quotes; for an unquoted value, the value itself. */
  valueRange: OffsetRange | undefined;
  /** The quote character used, or `''` when the value was not quoted (a 12100 error). */
  quote: '"' | "'" | '';
}

/** An element. `end` is the offset after its end tag (or after `/>`), or the best recovery guess. */
export interface XmlElement {
  type: 'element';
  name: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset after the start tag's `>` (or where the scanner gave up on it). */
  startTagEnd: number;
  end: number;
  nameRange: OffsetRange;
  /** Name span inside the matching end tag, when there is one. */
  endTagNameRange: OffsetRange | undefined;
  selfClosing: boolean;
  /** True when the element ended properly (self-closing or a matching end tag). */
  closed: boolean;
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent: XmlElement | undefined;
}

/** Character data: plain text or a CDATA section; `value` is decoded. */
export interface XmlText {
  type: 'text';
  value: string;
  start: number;
  end: number;
  cdata: boolean;
  parent: XmlElement | undefined;
}

/** A comment; ignored by Twilio's interpreter but kept for folding and dialect overrides. */
export interface XmlComment {
  type: 'comment';
  value: string;
  start: number;
  end: number;
  parent: XmlElement | undefined;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

/** A well-formedness problem found by the scanner or by xmldom. All predict Twilio error 12100. */
export interface SyntaxProblem {
  /** Stable diagnostic code, e.g. `xml-unclosed-tag`. */
  code: string;
  message: string;
  range: OffsetRange;
}

/** What the scanner found in a `<!DOCTYPE ...>`. Twilio never needs one; entities are never expanded. */
export interface DoctypeInfo {
  range: OffsetRange;
  declaresEntities: boolean;
  hasExternalId: boolean;
}

/** The parsed document: top-level nodes in order plus everything wrong with the XML. */
export interface XmlDocument {
  text: string;
  children: XmlNode[];
  problems: SyntaxProblem[];
  declaration: OffsetRange | undefined;
  doctype: DoctypeInfo | undefined;
  /**
   * True when the text holds only markup the scanner judges as strictly as XML does: elements and
   * attributes with plain ASCII names, quoted values, comments, CDATA inside the root, a plain
   * XML declaration; no DOCTYPE, namespace or other processing instruction. A plain document the
   * scanner found no problem in is well-formed, so xmldom need not parse it again.
   */
  plainMarkup: boolean;
}

/** Top-level elements, in order. */
export function rootElements(doc: XmlDocument): XmlElement[] {
  return doc.children.filter((node): node is XmlElement => node.type === 'element');
}

/** Element children of an element, in order. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => node.type === 'element');
}

/** The attribute with exactly this name, if present. */
export function attributeNamed(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((attribute) => attribute.name === name);
}

/** Concatenated decoded text and CDATA directly inside an element (not its descendants). */
export function directText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (child.type === 'text') text += child.value;
  return text;
}
