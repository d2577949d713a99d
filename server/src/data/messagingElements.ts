/**
 * Messaging TwiML: every element definition (root, verbs, nouns, and the legacy <Sms> verb).
 * Facts (names, types, enum values, defaults, limits, URLs) follow Twilio's docs and SDKs;
 * descriptions are our own. Control flow per verb follows the messaging interpreter rules:
 * <Redirect> always hands over control, <Message action> does so when the attribute is set.
 */
import { MAX_BODY } from './limits';
import type { ElementSpec } from './schemaTypes';
import { HTTP_METHOD, phoneNumber, url } from './schemaBuilders';

/** Every messaging element definition, root first. */
export const MESSAGING_ELEMENTS: readonly ElementSpec[] = [
  {
    id: 'Response',
    name: 'Response',
    dialect: 'messaging',
    kind: 'root',
    parents: [],
    children: ['Message', 'Redirect', 'Sms'],
    text: { allowed: false },
    description: 'Root of every Messaging TwiML reply; Twilio runs the verbs inside it from top to bottom.',
    docUrl: 'https://www.twilio.com/docs/messaging/twiml',
    attributes: [],
  },
  {
    id: 'Message',
    name: 'Message',
    dialect: 'messaging',
    kind: 'verb',
    parents: ['Response'],
    children: ['Body', 'Media'],
    text: { allowed: true, maxLength: MAX_BODY, meaning: 'Text of the message (at most 1,600 characters).' },
    description:
      'Sends one message (SMS, MMS, WhatsApp and other channels) back to the sender, or to the number in `to`.',
    docUrl: 'https://www.twilio.com/docs/messaging/twiml/message',
    flow: {
      kind: 'transferIf',
      attribute: 'action',
      reason:
        'With `action`, the TwiML returned by the action URL takes over and the verbs after this <Message> never run.',
    },
    attributes: [
      {
        name: 'to',
        type: phoneNumber('local-format'),
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#to',
        description: 'Recipient of the message; defaults to whoever sent the incoming message.',
      },
      {
        name: 'from',
        type: phoneNumber('alphanumeric-sender', 'local-format'),
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#from',
        description:
          'Sender: a Twilio number or an alphanumeric sender ID; defaults to the number that received the incoming message.',
      },
      {
        name: 'action',
        type: url(),
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#action',
        description:
          'URL that receives the status of the sent message; the TwiML it returns takes over, so later verbs never run.',
      },
      {
        name: 'method',
        type: HTTP_METHOD,
        default: 'POST',
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#method',
        description: 'HTTP method for the action request.',
      },
      {
        name: 'statusCallback',
        type: url(),
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#statuscallback',
        description:
          'URL that receives the status of the sent message. The SDKs call it superseded by action, while the docs advise setting it to the same URL as action.',
      },
    ],
  },
  {
    id: 'Redirect',
    name: 'Redirect',
    dialect: 'messaging',
    kind: 'verb',
    parents: ['Response'],
    children: [],
    // The Redirect page describes the URL but not an empty one: at most a Warning.
    text: { allowed: true, required: 'warning', meaning: 'URL of the TwiML document to continue with.' },
    description: 'Hands the rest of the reply to the TwiML found at another URL; verbs after it never run.',
    docUrl: 'https://www.twilio.com/docs/messaging/twiml/redirect',
    flow: { kind: 'transfer', reason: '<Redirect> hands control to the TwiML at its URL; nothing after it runs.' },
    attributes: [
      {
        name: 'method',
        type: HTTP_METHOD,
        default: 'POST',
        docUrl: 'https://www.twilio.com/docs/messaging/twiml/redirect#method',
        description: 'HTTP method used to fetch the redirect URL.',
      },
    ],
  },
  {
    id: 'Body',
    name: 'Body',
    dialect: 'messaging',
    kind: 'noun',
    parents: ['Message'],
    children: [],
    text: {
      allowed: true,
      required: true,
      maxLength: MAX_BODY,
      meaning: 'Message text (at most 1,600 characters in total).',
    },
    description: 'Text of the message; several <Body> elements in one <Message> are joined into one text.',
    docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#nouns',
    attributes: [],
  },
  {
    id: 'Media',
    name: 'Media',
    dialect: 'messaging',
    kind: 'noun',
    parents: ['Message'],
    children: [],
    text: { allowed: true, required: true, meaning: 'Absolute URL of the file to attach.' },
    description: 'URL of a file to attach to the message (MMS, WhatsApp); at most 10 per <Message>.',
    docUrl: 'https://www.twilio.com/docs/messaging/twiml/message#nouns',
    attributes: [],
  },
  {
    id: 'Sms',
    name: 'Sms',
    dialect: 'messaging',
    kind: 'verb',
    parents: ['Response'],
    children: [],
    text: { allowed: true, meaning: 'Text of the SMS.' },
    description: "Legacy verb from Twilio's original TwiML that sent an SMS reply; <Message> replaced it.",
    docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response',
    deprecated: {
      replacement: 'Message',
      note: "Only Twilio's old SMS docs describe <Sms>; current messaging docs list <Message> and <Redirect> (warning 14110 still names Sms as a valid reply verb). Use <Message>.",
    },
    flow: {
      kind: 'transferIf',
      attribute: 'action',
      reason: 'With `action`, the old <Sms> verb continued at the action URL and skipped the verbs after it.',
    },
    attributes: [
      {
        name: 'to',
        type: phoneNumber(),
        docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response#to',
        description: 'Number to send the SMS to; defaults to the sender of the incoming message.',
      },
      {
        name: 'from',
        type: phoneNumber(),
        docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response#from',
        description: 'Twilio number to send from; defaults to the number that received the incoming message.',
      },
      {
        name: 'action',
        type: url(),
        docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response#action',
        description:
          'URL requested after the SMS is sent; its TwiML continues the exchange and later verbs are skipped.',
      },
      {
        name: 'method',
        type: HTTP_METHOD,
        default: 'POST',
        docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response#method',
        description: 'HTTP method for the action request.',
      },
      {
        name: 'statusCallback',
        type: url(),
        docUrl: 'https://www.twilio.com/docs/api/twiml/sms/your_response#statuscallback',
        description: 'URL that receives the SMS status once it is sent or has failed (always POST).',
      },
    ],
  },
];
