/**
 * Hover: what an element or attribute is, from the schema, in markdown. On a <Message> it also
 * counts the body the way carriers bill it (characters, GSM-7 or UCS-2, segments).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedElement, TwimlDocument } from '../analysis/twimlDocument';
import type { ElementSpec } from '../data/schemaTypes';
import type { OffsetRange, XmlAttribute, XmlElement } from '../parser/xmlModel';
import { attributeDocumentation, deprecationOf, docLink, elementKindLabel } from './describeSchema';
import { nodeAtOffset } from './nodeAtOffset';
import { attributeSpecOf } from './schemaLookup';
import { countSegments } from '../../../shared/smsSegments';
import { withoutPlaceholders } from '../analysis/placeholders';
import { messageBody } from '../analysis/messageBody';

/** How many children or attributes a hover names before "and N more". */
const MAX_NAMES = 10;

/** Hover at `position`, or null where there is nothing TwiML can say. */
export function doHover(document: TextDocument, position: Position, twiml: TwimlDocument): Hover | null {
  const place = nodeAtOffset(twiml.xml, document.offsetAt(position));
  let found: { markdown: string; range: OffsetRange } | undefined;
  switch (place.kind) {
    case 'startTagName':
      found = elementHover(twiml, place.element, place.element.nameRange);
      break;
    case 'endTagName':
      found = elementHover(twiml, place.element, place.element.endTagNameRange ?? place.element.nameRange);
      break;
    case 'attributeName':
      found = attributeHover(twiml, place.element, place.attribute, place.attribute.nameRange);
      break;
    case 'attributeValue':
      found = attributeHover(
        twiml,
        place.element,
        place.attribute,
        place.attribute.valueRange ?? place.attribute.nameRange,
      );
      break;
    default:
      break;
  }
  if (!found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.markdown },
    range: { start: document.positionAt(found.range.start), end: document.positionAt(found.range.end) },
  };
}

function elementHover(
  twiml: TwimlDocument,
  element: XmlElement,
  range: OffsetRange,
): { markdown: string; range: OffsetRange } | undefined {
  const resolved = twiml.resolved.get(element);
  const spec = resolved?.spec;
  if (!resolved || !spec) return undefined;
  const sections = [
    `**\`<${spec.name}>\`** · ${elementKindLabel(spec)}`,
    spec.description,
    warnings(twiml, element, resolved),
    deprecationOf(spec),
    structure(spec),
    isMessage(spec) ? bodyStatistics(element, twiml.template !== undefined) : '',
    docLink(spec.docUrl),
  ];
  return { markdown: sections.filter(Boolean).join('\n\n'), range };
}

/** A case mistake or a verb of the other dialect, said where the user is looking. */
function warnings(twiml: TwimlDocument, element: XmlElement, resolved: ResolvedElement): string {
  const notes: string[] = [];
  if (resolved.correctName)
    notes.push(`TwiML names are case-sensitive: write \`<${resolved.correctName}>\`, not \`<${element.name}>\`.`);
  if (resolved.otherDialect)
    notes.push(`Only in ${resolved.otherDialect} TwiML; this document is ${twiml.dialect.dialect} TwiML.`);
  return notes.join('  \n');
}

/** Short lists of what the element accepts. */
function structure(spec: ElementSpec): string {
  const lines: string[] = [];
  if (spec.children.length) lines.push(`Children: ${names(spec.children.map((name) => `<${name}>`))}`);
  if (spec.attributes.length) lines.push(`Attributes: ${names(spec.attributes.map((attribute) => attribute.name))}`);
  if (spec.text.allowed && spec.text.meaning) lines.push(`Text: ${spec.text.meaning}`);
  else if (!spec.text.allowed && spec.kind !== 'root') lines.push('Text: none');
  return lines.join('  \n');
}

function names(list: readonly string[]): string {
  const shown = list
    .slice(0, MAX_NAMES)
    .map((name) => `\`${name}\``)
    .join(', ');
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
}

function isMessage(spec: ElementSpec): boolean {
  return spec.name === 'Message' && spec.dialect === 'messaging';
}

/** "Body: 12 characters · GSM-7 · 1 segment". */
export function bodyStatistics(message: XmlElement, templated = false): string {
  const written = messageBody(message);
  if (written === '') return 'Body: empty';
  // Placeholders are filled in by the app: count what is written, as a floor.
  const body = templated ? withoutPlaceholders(written) : written;
  const floor = templated && body !== written ? 'at least ' : '';
  const info = countSegments(body);
  const plural = (count: number, word: string): string => `${floor}${count} ${word}${count === 1 ? '' : 's'}`;
  return `Body: ${plural(info.characters, 'character')} · ${info.encoding} · ${plural(info.segments, 'segment')}`;
}

function attributeHover(
  twiml: TwimlDocument,
  element: XmlElement,
  attribute: XmlAttribute,
  range: OffsetRange,
): { markdown: string; range: OffsetRange } | undefined {
  const spec = twiml.resolved.get(element)?.spec;
  const attributeSpec = spec && attributeSpecOf(spec, attribute.name);
  if (!spec || !attributeSpec) return undefined;
  const caseNote =
    attributeSpec.name === attribute.name
      ? ''
      : `Attribute names are case-sensitive: write \`${attributeSpec.name}\`, not \`${attribute.name}\`.`;
  const heading = `**\`${attributeSpec.name}\`** · attribute of \`<${spec.name}>\``;
  return { markdown: [heading, caseNote, attributeDocumentation(attributeSpec)].filter(Boolean).join('\n\n'), range };
}
