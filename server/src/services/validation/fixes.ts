/** Builders for the quick fixes several rules share. */
import type { XmlAttribute, XmlElement } from '../../parser/xmlModel';
import type { FixProposal } from './finding';

/** Renames an element's start and end tag. */
export function renameElementFix(element: XmlElement, name: string): FixProposal {
  const edits = [{ range: element.nameRange, newText: name }];
  if (element.endTagNameRange) edits.push({ range: element.endTagNameRange, newText: name });
  return { title: `Change to <${name}>`, edits };
}

/** Renames an attribute. */
export function renameAttributeFix(attribute: XmlAttribute, name: string): FixProposal {
  return { title: `Change to ${name}`, edits: [{ range: attribute.nameRange, newText: name }] };
}
