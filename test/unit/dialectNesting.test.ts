/**
 * A voice verb nested inside <Message> is a nesting mistake in an SMS reply: reported on the
 * nested verb, the reply stays messaging (rules and preview), and wrong-dialect names the verbs
 * that decided the dialect instead of listing every verb the other dialect accepts.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { analyzeTwiml } from '../../server/src/analysis/twimlDocument';

const service = createLanguageService();

function check(text: string) {
  const document = TextDocument.create('file:///reply.twiml', 'twiml', 1, text);
  const twiml = analyzeTwiml(text);
  return {
    twiml,
    diagnostics: service.doValidation(document, twiml),
    preview: service.getPreviewModel(document, twiml),
  };
}

test('<Say> inside <Message>: invalid-nesting on the <Say>, the reply stays messaging, the preview a conversation', () => {
  const text = '<Response><Message>Hi<Say>Thanks</Say></Message></Response>';
  const { twiml, diagnostics, preview } = check(text);
  assert.equal(twiml.dialect.dialect, 'messaging');
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range.start.character]),
    [['invalid-nesting', text.indexOf('Say')]],
  );
  assert.match(diagnostics[0].message, /^<Message> does not accept <Say>\./);
  assert.doesNotMatch(diagnostics[0].message, /belongs in/);
  assert.equal(preview.dialect, 'messaging');
  assert.equal(preview.messaging.length, 1);
});

test('<Message><Say>…</Say></Message>: no "has no body" on the <Message> on top of the nesting finding', () => {
  const { diagnostics } = check('<Response><Message><Say>Thanks</Say></Message></Response>');
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['invalid-nesting'],
  );
});

test('the top-level verbs decide the dialect; wrong-dialect names them, not nineteen accepted verbs', () => {
  const { twiml, diagnostics } = check(
    '<Response><Say>Hi</Say><Gather><Say>Press 1</Say></Gather><Message>Bye</Message></Response>',
  );
  assert.equal(twiml.dialect.dialect, 'voice');
  assert.deepEqual(twiml.dialect.evidence, ['Say', 'Gather']);
  assert.equal(diagnostics.length, 1);
  assert.equal(
    diagnostics[0].message.split(' (Twilio')[0],
    '<Message> is a messaging verb, but this is voice TwiML (it uses <Say>, <Gather>).',
  );
  const messaging = check('<Response><Message>Hi</Message><Message>Again</Message><Play>x.mp3</Play></Response>');
  assert.equal(messaging.twiml.dialect.dialect, 'messaging');
  assert.match(
    messaging.diagnostics[0].message,
    /^<Play> is a voice verb, but this is messaging TwiML \(it uses <Message>\)\./,
  );
});
