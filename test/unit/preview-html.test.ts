import test from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { buildPreviewHtml, createNonce, escapeAttribute, previewCsp } from '../../client/src/preview/html';
import type { InitialState } from '../../shared/previewMessages';
import { message, model } from './helpers/previewFixtures';

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>'&`;

function build(state: InitialState, nonce = createNonce()): string {
  return buildPreviewHtml({
    cspSource: CSP_SOURCE,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
    nonce,
    title: 'Preview reply.twiml',
    state,
  });
}

const hostileState: InitialState = {
  uri: 'file:///work/reply.twiml',
  model: model({ messaging: [message(HOSTILE)] }),
  sample: { from: HOSTILE, body: HOSTILE },
};

test('the CSP meta tag carries exactly the preview policy', () => {
  const nonce = createNonce();
  const html = build(hostileState, nonce);
  const meta = new JSDOM(html).window.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const expected = `default-src 'none'; img-src https: http: ${CSP_SOURCE}; style-src ${CSP_SOURCE}; script-src 'nonce-${nonce}'; font-src ${CSP_SOURCE};`;
  assert.equal(meta?.getAttribute('content'), expected);
  assert.equal(previewCsp(CSP_SOURCE, nonce), expected);
});

test('the only script is the external bundle, loaded with the nonce', () => {
  const nonce = createNonce();
  const html = build(hostileState, nonce);
  const scripts = [...new JSDOM(html).window.document.querySelectorAll('script')];
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0].getAttribute('nonce'), nonce);
  assert.match(scripts[0].getAttribute('src') ?? '', /\/dist\/preview\.js$/);
  assert.equal(scripts[0].textContent, '', 'no inline script body');
  assert.equal(html.match(/<script/gi)?.length, 1);
});

test('document text in the state cannot break out of the data-state attribute', () => {
  const html = build(hostileState);
  assert.ok(!html.includes('<script>alert'), 'no raw script tag from the model');
  assert.ok(!html.includes('<img src=x'), 'no raw img tag from the model');
  const body = new JSDOM(html).window.document.body;
  assert.equal(body.querySelectorAll('img').length, 0);
  assert.deepEqual(JSON.parse(body.getAttribute('data-state') ?? ''), hostileState, 'state round-trips exactly');
});

test('the stylesheet comes from the extension and no inline style exists', () => {
  const html = build(hostileState);
  const document = new JSDOM(html).window.document;
  assert.match(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '', /\/media\/preview\.css$/);
  assert.equal(document.querySelectorAll('style, [style]').length, 0);
});

test('each nonce is fresh, 128-bit hex', () => {
  const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
  assert.equal(nonces.size, 50);
  for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
});

test('a nonce that could break the policy is refused', () => {
  assert.throws(() => build(hostileState, `abc'; script-src *`), /nonce/);
  assert.throws(() => build(hostileState, ''), /nonce/);
});

test('escapeAttribute escapes all five HTML-significant characters', () => {
  assert.equal(
    escapeAttribute(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});
