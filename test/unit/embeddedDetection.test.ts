/**
 * Which literals are TwiML: `<Response` in exact case; a miscased `<response>` only when it holds
 * TwiML verbs and nothing else (another API's `<response><status>` is not ours); a broken XML
 * declaration before the root is still TwiML, reported once (12100) with no root cascade.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startsAsTwiml, mentionsTwilio, isPlivoXml } from '../../server/src/embedded/code/literalStart';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage } from '../../server/src/embedded/code/treeSitter';
import { createLanguageService } from '../../server/src/languageService';
import { analyzeTwiml } from '../../server/src/analysis/twimlDocument';

test('exact <Response> is TwiML; <ResponseMetadata>, a declaration before other XML, or nothing, is not', () => {
  assert.equal(startsAsTwiml('  <Response><Message>Hi</Message></Response>'), true);
  assert.equal(startsAsTwiml('<?xml version="1.0"?>\n<!-- reply --><Response/>'), true);
  assert.equal(startsAsTwiml('<ResponseMetadata/>'), false);
  assert.equal(startsAsTwiml('<?xml version="1.0"?><rss/>'), false);
  assert.equal(startsAsTwiml('<?xml version="1.0"?>'), false);
});

test('an exact <Response> holding only elements TwiML does not define (nor a misspelling of one) is not TwiML; one holding any TwiML element is', () => {
  assert.equal(startsAsTwiml('<Response><Widget/></Response>'), false);
  assert.equal(startsAsTwiml('<Response><Status>ok</Status><Reason>none</Reason></Response>'), false);
  assert.equal(startsAsTwiml('<Response></Response>'), true);
  assert.equal(startsAsTwiml('<Response><Widget/><Say>Hi</Say></Response>'), true);
  assert.equal(startsAsTwiml('<Response><say>Hi</say></Response>'), true);
  assert.equal(
    startsAsTwiml('<Response><Mesage>Hi</Mesage></Response>'),
    true,
    'a misspelled verb is a slip, still TwiML',
  );
  assert.equal(startsAsTwiml('<Response><Parent><Child/></Parent></Response>'), false);
  assert.equal(startsAsTwiml('<Response>\ue000</Response>'), true);
});

test("a reply using an element only Plivo's XML has is Plivo's, not TwiML", () => {
  assert.equal(isPlivoXml('<Response><Speak>Hi</Speak></Response>'), true);
  assert.equal(isPlivoXml('<Response><Dial><User>sip:a@b.c</User></Dial></Response>'), true);
  assert.equal(isPlivoXml('<Response><Say>Please wait</Say><Pause length="2"/></Response>'), false);
  assert.equal(startsAsTwiml('<Response><GetDigits numDigits="1"/></Response>'), false);
  assert.equal(startsAsTwiml('<Response><Play>https://example.com/a.mp3</Play></Response>'), true);
});

test('a miscased <response> is TwiML only when it holds verbs and nothing TwiML does not define', () => {
  assert.equal(startsAsTwiml('<response><say>Hi</say></response>'), true);
  assert.equal(startsAsTwiml('<RESPONSE><Message>Hi</Message></RESPONSE>'), true);
  assert.equal(startsAsTwiml('<response><status>ok</status><message>saved</message></response>', true), false);
  assert.equal(startsAsTwiml('<response><code>200</code></response>'), false);
  assert.equal(startsAsTwiml('<response></response>'), false);
  // <message> alone is what many XML APIs answer: TwiML only in a file that names Twilio.
  assert.equal(startsAsTwiml('<response><message>Hi</message></response>'), false);
  assert.equal(startsAsTwiml('<response><message>Hi</message></response>', true), true);
  assert.equal(mentionsTwilio('from twilio.twiml.messaging_response import MessagingResponse'), true);
  assert.equal(mentionsTwilio('import requests'), false);
});

test('a broken declaration before <Response> is still TwiML', () => {
  assert.equal(startsAsTwiml('<?xml version="1.0"encoding="UTF-8"?<Response><Say>Hi</Say></Response>'), true);
  assert.equal(startsAsTwiml('<?xml version="1.0" encoding="UTF-8">\n<Response/>'), true);
});

test('a broken declaration is reported once, in a file and in code, with no root-missing', async () => {
  const service = createLanguageService();
  for (const text of [
    '<?xml version="1.0"encoding="UTF-8"?\n<Response><Say>Hi</Say></Response>',
    '<?xml version="1.0" encoding="UTF-8">\n<Response><Say>Hi</Say></Response>',
  ]) {
    const document = TextDocument.create('file:///a.xml', 'twiml', 1, text);
    const codes = service.doValidation(document, analyzeTwiml(text)).map((d) => d.code);
    assert.deepEqual(codes, ['xml-unclosed-markup'], text);
  }
  await ensureLanguage('python');
  const host = createHostLanguageService();
  const code =
    'def reply():\n    return \'<?xml version="1.0"encoding="UTF-8"?<Response><Message>Hi</Message></Response>\'\n';
  const document = TextDocument.create('file:///app.py', 'python', 1, code);
  const found = host
    .doValidation(document, host.analyze(document))
    .map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character}`);
  assert.deepEqual(found, ['xml-unclosed-markup@2:12']);
});

test("a lowercase reply for another API in a Twilio app gets no finding; a beginner's <response><message> does", async () => {
  await ensureLanguage('python');
  const host = createHostLanguageService();
  const code = [
    'from twilio.rest import Client',
    'def status():',
    '    return "<response><status>ok</status><message>saved</message></response>"',
    'def sms():',
    '    return "<response><message>Hi</message></response>"',
  ].join('\n');
  const document = TextDocument.create('file:///app.py', 'python', 1, code);
  const found = host.doValidation(document, host.analyze(document)).map((d) => `${d.code}@${d.range.start.line + 1}`);
  assert.deepEqual(found, ['root-invalid@5', 'element-case@5']);
});
