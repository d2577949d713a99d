/** The conversation engine on an injected transport that plays a fake app. */
import test from 'node:test';
import assert from 'node:assert/strict';
import twilio from 'twilio';
import { Conversation } from '../../webhook/src/conversation/conversation';
import type { TransportResult } from '../../webhook/src/conversation/types';
import { fakeApp, twiml } from './helpers/fakeApp';
import { READER } from './helpers/reader';

const URL_ = 'https://app.example.com/sms';
const XML = { 'content-type': 'text/xml' };

test('cookies set by the app come back on the next turn, and the replies depend on them', async () => {
  const { transport, seen } = fakeApp((request, params) => {
    const count = Number(/count=(\d+)/.exec(request.headers.cookie ?? '')?.[1] ?? '0') + 1;
    return {
      headers: { ...XML, 'set-cookie': `count=${count}; Path=/` },
      body: twiml(`<Message>${params.get('Body')} #${count}</Message>`),
    };
  });
  const conversation = new Conversation({ reader: READER, url: URL_, transport });
  const turns = [
    await conversation.send({ body: 'a' }),
    await conversation.send({ body: 'b' }),
    await conversation.send({ body: 'c' }),
  ];
  assert.deepEqual(
    turns.map((t) => t.replies[0].body),
    ['a #1', 'b #2', 'c #3'],
  );
  assert.equal(seen[0].headers.cookie, undefined);
  assert.equal(seen[2].headers.cookie, 'count=2');
  assert.equal(new Set(turns.map((t) => t.input.AccountSid)).size, 1, 'one AccountSid per conversation');
  assert.equal(new Set(turns.map((t) => t.input.MessageSid)).size, 3, 'a new MessageSid per message');
  assert.deepEqual(turns[0].replies[0], { body: 'a #1', media: [], segments: 1, encoding: 'GSM-7' });
});

test('a relative <Redirect method="GET"> is followed with the inbound parameters, then a 302', async () => {
  const { transport, seen } = fakeApp((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/sms') return { body: twiml('<Redirect method="GET">next?step=2</Redirect>') };
    if (path === '/next') return { status: 302, headers: { location: '/final' }, body: '' };
    return { body: twiml('<Message>done</Message>') };
  });
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'hi' });
  assert.deepEqual(
    turn.requests.map((r) => [r.method, new URL(r.url).pathname, r.status, r.why]),
    [
      ['POST', '/sms', 200, 'inbound'],
      ['GET', '/next', 302, 'redirect'],
      ['GET', '/final', 200, 'http-redirect'],
    ],
  );
  const redirected = new URL(seen[1].url);
  assert.equal(redirected.searchParams.get('step'), '2');
  assert.equal(redirected.searchParams.get('Body'), 'hi');
  assert.equal(redirected.searchParams.get('MessageSid'), turn.input.MessageSid);
  assert.deepEqual(
    turn.replies.map((r) => r.body),
    ['done'],
  );
  assert.deepEqual(turn.problems, []);
});

test('a 307 keeps the POST and its parameters; a 303 turns it into a GET', async () => {
  const { transport, seen } = fakeApp((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/sms') return { status: 307, headers: { location: '/b' } };
    if (path === '/b') return { status: 303, headers: { location: '/c' } };
    return { body: twiml('<Message>ok</Message>') };
  });
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
  assert.deepEqual(
    seen.map((r) => r.method),
    ['POST', 'POST', 'GET'],
  );
  assert.match(seen[1].body ?? '', /Body=x/);
  assert.equal(turn.replies[0].body, 'ok');
});

test('<Message action> and statusCallback get queued, sent, delivered; the action TwiML continues', async () => {
  const { transport } = fakeApp((request, params) => {
    const path = new URL(request.url).pathname;
    if (path === '/sms')
      return {
        body: twiml('<Message statusCallback="/status" action="/after">first</Message><Message>never</Message>'),
      };
    if (path === '/after' && params.get('MessageStatus') === 'queued')
      return { body: twiml('<Message>second</Message>') };
    return { body: '' };
  });
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
  assert.deepEqual(
    turn.replies.map((r) => r.body),
    ['first', 'second'],
  );
  const callbacks = turn.requests.filter((r) => r.why === 'status-callback');
  assert.deepEqual(
    callbacks.map((r) => `${new URL(r.url).pathname} ${new URLSearchParams(r.requestBody).get('MessageStatus')}`),
    ['/status queued', '/status sent', '/status delivered', '/after sent', '/after delivered', '/after queued'],
  );
  const status = new URLSearchParams(callbacks[0].requestBody);
  assert.equal(status.get('AccountSid'), turn.input.AccountSid);
  assert.equal(status.get('From'), turn.input.To, 'the reply goes from the app number');
  assert.equal(status.get('To'), turn.input.From);
  assert.match(status.get('MessageSid') ?? '', /^SM[0-9a-f]{32}$/);
  assert.notEqual(status.get('MessageSid'), turn.input.MessageSid);
  assert.equal(status.get('MessagingServiceSid'), null);
  assert.equal(status.get('ApiVersion'), '2010-04-01');
});

test('11 messages: ten replies and 14109', async () => {
  const { transport } = fakeApp(() => ({ body: twiml('<Message>m</Message>'.repeat(11)) }));
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
  assert.ok(turn.problems.some((p) => p.code === 14109 && p.severity === 'error'));
});

test('11 messages spread over two documents: 14109 from the engine', async () => {
  const { transport } = fakeApp((request) =>
    new URL(request.url).pathname === '/sms'
      ? { body: twiml('<Message>m</Message>'.repeat(6) + '<Redirect>/more</Redirect>') }
      : { body: twiml('<Message>n</Message>'.repeat(5)) },
  );
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
  assert.equal(turn.replies.length, 10);
  assert.equal(turn.problems.filter((p) => p.code === 14109).length, 1);
});

test('a redirect loop stops with 14106', async () => {
  const { transport, seen } = fakeApp(() => ({ body: twiml('<Redirect>/sms</Redirect>') }));
  const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
  assert.ok(turn.problems.some((p) => p.code === 14106));
  assert.equal(seen.length, 10);
});

test('a timeout is 11205, a refused connection says the app is down, a 500 is 11200', async () => {
  const cases: Array<[TransportResult, number, RegExp]> = [
    [{ kind: 'error', reason: 'timeout', message: 'no answer', ms: 15000 }, 11205, /15 s/],
    [{ kind: 'error', reason: 'refused', message: 'ECONNREFUSED', ms: 1 }, 11205, /not reachable.*refused/],
    [{ kind: 'response', status: 500, headers: XML, body: 'boom', ms: 1 }, 11200, /500/],
  ];
  for (const [result, code, message] of cases) {
    const turn = await new Conversation({ reader: READER, url: URL_, transport: () => Promise.resolve(result) }).send({
      body: 'x',
    });
    const problem = turn.problems.find((p) => p.code === code);
    assert.ok(problem, `expected ${code}`);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, message);
    assert.equal(turn.replies.length, 0);
  }
});

test('the language service judges every document: <message> is 12200, a bare & is 12100, <Say> is reported', async () => {
  const judge = async (body: string): Promise<number[]> => {
    const { transport } = fakeApp(() => ({ body }));
    const turn = await new Conversation({ reader: READER, url: URL_, transport }).send({ body: 'x' });
    return turn.problems.filter((p) => p.severity === 'error').map((p) => p.code ?? 0);
  };
  assert.ok((await judge(twiml('<message>hi</message>'))).includes(12200));
  assert.ok((await judge(twiml('<Message>Tom & Jerry</Message>'))).includes(12100));
  assert.ok((await judge(twiml('<Say>hello</Say>'))).length > 0);
});

test('MMS and WhatsApp inbound parameters', async () => {
  const { transport } = fakeApp(() => ({ body: twiml('') }));
  const mms = await new Conversation({ reader: READER, url: URL_, transport, channel: 'mms' }).send({
    body: 'pic',
    media: ['https://example.com/a.png', 'https://example.com/b.jpg'],
  });
  assert.equal(mms.input.NumMedia, '2');
  assert.equal(mms.input.MediaUrl1, 'https://example.com/b.jpg');
  assert.equal(mms.input.MediaContentType0, 'image/png');
  assert.match(mms.input.MessageSid, /^MM/);
  const wa = await new Conversation({
    reader: READER,
    url: URL_,
    transport,
    channel: 'whatsapp',
    from: '+15005550006',
  }).send({
    body: 'hola',
  });
  assert.equal(wa.input.From, 'whatsapp:+15005550006');
  assert.match(wa.input.To, /^whatsapp:\+/);
  assert.equal(wa.input.WaId, '15005550006');
  assert.ok(wa.input.ProfileName);
  assert.equal(wa.input.NumMedia, '0');
});

test('every request is signed; twilio.validateRequest accepts POST, GET and status callbacks', async () => {
  const token = 'test-token-123';
  const { transport, seen } = fakeApp((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/sms')
      return { body: twiml('<Message statusCallback="/s">a</Message><Redirect method="GET">/g</Redirect>') };
    return { body: twiml('') };
  });
  const turn = await new Conversation({ reader: READER, url: URL_, transport, authToken: token }).send({
    body: 'x y&z',
  });
  assert.equal(seen.length, 5);
  for (const request of seen) {
    const params = request.method === 'POST' ? Object.fromEntries(new URLSearchParams(request.body)) : {};
    assert.ok(
      twilio.validateRequest(token, request.headers['x-twilio-signature'], request.url, params),
      `${request.method} ${request.url}`,
    );
  }
  assert.ok(!JSON.stringify(turn).includes(token));
});
