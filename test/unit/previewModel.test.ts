import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import type { PreviewModel } from '../../shared/protocol';

const service = createLanguageService();

function previewOf(text: string): PreviewModel {
  const document = TextDocument.create('file:///p.twiml', 'twiml', 1, text);
  return service.getPreviewModel(document, service.analyze(document));
}

test('the voice preview draws a verb written in the wrong case as the verb it was meant to be', () => {
  const model = previewOf('<Response><Say>Bye</Say><hangup/></Response>');
  assert.equal(model.dialect, 'voice');
  const hangup = model.voice?.[1];
  assert.equal(hangup?.verb, 'Hangup');
  assert.equal(hangup?.text, 'The call ends.');
});

test('nested nouns and the verb that makes the rest unreachable use recognised names too', () => {
  const model = previewOf('<Response><dial><number>+14155550100</number></dial><say>never</say></Response>');
  assert.deepEqual(
    model.voice?.map((step) => [step.verb, step.children.map((child) => child.verb)]),
    [
      ['Dial', ['Number']],
      ['Say', []],
    ],
  );
  assert.equal(model.voice?.[0].text, 'Calls:');
});

test('a message whose <MEDIA> is written in the wrong case still shows its attachment', () => {
  const model = previewOf(
    '<Response><Message><Body>hi</Body><MEDIA>https://example.com/a.png</MEDIA></Message><redirect>/next</redirect><Message>x</Message></Response>',
  );
  const steps = model.messaging ?? [];
  assert.equal(steps[0].kind, 'message');
  assert.deepEqual(steps[0].kind === 'message' ? steps[0].media.map((media) => media.url) : [], [
    'https://example.com/a.png',
  ]);
  const last = steps[steps.length - 1];
  assert.equal(last.unreachable?.verb, 'Redirect');
});
