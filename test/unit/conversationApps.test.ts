/**
 * Our two conversation test apps (Flask and Express, test/fixtures/conversation-apps/) answer each
 * route as documented, checked with plain HTTP so the engine's end-to-end tests can trust them:
 * the cookie counter, redirects, status callbacks, the 302, slow and failing answers, and the
 * signature check against a signature the twilio npm package computes. No route is skipped: a
 * machine without python3-flask fails with the reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, type AppKind, type RunningApp } from './helpers/conversationApps';

const twilio = require('twilio') as {
  getExpectedTwilioSignature(authToken: string, url: string, params: Record<string, string>): string;
};

const TOKEN = '0123456789abcdef0123456789abcdef';
const INBOUND = { MessageSid: 'SM00000000000000000000000000000001', From: '+14155550100', Body: 'hi there' };

async function post(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
    redirect: 'manual',
  });
}

/** The XML of a TwiML answer, without the declaration, to compare whole documents. */
async function twimlOf(response: Response): Promise<string> {
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/xml/);
  return (await response.text()).replace(/^<\?xml[^>]*\?>/, '');
}

for (const kind of ['flask', 'express'] as AppKind[]) {
  describe(`the ${kind} conversation app`, () => {
    let app: RunningApp | undefined;
    const url = (path: string): string => {
      assert.ok(app, `the ${kind} app did not start`);
      return app.url + path;
    };

    before(async () => {
      app = await startApp(kind, { TWILIO_AUTH_TOKEN: TOKEN });
    });

    after(async () => {
      await app?.stop();
    });

    test('/sms counts messages in a cookie: Message 1, 2, 3', async () => {
      let cookie = '';
      for (const n of [1, 2, 3]) {
        const response = await post(url('/sms'), INBOUND, cookie ? { cookie } : {});
        const setCookie = response.headers.get('set-cookie') ?? '';
        assert.match(setCookie, new RegExp(`^counter=${n};`));
        assert.equal(await twimlOf(response), `<Response><Message>Message ${n}</Message></Response>`);
        cookie = setCookie.split(';')[0] ?? '';
      }
      // Without the cookie the count starts over, as it does for a new texter.
      assert.equal(
        await twimlOf(await post(url('/sms'), INBOUND)),
        '<Response><Message>Message 1</Message></Response>',
      );
    });

    test('/redirect-relative, /redirect-absolute and /next', async () => {
      assert.equal(
        await twimlOf(await post(url('/redirect-relative'), INBOUND)),
        '<Response><Redirect method="GET">next</Redirect></Response>',
      );
      assert.equal(
        await twimlOf(await post(url('/redirect-absolute'), INBOUND)),
        `<Response><Redirect>${url('/next')}</Redirect></Response>`,
      );
      assert.equal(
        await twimlOf(await fetch(url('/next'))),
        '<Response><Message>Arrived at /next by GET</Message></Response>',
      );
      assert.equal(
        await twimlOf(await post(url('/next'), INBOUND)),
        '<Response><Message>Arrived at /next by POST</Message></Response>',
      );
    });

    test('/action names /after and /status; both record their callbacks for GET /status/log', async () => {
      assert.equal(
        await twimlOf(await post(url('/action'), INBOUND)),
        '<Response><Message action="/after" statusCallback="/status">Sent with an action</Message></Response>',
      );
      assert.equal((await post(url('/status'), { MessageSid: 'SM1', MessageStatus: 'sent' })).status, 200);
      assert.equal((await post(url('/after'), { MessageSid: 'SM1', MessageStatus: 'delivered' })).status, 200);
      const log = (await (await fetch(url('/status/log'))).json()) as unknown;
      assert.deepEqual(log, [
        { path: '/status', params: { MessageSid: 'SM1', MessageStatus: 'sent' } },
        { path: '/after', params: { MessageSid: 'SM1', MessageStatus: 'delivered' } },
      ]);
    });

    test('/eleven answers 11 messages, /loop redirects to itself, /lower uses a lower-case verb', async () => {
      const eleven = await twimlOf(await post(url('/eleven'), INBOUND));
      assert.equal(eleven.match(/<Message>Part \d+<\/Message>/g)?.length, 11);
      assert.match(eleven, /<Message>Part 11<\/Message><\/Response>$/);
      assert.equal(await twimlOf(await post(url('/loop'), INBOUND)), '<Response><Redirect>/loop</Redirect></Response>');
      assert.equal(
        await twimlOf(await post(url('/lower'), INBOUND)),
        '<Response><message>lower case</message></Response>',
      );
    });

    test('/moved answers HTTP 302 to /sms', async () => {
      const response = await post(url('/moved'), INBOUND);
      assert.equal(response.status, 302);
      assert.ok(
        new URL(response.headers.get('location') ?? '', url('/moved')).href === url('/sms'),
        `Location: ${response.headers.get('location')}`,
      );
    });

    test('/slow waits ?ms before answering; /boom is a 500', async () => {
      const started = Date.now();
      const slow = await twimlOf(await post(url('/slow?ms=300'), INBOUND));
      assert.ok(Date.now() - started >= 290, `answered after ${Date.now() - started} ms`);
      assert.equal(slow, '<Response><Message>Slow reply after 300 ms</Message></Response>');
      const boom = await post(url('/boom'), INBOUND);
      assert.equal(boom.status, 500);
      assert.equal(await boom.text(), 'Internal Server Error');
    });

    test('/signed: 403 without or with a wrong signature, 200 with the one twilio computes', async () => {
      const target = url('/signed?tenant=a%2Bb');
      const good = twilio.getExpectedTwilioSignature(TOKEN, target, INBOUND);
      const wrong = twilio.getExpectedTwilioSignature('another-token', target, INBOUND);
      assert.equal((await post(target, INBOUND)).status, 403);
      assert.equal((await post(target, INBOUND, { 'x-twilio-signature': wrong })).status, 403);
      // The same signature for other parameters is rejected too: the body is part of what is signed.
      assert.equal((await post(target, { ...INBOUND, Body: 'changed' }, { 'x-twilio-signature': good })).status, 403);
      assert.equal(
        await twimlOf(await post(target, INBOUND, { 'x-twilio-signature': good })),
        '<Response><Message>Signature OK</Message></Response>',
      );
      // GET: the parameters are in the signed URL and nothing else is signed.
      const query = `${url('/signed')}?${new URLSearchParams(INBOUND).toString()}`;
      const getSignature = twilio.getExpectedTwilioSignature(TOKEN, query, {});
      const signedGet = await fetch(query, { headers: { 'x-twilio-signature': getSignature } });
      assert.equal(await twimlOf(signedGet), '<Response><Message>Signature OK</Message></Response>');
    });
  });
}

test('startApp stops the app: its port refuses connections afterwards', async () => {
  const app = await startApp('express');
  assert.equal((await fetch(`${app.url}/next`)).status, 200);
  await app.stop();
  await assert.rejects(fetch(`${app.url}/next`));
});
