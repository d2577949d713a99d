/**
 * The root must be one `<Response>` (Twilio 12102, https://www.twilio.com/docs/api/errors/12102;
 * https://www.twilio.com/docs/messaging/twiml: "all verb elements must be nested within this
 * element. Any other structure is considered invalid.").
 */
import { rootNameKind } from '../../data/twimlSchema';
import { rootElements } from '../../parser/xmlModel';
import type { Rule } from './finding';
import { renameElementFix } from './fixes';

/** Checks that the document has exactly one root, named exactly `Response`. */
export const rootRule: Rule = (doc, report) => {
  const roots = rootElements(doc.xml);
  if (roots.length === 0) {
    const end = Math.min(doc.xml.text.length, Math.max(1, doc.xml.text.search(/\S|$/) + 1));
    report({
      rule: 'root-missing',
      range: { start: 0, end },
      message: 'A TwiML document needs a <Response> root element: <Response></Response>.',
    });
    return;
  }
  const [root, ...extra] = roots;
  const kind = rootNameKind(root.name);
  if (kind !== 'exact') {
    if (kind === 'wrong-case') {
      report({
        rule: 'root-invalid',
        range: root.nameRange,
        message: `TwiML is case-sensitive: write <Response>, not <${root.name}>.`,
        fixes: [{ ...renameElementFix(root, 'Response'), isPreferred: true, group: 'case' }],
      });
    } else {
      report({
        rule: 'root-invalid',
        range: root.nameRange,
        message: `The root element must be <Response>, not <${root.name}>. Wrap the verbs in <Response>...</Response>.`,
      });
    }
  }
  for (const other of extra) {
    report({
      rule: 'root-multiple',
      range: other.nameRange,
      message: `Only one root element is allowed: move <${other.name}> inside the first <${root.name}>.`,
    });
  }
};
