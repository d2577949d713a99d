/**
 * Placeholders of TwiML in code and templates drawn as chips in the preview: a webhook parameter
 * filled from the sample message, any other shown as written, in the body and the addressing,
 * as text only (a hostile label stays text).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { renderModel } from '../../client/preview-src/render';
import { createPage, message, model } from './helpers/previewFixtures';

test('placeholder characters become chips; webhook parameters are filled from the sample', () => {
  const { document, root } = createPage();
  const placeholders = [
    { label: "{request.form['From']}", parameter: 'From' },
    { label: '{{ Body }}', parameter: 'Body' },
    { label: '<img src=x onerror=alert(1)>' },
  ];
  renderModel(
    document,
    root,
    model({ placeholders, messaging: [message('You said \ue001 and \ue002', { to: '\ue000' })] }),
    { from: '+15550001111', body: 'pizza?' },
  );
  const chips = [...root.querySelectorAll('.chip')];
  assert.deepEqual(
    chips.map((chip) => chip.textContent),
    ['+15550001111', 'pizza?', '<img src=x onerror=alert(1)>'],
  );
  assert.deepEqual(
    chips.map((chip) => chip.classList.contains('chip--filled')),
    [true, true, false],
  );
  assert.equal(root.querySelector('.bubble__text')?.textContent, 'You said pizza? and <img src=x onerror=alert(1)>');
  assert.equal(root.querySelector('.turn--outgoing .turn__meta')?.textContent, 'to +15550001111');
  assert.equal(root.querySelectorAll('img').length, 0, 'a label is text, never markup');
  assert.match(root.querySelector('.turn--outgoing .turn__caption')?.textContent ?? '', /^at least/);
});

test('without placeholders in the model, private-use characters stay as they are', () => {
  const { document, root } = createPage();
  renderModel(document, root, model({ messaging: [message('a\ue000b')] }));
  assert.equal(root.querySelectorAll('.chip').length, 0);
  assert.equal(root.querySelector('.bubble__text')?.textContent, 'a\ue000b');
});
