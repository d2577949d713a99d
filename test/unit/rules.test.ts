/**
 * Every rule proven: for each rule id of the rule table, a document that makes it fire (once, on
 * the expected text, with the rule's default severity) and one where it must stay quiet. The
 * table is typed `Record<RuleId, ...>`, so adding a rule without cases does not compile.
 * `internal-error` and `analysis-limit` fire on no TwiML document (they report our own failures and
 * bounds): crashContainment.test.ts injects one, analysisLimits.test.ts covers the other.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  RULES,
  RULE_IDS,
  type RuleDefinition,
  type RuleId,
  type RuleSeverity,
} from '../../server/src/services/validation/ruleTable';
import type { TwimlSettings } from '../../shared/settings';
import { diagnose, expectNone, expectOne, reply } from './helpers/validation';

interface RuleCase {
  /** Makes the rule fire once, covering `covered`. */
  fires: string;
  covered: string;
  /** A close relative where the rule must not fire. */
  quiet: string;
  settings?: Partial<TwimlSettings>;
}

const voice = (verbs: string): string => `<Response>${verbs}</Response>`;
const SEVERITY: Record<RuleSeverity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/**
 * Rules no TwiML document makes fire: they report our own failures and work bounds, or read the
 * host code around the TwiML (`unescaped-input`, tested in injection.test.ts).
 */
type OwnRule = 'internal-error' | 'analysis-limit' | 'unescaped-input';
const OWN_RULES: ReadonlySet<RuleId> = new Set<OwnRule>(['internal-error', 'analysis-limit', 'unescaped-input']);

const CASES: Record<Exclude<RuleId, OwnRule>, RuleCase> = {
  'xml-unclosed-tag': { fires: reply('<Message>hi'), covered: 'Message', quiet: reply('<Message>hi</Message>') },
  'xml-mismatched-tag': {
    fires: reply('<Message>hi</Mesage>'),
    covered: 'Mesage',
    quiet: reply('<Message>hi</Message>'),
  },
  'xml-unquoted-attribute': {
    fires: reply('<Redirect method=GET>/n</Redirect>'),
    covered: 'GET',
    quiet: reply('<Redirect method="GET">/n</Redirect>'),
  },
  'xml-attribute-without-value': {
    fires: reply('<Redirect method>/n</Redirect>'),
    covered: 'method',
    quiet: reply('<Redirect method="POST">/n</Redirect>'),
  },
  'xml-unclosed-attribute-value': {
    fires: '<Response><Redirect method="GET>/n</Redirect></Response>',
    covered: 'method',
    quiet: '<Response><Redirect method="GET">/n</Redirect></Response>',
  },
  'xml-unescaped-ampersand': {
    fires: reply('<Message>Tom & Jerry</Message>'),
    covered: '&',
    quiet: reply('<Message>Tom &amp; Jerry</Message>'),
  },
  'xml-unknown-entity': {
    fires: reply('<Message>&nbsp;</Message>'),
    covered: '&nbsp;',
    quiet: reply('<Message>&#169; 2025</Message>'),
  },
  'xml-unescaped-lt': {
    fires: reply('<Message>1 < 2</Message>'),
    covered: '<',
    quiet: reply('<Message>1 &lt; 2</Message>'),
  },
  'xml-duplicate-attribute': {
    fires: reply('<Redirect method="GET" method="POST">/n</Redirect>'),
    covered: 'method',
    quiet: reply('<Redirect method="GET">/n</Redirect>'),
  },
  'xml-declaration-position': {
    fires: ' <?xml version="1.0"?><Response/>',
    covered: '<?xml',
    quiet: '<?xml version="1.0"?><Response/>',
  },
  'xml-content-before-root': { fires: 'hello<Response/>', covered: 'hello', quiet: '<!-- hello --><Response/>' },
  'xml-content-after-root': { fires: '<Response/>trailing', covered: 'trailing', quiet: '<Response/>\n' },
  'xml-unclosed-markup': {
    fires: '<Response/><!-- never closed',
    covered: '<!--',
    quiet: '<Response/><!-- closed -->',
  },
  'xml-invalid-character': {
    fires: reply('<Message @>hi</Message>'),
    covered: '@',
    quiet: reply('<Message>hi</Message>'),
  },
  'xml-not-well-formed': { fires: voice('<x:Say>hi</x:Say>'), covered: '<', quiet: voice('<Say>hi</Say>') },
  'xml-doctype': { fires: '<!DOCTYPE r [<!ENTITY a "b">]><Response/>', covered: '<!DOCTYPE', quiet: '<Response/>' },
  'root-missing': { fires: '<?xml version="1.0"?>', covered: '<', quiet: '<?xml version="1.0"?><Response/>' },
  'root-invalid': {
    fires: '<Reply><Message>x</Message></Reply>',
    covered: 'Reply',
    quiet: '<Response><Message>x</Message></Response>',
  },
  'root-multiple': { fires: '<Response/>\n<Response/>', covered: 'Response', quiet: '<Response/>' },
  'element-case': { fires: reply('<message>hi</message>'), covered: 'message', quiet: reply('<Message>hi</Message>') },
  'attribute-case': {
    fires: reply('<Message Action="/a">hi</Message>'),
    covered: 'Action',
    quiet: reply('<Message action="/a">hi</Message>'),
  },
  'unknown-element': { fires: reply('<Mesage>hi</Mesage>'), covered: 'Mesage', quiet: reply('<Message>hi</Message>') },
  'unknown-attribute': {
    fires: reply('<Message too="+14155550100">hi</Message>'),
    covered: 'too',
    quiet: reply('<Message to="+14155550100">hi</Message>'),
  },
  'invalid-nesting': {
    fires: reply('<Media>https://e.com/a.png</Media>'),
    covered: 'Media',
    quiet: reply('<Message><Media>https://e.com/a.png</Media></Message>'),
  },
  'wrong-dialect': {
    fires: voice('<Say>hi</Say><Message>x</Message>'),
    covered: 'Message',
    quiet: voice('<Say>hi</Say>'),
  },
  'text-not-allowed': {
    fires: '<Response>hello<Message>x</Message></Response>',
    covered: 'hello',
    quiet: '<Response><Message>hello</Message></Response>',
  },
  'missing-text': {
    fires: voice('<Dial><Conference></Conference></Dial>'),
    covered: 'Conference',
    quiet: voice('<Dial><Conference>Room 1</Conference></Dial>'),
  },
  'text-too-long': {
    fires: voice(`<Enqueue>${'q'.repeat(65)}</Enqueue>`),
    covered: 'Enqueue',
    quiet: voice(`<Enqueue>${'q'.repeat(64)}</Enqueue>`),
  },
  'missing-attribute': {
    fires: voice('<Connect><ConversationRelay welcomeGreeting="Hi"/></Connect>'),
    covered: 'ConversationRelay',
    quiet: voice('<Connect><ConversationRelay url="wss://e.com/ws"/></Connect>'),
  },
  'unreachable-verb': {
    fires: voice('<Hangup/><Say>bye</Say>'),
    covered: 'Say',
    quiet: voice('<Say>bye</Say><Hangup/>'),
  },
  'unreachable-code': {
    fires: voice('<Hangup/><Say>bye</Say>'),
    covered: '<Say>bye</Say>',
    quiet: voice('<Record action="/r"/><Say>No recording</Say>'),
  },
  'invalid-attribute-value': {
    fires: reply('<Redirect method="PUT">/n</Redirect>'),
    covered: 'PUT',
    quiet: reply('<Redirect method="GET">/n</Redirect>'),
  },
  'unknown-attribute-value': {
    fires: voice('<Say voice="Polly.Newvoice-Neural">hi</Say>'),
    covered: 'Polly.Newvoice-Neural',
    quiet: voice('<Say voice="Polly.Joanna-Neural">hi</Say>'),
  },
  'method-case': {
    fires: voice('<Gather method="post" action="/g"><Say>Press 1</Say></Gather>'),
    covered: 'post',
    quiet: voice('<Gather method="POST" action="/g"><Say>Press 1</Say></Gather>'),
  },
  'phone-local-format': {
    fires: reply('<Message to="(415) 555-1212">hi</Message>'),
    covered: '(415) 555-1212',
    quiet: reply('<Message to="+14155551212">hi</Message>'),
  },
  'say-voice-language': {
    fires: voice('<Say voice="alice" language="tr-TR">Merhaba</Say>'),
    covered: 'tr-TR',
    quiet: voice('<Say voice="man" language="en-gb">Hello</Say>'),
  },
  'say-empty': { fires: voice('<Say>  </Say>'), covered: 'Say', quiet: voice('<Say>Hello</Say>') },
  'dial-empty': {
    fires: voice('<Dial action="/done"></Dial>'),
    covered: 'Dial',
    quiet: voice('<Dial action="/done">+14155550100</Dial>'),
  },
  'dial-sip-text': {
    fires: voice('<Dial>sip:bob@example.com</Dial>'),
    covered: 'Dial',
    quiet: voice('<Dial><Sip>sip:bob@example.com</Sip></Dial>'),
  },
  'number-invalid': {
    fires: voice('<Dial><Number>+*-***-***-****</Number></Dial>'),
    covered: 'Number',
    quiet: voice('<Dial><Number>415-555-0100</Number></Dial>'),
  },
  'reject-not-first': {
    fires: voice('<Pause length="2"/><Reject reason="busy"/>'),
    covered: 'Reject',
    quiet: voice('<Reject reason="busy"/>'),
  },
  'deprecated-element': { fires: reply('<Sms>hi</Sms>'), covered: 'Sms', quiet: reply('<Message>hi</Message>') },
  'deprecated-attribute': {
    fires: voice('<Gather enhanced="true" input="speech"><Say>Speak</Say></Gather>'),
    covered: 'enhanced',
    quiet: voice('<Gather input="speech"><Say>Speak</Say></Gather>'),
  },
  'message-body-too-long': {
    fires: reply(`<Message>${'a'.repeat(1601)}</Message>`),
    covered: 'Message',
    quiet: reply(`<Message>${'a'.repeat(300)}</Message>`),
  },
  'message-body-long': {
    fires: reply(`<Message>${'a'.repeat(321)}</Message>`),
    covered: 'Message',
    quiet: reply(`<Message>${'a'.repeat(320)}</Message>`),
  },
  'message-empty': {
    fires: reply('<Message></Message>'),
    covered: 'Message',
    quiet: reply('<Message><Media>https://e.com/a.png</Media></Message>'),
  },
  'too-many-media': {
    fires: reply(`<Message>${'<Media>https://e.com/a.png</Media>'.repeat(11)}</Message>`),
    covered: 'Media',
    quiet: reply(`<Message>${'<Media>https://e.com/a.png</Media>'.repeat(10)}</Message>`),
  },
  'too-many-messages': {
    fires: reply('<Message>x</Message>'.repeat(11)),
    covered: 'Message',
    quiet: reply('<Message>x</Message>'.repeat(10)),
  },
  'media-url': {
    fires: reply('<Message><Media>/a.png</Media></Message>'),
    covered: '/a.png',
    quiet: reply('<Message><Media>https://e.com/a.png</Media></Message>'),
  },
  'action-status-callback-mismatch': {
    fires: reply('<Message action="https://e.com/a" statusCallback="https://e.com/b">hi</Message>'),
    covered: 'https://e.com/b',
    quiet: reply('<Message action="https://e.com/a" statusCallback="https://e.com/a">hi</Message>'),
  },
  'document-too-large': {
    fires: reply(`<Message>x</Message><!-- ${'y'.repeat(70 * 1024)} -->`),
    covered: 'Response',
    quiet: reply(`<Message>x</Message><!-- ${'y'.repeat(60 * 1024)} -->`),
  },
  'start-is-last': {
    fires: voice('<Start><Stream url="wss://e.com/s"/></Start>'),
    covered: 'Start',
    quiet: voice('<Start><Stream url="wss://e.com/s"/></Start><Pause length="60"/>'),
  },
  'unknown-rule': {
    fires: voice('<!-- twiml-disable-next-line say-emtpy -->\n<Say>hi</Say>'),
    covered: '<!-- twiml-disable-next-line say-emtpy -->',
    quiet: voice('<!-- twiml-disable-next-line say-empty -->\n<Say>hi</Say>'),
  },
  'too-many-diagnostics': {
    fires: reply('<message>x</message>'.repeat(3)),
    covered: '',
    quiet: reply('<message>x</message>'.repeat(2)),
    settings: { maxDiagnostics: 2 },
  },
};

for (const id of RULE_IDS) {
  if (OWN_RULES.has(id)) continue;
  const rule = CASES[id as Exclude<RuleId, OwnRule>];
  test(`${id}: fires once with its default severity (${RULES[id].severity}), and stays quiet on its relative`, () => {
    expectOne(rule.fires, id, rule.covered, SEVERITY[RULES[id].severity], rule.settings);
    expectNone(rule.quiet, id, rule.settings);
  });
}

test('every rule cites a Twilio page (ours say there is none) and has a one-line summary', () => {
  for (const id of RULE_IDS) {
    const rule: RuleDefinition = RULES[id];
    if (OWN_RULES.has(id) && id !== 'unescaped-input') assert.equal(rule.source, undefined, id);
    else assert.match(rule.source ?? '', /^https:\/\/(www|support)\.twilio\.com\//, id);
    assert.ok(rule.summary.length > 10 && !rule.summary.includes('\n') && rule.summary.endsWith('.'), id);
  }
});

test('the quiet documents of the messaging and voice rules earn no Error or Warning at all', () => {
  // The "quiet" side must be valid TwiML, not merely free of one rule: it is what a user should write.
  const exempt = new Set<RuleId>(['unknown-rule', 'too-many-diagnostics', 'xml-content-after-root']);
  for (const id of RULE_IDS) {
    if (exempt.has(id) || OWN_RULES.has(id)) continue;
    const problems = diagnose(CASES[id as Exclude<RuleId, OwnRule>].quiet).filter((d) => (d.severity ?? 1) <= 2);
    assert.deepEqual(
      problems.map((d) => [d.code, d.message]),
      [],
      id,
    );
  }
});
