import test from 'node:test';
import assert from 'node:assert/strict';
import { appendQuery, type WebhookParams } from '../../webhook/src/replay/form';
import { seededRandom } from '../../webhook/src/replay/random';
import { computeSignature, signaturePayload, signedUrl, signRequest } from '../../webhook/src/replay/signature';

// The official SDK is the oracle: the server side of a Twilio app validates with it.
const twilio = require('twilio') as {
  validateRequest(token: string, signature: string, url: string, params: Record<string, unknown>): boolean;
  getExpectedTwilioSignature(token: string, url: string, params: Record<string, unknown>): string;
};

test('doc example from twilio.com/docs/usage/security', () => {
  const params = {
    Digits: '1234',
    To: '+18005551212',
    From: '+14158675310',
    Caller: '+14158675310',
    CallSid: 'CA1234567890ABCDE',
  };
  const url = 'https://example.com/myapp.php?foo=1&bar=2';
  assert.equal(
    signaturePayload(url, params),
    'https://example.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675310Digits1234From+14158675310To+18005551212',
  );
  assert.equal(computeSignature('12345', url, params), 'L/OH5YylLD5NRKLltdqwSvS0BnU=');
});

test('twilio-python test vectors (ports kept as written, repeated keys)', () => {
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Digits: '1234',
    From: '+14158675309',
    To: '+18005551212',
    Caller: '+14158675309',
  };
  const sign = (url: string, p: WebhookParams = params): string =>
    signRequest({ authToken: '12345', method: 'POST', url, params: p });
  assert.equal(sign('https://mycompany.com/myapp.php?foo=1&bar=2'), 'RSOYDt4T1cUTdK1PDd93/VVr8B8=');
  assert.equal(sign('https://mycompany.com:443/myapp.php?foo=1&bar=2'), 'kvajT1Ptam85bY51eRf/AJRuM3w=');
  assert.equal(sign('http://mycompany.com:80/myapp.php?foo=1&bar=2'), '0ZXoZLH/DfblKGATFgpif+LLRf4=');
  assert.equal(sign('http://mycompany.com:1234/myapp.php?foo=1&bar=2'), 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=');
  const repeated = { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234', '1234'] };
  assert.equal(signaturePayload('', repeated), 'Digits1234Digits5678SidCA123SidAccountAC123');
  assert.equal(sign('https://mycompany.com/myapp.php?foo=1&bar=2', repeated), 'IK+Dwps556ElfBT0I3Rgjkr1wJU=');
});

test('signed URL drops credentials and the override fragment, keeps the port for SMS', () => {
  assert.equal(
    signedUrl('https://user:pw@example.com:8443/sms?x=1#ct=1000&rt=2000'),
    'https://example.com:8443/sms?x=1',
  );
  assert.equal(signedUrl('http://[::1]:5000/sms'), 'http://[::1]:5000/sms');
  assert.equal(signedUrl('https://example.com:443/sms'), 'https://example.com:443/sms');
});

test('voice over HTTPS drops the port; voice over HTTP keeps it', () => {
  assert.equal(signedUrl('https://example.com:8443/voice', { voice: true }), 'https://example.com/voice');
  assert.equal(signedUrl('https://[2001:db8::1]:8443/voice', { voice: true }), 'https://[2001:db8::1]/voice');
  assert.equal(signedUrl('http://example.com:5000/voice', { voice: true }), 'http://example.com:5000/voice');
  const params = { CallSid: 'CA' + 'a'.repeat(32) };
  const signature = signRequest({
    authToken: 'tok',
    method: 'POST',
    url: 'https://example.com:8443/voice',
    params,
    voice: true,
  });
  assert.equal(signature, computeSignature('tok', 'https://example.com/voice', params));
  assert.ok(twilio.validateRequest('tok', signature, 'https://example.com:8443/voice', params));
});

// ---- generated cross-check against the twilio package ----

const SCHEMES = ['http', 'https'];
const HOSTS = ['example.com', 'localhost', '127.0.0.1', 'my-app.ngrok.io', 'sub.domain.example.org'];
const PORTS = ['', ':80', ':443', ':5000', ':8080', ':3000'];
const PATHS = ['/', '/sms', '/voice/incoming', '/a/b.php', '/hook/', '/p%20q', '/twiml.xml'];
const QUERIES = ['', '?foo=1&bar=2', '?a=&b=2', '?x=%2B1', '?q=hello%20world', '?k=v&k=w', '?ok=1&list=a,b'];
const KEYS = [
  'Body',
  'From',
  'To',
  'MessageSid',
  'AccountSid',
  'NumMedia',
  'MediaUrl0',
  'Digits',
  'a',
  'B',
  'Z',
  '_x',
  'key1',
  'key10',
  'key2',
];
const VALUES = [
  '',
  'hello',
  '+14155550100',
  'whatsapp:+14155550100',
  'héllo wörld',
  '日本語テキスト',
  '🎉 party 🎈',
  'a&b=c',
  '100%',
  'x+y z',
  "O'Brien",
  'line1\nline2',
  'tab\there',
  '<Response/>',
  '#hash?q',
  '   padded   ',
  'ÄÖÜß',
  'emoji\u{1F600}end',
  '\u00a0nbsp',
  'quote"s',
];

/** Deterministic parameter sets: scalars, empty values and repeated keys with duplicates. */
function generateParams(next: () => number): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  const count = next() % 8;
  for (let i = 0; i < count; i++) {
    const key = KEYS[next() % KEYS.length];
    if (next() % 5 === 0) {
      const size = 1 + (next() % 4);
      params[key] = Array.from({ length: size }, () => VALUES[next() % VALUES.length]);
    } else {
      params[key] = VALUES[next() % VALUES.length];
    }
  }
  return params;
}

function generator(seed: number): () => number {
  const random = seededRandom(seed);
  return () => Buffer.from(random(4)).readUInt32LE(0);
}

test('POST signatures match twilio.getExpectedTwilioSignature and pass validateRequest (600 cases)', () => {
  const next = generator(20240601);
  let cases = 0;
  for (let i = 0; i < 600; i++) {
    const url =
      SCHEMES[next() % 2] +
      '://' +
      HOSTS[next() % HOSTS.length] +
      PORTS[next() % PORTS.length] +
      PATHS[next() % PATHS.length] +
      QUERIES[next() % QUERIES.length];
    const params = generateParams(next);
    const token = `token${next().toString(16)}`;
    const signature = signRequest({ authToken: token, method: 'POST', url, params });
    assert.equal(signature, twilio.getExpectedTwilioSignature(token, url, params), url);
    assert.ok(
      twilio.validateRequest(token, signature, url, params),
      `validateRequest failed for ${url} ${JSON.stringify(params)}`,
    );
    // The check must be able to fail: another token or a changed value is rejected.
    assert.equal(twilio.validateRequest(token + 'x', signature, url, params), false);
    assert.equal(twilio.validateRequest(token, signature, url, { ...params, Extra: 'value' }), false);
    cases++;
  }
  assert.equal(cases, 600);
});

test('GET signatures: parameters in the query, the URL alone is signed (300 cases)', () => {
  const next = generator(77);
  for (let i = 0; i < 300; i++) {
    const base =
      SCHEMES[next() % 2] +
      '://' +
      HOSTS[next() % HOSTS.length] +
      PORTS[next() % PORTS.length] +
      PATHS[next() % PATHS.length] +
      QUERIES[next() % QUERIES.length];
    const params = generateParams(next);
    const url = appendQuery(base, params);
    const token = `get${i}`;
    const signature = signRequest({ authToken: token, method: 'GET', url, params });
    assert.equal(signature, computeSignature(token, url, {}), 'GET ignores the POST parameter set');
    assert.equal(signature, twilio.getExpectedTwilioSignature(token, url, {}));
    assert.ok(twilio.validateRequest(token, signature, url, {}), url);
    if (Object.keys(params).length > 0) assert.equal(twilio.validateRequest(token, signature, base, {}), false);
  }
});

test('credentials and fragments: the signature validates against the URL the app sees', () => {
  const next = generator(5);
  for (let i = 0; i < 100; i++) {
    const host = HOSTS[next() % HOSTS.length] + PORTS[next() % PORTS.length];
    const path = PATHS[next() % PATHS.length] + QUERIES[next() % QUERIES.length];
    const scheme = SCHEMES[next() % 2];
    const params = generateParams(next);
    const signature = signRequest({
      authToken: 'k',
      method: 'POST',
      url: `${scheme}://user:pa55@${host}${path}#ct=1000&rt=900`,
      params,
    });
    assert.ok(twilio.validateRequest('k', signature, `${scheme}://${host}${path}`, params));
  }
});

test('repeated keys are de-duplicated and sorted like the SDKs', () => {
  const a = computeSignature('t', 'https://x.test/', { K: ['b', 'a', 'b'] });
  const b = computeSignature('t', 'https://x.test/', { K: ['a', 'b'] });
  assert.equal(a, b);
  assert.notEqual(a, computeSignature('t', 'https://x.test/', { K: ['a'] }));
  assert.equal(signaturePayload('u', { b: '2', a: ['z', 'y'], A: '' }), 'uAaya' + 'z' + 'b2');
});
