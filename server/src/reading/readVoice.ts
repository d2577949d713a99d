/**
 * Reads one TwiML document an app returned to a call, as Twilio's voice interpreter would: the
 * language service judges it under the voice dialect (so a <Message> in a call's reply is reported
 * as the editor reports it), then each verb under <Response> becomes a step for the call to run,
 * in order. What a verb requests next (action, callbacks, a <Dial> noun's url) comes from the
 * interpreter's request facts (server/src/data/requests.ts). Running the steps (waiting,
 * answering, posting) is call.ts's job.
 * Sources: https://www.twilio.com/docs/voice/twiml (verbs run in order; "If there is no next verb,
 * Twilio will end the phone call") and each verb's page cited where it is read.
 */
import type { ReadVoiceDocument, StepKind, VoiceStep } from '../../../shared/replyReading';
import type { VoiceItem } from '../../../shared/turns';
import { nextRequests } from '../analysis/interpreter';
import type { TwimlLanguageService } from '../languageService';
import { childElements, directText, type XmlElement } from '../parser/xmlModel';
import { judgeDocument } from './readMessaging';

/** Verbs the simulator does not run, and what Twilio does next (each verb's page). */
const NOT_SIMULATED: Readonly<Record<string, { kind: StepKind; what: string }>> = {
  // https://www.twilio.com/docs/voice/twiml/connect: the call stays connected to the stream,
  // room or agent until it ends.
  Connect: { kind: 'unsimulated-end', what: 'the call would be connected to a stream, room or virtual agent' },
  // https://www.twilio.com/docs/voice/twiml/enqueue: the caller waits in the queue.
  Enqueue: { kind: 'unsimulated-end', what: 'the caller would wait in a queue' },
  // https://www.twilio.com/docs/voice/twiml/pay: Twilio collects a payment, then posts to action.
  Pay: { kind: 'unsimulated-end', what: 'Twilio would collect a payment' },
  // https://www.twilio.com/docs/voice/twiml/refer: the SIP call is transferred.
  Refer: { kind: 'unsimulated-end', what: 'the SIP call would be transferred' },
  // https://www.twilio.com/docs/voice/twiml/echo: the caller hears themselves until hanging up.
  Echo: { kind: 'unsimulated-end', what: 'the caller would hear their own voice' },
  // https://www.twilio.com/docs/voice/twiml/stream: "Twilio ... immediately continues with the
  // next TwiML instruction"; likewise <Siprec>, <Recording>, <Transcription> under <Start>.
  Start: { kind: 'unsimulated-continue', what: 'Twilio starts it in the background and goes on at once' },
  Stop: { kind: 'unsimulated-continue', what: 'Twilio stops the background stream and goes on at once' },
  // https://www.twilio.com/docs/voice/twiml/leave: only meaningful in a queue's wait document.
  Leave: { kind: 'unsimulated-continue', what: 'there is no queue to leave here' },
};

function attributesOf(element: XmlElement): Record<string, string> {
  return Object.fromEntries(element.attributes.map((a) => [a.name, a.value ?? '']));
}

/** All text inside an element, SSML children of <Say> included. */
function allText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += allText(child);
  }
  return text;
}

/** Judges and reads `text`, a voice TwiML document fetched from `url`. */
export function readVoiceDocument(service: TwimlLanguageService, text: string, url: string): ReadVoiceDocument {
  const { twiml, problems, root } = judgeDocument(service, text, url, 'voice');
  // Twilio does not run a document it cannot parse or validate: the caller hears "an application
  // error has occurred" and the call ends (https://www.twilio.com/docs/api/errors/12100, 12200).
  if (!root || problems.some((p) => p.severity === 'error')) return { problems };
  const nameOf = (element: XmlElement): string => twiml.resolved.get(element)?.spec?.name ?? element.name;
  const itemOf = (element: XmlElement): VoiceItem => {
    const verb = nameOf(element);
    const item: VoiceItem = { verb, attributes: attributesOf(element) };
    // <Say>'s words include its SSML children; a URL or number is the element's own text only
    // (a <Gather>'s or <Dial>'s nested verbs are items of their own).
    if (verb === 'Say') item.text = allText(element).replace(/\s+/g, ' ').trim();
    else if (directText(element).trim()) item.url = directText(element).trim();
    return item;
  };
  const steps: VoiceStep[] = [];
  for (const element of childElements(root)) {
    const verb = nameOf(element);
    const spec = twiml.resolved.get(element)?.spec;
    const item = itemOf(element);
    const step: VoiceStep = { kind: 'heard', item, verb, requests: nextRequests(element, spec), nounRequests: [] };
    if (verb === 'Gather' || verb === 'Dial' || verb === 'Record') {
      step.kind = 'wait';
      const children = childElements(element);
      if (children.length > 0) {
        item.nested = children.map(itemOf);
        if (verb === 'Dial') {
          step.nounRequests = children.map((noun) => nextRequests(noun, twiml.resolved.get(noun)?.spec));
          item.nested.forEach((noun) => {
            // https://www.twilio.com/docs/voice/twiml/conference, /queue: not simulated either.
            if (noun.verb === 'Conference' || noun.verb === 'Queue') noun.notSimulated = true;
          });
        }
      }
    } else if (verb === 'Redirect') step.kind = 'redirect';
    else if (verb === 'Hangup' || verb === 'Reject') step.kind = 'end';
    else if (NOT_SIMULATED[verb]) {
      step.kind = NOT_SIMULATED[verb].kind;
      item.notSimulated = true;
      item.outcome = `not simulated: ${NOT_SIMULATED[verb].what}`;
      const nested = childElements(element);
      if (nested.length > 0) item.nested = nested.map(itemOf);
    } else if (verb !== 'Say' && verb !== 'Play' && verb !== 'Pause') {
      // A verb the voice interpreter does not know was already judged; a messaging verb is an
      // Error above. Anything else is shown, not run.
      step.kind = 'unsimulated-continue';
      item.notSimulated = true;
      item.outcome = 'not simulated';
    }
    steps.push(step);
  }
  return { problems, steps };
}
