import test from 'node:test';
import assert from 'node:assert/strict';
import { CONVERSATION_IDLE_MS, CookieJar } from '../../webhook/src/replay/cookies';
import { replayWebhook } from '../../webhook/src/replay/replay';
import { parseSetCookie } from '../../webhook/src/replay/setCookie';
import { startHttpServer } from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

const A = CookieJar.conversationKey('+14155550100', '+14155550199');
const B = CookieJar.conversationKey('+14155550101', '+14155550199');

function fakeClock(start = Date.UTC(2025, 0, 1)): { now: () => number; advance(ms: number): void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

test('a cookie is sent back in the same conversation only', () => {
  const jar = new CookieJar();
  jar.store(A, 'http://127.0.0.1:5000/sms', ['session=abc; Path=/; HttpOnly']);
  assert.equal(jar.cookieHeader(A, 'http://127.0.0.1:5000/sms'), 'session=abc');
  assert.equal(jar.cookieHeader(B, 'http://127.0.0.1:5000/sms'), undefined);
  assert.equal(jar.cookieHeader(A, 'http://other.test/sms'), undefined, 'host-only cookie stays on its host');
});

test('the conversation forgets its cookies after four hours without activity', () => {
  const clock = fakeClock();
  const jar = new CookieJar({ now: clock.now });
  jar.store(A, 'http://h.test/sms', ['n=1']);
  clock.advance(CONVERSATION_IDLE_MS - 1000);
  assert.equal(jar.cookieHeader(A, 'http://h.test/sms'), 'n=1', 'still alive just before 4 h; this counts as activity');
  clock.advance(CONVERSATION_IDLE_MS - 1000);
  assert.equal(jar.cookieHeader(A, 'http://h.test/sms'), 'n=1', 'activity restarted the idle clock');
  clock.advance(CONVERSATION_IDLE_MS);
  assert.equal(jar.cookieHeader(A, 'http://h.test/sms'), undefined);
});

test('Max-Age and Expires expire single cookies; Max-Age wins over Expires', () => {
  const clock = fakeClock();
  const jar = new CookieJar({ now: clock.now });
  const future = new Date(clock.now() + 3_600_000).toUTCString();
  jar.store(A, 'http://h.test/', [
    'short=1; Max-Age=60',
    `long=2; Expires=${future}`,
    `both=3; Expires=${future}; Max-Age=10`,
  ]);
  assert.equal(jar.cookieHeader(A, 'http://h.test/'), 'short=1; long=2; both=3');
  clock.advance(30_000);
  assert.equal(jar.cookieHeader(A, 'http://h.test/'), 'short=1; long=2');
  clock.advance(60_000);
  assert.equal(jar.cookieHeader(A, 'http://h.test/'), 'long=2');
  jar.store(A, 'http://h.test/', ['long=2; Max-Age=0']);
  assert.equal(jar.cookieHeader(A, 'http://h.test/'), undefined, 'Max-Age=0 deletes');
  jar.store(A, 'http://h.test/', ['old=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
  assert.equal(jar.list(A).length, 0, 'a past Expires is not stored');
});

test('Path, Domain and Secure are honoured', () => {
  const jar = new CookieJar();
  jar.store(A, 'http://app.example.test/hooks/sms', [
    'dflt=1',
    'root=2; Path=/',
    'deep=3; Path=/hooks/sms/x',
    'dom=4; Domain=.example.test; Path=/',
    'evil=5; Domain=other.test',
    'sec=6; Secure',
  ]);
  assert.equal(jar.cookieHeader(A, 'http://app.example.test/hooks/voice'), 'dflt=1; root=2; dom=4');
  assert.equal(jar.cookieHeader(A, 'http://app.example.test/hooksx'), 'root=2; dom=4');
  assert.equal(jar.cookieHeader(A, 'http://api.example.test/'), 'dom=4');
  assert.equal(jar.cookieHeader(A, 'https://app.example.test/hooks/sms/x/y'), 'deep=3; dflt=1; sec=6; root=2; dom=4');
  assert.ok(
    jar.list(A).every((c) => c.name !== 'evil'),
    'a foreign Domain is rejected',
  );
});

test('a newer cookie replaces the same name/domain/path; malformed headers are ignored', () => {
  const jar = new CookieJar();
  jar.store(A, 'http://h.test/', ['n=1; Path=/', 'n=2; Path=/', 'garbage', '=novalue', 'x'.repeat(5000) + '=1']);
  assert.equal(jar.cookieHeader(A, 'http://h.test/'), 'n=2');
  assert.equal(parseSetCookie('a=b; Max-Age=abc', new URL('http://h.test/'), 0)?.expiresAt, undefined);
});

test('replays carry cookies per From/To and drop them after 4 h (injected clock)', async () => {
  let counter = 0;
  const server = await startHttpServer((req, res) => {
    counter++;
    res.writeHead(200, { 'content-type': 'text/xml', 'set-cookie': [`visits=${counter}; Path=/`] });
    res.end(`<Response><Message>seen cookie: ${req.headers.cookie ?? 'none'}</Message></Response>`);
  });
  try {
    const clock = fakeClock();
    const cookies = new CookieJar({ now: clock.now });
    const url = `${server.origin}/sms`;
    await replayWebhook({ reader: READER, url, cookies, from: '+14155550100' });
    await replayWebhook({ reader: READER, url, cookies, from: '+14155550100' });
    await replayWebhook({ reader: READER, url, cookies, from: '+14155550101' });
    clock.advance(CONVERSATION_IDLE_MS + 1);
    await replayWebhook({ reader: READER, url, cookies, from: '+14155550100' });
    assert.deepEqual(
      server.requests.map((r) => r.headers.cookie),
      [undefined, 'visits=1', undefined, undefined],
    );
  } finally {
    await server.close();
  }
});

test('count() counts live cookies over every conversation; clear() says how many it dropped', () => {
  const clock = fakeClock();
  const jar = new CookieJar({ now: clock.now });
  jar.store(A, 'http://h.test/sms', ['a=1', 'b=2']);
  jar.store(B, 'http://h.test/sms', ['c=3', 'gone=1; Max-Age=0']);
  assert.equal(jar.count(), 3);
  assert.equal(jar.clear(B), 1);
  assert.equal(jar.count(), 2);
  clock.advance(CONVERSATION_IDLE_MS);
  assert.equal(jar.count(), 0, 'an idle conversation no longer counts');
  jar.store(A, 'http://h.test/sms', ['d=4']);
  assert.equal(jar.clear(), 1);
  assert.equal(jar.count(), 0);
});
