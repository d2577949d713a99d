/**
 * Element names, nesting, dialect, text content and deprecations. TwiML names are case-sensitive
 * ("don't use <message> instead of <Message>", https://www.twilio.com/docs/messaging/twiml);
 * nesting errors are logged as 12200 (schema validation), 13320 for <Gather>
 * (https://www.twilio.com/docs/api/errors/13320).
 */
import { effectiveName, type ResolvedElement, type TwimlDocument } from '../../analysis/twimlDocument';
import { TWILIO_CODES } from '../../data/errorCodes';
import { NESTING_ERROR_CODES } from '../../data/limits';
import { allElementNames, suggest } from '../../data/schemaIndex';
import type { ElementSpec } from '../../data/schemaTypes';
import { isOnlyPlaceholders, isTemplated, type TemplateContext } from '../../analysis/templateContext';
import { directText, type XmlElement } from '../../parser/xmlModel';
import type { Finding, Rule } from './finding';
import { renameElementFix } from './fixes';

/** Checks every element below the root against the schema. */
export const elementRule: Rule = (doc, report) => {
  for (const element of doc.elements) {
    const resolved = doc.resolved.get(element) as ResolvedElement;
    if (element === doc.root || !element.parent) {
      // The root's name is the root rule's business; its text content is checked here.
      if (resolved.spec) checkText(element, resolved.spec, doc.template, report);
      continue;
    }
    if (resolved.correctName) reportCase(element, resolved.correctName, report);
    else if (!resolved.spec) reportUnknown(doc, element, report);
    if (!resolved.spec) continue;
    // `<Message>Hi<Say>Thanks</Say></Message>`: the mistake is the nesting, said on the <Say>.
    if (resolved.otherDialect && !insideKnownVerb(doc, element)) reportOtherDialect(doc, element, resolved, report);
    else checkParent(doc, element, resolved.spec, report, resolved.otherDialect !== undefined);
    checkText(element, resolved.spec, doc.template, report);
    if (resolved.spec.deprecated) reportDeprecated(element, resolved.spec, report);
  }
};

function reportCase(element: XmlElement, correct: string, report: (f: Finding) => void): void {
  report({
    rule: 'element-case',
    range: element.nameRange,
    message: `TwiML is case-sensitive: write <${correct}>, not <${element.name}>.`,
    fixes: [{ ...renameElementFix(element, correct), isPreferred: true, group: 'case' }],
  });
}

function reportUnknown(doc: TwimlDocument, element: XmlElement, report: (f: Finding) => void): void {
  const parentSpec = element.parent ? doc.resolved.get(element.parent)?.spec : undefined;
  const guesses = guessesFor(element.name, parentSpec, doc.dialect.dialect);
  const hint = guesses.length ? ` Did you mean <${guesses[0]}>?` : ` ${describeAllowed(parentSpec)}`;
  report({
    rule: 'unknown-element',
    range: element.nameRange,
    message: `<${element.name}> is not a TwiML ${doc.dialect.dialect} element.${hint}`,
    fixes: guesses.map((name, index) => ({ ...renameElementFix(element, name), isPreferred: index === 0 })),
  });
}

/**
 * Did-you-mean names, memoised per (dialect, parent definition, name): a pasted block or a deep
 * nest repeats one unknown name thousands of times, and each suggest() runs an edit distance
 * against every candidate (a 2,000-deep <x> nest took 300 ms without this).
 */
const guessCache = new Map<string, readonly string[]>();

function guessesFor(
  name: string,
  parentSpec: ElementSpec | undefined,
  dialect: ElementSpec['dialect'],
): readonly string[] {
  const key = `${dialect}\u0000${parentSpec ? `${parentSpec.dialect}:${parentSpec.id}` : ''}\u0000${name}`;
  let guesses = guessCache.get(key);
  if (!guesses) {
    const candidates = parentSpec?.children.length ? [...parentSpec.children] : allElementNames(dialect);
    guesses = suggest(name, candidates).slice(0, 3);
    if (guessCache.size >= 10_000) guessCache.clear(); // bounded: names come from user input
    guessCache.set(key, guesses);
  }
  return guesses;
}

function describeAllowed(parentSpec: ElementSpec | undefined): string {
  if (!parentSpec) return '';
  if (parentSpec.children.length === 0) return `<${parentSpec.name}> takes no child elements.`;
  return `<${parentSpec.name}> accepts ${parentSpec.children.map((name) => `<${name}>`).join(', ')}.`;
}

function reportOtherDialect(
  doc: TwimlDocument,
  element: XmlElement,
  resolved: ResolvedElement,
  report: (f: Finding) => void,
): void {
  const here = doc.dialect.dialect;
  const evidence =
    doc.dialect.source === 'detected' && doc.dialect.evidence?.length
      ? `it uses ${doc.dialect.evidence.map((name) => `<${name}>`).join(', ')}`
      : DIALECT_REASON[doc.dialect.source];
  // Name what is wrong and why, not every verb the other dialect accepts.
  report({
    rule: 'wrong-dialect',
    range: element.nameRange,
    twilioCode: here === 'messaging' ? TWILIO_CODES.invalidSmsVerb : undefined,
    message: `<${resolved.correctName ?? element.name}> is a ${resolved.otherDialect} ${resolved.spec?.kind ?? 'element'}, but this is ${here} TwiML (${evidence}).`,
  });
}

const DIALECT_REASON: Record<TwimlDocument['dialect']['source'], string> = {
  comment: 'set by the <!-- twiml: ... --> comment',
  setting: 'set by the twiml.dialect setting',
  detected: 'detected from the verbs it uses',
  default: 'the default',
};

/** True when the element's parent is a verb or noun of this document's dialect (not the root). */
function insideKnownVerb(doc: TwimlDocument, element: XmlElement): boolean {
  const parent = element.parent;
  if (!parent || parent === doc.root) return false;
  const resolved = doc.resolved.get(parent);
  return resolved?.spec !== undefined && resolved.otherDialect === undefined;
}

function checkParent(
  doc: TwimlDocument,
  element: XmlElement,
  spec: ElementSpec,
  report: (f: Finding) => void,
  otherDialect = false,
): void {
  const parent = element.parent as XmlElement;
  const parentResolved = doc.resolved.get(parent);
  if (!parentResolved?.spec || parentResolved.otherDialect) return;
  const name = effectiveName(element, doc.resolved);
  const parentName = effectiveName(parent, doc.resolved);
  if (parentResolved.spec.children.includes(name)) return;
  // Where a verb of the other dialect belongs would point at a document this one is not.
  const where =
    spec.parents.length && !otherDialect ? ` It belongs in ${spec.parents.map((p) => `<${p}>`).join(' or ')}.` : '';
  const kind = spec.kind === 'verb' && parentName !== 'Response' ? 'Verbs cannot be nested in other verbs.' : '';
  report({
    rule: 'invalid-nesting',
    range: element.nameRange,
    twilioCode: NESTING_ERROR_CODES[parentName],
    message: `<${parentName}> does not accept <${name}>.${where} ${kind}`.trim(),
  });
}

function checkText(
  element: XmlElement,
  spec: ElementSpec,
  template: TemplateContext | undefined,
  report: (f: Finding) => void,
): void {
  if (!spec.text.allowed) {
    for (const child of element.children) {
      if (child.type !== 'text' || child.value.trim() === '') continue;
      // `<Response>{{ verbs|safe }}</Response>`: a placeholder between tags may well be markup.
      if (!child.cdata && isOnlyPlaceholders(template, child.value)) continue;
      const lead = child.value.length - child.value.trimStart().length;
      const start = child.cdata ? child.start : child.start + lead;
      report({
        rule: 'text-not-allowed',
        range: { start, end: Math.min(child.end, start + Math.max(1, child.value.trim().length)) },
        message: `<${spec.name}> takes no text${spec.children.length ? `; put it in ${spec.children.map((c) => `<${c}>`).join(' or ')}` : ''}.`,
      });
      return;
    }
    return;
  }
  const text = directText(element);
  if (spec.text.required && text.trim() === '' && !element.children.some((c) => c.type === 'element')) {
    const undocumented = spec.text.required === 'warning';
    report({
      rule: 'missing-text',
      range: element.nameRange,
      severity: undocumented ? 'warning' : undefined,
      message:
        `<${spec.name}> needs ${spec.text.meaning ? `its ${spec.text.meaning.toLowerCase()}` : 'text content'} between the tags.` +
        (undocumented
          ? " An empty URL resolves to this document's own URL; Twilio's page does not say what it does with one."
          : ''),
    });
  }
  checkTextLength(element, spec, text, template, report);
}

/**
 * Text limits from the element's Twilio page (queue names at most 64 characters, client
 * identities 256, SIP URIs 255). <Message>/<Body> are measured by the messaging rule, which
 * joins all the parts of a body.
 */
function checkTextLength(
  element: XmlElement,
  spec: ElementSpec,
  text: string,
  template: TemplateContext | undefined,
  report: (f: Finding) => void,
): void {
  const max = spec.text.maxLength;
  if (max === undefined || spec.dialect === 'messaging') return;
  const trimmed = text.trim();
  if (trimmed.length <= max || isTemplated(template, trimmed)) return;
  report({
    rule: 'text-too-long',
    range: element.nameRange,
    message: `<${spec.name}> takes at most ${max} characters between its tags; this is ${trimmed.length}.`,
  });
}

function reportDeprecated(element: XmlElement, spec: ElementSpec, report: (f: Finding) => void): void {
  const replacement = spec.deprecated?.replacement;
  report({
    rule: 'deprecated-element',
    range: element.nameRange,
    deprecated: true,
    message:
      `<${element.name}> is deprecated${replacement ? `: use <${replacement}>` : ''}. ${spec.deprecated?.note ?? ''}`.trim(),
    fixes: replacement ? [{ ...renameElementFix(element, replacement), isPreferred: true }] : undefined,
  });
}
