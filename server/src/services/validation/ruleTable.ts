/**
 * Every diagnostic the TwiML service can report: a stable id (the diagnostic `code`), its default
 * severity, the Twilio error code it predicts and the Twilio page it rests on. Severity policy:
 * Error for what Twilio's pages say it rejects, Warning for what Twilio silently ignores or will
 * misbehave on, and for what the pages are silent about; Information/Hint for advice. The README's
 * rule table and `twiml-lint --list-rules` are generated from this table.
 */
import { TWILIO_CATALOGUE, TWILIO_CODES, type TwilioCode } from '../../data/errorCodes';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

/** The severities a user can set for a rule, plus `off`. */
export type RuleLevel = RuleSeverity | 'off';

/** One row of the rule table. */
export interface RuleDefinition {
  readonly severity: RuleSeverity;
  /** The Twilio error/warning code this rule predicts, if one exists (from the catalogue). */
  readonly twilioCode?: TwilioCode;
  /** What the rule checks, for docs and the CLI's `--list-rules`. */
  readonly summary: string;
  /**
   * The Twilio page the rule rests on; absent for the one rule about TwiML Tools itself
   * (`internal-error`), which no Twilio page describes.
   */
  readonly source?: string;
}

const MESSAGE = 'https://www.twilio.com/docs/messaging/twiml/message';
const MESSAGING = 'https://www.twilio.com/docs/messaging/twiml';
const VOICE = 'https://www.twilio.com/docs/voice/twiml';

const syntax = (summary: string): RuleDefinition => ({
  severity: 'error',
  twilioCode: TWILIO_CODES.documentParseFailure,
  summary,
  source: TWILIO_CATALOGUE.documentParseFailure.url,
});

/** The rule table. Keys are the stable diagnostic codes. */
export const RULES = {
  'xml-unclosed-tag': syntax('An element, end tag or start tag is not closed.'),
  'xml-mismatched-tag': syntax('An end tag does not match the open element.'),
  'xml-unquoted-attribute': syntax('An attribute value without quotes.'),
  'xml-attribute-without-value': syntax('An attribute with no value.'),
  'xml-unclosed-attribute-value': syntax('An attribute value with no closing quote.'),
  'xml-unescaped-ampersand': syntax('A bare "&" that should be "&amp;".'),
  'xml-unknown-entity': syntax('An entity reference XML does not define.'),
  'xml-unescaped-lt': syntax('A bare "<" that should be "&lt;".'),
  'xml-duplicate-attribute': syntax('The same attribute twice on one element.'),
  'xml-declaration-position': syntax('Anything before the XML declaration.'),
  'xml-content-before-root': syntax('Text before the root element.'),
  'xml-content-after-root': syntax('Text after the root element.'),
  'xml-unclosed-markup': syntax('A comment, CDATA section or processing instruction that is not closed.'),
  'xml-invalid-character': syntax('A character that cannot appear inside a tag.'),
  'xml-not-well-formed': syntax('Any other well-formedness error reported by the XML parser.'),
  'xml-doctype': {
    severity: 'error',
    twilioCode: TWILIO_CODES.documentParseFailure,
    summary: 'A DOCTYPE; its entities are never expanded or fetched.',
    source: TWILIO_CATALOGUE.documentParseFailure.url,
  },
  'root-missing': {
    severity: 'error',
    twilioCode: TWILIO_CODES.rootMustBeResponse,
    summary: 'The document has no <Response> root.',
    source: TWILIO_CATALOGUE.rootMustBeResponse.url,
  },
  'root-invalid': {
    severity: 'error',
    twilioCode: TWILIO_CODES.rootMustBeResponse,
    summary: 'The root element is not <Response>; no other finding is reported under it.',
    source: TWILIO_CATALOGUE.rootMustBeResponse.url,
  },
  'root-multiple': {
    severity: 'error',
    twilioCode: TWILIO_CODES.rootMustBeResponse,
    summary: 'More than one root element.',
    source: TWILIO_CATALOGUE.rootMustBeResponse.url,
  },
  'element-case': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'A known element written in the wrong case.',
    source: MESSAGING,
  },
  'attribute-case': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'A known attribute written in the wrong case.',
    source: MESSAGING,
  },
  'unknown-element': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'An element TwiML does not define.',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'unknown-attribute': {
    severity: 'warning',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'An attribute the element does not define.',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'invalid-nesting': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'An element where its parent does not accept it.',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'wrong-dialect': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'A voice verb in a messaging reply, or a messaging verb in a voice document.',
    source: TWILIO_CATALOGUE.invalidSmsVerb.url,
  },
  'text-not-allowed': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'Text inside an element that takes none.',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'missing-text': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'An element that needs text content has none (an empty <Redirect>: Warning).',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'text-too-long': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: "Text longer than the element's page allows (queue name 64, client identity 256, SIP URI 255).",
    source: `${VOICE}/enqueue`,
  },
  'missing-attribute': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: "An attribute the element's page marks required is missing.",
    source: `${VOICE}/connect/conversationrelay`,
  },
  'unreachable-verb': {
    severity: 'warning',
    summary: 'A verb after one that hands control elsewhere; Twilio never runs it.',
    source: `${MESSAGING}/redirect`,
  },
  'unreachable-code': {
    severity: 'hint',
    summary: 'Faded span of every verb Twilio never runs.',
    source: `${MESSAGING}/redirect`,
  },
  'invalid-attribute-value': {
    severity: 'error',
    twilioCode: TWILIO_CODES.schemaValidation,
    summary: 'An attribute value of the wrong type or outside its allowed set.',
    source: TWILIO_CATALOGUE.schemaValidation.url,
  },
  'unknown-attribute-value': {
    severity: 'hint',
    summary: 'A value not in a list that keeps growing (voices, languages).',
    source: `${VOICE}/say`,
  },
  'method-case': {
    severity: 'warning',
    summary: 'An HTTP method in lower or mixed case ("post"); the pages list GET and POST only.',
    source: TWILIO_CATALOGUE.invalidMethod.url,
  },
  'phone-local-format': {
    severity: 'hint',
    summary: 'A locally formatted number in <Message to/from>, which Twilio tries to read; E.164 always works.',
    source: `${MESSAGE}#to`,
  },
  'say-voice-language': {
    severity: 'hint',
    summary: 'A <Say> language the chosen voice does not speak.',
    source: `${VOICE}/say`,
  },
  'say-empty': {
    severity: 'warning',
    summary: 'A <Say> with no text: the caller hears nothing.',
    source: `${VOICE}/say`,
  },
  'dial-empty': {
    severity: 'warning',
    summary: 'A <Dial> with neither a number nor a noun: nothing to dial.',
    source: `${VOICE}/dial`,
  },
  'dial-sip-text': {
    severity: 'warning',
    summary: 'A sip: address as bare <Dial> text; it needs the <Sip> noun.',
    source: `${VOICE}/sip`,
  },
  'number-invalid': {
    severity: 'error',
    summary: '<Number> (or bare <Dial>) text that cannot be a phone number.',
    source: `${VOICE}/number`,
  },
  'reject-not-first': {
    severity: 'warning',
    summary: '<Reject> after another verb: Twilio has already answered the call.',
    source: `${VOICE}/reject`,
  },
  'deprecated-element': { severity: 'warning', summary: 'A deprecated element.', source: `${VOICE}/sms` },
  'deprecated-attribute': { severity: 'information', summary: 'A deprecated attribute.', source: `${VOICE}/gather` },
  'message-body-too-long': {
    severity: 'error',
    twilioCode: TWILIO_CODES.bodyTooLong,
    summary: 'A message body over 1,600 characters.',
    source: TWILIO_CATALOGUE.bodyTooLong.url,
  },
  'message-body-long': {
    severity: 'information',
    summary: 'A message body over 320 characters (Twilio recommends 320 at most).',
    source: 'https://support.twilio.com/hc/en-us/articles/360033806753',
  },
  'message-empty': {
    severity: 'error',
    twilioCode: TWILIO_CODES.invalidBody,
    summary: 'A <Message> with neither body nor media.',
    source: TWILIO_CATALOGUE.invalidBody.url,
  },
  'too-many-media': {
    severity: 'error',
    twilioCode: TWILIO_CODES.tooManyMedia,
    summary: 'More than 10 <Media> in one message.',
    source: MESSAGE,
  },
  'too-many-messages': {
    severity: 'error',
    twilioCode: TWILIO_CODES.replyLimitExceeded,
    summary: 'More than 10 <Message> verbs in one reply.',
    source: TWILIO_CATALOGUE.replyLimitExceeded.url,
  },
  'media-url': { severity: 'error', summary: 'A media URL that is not an absolute http(s) URL.', source: MESSAGE },
  'action-status-callback-mismatch': {
    severity: 'warning',
    summary: '<Message> action and statusCallback set to different URLs.',
    source: MESSAGE,
  },
  'document-too-large': {
    severity: 'error',
    twilioCode: TWILIO_CODES.responseTooLarge,
    summary: 'A TwiML document over 64 kB.',
    source: TWILIO_CATALOGUE.responseTooLarge.url,
  },
  'start-is-last': {
    severity: 'warning',
    summary: 'An asynchronous <Start> as the last verb: the call disconnects at once.',
    source: `${VOICE}/stream`,
  },
  'unescaped-input': {
    severity: 'warning',
    twilioCode: TWILIO_CODES.documentParseFailure,
    summary:
      'A value from the webhook request (Body, From, a form field) written into TwiML without escaping: "&" or "<" breaks the reply, and a crafted message can add verbs of its own.',
    source: 'https://www.twilio.com/docs/usage/security',
  },
  'unknown-rule': {
    severity: 'warning',
    summary: 'A rule id in twiml.rules, .twimlrc.json, --rule or a twiml-disable comment that no rule has.',
    source: 'https://www.twilio.com/docs/voice/twiml',
  },
  'too-many-diagnostics': {
    severity: 'information',
    summary: 'Summary of diagnostics left out above the cap.',
    source: 'https://www.twilio.com/docs/voice/twiml',
  },
  // Our own bug, not the user's: a Warning (never an Error) so the missing checks are noticed,
  // and a rule like any other so `twiml.rules` / `.twimlrc.json` can turn it off.
  'analysis-limit': {
    severity: 'information',
    summary:
      'A code file too large for TwiML Tools to read in full (over 512 kB, or over 1,000 TwiML strings): the message says what is not checked (not a Twilio rule).',
  },
  'internal-error': {
    severity: 'warning',
    summary:
      'A TwiML Tools bug: a rule or a host reader failed on this document, so its checks are missing (not a Twilio rule).',
  },
} as const satisfies Record<string, RuleDefinition>;

/** A stable diagnostic code. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in table order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** True when `id` names a rule. */
export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
