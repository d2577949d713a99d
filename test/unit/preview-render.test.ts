import test from 'node:test';
import assert from 'node:assert/strict';
import { fileName, renderModel } from '../../client/preview-src/render';
import { createPage, media, message, model, voiceStep } from './helpers/previewFixtures';

const unreachable = {
  verb: 'Redirect',
  position: { line: 4, character: 2 },
  message: 'control passes to /next at <Redirect> on line 5',
};

function texts(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((node) => node.textContent ?? '');
}

test('no model draws the friendly nothing-to-preview state', () => {
  const { document, root } = createPage();
  renderModel(document, root, null);
  assert.equal(root.querySelector('.empty__title')?.textContent, 'Nothing to preview yet');
  assert.equal(root.querySelectorAll('.step').length, 0);
});

test('an empty messaging reply shows the sample and says no reply is sent', () => {
  const { document, root } = createPage();
  renderModel(document, root, model(), { from: '+15550001111', body: 'hello?' });
  assert.equal((root.querySelector('[data-sample-field="from"]') as HTMLInputElement).value, '+15550001111');
  assert.equal((root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement).value, 'hello?');
  assert.match(root.querySelector('.thread__note')?.textContent ?? '', /No reply/);
  assert.equal(root.querySelector('.preview__kind')?.textContent, 'Messaging reply');
  assert.equal(root.querySelector('.preview__file')?.textContent, 'reply.twiml');
});

test('a message becomes an outgoing bubble with addressing, segments caption and step line', () => {
  const { document, root } = createPage();
  const step = message('Thanks! 🎉', {
    position: { line: 6, character: 4 },
    to: '+15550002222',
    segments: { characters: 9, encoding: 'UCS-2', segments: 1 },
  });
  renderModel(
    document,
    root,
    model({ messaging: [step, message('second', { segments: { characters: 200, encoding: 'GSM-7', segments: 2 } })] }),
  );
  const bubbles = root.querySelectorAll('.turn--outgoing');
  assert.equal(bubbles.length, 2);
  assert.equal(bubbles[0].getAttribute('data-line'), '6');
  assert.equal(bubbles[0].querySelector('.bubble__text')?.getAttribute('dir'), 'auto');
  assert.equal(bubbles[0].querySelector('.turn__meta')?.textContent, 'to +15550002222');
  assert.deepEqual(texts(root, '.turn--outgoing .turn__caption'), [
    '9 characters · UCS-2 · 1 segment',
    '200 characters · GSM-7 · 2 segments',
  ]);
});

test('a media-only message shows the image without an empty text line; other media is a card', () => {
  const { document, root } = createPage();
  const step = message('', {
    media: [media('https://cdn.example/cat.png'), media('https://cdn.example/menu.pdf', 'other')],
  });
  renderModel(document, root, model({ messaging: [step] }));
  assert.equal(root.querySelector('.bubble__text'), null);
  const img = root.querySelector('img');
  assert.equal(img?.getAttribute('src'), 'https://cdn.example/cat.png');
  assert.equal(img?.getAttribute('referrerpolicy'), 'no-referrer');
  assert.deepEqual(texts(root, '.media-card__url'), ['https://cdn.example/menu.pdf']);
});

test('an empty message with no media says so', () => {
  const { document, root } = createPage();
  renderModel(document, root, model({ messaging: [message('')] }));
  assert.equal(root.querySelector('.bubble__text--empty')?.textContent, '(empty message)');
});

test('redirects and message actions show where control continues', () => {
  const { document, root } = createPage();
  const steps = [
    message('one', { action: 'https://app.example/status' }),
    { kind: 'redirect' as const, position: { line: 3, character: 2 }, url: '/next', method: 'GET' },
  ];
  renderModel(document, root, model({ messaging: steps }));
  assert.deepEqual(texts(root, '.continues__url'), ['https://app.example/status', '/next']);
  assert.deepEqual(texts(root, '.continues__method'), ['GET']);
  assert.equal(root.querySelector('.divider')?.getAttribute('data-line'), '3');
  assert.match(root.querySelector('.divider')?.textContent ?? '', /continues at \/next/);
});

test('unreachable steps are greyed and give the reason', () => {
  const { document, root } = createPage();
  const steps = [
    { kind: 'redirect' as const, position: { line: 4, character: 2 }, url: '/next' },
    message('never sent', { unreachable }),
  ];
  renderModel(document, root, model({ messaging: steps }));
  const greyed = root.querySelectorAll('.is-unreachable');
  assert.equal(greyed.length, 1);
  assert.equal(greyed[0].querySelector('.bubble__text')?.textContent, 'never sent');
  assert.match(
    greyed[0].querySelector('.unreachable-note')?.textContent ?? '',
    /Never reached — control passes to \/next/,
  );
});

test('errors appear in a banner, each revealing its zero-based line', () => {
  const { document, root } = createPage();
  const errors = [
    { message: '<Message> cannot contain <Play>', line: 3, code: 'nesting' },
    { message: 'Unknown attribute', line: 1, code: '' },
  ];
  renderModel(document, root, model({ errors }));
  const banner = root.querySelector('.errors');
  assert.equal(banner?.getAttribute('role'), 'alert');
  assert.equal(banner?.querySelector('.errors__title')?.textContent, '2 problems in this document');
  const items = [...root.querySelectorAll('.errors__item')];
  assert.deepEqual(
    items.map((item) => item.getAttribute('data-line')),
    ['2', '0'],
  );
  assert.deepEqual(texts(root, '.errors__line'), ['Line 3', 'Line 1']);
  assert.deepEqual(texts(root, '.errors__code'), ['nesting']);
});

test('a voice document becomes a call script with nested steps and details', () => {
  const { document, root } = createPage();
  const say = voiceStep('Say', 'Press 1 for sales', {
    position: { line: 3, character: 4 },
    details: [{ label: 'voice', value: 'Polly.Joanna' }],
  });
  const gather = voiceStep('Gather', '', {
    position: { line: 2, character: 2 },
    children: [say],
    continuesAt: '/menu',
  });
  const hangup = voiceStep('Hangup', '', {
    position: { line: 6, character: 2 },
    continuesAt: 'the call ends',
    unreachable,
  });
  renderModel(document, root, model({ dialect: 'voice', voice: [gather, hangup] }), {
    from: '+15550003333',
    body: 'unused',
  });
  assert.equal(root.querySelector('.preview__kind')?.textContent, 'Voice call script');
  assert.equal((root.querySelector('[data-sample-field="from"]') as HTMLInputElement).value, '+15550003333');
  assert.equal(root.querySelector('[data-sample-field="body"]'), null);
  const top = root.querySelectorAll('.script:not(.script--nested) > .vstep');
  assert.equal(top.length, 2);
  assert.equal(top[0].querySelector('.verb')?.getAttribute('data-verb'), 'gather');
  const nested = top[0].querySelector('.script--nested > .vstep');
  assert.equal(nested?.getAttribute('data-line'), '3');
  assert.equal(nested?.querySelector('.vstep__text')?.textContent, 'Press 1 for sales');
  assert.deepEqual(texts(nested as HTMLElement, '.detail__label'), ['voice']);
  assert.deepEqual(texts(nested as HTMLElement, '.detail__value'), ['Polly.Joanna']);
  assert.deepEqual(texts(root, '.continues__url'), ['/menu']);
  assert.equal(top[1].querySelector('.continues')?.textContent, '↪ the call ends', 'a sentence, not "continues at"');
  assert.ok(top[1].classList.contains('is-unreachable'));
});

test('an empty voice document says the call hangs up at once', () => {
  const { document, root } = createPage();
  renderModel(document, root, model({ dialect: 'voice' }));
  assert.match(root.querySelector('.thread__note')?.textContent ?? '', /hangs up/);
});

test('redrawing replaces the previous drawing', () => {
  const { document, root } = createPage();
  renderModel(document, root, model({ messaging: [message('a'), message('b')] }));
  renderModel(document, root, model({ messaging: [message('c')] }));
  assert.deepEqual(texts(root, '.bubble__text'), ['c']);
  assert.equal(root.children.length, 1);
});

test('fileName decodes the last URI segment and survives bad escapes', () => {
  assert.equal(fileName('file:///work/my%20reply.twiml'), 'my reply.twiml');
  assert.equal(fileName('untitled:Untitled-1'), 'Untitled-1');
  assert.equal(fileName('file:///work/100%.twiml'), '100%.twiml');
});
