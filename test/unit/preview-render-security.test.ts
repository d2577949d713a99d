import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderModel } from '../../client/preview-src/render';
import { createPage, media, message, model, voiceStep, type TestPage } from './helpers/previewFixtures';

/** Bodies that would run code or inject markup if the renderer ever parsed text as HTML. */
const HOSTILE_TEXTS = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '</textarea><script>window.__pwned=1</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<![CDATA[<script>window.__pwned=1</script>]]>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<style>body{display:none}</style>',
  '\u202Egnp.exe\u202C and \u2066isolate\u2069',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoiners',
  'lone surrogate \uD800 and NUL \u0000 end',
  '{{constructor.constructor("window.__pwned=1")()}}',
  'x'.repeat(100_000),
  '',
];

/** Media URLs: only the http(s) image may become an <img>, however the model labels them. */
const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '  javascript:window.__pwned=1',
  'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x.png',
  'https://ok.example/a.png" onerror="window.__pwned=1',
  'http://ok.example/cat.jpg',
];

function assertInert(page: TestPage): void {
  assert.equal(page.pwned(), false, 'an injected script ran');
  const all = [page.root, ...page.root.querySelectorAll('*')];
  for (const element of all) {
    assert.ok(
      !['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'SVG', 'A', 'FORM', 'BASE', 'META'].includes(
        element.tagName.toUpperCase(),
      ),
      `unexpected <${element.tagName}>`,
    );
    for (const attribute of element.getAttributeNames()) {
      assert.ok(!/^on/i.test(attribute), `event handler attribute ${attribute}`);
      assert.notEqual(attribute, 'style', 'inline styles are blocked by the CSP anyway');
      assert.notEqual(attribute, 'href');
    }
  }
  for (const img of page.root.querySelectorAll('img')) {
    const protocol = new URL(img.getAttribute('src') ?? '').protocol;
    assert.ok(protocol === 'http:' || protocol === 'https:', `img with ${protocol} source`);
  }
}

test('hostile message bodies render as their exact text and execute nothing', () => {
  const page = createPage();
  for (const body of HOSTILE_TEXTS) {
    renderModel(
      page.document,
      page.root,
      model({ messaging: [message(body, { to: body, from: body, action: body })] }),
      { from: body, body },
    );
    assertInert(page);
    const text = page.root.querySelector('.bubble__text');
    if (body.length > 0) assert.equal(text?.textContent, body);
    const from = page.root.querySelector('[data-sample-field="from"]') as HTMLInputElement;
    const sampleBody = page.root.querySelector('[data-sample-field="body"]') as HTMLTextAreaElement;
    assert.equal(from.value, body);
    // Textareas normalise CR/LF only; none of the corpus has line breaks, so the value is exact.
    assert.equal(sampleBody.value, body);
    if (body.length > 0) assert.equal(page.root.querySelector('.continues__url, .continues__text')?.textContent, body);
    if (body.length > 0)
      assert.equal(page.root.querySelector('.turn--outgoing .turn__meta')?.textContent, `to ${body} · from ${body}`);
  }
});

test('hostile media URLs never become anything but text, except a real http(s) image', () => {
  const page = createPage();
  const items = HOSTILE_URLS.flatMap((url) => [
    media(url, 'image', true),
    media(url, 'other', true),
    media(url, 'image', false),
  ]);
  renderModel(page.document, page.root, model({ messaging: [message('pic', { media: items })] }));
  assertInert(page);
  const images = [...page.root.querySelectorAll('img')].map((img) => img.getAttribute('src'));
  // The quote-laden https URL is a real (percent-encoded) address: harmless as an attribute value.
  assert.deepEqual(images, ['https://ok.example/a.png%22%20onerror=%22window.__pwned=1', 'http://ok.example/cat.jpg']);
  const cardUrls = [...page.root.querySelectorAll('.media-card__url')].map((node) => node.textContent);
  assert.equal(cardUrls.length, items.length - 2);
  for (const url of HOSTILE_URLS) assert.ok(cardUrls.includes(url), `card shows ${url}`);
});

test('hostile voice text, details, verbs and targets render as exact text', () => {
  const page = createPage();
  for (const text of HOSTILE_TEXTS) {
    const child = voiceStep('Say', text, { details: [{ label: text, value: text }] });
    const step = voiceStep(text || 'Gather', text, { children: [child], continuesAt: text || 'x' });
    const unreachable = { verb: 'Redirect', position: { line: 0, character: 0 }, message: text };
    renderModel(page.document, page.root, model({ dialect: 'voice', voice: [step, { ...child, unreachable }] }), {
      from: text,
      body: '',
    });
    assertInert(page);
    if (text.length > 0) {
      assert.equal(page.root.querySelector('.vstep__text')?.textContent, text);
      assert.equal(page.root.querySelector('.verb__name')?.textContent, text);
      assert.equal(page.root.querySelector('.detail__label')?.textContent, text);
      assert.equal(page.root.querySelector('.detail__value')?.textContent, text);
      assert.equal(page.root.querySelector('.continues__url, .continues__text')?.textContent, text);
    }
    // Document text may reach a data attribute, never a class or tag name.
    for (const element of page.root.querySelectorAll('[class]')) assert.ok(!element.className.includes('<'));
  }
});

test('hostile error messages and codes render as text', () => {
  const page = createPage();
  for (const text of HOSTILE_TEXTS) {
    renderModel(page.document, page.root, model({ errors: [{ message: text, line: 3, code: text }] }));
    assertInert(page);
    assert.equal(page.root.querySelector('.errors__message')?.textContent, text);
  }
});

test('the webview sources never parse HTML strings or evaluate code', () => {
  const dir = resolve(__dirname, '../../../client/preview-src');
  const sources = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  assert.ok(sources.includes('render.ts'));
  for (const name of sources) {
    const source = readFileSync(join(dir, name), 'utf8');
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
      'createContextualFragment',
      'DOMParser',
    ]) {
      assert.ok(!source.includes(sink), `${name} uses ${sink}`);
    }
  }
});
