/**
 * Voice advice: an asynchronous <Start> with nothing after it disconnects the call at once
 * ("While Twilio is setting up the Media Stream, it immediately continues with the next TwiML
 * instruction. If no instruction follows, the Call disconnects." https://www.twilio.com/docs/voice/twiml/stream).
 */
import { childElements } from '../../parser/xmlModel';
import type { Rule } from './finding';

/** Warns when <Start> is the last verb of a voice document. */
export const voiceRule: Rule = (doc, report) => {
  if (doc.dialect.dialect !== 'voice' || !doc.root) return;
  const verbs = childElements(doc.root);
  const last = verbs[verbs.length - 1];
  if (last && last.name === 'Start') {
    report({ rule: 'start-is-last', range: last.nameRange, message: '<Start> runs in the background and Twilio moves straight on: with no verb after it the call hangs up at once. Add a verb after it (e.g. <Pause> or <Say>).' });
  }
};
