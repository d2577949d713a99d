/**
 * The cases apps get wrong, right in our signer: default and custom ports, queries in the order
 * given, repeated parameters, unicode, an empty body, and JSON bodies with bodySHA256. Every
 * generated case is cross-checked against the twilio npm package (validateRequest,
 * getExpectedTwilioSignature, validateRequestWithBody) and against twilio-python's
 * RequestValidator (Debian's python3-twilio under /usr/bin/python3, one process per batch).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSignature } from '../../webhook/src/replay/checkSignature';
import { appendQuery, encodeForm, formEntries, type WebhookParams } from '../../webhook/src/replay/form';
import { seededRandom } from '../../webhook/src/replay/random';
import {
  bodySha256,
  computeSignature,
  signaturePayload,
  signRequest,
  withBodyHash,
} from '../../webhook/src/replay/signature';
import { repoRoot } from '../../fuzz/corpus';

const twilio = require('twilio') as {
  validateRequest(token: string, signature: string, url: string, params: Record<string, unknown>): boolean;
  validateRequestWithBody(token: string, signature: string, url: string, body: string): boolean;
  getExpectedTwilioSignature(token: string, url: string, params: Record<string, unknown>): string;
};

const PYTHON = process.env.TWIML_SYSTEM_PYTHON || '/usr/bin/python3';
const BATCH = path.join(repoRoot(), 'test', 'fixtures', 'webhook-app', 'validate_batch.py');
const pythonMissing = (() => {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ['-c', 'import twilio.request_validator, werkzeug'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : `twilio/werkzeug not importable by ${PYTHON}`;
})();

interface PyCase {
  token: string;
  url: string;
  signature: string;
  params?: Record<string, string>;
  multi?: Array<[string, string]>;
  body?: string;
}

/** One python process for the whole batch. */
function python(cases: PyCase[]): Array<{ valid: boolean; computed: string }> {
  const run = spawnSync(PYTHON, [BATCH], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const results = JSON.parse(run.stdout) as Array<{ valid: boolean; computed: string }>;
  assert.equal(results.length, cases.length);
  return results;
}

function generator(seed: number): () => number {
  const random = seededRandom(seed);
  return () => Buffer.from(random(4)).readUInt32LE(0);
}

const HOSTS = ['myapp.ngrok.app', 'example.com', 'localhost', '127.0.0.1', 'abc123.trycloudflare.com'];
// Default ports spelled out, custom ports, none.
const PORTS = ['', ':80', ':443', ':5000', ':8443', ':3000'];
const PATHS = ['/', '/sms', '/voice/incoming', '/hooks/twilio/', '/a%20b', '/caf%C3%A9'];
// Queries in the order the user configured them, unsorted on purpose, with repeats and escapes.
const QUERIES = [
  '',
  '?x=1',
  '?z=9&a=1',
  '?b=2&a=1&b=1',
  '?q=hello%20world&n=%2B1',
  '?tenant=caf%C3%A9',
  '?empty=&k=v',
  '?list=a,b&list=c',
];
const KEYS = [
  'Body',
  'From',
  'To',
  'MessageSid',
  'NumMedia',
  'MediaUrl0',
  'Digits',
  'a',
  'B',
  'z',
  'key10',
  'key2',
  'Émoji',
];
const VALUES = [
  '',
  'hello',
  '+14155550100',
  'whatsapp:+14155550100',
  'héllo wörld',
  '日本語',
  '🎉 party',
  'a&b=c',
  '100%',
  'x+y z',
  'line1\nline2',
  'ÄÖÜß',
  '\u00a0nbsp',
  "O'Brien",
  '<Response/>',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[next() % items.length];
}

function baseUrl(next: () => number): string {
  return `${pick(next, ['http', 'https'])}://${pick(next, HOSTS)}${pick(next, PORTS)}${pick(next, PATHS)}${pick(next, QUERIES)}`;
}

/** Scalar parameters; sometimes none at all (an empty body). */
function scalarParams(next: () => number): Record<string, string> {
  const params: Record<string, string> = {};
  const count = next() % 4 === 0 ? 0 : 1 + (next() % 7);
  for (let i = 0; i < count; i++) params[pick(next, KEYS)] = pick(next, VALUES);
  return params;
}

/** Parameters with at least one repeated key holding distinct values. */
function repeatedParams(next: () => number): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = scalarParams(next);
  const key = pick(next, KEYS);
  const first = pick(next, VALUES);
  let second = pick(next, VALUES);
  if (second === first) second = `${first}2`;
  params[key] = next() % 2 === 0 ? [first, second] : [second, first, second];
  return params;
}

const POST_CASES = 400;
const REPEATED_CASES = 150;
const GET_CASES = 200;
const VOICE_CASES = 100;
const JSON_CASES = 150;

test(
  `POST with ports, ordered queries, unicode and empty bodies: twilio-node and twilio-python agree (${POST_CASES} cases)`,
  { skip: pythonMissing },
  () => {
    const next = generator(1101);
    const cases: PyCase[] = [];
    let empty = 0;
    for (let i = 0; i < POST_CASES; i++) {
      const url = baseUrl(next);
      const params = scalarParams(next);
      if (Object.keys(params).length === 0) empty++;
      const token = `tok${next().toString(16)}`;
      const signature = signRequest({ authToken: token, method: 'POST', url, params });
      assert.equal(signature, twilio.getExpectedTwilioSignature(token, url, params), url);
      assert.ok(twilio.validateRequest(token, signature, url, params), `${url} ${JSON.stringify(params)}`);
      assert.equal(twilio.validateRequest(`${token}x`, signature, url, params), false);
      cases.push({ token, url, signature, params });
    }
    assert.ok(empty > 20, `${empty} empty bodies`);
    const results = python(cases);
    results.forEach((result, i) => {
      assert.ok(result.valid, `python rejects ${cases[i].url} ${JSON.stringify(cases[i].params)}`);
      assert.equal(result.computed, cases[i].signature);
    });
  },
);

test('the query is signed in the order given, not sorted or re-encoded', () => {
  const params = { Body: 'hi' };
  const url = 'https://myapp.ngrok.app/sms?z=9&a=1&q=hello%20world';
  const signature = signRequest({ authToken: 't', method: 'POST', url, params });
  assert.ok(twilio.validateRequest('t', signature, url, params));
  assert.equal(
    twilio.validateRequest('t', signature, 'https://myapp.ngrok.app/sms?a=1&q=hello%20world&z=9', params),
    false,
  );
  assert.equal(twilio.validateRequest('t', signature, 'https://myapp.ngrok.app/sms', params), false);
  assert.equal(signaturePayload(url, params), `${url}Bodyhi`);
});

test(
  `repeated parameters: twilio-node validates them; a MultiDict in twilio-python sees only the first value (${REPEATED_CASES} cases)`,
  { skip: pythonMissing },
  () => {
    const next = generator(2202);
    const cases: PyCase[] = [];
    const signatures: string[] = [];
    const params: Array<Record<string, string | string[]>> = [];
    for (let i = 0; i < REPEATED_CASES; i++) {
      const url = baseUrl(next);
      const p = repeatedParams(next);
      const token = `rep${i}`;
      const signature = signRequest({ authToken: token, method: 'POST', url, params: p });
      assert.equal(signature, twilio.getExpectedTwilioSignature(token, url, p));
      assert.ok(twilio.validateRequest(token, signature, url, p), `${url} ${JSON.stringify(p)}`);
      // The form we send carries every value, in order.
      assert.deepEqual(Array.from(new URLSearchParams(encodeForm(p))), formEntries(p));
      cases.push({ token, url, signature, multi: formEntries(p) });
      signatures.push(signature);
      params.push(p);
    }
    const results = python(cases);
    results.forEach((result, i) => {
      // Debian's RequestValidator (7.7.1) iterates params.items(): one value per name.
      assert.equal(result.valid, false, `python accepted repeated ${JSON.stringify(params[i])}`);
      // What such an app computes is the signature with the first values, which the check explains.
      const check = checkSignature({
        authToken: cases[i].token,
        url: cases[i].url,
        params: params[i],
        signature: result.computed,
      });
      assert.equal(check.valid, false);
      assert.match(
        check.matched?.label ?? '',
        /only the first value of the repeated/,
        JSON.stringify(check.tried.slice(0, 3)),
      );
    });
  },
);

test(
  `GET: parameters appended to the query, the URL alone signed (${GET_CASES} cases)`,
  { skip: pythonMissing },
  () => {
    const next = generator(3303);
    const cases: PyCase[] = [];
    for (let i = 0; i < GET_CASES; i++) {
      const url = appendQuery(baseUrl(next), scalarParams(next));
      const token = `get${i}`;
      const signature = signRequest({ authToken: token, method: 'GET', url, params: {} });
      assert.equal(signature, twilio.getExpectedTwilioSignature(token, url, {}));
      assert.ok(twilio.validateRequest(token, signature, url, {}), url);
      cases.push({ token, url, signature, params: {} });
    }
    python(cases).forEach((result, i) => assert.ok(result.valid, cases[i].url));
  },
);

test(
  `voice over https drops the port; both validators accept the URL as requested (${VOICE_CASES} cases)`,
  { skip: pythonMissing },
  () => {
    const next = generator(4404);
    const cases: PyCase[] = [];
    for (let i = 0; i < VOICE_CASES; i++) {
      const url = `https://${pick(next, HOSTS)}${pick(next, [':443', ':8443', ':5000'])}/voice${pick(next, QUERIES)}`;
      const params = scalarParams(next);
      const token = `voice${i}`;
      const signature = signRequest({ authToken: token, method: 'POST', url, params, voice: true });
      assert.ok(twilio.validateRequest(token, signature, url, params), url);
      cases.push({ token, url, signature, params });
    }
    python(cases).forEach((result, i) => assert.ok(result.valid, cases[i].url));
  },
);

const JSON_BODIES = [
  '',
  '{}',
  '{"a":1}',
  '{"text":"héllo 🎉"}',
  '[1,2,3]',
  '{"nested":{"list":["x","y"]},"n":null}',
  '{"emoji":"\u{1F600}","ja":"日本語"}',
];

test(`JSON bodies: bodySHA256 in the URL, the URL signed alone (${JSON_CASES} cases)`, { skip: pythonMissing }, () => {
  const next = generator(5505);
  const cases: PyCase[] = [];
  const tampered: PyCase[] = [];
  for (let i = 0; i < JSON_CASES; i++) {
    const body = pick(next, JSON_BODIES) || (next() % 2 ? '' : JSON.stringify({ i, v: pick(next, VALUES) }));
    const url = withBodyHash(baseUrl(next), body);
    assert.ok(url.includes(`bodySHA256=${bodySha256(body)}`));
    const token = `json${i}`;
    const signature = computeSignature(token, url, {});
    assert.ok(twilio.validateRequestWithBody(token, signature, url, body), `${url} ${body}`);
    assert.equal(twilio.validateRequestWithBody(token, signature, url, `${body} `), false);
    assert.equal(checkSignature({ authToken: token, url, body, signature }).valid, true);
    assert.equal(checkSignature({ authToken: token, url, body: `${body}x`, signature }).bodyHashMatches, false);
    cases.push({ token, url, signature, body });
    tampered.push({ token, url, signature, body: `${body}x` });
  }
  const results = python([...cases, ...tampered]);
  results.slice(0, JSON_CASES).forEach((result, i) => assert.ok(result.valid, `${cases[i].url} ${cases[i].body}`));
  results.slice(JSON_CASES).forEach((result, i) => assert.equal(result.valid, false, tampered[i].url));
});

test('bodySHA256 is appended after an existing query and before a fragment', () => {
  const hash = bodySha256('{}');
  assert.equal(hash, '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  assert.equal(withBodyHash('https://a.test/x', '{}'), `https://a.test/x?bodySHA256=${hash}`);
  assert.equal(withBodyHash('https://a.test/x?y=1#ct=1', '{}'), `https://a.test/x?y=1&bodySHA256=${hash}#ct=1`);
});

test('check a signature: the URL variant an app would have had to use is named', () => {
  const params: WebhookParams = { Body: 'hi', From: '+14155550100' };
  const signature = signRequest({
    authToken: 'tok123456',
    method: 'POST',
    url: 'https://myapp.ngrok.app/sms?x=1',
    params,
  });
  const exact = checkSignature({ authToken: 'tok123456', url: 'https://myapp.ngrok.app/sms?x=1', params, signature });
  assert.equal(exact.valid, true);
  const http = checkSignature({ authToken: 'tok123456', url: 'http://myapp.ngrok.app/sms?x=1', params, signature });
  assert.equal(http.valid, false);
  assert.equal(http.matched?.url, 'https://myapp.ngrok.app/sms?x=1');
  assert.match(http.message, /matches https:\/\/myapp\.ngrok\.app\/sms\?x=1/);
  const noQuery = checkSignature({
    authToken: 'tok123456',
    url: 'https://myapp.ngrok.app/sms',
    params,
    signature: computeSignature('tok123456', 'https://myapp.ngrok.app/sms', params),
  });
  assert.equal(noQuery.valid, true);
  const asBody = checkSignature({
    authToken: 'tok123456',
    url: 'https://myapp.ngrok.app/sms?x=1',
    body: encodeForm(params),
    signature,
  });
  assert.equal(asBody.valid, true);
  const wrong = checkSignature({ authToken: 'other-token', url: 'https://myapp.ngrok.app/sms?x=1', params, signature });
  assert.equal(wrong.valid, false);
  assert.equal(wrong.matched, undefined);
  assert.match(wrong.message, /Auth Token/);
});
