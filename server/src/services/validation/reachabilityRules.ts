/**
 * Verbs Twilio never runs because an earlier verb handed control elsewhere
 * (https://www.twilio.com/docs/messaging/twiml/redirect: "All verbs after <Redirect> are
 * unreachable and ignored"; https://www.twilio.com/docs/messaging/twiml/message: with an action
 * URL "All verbs remaining in the document will be unreachable and ignored"). The first
 * unreachable verb gets a Warning naming the verb that took control; every unreachable verb is
 * faded (a Hint tagged Unnecessary over the whole element); one quick fix removes them all.
 */
import { describeTransfer } from '../../analysis/describeTransfer';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import type { XmlElement } from '../../parser/xmlModel';
import type { FixProposal, Rule } from './finding';

/** Reports unreachable verbs found by the interpreter. */
export const reachabilityRule: Rule = (doc, report) => {
  const unreachable = [...doc.flow.unreachable.entries()];
  if (unreachable.length === 0) return;
  const [firstVerb, transfer] = unreachable[0];
  const removal = removeAllFix(
    doc,
    unreachable.map(([verb]) => verb),
  );
  report({
    rule: 'unreachable-verb',
    range: firstVerb.nameRange,
    message: `<${firstVerb.name}> never runs: ${describeTransfer(doc, transfer)}. Remove the verbs after it or move them before it.`,
    related: {
      range: transfer.verb.nameRange,
      message: `Control leaves the document at this <${transfer.verb.name}>.`,
    },
    fixes: [removal],
  });
  for (const [verb] of unreachable) {
    report({
      rule: 'unreachable-code',
      range: { start: verb.start, end: verb.end },
      message: `Unreachable: <${verb.name}> never runs.`,
      unnecessary: true,
      fixes: [removal],
    });
  }
};

function removeAllFix(doc: TwimlDocument, verbs: XmlElement[]): FixProposal {
  const first = verbs[0];
  const last = verbs[verbs.length - 1];
  // Take the whitespace before the first verb too, so no blank line is left behind.
  let start = first.start;
  while (start > 0 && /[ \t]/.test(doc.xml.text[start - 1])) start--;
  if (start > 0 && doc.xml.text[start - 1] === '\n') start--;
  if (start > 0 && doc.xml.text[start - 1] === '\r') start--;
  return {
    title: `Remove ${verbs.length === 1 ? 'the unreachable verb' : `the ${verbs.length} unreachable verbs`}`,
    edits: [{ range: { start, end: last.end }, newText: '' }],
    isPreferred: true,
  };
}
