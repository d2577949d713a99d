/**
 * What the cursor is on: a tag name, an attribute, a value, or the content of an element. Every
 * editor feature starts here. The walk descends one element per step (no recursion), so a
 * 10,000-deep document costs depth steps, not stack frames.
 */
import type { XmlAttribute, XmlComment, XmlDocument, XmlElement, XmlNode, XmlText } from '../parser/xmlModel';

/** The syntactic place an offset falls in. */
export type NodeAtOffset =
  /** Inside (or at either edge of) the name of a start tag. */
  | { kind: 'startTagName'; element: XmlElement }
  /** Inside the end tag of `element` (its name or up to the `>`). */
  | { kind: 'endTagName'; element: XmlElement }
  /** Inside a start tag but on no name or value: whitespace between attributes. */
  | { kind: 'startTag'; element: XmlElement }
  | { kind: 'attributeName'; element: XmlElement; attribute: XmlAttribute }
  /** Inside a value, between the quotes (both edges included). */
  | { kind: 'attributeValue'; element: XmlElement; attribute: XmlAttribute }
  /** Inside a comment. */
  | { kind: 'comment'; element: XmlElement | undefined; comment: XmlComment }
  /** Inside a CDATA section: literal text, no markup. */
  | { kind: 'cdata'; element: XmlElement | undefined; text: XmlText }
  /** In the content of `element`, or at top level when `element` is undefined. */
  | { kind: 'content'; element: XmlElement | undefined };

/** Finds what is at `offset` in `doc`. Never throws; offsets outside the text act as its edges. */
export function nodeAtOffset(doc: XmlDocument, offset: number): NodeAtOffset {
  let container: XmlElement | undefined;
  let children: XmlNode[] = doc.children;
  for (;;) {
    const hit = childAt(children, offset, doc.text);
    if (!hit) return { kind: 'content', element: container };
    if (hit.type === 'comment') return { kind: 'comment', element: container, comment: hit };
    if (hit.type === 'text') return { kind: 'cdata', element: container, text: hit };
    const inTag = placeInTags(hit, offset, doc.text);
    if (inTag) return inTag;
    container = hit;
    children = hit.children;
  }
}

/** The child element, comment or CDATA section whose span holds `offset` (plain text is just content). */
function childAt(children: XmlNode[], offset: number, text: string): XmlNode | undefined {
  // Children are in document order, so a binary search would do; documents are small enough
  // per level that a linear scan from the end (where typing usually happens) is simpler.
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i];
    if ((node.type === 'text' && !node.cdata) || node.start >= offset) continue;
    if (node.type !== 'element')
      return offset < node.end || (offset === node.end && !closedMarkup(node, text)) ? node : undefined;
    if (offset < node.end || (offset === node.end && endIsOpen(node))) return node;
    return undefined;
  }
  return undefined;
}

/** True when a comment or CDATA section ends with its closer (an unclosed one runs to the end). */
function closedMarkup(node: XmlComment | XmlText, text: string): boolean {
  return (
    text.startsWith(node.type === 'comment' ? '-->' : ']]>', node.end - 3) &&
    node.end - node.start >= (node.type === 'comment' ? 7 : 12)
  );
}

/**
 * True when typing at the element's end offset still extends it: it was never closed, or its
 * end tag lacks the `>` (`</Message|`).
 */
function endIsOpen(element: XmlElement): boolean {
  return !element.closed || element.endTagNameRange?.end === element.end;
}

/** The place in `element`'s start or end tag, or undefined when `offset` is in its content. */
function placeInTags(element: XmlElement, offset: number, text: string): NodeAtOffset | undefined {
  if (offset < element.startTagEnd || (offset === element.startTagEnd && !startTagTerminated(element, text))) {
    return placeInStartTag(element, offset);
  }
  const endName = element.endTagNameRange;
  if (endName && offset >= endName.start && (offset < element.end || offset === endName.end))
    return { kind: 'endTagName', element };
  return undefined;
}

function placeInStartTag(element: XmlElement, offset: number): NodeAtOffset {
  if (offset <= element.nameRange.end) return { kind: 'startTagName', element };
  for (const attribute of element.attributes) {
    const value = attribute.valueRange;
    if (value && offset >= value.start && offset <= value.end) return { kind: 'attributeValue', element, attribute };
    if (offset >= attribute.nameRange.start && offset <= attribute.nameRange.end)
      return { kind: 'attributeName', element, attribute };
  }
  return { kind: 'startTag', element };
}

/**
 * True when the start tag ends with its own `>` (or `/>`). A tag cut off by the end of the text
 * or by the next `<` ends where the scanner gave up, and the cursor there is still in the tag.
 */
export function startTagTerminated(element: XmlElement, text: string): boolean {
  return element.selfClosing || text.charCodeAt(element.startTagEnd - 1) === 62;
}
