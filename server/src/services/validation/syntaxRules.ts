/**
 * XML well-formedness (Twilio 12100, https://www.twilio.com/docs/api/errors/12100: "leading space
 * ... before the XML type header", "unclosed element", "unquoted attribute", "improperly nested
 * element") and DOCTYPEs, which Twilio never needs and whose entities we never expand.
 */
import type { Rule } from './finding';
import { RULES, type RuleId } from './ruleTable';

/** Reports the parser's problems as findings. */
export const syntaxRule: Rule = (doc, report) => {
  for (const problem of doc.xml.problems) {
    const rule: RuleId = problem.code in RULES ? (problem.code as RuleId) : 'xml-not-well-formed';
    report({ rule, range: problem.range, message: problem.message });
  }
  const doctype = doc.xml.doctype;
  if (doctype) {
    const what = doctype.declaresEntities
      ? 'declares entities, which are never expanded (an entity-expansion attack would hang other parsers)'
      : doctype.hasExternalId
        ? 'points at an external DTD, which is never fetched'
        : 'is not part of TwiML';
    report({
      rule: 'xml-doctype',
      range: { start: doctype.range.start, end: Math.min(doctype.range.end, doctype.range.start + 9) },
      message: `Remove the <!DOCTYPE>: it ${what}. TwiML documents need no DOCTYPE.`,
      fixes: [{ title: 'Remove the DOCTYPE', edits: [{ range: doctype.range, newText: '' }] }],
    });
  }
};
