import test from 'node:test';
import assert from 'node:assert/strict';
import { isFieldKey, preserveSampleFocus, wireEvents } from '../../client/preview-src/events';
import type { FromWebview, SampleMessage } from '../../shared/previewMessages';
import { renderModel } from '../../client/preview-src/render';
import { createPage, message, model, voiceStep } from './helpers/previewFixtures';

function setup(dialect: 'messaging' | 'voice' = 'messaging') {
  const page = createPage();
  const posted: FromWebview[] = [];
  let sample: SampleMessage = { from: '+1555', body: 'hi' };
  const m =
    dialect === 'voice'
      ? model({
          dialect,
          voice: [
            voiceStep('Gather', '', {
              position: { line: 2, character: 0 },
              children: [voiceStep('Say', 'x', { position: { line: 3, character: 0 } })],
            }),
          ],
        })
      : model({
          messaging: [message('reply', { position: { line: 4, character: 0 } })],
          errors: [{ message: 'bad', line: 9, code: 'c' }],
        });
  renderModel(page.document, page.root, m, sample);
  const events = wireEvents(page.root, {
    post: (msg) => posted.push(msg),
    getSample: () => sample,
    onSampleEdited: (edited) => {
      sample = edited;
    },
    sampleDelayMs: 300,
  });
  return { ...page, posted, events, sample: () => sample };
}

function click(page: ReturnType<typeof setup>, element: Element | null): void {
  assert.ok(element);
  element.dispatchEvent(new page.dom.window.MouseEvent('click', { bubbles: true }));
}

test('clicking inside a step reveals its line; the innermost step wins', () => {
  const page = setup('voice');
  click(page, page.root.querySelector('.script--nested .vstep__text'));
  click(page, page.root.querySelector('.vstep .verb'));
  assert.deepEqual(page.posted, [
    { type: 'reveal', line: 3 },
    { type: 'reveal', line: 2 },
  ]);
});

test('clicking an error reveals its line; clicking a sample input or blank space does not', () => {
  const page = setup();
  click(page, page.root.querySelector('.errors__item'));
  click(page, page.root.querySelector('[data-sample-field="body"]'));
  click(page, page.root.querySelector('.preview__header'));
  assert.deepEqual(page.posted, [{ type: 'reveal', line: 8 }]);
});

test('Enter on a focused step reveals it', () => {
  const page = setup();
  const step = page.root.querySelector('.turn--outgoing');
  step?.dispatchEvent(new page.dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  step?.dispatchEvent(new page.dom.window.KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  assert.deepEqual(page.posted, [{ type: 'reveal', line: 4 }]);
});

test('sample edits are kept at once and posted once typing pauses', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const page = setup();
  const body = page.root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement;
  for (const value of ['h', 'he', 'hey']) {
    body.value = value;
    body.dispatchEvent(new page.dom.window.Event('input', { bubbles: true }));
    t.mock.timers.tick(100);
  }
  assert.deepEqual(page.sample(), { from: '+1555', body: 'hey' });
  assert.equal(page.events.hasPendingSample(), true);
  assert.deepEqual(page.posted, []);
  t.mock.timers.tick(300);
  assert.deepEqual(page.posted, [{ type: 'setSample', from: '+1555', body: 'hey' }]);
  assert.equal(page.events.hasPendingSample(), false);
});

test('in a voice script, editing the caller keeps the stored body', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const page = setup('voice');
  const from = page.root.querySelector('[data-sample-field="from"]') as HTMLInputElement;
  from.value = '+1999';
  from.dispatchEvent(new page.dom.window.Event('input', { bubbles: true }));
  t.mock.timers.tick(300);
  assert.deepEqual(page.posted, [{ type: 'setSample', from: '+1999', body: 'hi' }]);
});

test('dispose stops listening and drops a pending edit', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const page = setup();
  const from = page.root.querySelector('[data-sample-field="from"]') as HTMLInputElement;
  from.value = '+1000';
  from.dispatchEvent(new page.dom.window.Event('input', { bubbles: true }));
  page.events.dispose();
  t.mock.timers.tick(1000);
  click(page, page.root.querySelector('.turn--outgoing'));
  assert.deepEqual(page.posted, []);
});

test('a redraw keeps the focus and caret in the sample field being edited', () => {
  const page = setup();
  const body = page.root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement;
  body.value = 'hello there';
  body.focus();
  body.setSelectionRange(3, 5);
  preserveSampleFocus(page.document, page.root, () =>
    renderModel(page.document, page.root, model({ messaging: [message('new')] }), {
      from: '+1555',
      body: 'hello there',
    }),
  );
  const redrawn = page.root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement;
  assert.notEqual(redrawn, body, 'the input was replaced');
  assert.equal(page.document.activeElement, redrawn);
  assert.deepEqual([redrawn.selectionStart, redrawn.selectionEnd], [3, 5]);
});

test('a redraw leaves the focus alone when no sample field had it', () => {
  const page = setup();
  preserveSampleFocus(page.document, page.root, () =>
    renderModel(page.document, page.root, model(), { from: '', body: '' }),
  );
  assert.equal(page.document.activeElement, page.document.body);
});

test('keys typed into the sample never reach the window, where VS Code takes them for keybindings', () => {
  const page = setup();
  const window = page.dom.window;
  const forwarded: string[] = [];
  // VS Code's webview host listens on the content window (bubbling) and forwards to the workbench.
  const forward = (event: KeyboardEvent) => forwarded.push(`${event.type}:${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`);
  window.addEventListener('keydown', forward);
  window.addEventListener('keyup', forward);
  const body = page.root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement;
  body.focus();
  // Select all, then type at machine speed, as in the report that replaced the TwiML document.
  const keys: KeyboardEventInit[] = [
    { key: 'a', ctrlKey: true },
    { key: 'a', metaKey: true },
    ...[...'Hello there'].map((key) => ({ key })),
    { key: 'Backspace' },
    { key: 'Enter' },
    { key: 'z', ctrlKey: true },
    { key: 'V', ctrlKey: true, shiftKey: true },
  ];
  for (const init of keys) {
    body.dispatchEvent(new window.KeyboardEvent('keydown', { ...init, bubbles: true }));
    body.dispatchEvent(new window.KeyboardEvent('keyup', { ...init, bubbles: true }));
  }
  assert.deepEqual(forwarded, []);
  assert.deepEqual(page.posted, [], 'no reveal or other message either');

  // Workbench shortcuts still work from the sample: the command palette, save, Escape.
  for (const init of [
    { key: 'p', ctrlKey: true, shiftKey: true },
    { key: 's', ctrlKey: true },
    { key: 'Escape' },
    { key: 'F1' },
  ])
    body.dispatchEvent(new window.KeyboardEvent('keydown', { ...init, bubbles: true }));
  assert.deepEqual(forwarded, ['keydown:Ctrl+p', 'keydown:Ctrl+s', 'keydown:Escape', 'keydown:F1']);

  // Keys outside the sample fields are left alone.
  forwarded.length = 0;
  page.root
    .querySelector('.turn--outgoing')
    ?.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true }));
  assert.deepEqual(forwarded, ['keydown:Ctrl+a']);
});

test('isFieldKey: text editing keys yes, workbench shortcuts no', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    isFieldKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  assert.ok(key('x') && key('X') && key(' ') && key('é') && key('ArrowLeft') && key('Delete'));
  assert.ok(key('a', { ctrlKey: true }) && key('A', { metaKey: true }) && key('v', { ctrlKey: true }));
  assert.ok(!key('p', { ctrlKey: true }) && !key('w', { metaKey: true }) && !key('a', { ctrlKey: true, altKey: true }));
  assert.ok(!key('Escape') && !key('F5') && !key('Tab') && !key('x', { altKey: true }));
});
