/**
 * Attribute names (case-sensitive camelCase: "Attribute names are also case sensitive and
 * camelCased", https://www.twilio.com/docs/messaging/twiml), required attributes, deprecations and
 * values. Method values predict 14104 on <Message> (https://www.twilio.com/docs/api/errors/14104).
 */
import { TWILIO_CODES, type TwilioCode } from '../../data/errorCodes';
import { caseInsensitiveAttribute, findAttribute, suggest } from '../../data/schemaIndex';
import type { AttributeSpec, ElementSpec } from '../../data/schemaTypes';
import { isTemplated, type TemplateContext } from '../../analysis/templateContext';
import { attributeNamed, childElements, type XmlAttribute, type XmlElement } from '../../parser/xmlModel';
import { checkValue, type ValueProblem } from './attributeValues';
import type { Finding, Rule } from './finding';
import type { RuleId } from './ruleTable';
import { renameAttributeFix } from './fixes';

/** Checks the attributes of every element the schema knows. */
export const attributeRule: Rule = (doc, report) => {
  for (const element of doc.elements) {
    const spec = doc.resolved.get(element)?.spec;
    if (!spec) continue;
    for (const attribute of element.attributes) checkAttribute(spec, element, attribute, doc.template, report);
    for (const required of requiredAttributes(spec)) {
      if (!attributeNamed(element, required.name) && !hasCaseVariant(element, required.name)) {
        report({
          rule: 'missing-attribute',
          range: element.nameRange,
          message: `<${spec.name}> needs the ${required.name} attribute.`,
        });
      }
    }
  }
};

const REQUIRED = new WeakMap<ElementSpec, readonly AttributeSpec[]>();

/** The required attributes of a definition, computed once (this runs for every element). */
function requiredAttributes(spec: ElementSpec): readonly AttributeSpec[] {
  let required = REQUIRED.get(spec);
  if (!required) REQUIRED.set(spec, (required = spec.attributes.filter((attribute) => attribute.required)));
  return required;
}

function hasCaseVariant(element: XmlElement, name: string): boolean {
  // Only reached for required attributes, which are rare; a linear scan is fine.
  return element.attributes.some((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
}

/** Namespace declarations and xml:* attributes are plain XML, not TwiML attributes. */
function isXmlAttribute(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xml:');
}

function checkAttribute(
  spec: ElementSpec,
  element: XmlElement,
  attribute: XmlAttribute,
  template: TemplateContext | undefined,
  report: (f: Finding) => void,
): void {
  if (isXmlAttribute(attribute.name)) return;
  const exact = findAttribute(spec, attribute.name);
  if (exact) return checkKnownAttribute(spec, element, exact, attribute, template, report);
  const sameCaseName = caseInsensitiveAttribute(spec, attribute.name);
  const sameCase = sameCaseName === undefined ? undefined : findAttribute(spec, sameCaseName);
  if (sameCase) {
    report({
      rule: 'attribute-case',
      range: attribute.nameRange,
      message: `Attribute names are case-sensitive camelCase: write ${sameCase.name}, not ${attribute.name}.`,
      fixes: [{ ...renameAttributeFix(attribute, sameCase.name), isPreferred: true, group: 'case' }],
    });
    return checkKnownAttribute(spec, element, sameCase, attribute, template, report);
  }
  const guesses = suggest(
    attribute.name,
    spec.attributes.map((candidate) => candidate.name),
  ).slice(0, 3);
  const known = spec.attributes.length ? spec.attributes.map((candidate) => candidate.name).join(', ') : 'none';
  report({
    rule: 'unknown-attribute',
    range: attribute.nameRange,
    message:
      `<${spec.name}> has no attribute "${attribute.name}"; Twilio ignores it.` +
      (guesses.length ? ` Did you mean "${guesses[0]}"?` : ` Known attributes: ${known}.`),
    fixes: guesses.map((name, index) => ({ ...renameAttributeFix(attribute, name), isPreferred: index === 0 })),
  });
}

/** Twilio's own codes for bad values of some attributes (https://www.twilio.com/docs/api/errors). */
const VALUE_CODES: Record<string, TwilioCode | undefined> = {
  'Message.to': TWILIO_CODES.invalidTo,
  'Message.from': TWILIO_CODES.invalidFrom,
  'Message.method': TWILIO_CODES.invalidMethod,
  'Message.statusCallback': TWILIO_CODES.invalidStatusCallback,
  'Dial.method': TWILIO_CODES.dialInvalidMethod,
  'Gather.speechTimeout': TWILIO_CODES.gatherInvalidSpeechTimeout,
  'Gather.actionOnEmptyResult': TWILIO_CODES.gatherInvalidActionOnEmptyResult,
};

/**
 * Attributes whose value depends on another attribute and is checked with it in voiceRules.ts:
 * <Say language> (the languages a voice speaks).
 */
const CHECKED_WITH_ANOTHER = new Set(['Say.language']);

/**
 * "For SIP calls, the callerId attribute does not need to be a validated phone number. Enter any
 * alphanumeric string. Optionally include the following chars: +-_., but no whitespace."
 * (https://www.twilio.com/docs/voice/twiml/sip#callerid)
 */
const SIP_CALLER_ID = /^[A-Za-z0-9+\-_.]+$/;

function checkKnownAttribute(
  spec: ElementSpec,
  element: XmlElement,
  attributeSpec: AttributeSpec,
  attribute: XmlAttribute,
  template: TemplateContext | undefined,
  report: (f: Finding) => void,
): void {
  if (attributeSpec.deprecated) {
    report({
      rule: 'deprecated-attribute',
      range: attribute.nameRange,
      deprecated: true,
      message: `${attributeSpec.name} is deprecated: ${attributeSpec.deprecated}`,
    });
  }
  if (attribute.value === undefined || !attribute.valueRange) return;
  // A value built by the template (`to="{{From}}"`, `action="${base}/next"`) cannot be checked.
  if (isTemplated(template, attribute.value)) return;
  const key = `${spec.name}.${attributeSpec.name}`;
  if (CHECKED_WITH_ANOTHER.has(key)) return;
  const problem =
    key === 'Dial.callerId' && childElements(element).some((child) => child.name === 'Sip')
      ? checkSipCallerId(attribute.value)
      : checkValue(attribute.value, attributeSpec.type);
  if (!problem) return;
  const range = attribute.valueRange.end > attribute.valueRange.start ? attribute.valueRange : attribute.nameRange;
  report({
    rule: VALUE_RULE[problem.level],
    range,
    twilioCode: VALUE_CODES[`${spec.name}.${attributeSpec.name}`],
    message: `${attributeSpec.name}: ${problem.message}`,
    fixes: problem.suggestions.map((value, index) => ({
      title: `Change to "${value}"`,
      edits: [{ range, newText: value }],
      isPreferred: index === 0,
    })),
  });
}

const VALUE_RULE: Record<ValueProblem['level'], RuleId> = {
  error: 'invalid-attribute-value',
  hint: 'unknown-attribute-value',
  case: 'method-case',
  local: 'phone-local-format',
};

function checkSipCallerId(value: string): ValueProblem | undefined {
  if (SIP_CALLER_ID.test(value)) return undefined;
  return {
    level: 'error',
    suggestions: [],
    message: `When the <Dial> calls a <Sip>, the caller ID may be any string of letters, digits and + - _ . without spaces, not "${value}".`,
  };
}
