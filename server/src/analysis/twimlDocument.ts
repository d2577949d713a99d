/**
 * The TwiML view of a parsed XML document: its dialect, the root, every element resolved to its
 * schema definition (taking case mistakes and the other dialect into account) and the
 * interpreter's control flow. Built once per document version and shared by all services.
 */
import type { ElementSpec } from '../data/schemaTypes';
import type { Dialect, DialectSetting } from '../../../shared/settings';
import { caseInsensitiveElement, findElement } from '../data/schemaIndex';
import { parseXml } from '../parser/parseXml';
import { rootElements, type XmlDocument, type XmlElement, type XmlNode } from '../parser/xmlModel';
import { computeLineStarts, lineOf } from '../parser/xmldomJudge';
import { chooseDialect, type DialectChoice } from './dialect';
import { interpretFlow, type FlowResult } from './interpreter';
import type { TemplateContext } from './templateContext';

/** How one element relates to the schema. */
export interface ResolvedElement {
  /** The definition that applies, found under the right spelling; undefined when unknown. */
  spec: ElementSpec | undefined;
  /** Set when the name is known but written in the wrong case: the right spelling. */
  correctName: string | undefined;
  /** Set when the element exists only in the other dialect. */
  otherDialect: Dialect | undefined;
}

/** Everything the services need about one document version. */
export interface TwimlDocument {
  xml: XmlDocument;
  dialect: DialectChoice;
  /** The first top-level element, whatever its name. */
  root: XmlElement | undefined;
  /** Every element in document order (iterative walk). */
  elements: XmlElement[];
  resolved: Map<XmlElement, ResolvedElement>;
  flow: FlowResult;
  /** Set for TwiML cut out of a host file: placeholders and template blocks. */
  template: TemplateContext | undefined;
  /**
   * 0-based line of an offset, as the user sees it: in the host file for embedded TwiML (line
   * table built on first use: most documents never need it).
   */
  lineAt(offset: number): number;
}

/** Parses and analyses `text` under the given dialect setting. Never throws. */
export function analyzeTwiml(
  text: string,
  dialectSetting: DialectSetting = 'auto',
  template?: TemplateContext,
): TwimlDocument {
  return analyzeXml(parseXml(text), dialectSetting, template);
}

/** Analyses an already parsed document. */
export function analyzeXml(
  xml: XmlDocument,
  dialectSetting: DialectSetting = 'auto',
  template?: TemplateContext,
): TwimlDocument {
  const dialect = chooseDialect(xml, dialectSetting);
  const root = rootElements(xml)[0];
  const elements = elementsInOrder(xml.children);
  const resolved = new Map<XmlElement, ResolvedElement>();
  for (const element of elements) resolved.set(element, resolveElement(element, dialect.dialect, resolved));
  const flow = interpretFlow(root, (element) => resolved.get(element)?.spec, template);
  let lineStarts: number[] | undefined;
  const lineAt =
    template?.hostLineAt ?? ((offset: number): number => lineOf(offset, (lineStarts ??= computeLineStarts(xml.text))));
  return { xml, dialect, root, elements, resolved, flow, template, lineAt };
}

/** Pre-order list of all elements, without recursion. */
export function elementsInOrder(nodes: XmlNode[]): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode;
    if (node.type !== 'element') continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The name an element should have been written with: itself, or the case-corrected name. */
export function effectiveName(element: XmlElement, resolved: Map<XmlElement, ResolvedElement>): string {
  return resolved.get(element)?.correctName ?? element.name;
}

const EXACT = new WeakMap<ElementSpec, ResolvedElement>();

/** The common case, shared per definition: a 1 MB document has tens of thousands of elements. */
function exactMatch(spec: ElementSpec): ResolvedElement {
  let resolved = EXACT.get(spec);
  if (!resolved) EXACT.set(spec, (resolved = Object.freeze({ spec, correctName: undefined, otherDialect: undefined })));
  return resolved;
}

function resolveElement(
  element: XmlElement,
  dialect: Dialect,
  resolved: Map<XmlElement, ResolvedElement>,
): ResolvedElement {
  const parentName = element.parent ? effectiveName(element.parent, resolved) : undefined;
  const exact = findElement(dialect, parentName, element.name);
  if (exact) return exactMatch(exact);
  const other: Dialect = dialect === 'voice' ? 'messaging' : 'voice';
  const inOther = findElement(other, parentName, element.name);
  if (inOther) return { spec: inOther, correctName: undefined, otherDialect: other };
  const correctName = caseInsensitiveElement(dialect, element.name) ?? caseInsensitiveElement(other, element.name);
  if (!correctName) return { spec: undefined, correctName: undefined, otherDialect: undefined };
  const spec = findElement(dialect, parentName, correctName);
  if (spec) return { spec, correctName, otherDialect: undefined };
  return { spec: findElement(other, parentName, correctName), correctName, otherDialect: other };
}
