/**
 * Every diagnostic the TwiML service can report: a stable id (the diagnostic `code`), its default
 * severity and the Twilio error code it predicts. Severity policy: Error for what Twilio rejects,
 * Warning for what Twilio silently ignores or will misbehave on, Information/Hint for advice.
 */

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

/** One row of the rule table. */
export interface RuleDefinition {
  readonly severity: RuleSeverity;
  /** The Twilio error/warning code this rule predicts, if one exists. */
  readonly twilioCode?: number;
  /** What the rule checks, for docs and the CLI's `--list-rules`. */
  readonly summary: string;
}

const syntax = (summary: string): RuleDefinition => ({ severity: 'error', twilioCode: 12100, summary });

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
  'xml-doctype': { severity: 'error', twilioCode: 12100, summary: 'A DOCTYPE; its entities are never expanded or fetched.' },
  'root-missing': { severity: 'error', twilioCode: 12102, summary: 'The document has no <Response> root.' },
  'root-invalid': { severity: 'error', twilioCode: 12102, summary: 'The root element is not <Response>.' },
  'root-multiple': { severity: 'error', twilioCode: 12102, summary: 'More than one root element.' },
  'element-case': { severity: 'error', twilioCode: 12200, summary: 'A known element written in the wrong case.' },
  'attribute-case': { severity: 'error', twilioCode: 12200, summary: 'A known attribute written in the wrong case.' },
  'unknown-element': { severity: 'error', twilioCode: 12200, summary: 'An element TwiML does not define.' },
  'unknown-attribute': { severity: 'warning', twilioCode: 12200, summary: 'An attribute the element does not define.' },
  'invalid-nesting': { severity: 'error', twilioCode: 12200, summary: 'An element where its parent does not accept it.' },
  'wrong-dialect': { severity: 'error', twilioCode: 12200, summary: 'A voice verb in a messaging reply, or a messaging verb in a voice document.' },
  'text-not-allowed': { severity: 'error', twilioCode: 12200, summary: 'Text inside an element that takes none.' },
  'missing-text': { severity: 'error', twilioCode: 12200, summary: 'An element that needs text content has none.' },
  'missing-attribute': { severity: 'error', twilioCode: 12200, summary: 'A required attribute is missing.' },
  'unreachable-verb': { severity: 'warning', summary: 'A verb after one that hands control elsewhere; Twilio never runs it.' },
  'unreachable-code': { severity: 'hint', summary: 'Faded span of every verb Twilio never runs.' },
  'invalid-attribute-value': { severity: 'error', twilioCode: 12200, summary: 'An attribute value of the wrong type or outside its allowed set.' },
  'unknown-attribute-value': { severity: 'hint', summary: 'A value not in a list that keeps growing (voices, languages).' },
  'deprecated-element': { severity: 'warning', summary: 'A deprecated element.' },
  'deprecated-attribute': { severity: 'information', summary: 'A deprecated attribute.' },
  'message-body-too-long': { severity: 'error', twilioCode: 21617, summary: 'A message body over 1,600 characters.' },
  'message-body-long': { severity: 'information', summary: 'A message body over 320 characters (Twilio recommends 320 at most).' },
  'message-empty': { severity: 'error', twilioCode: 14103, summary: 'A <Message> with neither body nor media.' },
  'too-many-media': { severity: 'error', twilioCode: 21623, summary: 'More than 10 <Media> in one message.' },
  'too-many-messages': { severity: 'error', twilioCode: 14109, summary: 'More than 10 <Message> verbs in one reply.' },
  'media-url': { severity: 'error', summary: 'A media URL that is not an absolute http(s) URL.' },
  'action-status-callback-mismatch': { severity: 'warning', summary: '<Message> action and statusCallback set to different URLs.' },
  'document-too-large': { severity: 'error', twilioCode: 11750, summary: 'A TwiML document over 64 kB.' },
  'start-is-last': { severity: 'warning', summary: 'An asynchronous <Start> as the last verb: the call disconnects at once.' },
  'too-many-diagnostics': { severity: 'information', summary: 'Summary of diagnostics left out above the cap.' },
} as const satisfies Record<string, RuleDefinition>;

/** A stable diagnostic code. */
export type RuleId = keyof typeof RULES;
