import test from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../webhook/src/replay/classify';
import { classifyReply } from '../../webhook/src/replay/classifyReply';
import { decodeBody } from '../../webhook/src/replay/decodeBody';
import type { HttpOutcome } from '../../webhook/src/replay/httpClient';
import type { ResponseInfo } from '../../webhook/src/replay/httpHop';
import { escapeXmlText } from '../../webhook/src/replay/escapeXml';
import { READER } from './helpers/reader';

function response(
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'text/xml' },
  status = 200,
): ResponseInfo {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return { status, statusText: '', headers, setCookies: [], body: bytes, bytesRead: bytes.length, truncated: false };
}

const base = {
  url: 'http://localhost:5000/sms',
  method: 'POST' as const,
  requestHeaders: {},
  redirects: [],
  durationMs: 1,
};

test('accepted TwiML types parse; other types are 12300', async () => {
  for (const type of ['text/xml', 'application/xml', 'text/html; charset=utf-8', 'TEXT/XML']) {
    assert.deepEqual(
      (await classifyReply(response('<Response/>', { 'content-type': type }), 'messaging', { reader: READER }))
        .problems,
      [],
      type,
    );
  }
  const json = await classifyReply(response('{"a":1}', { 'content-type': 'application/json' }), 'messaging', {
    reader: READER,
  });
  assert.equal(json.problems[0].code, 12300);
  assert.equal(json.problems[0].docUrl, 'https://www.twilio.com/docs/api/errors/12300');
});

test('no Content-Type is 11200; empty replies depend on the dialect', async () => {
  assert.equal(
    (await classifyReply(response('<Response/>', {}), 'messaging', { reader: READER })).problems[0].code,
    11200,
  );
  const sms = await classifyReply(response('', {}, 204), 'messaging', { reader: READER });
  assert.equal(sms.problems[0].severity, 'info');
  assert.match(sms.problems[0].message, /no reply/);
  assert.equal((await classifyReply(response('', {}, 204), 'voice', { reader: READER })).problems[0].code, 12100);
});

test('voice: audio is played, text/plain holding TwiML runs as TwiML', async () => {
  const audio = await classifyReply(
    response(Buffer.from([0xff, 0xfb, 0x90, 0x00]), { 'content-type': 'audio/mpeg' }),
    'voice',
    { reader: READER },
  );
  assert.match(audio.problems[0].message, /plays the audio/);
  const twimlText = await classifyReply(
    response('<Response><Hangup/></Response>', { 'content-type': 'text/plain' }),
    'voice',
    { reader: READER },
  );
  assert.equal(twimlText.twiml, '<Response><Hangup/></Response>');
  assert.equal(
    (await classifyReply(response('<Response/>', { 'content-type': 'audio/mpeg' }), 'messaging', { reader: READER }))
      .problems[0].code,
    12300,
  );
});

test('text/plain escaping always yields well-formed TwiML', async () => {
  const nasty = 'a & b < c > d ]]> \u0001 \uD800 "q" \'s\' 😀';
  const verdict = await classifyReply(response(nasty, { 'content-type': 'text/plain' }), 'messaging', {
    reader: READER,
  });
  // U+FFFD stands in for what XML cannot carry; xmldom only warns about it.
  assert.deepEqual(
    (await READER.checkWellFormed(verdict.twiml ?? '')).issues.filter((i) => i.level === 'error'),
    [],
  );
  assert.match(verdict.twiml ?? '', /a &amp; b &lt; c &gt; d \]\]&gt; \uFFFD \uFFFD "q" 's' 😀/);
  assert.equal(escapeXmlText('<&>'), '&lt;&amp;&gt;');
  assert.equal(escapeXmlText('a\u0000b\uDC00c\tok'), 'a\uFFFDb\uFFFDc\tok');
});

test('bodies: latin-1 declared is decoded, undeclared latin-1 and binary are explained', async () => {
  const latin1 = Buffer.from('<Response><Message>Caf\xe9</Message></Response>', 'latin1');
  const declared = decodeBody(latin1, 'text/xml; charset=ISO-8859-1');
  assert.equal(declared.kind, 'text');
  assert.match(declared.kind === 'text' ? declared.text : '', /Café/);
  const undeclared = await classifyReply(response(latin1), 'messaging', { reader: READER });
  assert.equal(undeclared.problems[0].code, 12100);
  assert.match(undeclared.problems[0].message, /not valid UTF-8 \(byte 0xe9 at offset 22\)/);
  assert.match(undeclared.body, /Caf\uFFFD/);
  const binary = await classifyReply(response(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0])), 'messaging', {
    reader: READER,
  });
  assert.match(binary.problems[0].message, /binary data \(starts 1f 8b 08 00/);
  assert.equal(decodeBody(Buffer.from('x'), 'text/xml; charset=bogus-enc').kind, 'invalid');
});

test('oversized responses are 11750; error statuses win over the body', async () => {
  const big = { ...response('a'.repeat(64 * 1024)), truncated: true, bytesRead: 64 * 1024 + 5 };
  const verdict = await classifyReply(big, 'messaging', { reader: READER });
  assert.equal(verdict.problems[0].code, 11750);
  assert.equal(
    (await classifyReply({ ...big, status: 502, statusText: 'Bad Gateway' }, 'messaging', { reader: READER }))
      .problems[0].code,
    11200,
  );
  assert.match(
    (await classifyReply(response('', {}, 302), 'messaging', { reader: READER })).problems[0].message,
    /without a Location/,
  );
});

test('transport outcomes map to Twilio codes with hints', async () => {
  const dns = await classify(
    {
      ...base,
      url: 'http://nope.invalid/sms',
      kind: 'network-error',
      code: 'ENOTFOUND',
      message: 'getaddrinfo ENOTFOUND',
    },
    'messaging',
    READER,
  );
  assert.equal(dns.problems[0].code, 11200);
  assert.match(dns.problems[0].message, /could not be resolved.*Is your app running on nope\.invalid:80\?/);
  const garbage = await classify(
    { ...base, kind: 'network-error', code: 'HPE_INVALID_CONSTANT', message: 'Expected HTTP/' },
    'messaging',
    READER,
  );
  assert.match(garbage.problems[0].message, /did not answer with valid HTTP/);
  const tls = await classify(
    {
      ...base,
      url: 'https://self.test/',
      kind: 'network-error',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      message: 'self signed',
    },
    'messaging',
    READER,
  );
  assert.match(tls.problems[0].message, /self\.test:443.*public CA/);
  const slow = await classify(
    { ...base, kind: 'timeout', phase: 'body', timeoutMs: 15000, response: response('<Resp') },
    'messaging',
    READER,
  );
  assert.equal(slow.problems[0].code, 11205);
  assert.match(slow.problems[0].message, /body was still arriving after 15 s \(5 bytes so far\)/);
  const connect = await classify({ ...base, kind: 'timeout', phase: 'connect', timeoutMs: 500 }, 'voice', READER);
  assert.match(connect.problems[0].message, /could not connect to localhost:5000 within 0\.5 s/);
  const cut: HttpOutcome = { ...base, kind: 'incomplete', response: response('<Respo'), expectedBytes: 100 };
  assert.match(
    (await classify(cut, 'messaging', READER)).problems[0].message,
    /closed mid-body after 6 bytes of the 100 announced/,
  );
  assert.match(
    (await classify({ ...base, kind: 'invalid-url', message: 'not an absolute URL: x' }, 'messaging', READER))
      .problems[0].message,
    /Cannot replay/,
  );
});
