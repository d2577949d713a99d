/**
 * One valid and one invalid case per rule: asserts the code, the exact text the range covers,
 * the severity, and for rules that predict a Twilio error, its code and link.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, expectNone, expectOne, reply } from './helpers/validation';

const ERROR = 1,
  WARNING = 2,
  INFO = 3,
  HINT = 4;

test('well-formedness: unclosed tag (12100)', () => {
  const d = expectOne(reply('<Message>hi'), 'xml-unclosed-tag', 'Message', ERROR);
  assert.equal(d.codeDescription?.href, 'https://www.twilio.com/docs/api/errors/12100');
  assert.match(d.message, /12100/);
  expectNone(reply('<Message>hi</Message>'), 'xml-unclosed-tag');
});

test('well-formedness: mismatched, unquoted, ampersand, duplicate, declaration position', () => {
  expectOne(reply('<Message>hi</Mesage>'), 'xml-mismatched-tag', 'Mesage', ERROR);
  expectOne(reply('<Redirect method=GET>/next</Redirect>'), 'xml-unquoted-attribute', 'GET', ERROR);
  expectOne(reply('<Message>Tom & Jerry</Message>'), 'xml-unescaped-ampersand', '&', ERROR);
  expectNone(reply('<Message>Tom &amp; Jerry</Message>'), 'xml-unescaped-ampersand');
  expectOne(reply('<Redirect method="GET" method="POST">/n</Redirect>'), 'xml-duplicate-attribute', 'method', ERROR);
  expectOne(' <?xml version="1.0"?><Response/>', 'xml-declaration-position', '<?xml', ERROR);
  expectOne('<Response/>trailing', 'xml-content-after-root', 'trailing', ERROR);
});

test('mid-edit documents keep TwiML findings for the parts that parsed', () => {
  const text = reply('<message>hi</message>\n<Message>unclosed');
  const codes = diagnose(text).map((d) => d.code);
  assert.ok(codes.includes('element-case'));
  assert.ok(codes.includes('xml-unclosed-tag'));
});

test('root: missing, wrong name, wrong case, multiple (12102)', () => {
  const missing = expectOne('<?xml version="1.0"?>', 'root-missing', '<', ERROR);
  assert.equal(missing.codeDescription?.href, 'https://www.twilio.com/docs/api/errors/12102');
  expectOne('<Reply><Message>x</Message></Reply>', 'root-invalid', 'Reply', ERROR);
  expectOne('<response><Message>x</Message></response>', 'root-invalid', 'response', ERROR);
  expectOne('<Response/>\n<Response/>', 'root-multiple', 'Response', ERROR);
  expectNone('<Response/>');
});

test('element case: error naming the right spelling, fix renames both tags', () => {
  const d = expectOne(reply('<message>hi</message>'), 'element-case', 'message', ERROR);
  assert.match(d.message, /<Message>/);
  const fix = (d.data as { fixes: Array<{ edits: unknown[]; group?: string }> }).fixes[0];
  assert.equal(fix.edits.length, 2);
  assert.equal(fix.group, 'case');
});

test('attribute case: statuscallback and Action', () => {
  expectOne(reply('<Message statuscallback="https://e.com/s">hi</Message>'), 'attribute-case', 'statuscallback', ERROR);
  const d = expectOne(reply('<Message Action="https://e.com/s">hi</Message>'), 'attribute-case', 'Action', ERROR);
  assert.match(d.message, /action/);
});

test('unknown element and attribute with did-you-mean', () => {
  const element = expectOne(reply('<Mesage>hi</Mesage>'), 'unknown-element', 'Mesage', ERROR);
  assert.match(element.message, /Did you mean <Message>\?/);
  const attribute = expectOne(reply('<Message too="+14155550100">hi</Message>'), 'unknown-attribute', 'too', WARNING);
  assert.match(attribute.message, /Did you mean "to"\?/);
  expectNone(reply('<Message to="+14155550100">hi</Message>'));
});

test('nesting: noun outside its verb, verb inside verb, children a verb does not accept', () => {
  expectOne(reply('<Media>https://e.com/a.png</Media>'), 'invalid-nesting', 'Media', ERROR);
  expectOne(reply('<Message><Redirect>/x</Redirect></Message>'), 'invalid-nesting', 'Redirect', ERROR);
  const gather = expectOne(
    '<Response><Gather><Dial>+14155550100</Dial></Gather></Response>',
    'invalid-nesting',
    'Dial',
    ERROR,
  );
  assert.equal(gather.codeDescription?.href, 'https://www.twilio.com/docs/api/errors/13320');
  expectNone('<Response><Gather><Say>Press 1</Say></Gather></Response>');
});

test('dialect: voice verb in a messaging reply and the reverse', () => {
  expectOne(reply('<Message>hi</Message>\n<Say>hello</Say>'), 'wrong-dialect', 'Say', ERROR, { dialect: 'messaging' });
  expectOne('<Response><Say>hi</Say><Message>x</Message></Response>', 'wrong-dialect', 'Message', ERROR);
  expectNone('<Response><Say>hi</Say></Response>');
});

test('per-file dialect comment overrides detection', () => {
  const text = '<!-- twiml: voice -->\n<Response><Redirect>/next</Redirect></Response>';
  const diagnostics = diagnose(text);
  assert.deepEqual(
    diagnostics.filter((d) => (d.severity ?? 1) <= 2),
    [],
  );
  expectOne('<!-- twiml: messaging -->\n<Response><Say>hi</Say></Response>', 'wrong-dialect', 'Say', ERROR);
});

test('unreachable after <Redirect>: warning on the first, all faded, one fix removes them', () => {
  const text = reply('<Redirect>https://e.com/next</Redirect>\n<Message>one</Message>\n<Message>two</Message>');
  const warning = expectOne(text, 'unreachable-verb', 'Message', WARNING);
  assert.match(warning.message, /<Redirect> on line 3/);
  const faded = diagnose(text).filter((d) => d.code === 'unreachable-code');
  assert.deepEqual(
    faded.map((d) => [d.covered, d.severity, d.tags]),
    [
      ['<Message>one</Message>', HINT, [1]],
      ['<Message>two</Message>', HINT, [1]],
    ],
  );
  expectNone(reply('<Message>one</Message>\n<Redirect>https://e.com/next</Redirect>'), 'unreachable-verb');
});

test('unreachable after <Message action>, not after a plain <Message>', () => {
  const text = reply('<Message action="https://e.com/status">hi</Message>\n<Redirect>/x</Redirect>');
  expectOne(text, 'unreachable-verb', 'Redirect', WARNING);
  expectNone(reply('<Message>hi</Message>\n<Redirect>/x</Redirect>'), 'unreachable-verb');
});

test('voice: unreachable after Hangup, Dial action, Gather actionOnEmptyResult; plain Gather falls through', () => {
  expectOne('<Response><Hangup/><Say>bye</Say></Response>', 'unreachable-verb', 'Say', WARNING);
  expectOne(
    '<Response><Dial action="/done">+14155550100</Dial><Say>x</Say></Response>',
    'unreachable-verb',
    'Say',
    WARNING,
  );
  expectNone('<Response><Dial>+14155550100</Dial><Say>x</Say></Response>', 'unreachable-verb');
  expectOne(
    '<Response><Gather actionOnEmptyResult="true" action="/g"><Say>Press</Say></Gather><Say>x</Say></Response>',
    'unreachable-verb',
    'Say',
    WARNING,
  );
  expectNone(
    '<Response><Gather action="/g"><Say>Press</Say></Gather><Say>No input</Say></Response>',
    'unreachable-verb',
  );
  // https://www.twilio.com/docs/voice/twiml/record: with an empty recording the next verb runs.
  expectNone('<Response><Record action="/r"/><Say>No recording</Say></Response>', 'unreachable-verb');
  expectOne('<Response><Record action="/r"/><Hangup/><Say>x</Say></Response>', 'unreachable-verb', 'Say', WARNING);
});

test('attribute values: method enum, boolean, integer range, URL, phone number', () => {
  expectOne(reply('<Redirect method="PUT">/x</Redirect>'), 'invalid-attribute-value', 'PUT', ERROR);
  // The pages list GET and POST and are silent on lower case: a Warning, not an Error.
  const lower = expectOne(reply('<Message method="post" action="/s">hi</Message>'), 'method-case', 'post', WARNING);
  assert.equal(lower.codeDescription?.href, 'https://www.twilio.com/docs/api/errors/14104');
  expectOne('<Response><Gather numDigits="abc" action="/g"/></Response>', 'invalid-attribute-value', 'abc', ERROR);
  expectOne('<Response><Gather finishOnKey="#" timeout="ten"/></Response>', 'invalid-attribute-value', 'ten', ERROR);
  expectOne(reply('<Message action="ftp://e.com/x">hi</Message>'), 'invalid-attribute-value', 'ftp://e.com/x', ERROR);
  expectOne(reply('<Message to="415-555-0100">hi</Message>'), 'phone-local-format', '415-555-0100', HINT);
  expectOne(reply('<Message to="MY_PHONE_NUMBER">hi</Message>'), 'invalid-attribute-value', 'MY_PHONE_NUMBER', ERROR);
  expectNone(reply('<Message to="whatsapp:+14155550100" action="/relative/ok">hi</Message>'));
});

test('growing value lists get a hint, never an error', () => {
  expectOne(
    '<Response><Say voice="Polly.Newvoice-Neural">hi</Say></Response>',
    'unknown-attribute-value',
    'Polly.Newvoice-Neural',
    HINT,
  );
  expectNone('<Response><Say voice="alice">hi</Say></Response>', 'unknown-attribute-value');
});

test('message limits: body length, empty message, media count, message count, media URL', () => {
  expectOne(reply(`<Message>${'a'.repeat(1601)}</Message>`), 'message-body-too-long', 'Message', ERROR);
  expectNone(reply(`<Message>${'a'.repeat(1600)}</Message>`), 'message-body-too-long');
  expectOne(reply(`<Message>${'a'.repeat(400)}</Message>`), 'message-body-long', 'Message', INFO);
  const empty = expectOne(reply('<Message></Message>'), 'message-empty', 'Message', ERROR);
  assert.match(empty.message, /14103/);
  expectNone(reply('<Message><Media>https://e.com/a.png</Media></Message>'), 'message-empty');
  const media = '<Media>https://e.com/a.png</Media>'.repeat(11);
  expectOne(reply(`<Message>${media}</Message>`), 'too-many-media', 'Media', ERROR);
  expectOne(reply('<Message>x</Message>\n'.repeat(11)), 'too-many-messages', 'Message', ERROR);
  expectNone(reply('<Message>x</Message>\n'.repeat(10)), 'too-many-messages');
  expectOne(reply('<Message><Media>/images/a.png</Media></Message>'), 'media-url', '/images/a.png', ERROR);
});

test('action and statusCallback with different URLs', () => {
  expectOne(
    reply('<Message action="https://e.com/a" statusCallback="https://e.com/b">hi</Message>'),
    'action-status-callback-mismatch',
    'https://e.com/b',
    WARNING,
  );
  expectNone(
    reply('<Message action="https://e.com/a" statusCallback="https://e.com/a">hi</Message>'),
    'action-status-callback-mismatch',
  );
});

test('document over 64 kB (11750)', () => {
  const big = reply('<Message>x</Message>\n<!-- ' + 'y'.repeat(70 * 1024) + ' -->');
  const d = expectOne(big, 'document-too-large', 'Response', ERROR);
  assert.equal(d.codeDescription?.href, 'https://www.twilio.com/docs/api/errors/11750');
});

test('deprecated <Sms> with a fix to <Message>', () => {
  const d = expectOne(reply('<Sms>hi</Sms>'), 'deprecated-element', 'Sms', WARNING);
  assert.deepEqual(d.tags, [2]);
  const fix = (d.data as { fixes: Array<{ title: string }> }).fixes[0];
  assert.match(fix.title, /Message/);
});

test('DOCTYPE is flagged and not expanded', () => {
  expectOne('<!DOCTYPE r [<!ENTITY a "b">]><Response/>', 'xml-doctype', '<!DOCTYPE', ERROR);
});

test('text inside an element that takes none', () => {
  expectOne('<Response>hello<Message>x</Message></Response>', 'text-not-allowed', 'hello', ERROR);
});

test('diagnostics are capped with a summary', () => {
  const text = reply('<message>x</message>\n'.repeat(8));
  const diagnostics = diagnose(text, { maxDiagnostics: 3 });
  assert.equal(diagnostics.length, 4);
  assert.equal(diagnostics[3].code, 'too-many-diagnostics');
});

test('real-world false positives stay fixed: SIP callerId, ACH errorType, an empty <Redirect> is a Warning', () => {
  // https://www.twilio.com/docs/voice/twiml/sip: "any alphanumeric string ... +-_." as callerId for SIP calls.
  expectNone('<Response><Dial callerId="bob"><Sip>sip:alice@example.com</Sip></Dial></Response>');
  expectOne(
    '<Response><Dial callerId="bob smith"><Sip>sip:alice@example.com</Sip></Dial></Response>',
    'invalid-attribute-value',
    'bob smith',
    ERROR,
  );
  expectOne(
    '<Response><Dial callerId="bob"><Number>+14155550100</Number></Dial></Response>',
    'invalid-attribute-value',
    'bob',
    ERROR,
  );
  // https://www.twilio.com/docs/voice/twiml/pay/prompt lists the ACH error types.
  for (const errorType of ['invalid-bank-routing-number', 'invalid-bank-account-number', 'date-validation-failed']) {
    expectNone(
      `<Response><Pay paymentMethod="ach-debit"><Prompt for="bank-routing-number" errorType="${errorType}"><Say>Again</Say></Prompt></Pay></Response>`,
    );
  }
  // https://www.twilio.com/docs/voice/twiml/redirect is silent on an empty URL: a Warning at most.
  expectOne('<Response><Say>Hi</Say><Redirect></Redirect></Response>', 'missing-text', 'Redirect', WARNING);
  expectOne('<Response><Dial><Conference></Conference></Dial></Response>', 'missing-text', 'Conference', ERROR);
});

test('<Say> voice and language are checked as a pair', () => {
  for (const language of ['en', 'en-gb', 'es', 'fr', 'de']) {
    expectNone(`<Response><Say voice="man" language="${language}">Hi</Say></Response>`, 'say-voice-language');
    expectNone(`<Response><Say voice="woman" language="${language}">Hi</Say></Response>`, 'unknown-attribute-value');
  }
  expectNone('<Response><Say language="en">Hi</Say></Response>', 'unknown-attribute-value');
  expectOne('<Response><Say voice="woman" language="ja-JP">Hi</Say></Response>', 'say-voice-language', 'ja-JP', HINT);
  expectNone('<Response><Say voice="alice" language="ja-JP">Hi</Say></Response>', 'say-voice-language');
  expectOne('<Response><Say voice="alice" language="tr-TR">Hi</Say></Response>', 'say-voice-language', 'tr-TR', HINT);
  expectOne('<Response><Say voice="alice" language="en">Hi</Say></Response>', 'say-voice-language', 'en', HINT);
  expectNone('<Response><Say voice="Polly.Mathieu" language="fr-FR">Salut</Say></Response>', 'say-voice-language');
  expectOne(
    '<Response><Say voice="Polly.Joanna-Neural" language="de-DE">Hi</Say></Response>',
    'say-voice-language',
    'de-DE',
    HINT,
  );
  expectNone(
    '<Response><Say voice="Google.en-GB-Standard-A" language="en-GB">Hi</Say></Response>',
    'say-voice-language',
  );
  expectOne(
    '<Response><Say voice="Google.en-GB-Standard-A" language="fr-FR">Hi</Say></Response>',
    'say-voice-language',
    'fr-FR',
    HINT,
  );
  expectOne('<Response><Say language="xx-XX">Hi</Say></Response>', 'unknown-attribute-value', 'xx-XX', HINT);
});

test('mistakes the real-world corpus showed the linter missing', () => {
  expectOne('<Response><Say>   </Say></Response>', 'say-empty', 'Say', WARNING);
  expectNone('<Response><Say><break time="1s"/></Say></Response>', 'say-empty');
  expectOne('<Response><Dial action="/done"></Dial></Response>', 'dial-empty', 'Dial', WARNING);
  expectNone('<Response><Dial><Conference>Room</Conference></Dial></Response>', 'dial-empty');
  const sip = expectOne('<Response><Dial>sip:bob@example.com</Dial></Response>', 'dial-sip-text', 'Dial', WARNING);
  assert.equal(
    (sip.data as { fixes: Array<{ edits: Array<{ newText: string }> }> }).fixes[0].edits[0].newText,
    '<Sip>sip:bob@example.com</Sip>',
  );
  expectOne('<Response><Dial><Number>+*-***-***-****</Number></Dial></Response>', 'number-invalid', 'Number', ERROR);
  expectNone(
    '<Response><Dial><Number>(415) 555-0100</Number><Number>+14155550100</Number></Dial></Response>',
    'number-invalid',
  );
  expectOne('<Response><Dial>MY_PHONE_NUMBER</Dial></Response>', 'number-invalid', 'Dial', ERROR);
  expectOne('<Response><Pause length="5"/><Reject reason="busy"/></Response>', 'reject-not-first', 'Reject', WARNING);
  expectNone('<Response><!-- busy --><Reject reason="busy"/></Response>', 'reject-not-first');
  expectOne(reply('<Message to="(415) 555-1212">hi</Message>'), 'phone-local-format', '(415) 555-1212', HINT);
});

test('messages that say the right thing: wss:// for streams, no cascade under a non-TwiML root', () => {
  const stream = expectOne(
    '<Response><Connect><Stream url="YOUR_WSS_URL/twilio"/></Connect></Response>',
    'invalid-attribute-value',
    'YOUR_WSS_URL/twilio',
    ERROR,
  );
  assert.match(stream.message, /wss:\/\//);
  assert.doesNotMatch(stream.message, /https:\/\//);
  const html = diagnose('<html><head></head><body><div>x</div><Sms>hi</Sms></body></html>');
  assert.deepEqual(
    html.map((d) => d.code),
    ['root-invalid'],
  );
  // A case slip in the root still gets the rest of the checks.
  assert.ok(diagnose('<response><message>x</message></response>').some((d) => d.code === 'element-case'));
});
