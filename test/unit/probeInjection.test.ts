/**
 * The TwiML injection probe (webhook/src/sim/probeInjection.ts): the reply's element scan, the
 * hostile bodies, the engine against apps written as functions, and `twiml-sim --probe-injection`
 * against our Flask and Express test apps, whose /echo-unsafe route must be found and /echo-safe
 * passed, while the marker URL of the injected <Redirect> is never requested.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { TWILIO_CATALOGUE, TWILIO_CODES } from '../../server/src/data/errorCodes';
import { runSim } from '../../webhook/src/sim/cli';
import {
  DEFAULT_MARKER_URL,
  hostileBodies,
  probeInjection,
  type ProbeReport,
  type ProbeVerdict,
} from '../../webhook/src/sim/probeInjection';
import { elementDifference, elementNames, openElementsAt } from '../../webhook/src/sim/replyShape';
import { fakeApp, twiml } from './helpers/fakeApp';
import { startApp, type AppKind, type RunningApp } from './helpers/conversationApps';
import { READER } from './helpers/reader';

const APP = 'http://127.0.0.1:5000/sms';
const TOKEN = 'probe-test-token';
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function probes(report: ProbeReport): ProbeVerdict[] {
  assert.ok(!('failure' in report), JSON.stringify(report));
  return report.probes;
}

describe('the reply scan', () => {
  test('elementNames lists start and empty tags in order, not comments, CDATA or a > in an attribute', () => {
    const text =
      '<?xml version="1.0"?><!-- <Say> --><Response><Message to="a>b">x<![CDATA[<Play>]]></Message><Redirect/></Response>';
    assert.deepEqual(elementNames(text), ['Response', 'Message', 'Redirect']);
  });

  test('openElementsAt finds the elements around the echo, and nothing when it sits in an attribute', () => {
    const nested = '<Response><Message><Body>You said: hello</Body></Message></Response>';
    assert.deepEqual(openElementsAt(nested, 'hello'), ['Response', 'Message', 'Body']);
    assert.equal(openElementsAt('<Response><Message to="hello">hi</Message></Response>', 'hello'), undefined);
    assert.equal(openElementsAt('<Response><Message>hi</Message></Response>', 'hello'), undefined);
  });

  test('elementDifference counts repeats: one more <Message> is one added', () => {
    assert.deepEqual(elementDifference(['Response', 'Message'], ['Response', 'Message', 'Redirect', 'Message']), {
      added: ['Redirect', 'Message'],
      removed: [],
    });
    assert.deepEqual(elementDifference(['Response', 'Message'], ['Response']), { added: [], removed: ['Message'] });
  });

  test('hostileBodies closes the whole chain around the echo and reopens it after the <Redirect>', () => {
    assert.deepEqual(hostileBodies(['Response', 'Message', 'Body'], 'https://m.invalid/x'), [
      'A & B',
      '1 < 2',
      '</Body>',
      '</Body></Message><Redirect>https://m.invalid/x</Redirect><Message><Body>',
    ]);
    assert.equal(hostileBodies(['Response'], 'M')[2], '</Message>', 'no echo: a <Message> is assumed');
  });
});

describe('the probe engine', () => {
  test('an app that echoes the Body raw: three replies break with 12100, the last gains a <Redirect> to the marker', async () => {
    const app = fakeApp((_r, params) => ({ body: twiml(`<Message>You said: ${params.get('Body')}</Message>`) }));
    const report = await probeInjection({ url: APP, reader: READER, transport: app.transport });
    const [amp, lt, close, redirect] = probes(report);
    for (const probe of [amp, lt, close]) {
      assert.equal(probe?.verdict, 'breaks', JSON.stringify(probe));
      assert.equal(probe?.code, TWILIO_CODES.documentParseFailure);
      assert.equal(probe?.title, TWILIO_CATALOGUE.documentParseFailure.title);
      assert.match(probe?.detail ?? '', new RegExp(`^${TWILIO_CATALOGUE.documentParseFailure.title}: .*line 1`));
    }
    assert.equal(redirect?.verdict, 'injected');
    assert.deepEqual(redirect?.added, ['Redirect', 'Message']);
    assert.equal(redirect?.redirectTo, DEFAULT_MARKER_URL);
    assert.equal('failure' in report ? undefined : report.vulnerable, true);
    assert.equal(app.seen.length, 5, 'hello and four hostile bodies; the <Redirect> is not followed');
  });

  test('an app that escapes the Body is safe on every body, which it echoes as text', async () => {
    const app = fakeApp((_r, params) => ({
      body: twiml(`<Message>You said: ${escapeXml(params.get('Body') ?? '')}</Message>`),
    }));
    const report = await probeInjection({ url: APP, reader: READER, transport: app.transport });
    assert.deepEqual(
      probes(report).map((p) => [p.verdict, p.echoed]),
      [
        ['safe', true],
        ['safe', true],
        ['safe', true],
        ['safe', true],
      ],
    );
    assert.equal('failure' in report ? undefined : report.vulnerable, false);
  });

  test('each message is its own signed conversation: no cookie carried, a new MessageSid, a valid signature', async () => {
    const app = fakeApp((_r, params) => ({
      headers: { 'content-type': 'text/xml', 'set-cookie': 'session=1; Path=/' },
      body: twiml(`<Message>${escapeXml(params.get('Body') ?? '')}</Message>`),
    }));
    await probeInjection({ url: APP, reader: READER, transport: app.transport, authToken: TOKEN });
    assert.ok(app.seen.every((request) => request.headers.cookie === undefined));
    const params = app.seen.map((request) => Object.fromEntries(new URLSearchParams(request.body)));
    assert.equal(new Set(params.map((p) => p.MessageSid)).size, app.seen.length);
    app.seen.forEach((request, i) => {
      assert.ok(twilio.validateRequest(TOKEN, request.headers['x-twilio-signature'] ?? '', request.url, params[i]!));
    });
  });

  test('a <Message><Body> reply is probed with the whole chain closed', async () => {
    const app = fakeApp((_r, params) => ({ body: twiml(`<Message><Body>${params.get('Body')}</Body></Message>`) }));
    const [, , close, redirect] = probes(await probeInjection({ url: APP, reader: READER, transport: app.transport }));
    assert.equal(close?.body, '</Body>');
    assert.equal(redirect?.verdict, 'injected');
    assert.deepEqual(redirect?.added, ['Redirect', 'Message', 'Body']);
  });

  test('an app that fails on one body breaks with the HTTP code (11200)', async () => {
    const app = fakeApp((_r, params) =>
      params.get('Body')?.includes('&') ? { status: 500, body: 'oops' } : { body: twiml('<Message>Thanks</Message>') },
    );
    const [amp, lt] = probes(await probeInjection({ url: APP, reader: READER, transport: app.transport }));
    assert.equal(amp?.verdict, 'breaks');
    assert.equal(amp?.code, TWILIO_CODES.httpRetrievalFailure);
    assert.equal(lt?.verdict, 'safe');
    assert.equal(lt?.echoed, false, 'a fixed reply does not echo');
  });

  test('an HTTP redirect to another host is refused: nothing leaves the app under test', async () => {
    const app = fakeApp(() => ({ status: 302, headers: { location: 'http://elsewhere.example/sms' } }));
    const report = await probeInjection({ url: APP, reader: READER, transport: app.transport });
    assert.ok('failure' in report);
    assert.match(report.failure.message, /the probe sends only to http:\/\/127\.0\.0\.1:5000/);
    assert.deepEqual(
      app.seen.map((r) => new URL(r.url).host),
      ['127.0.0.1:5000'],
    );
  });

  test('an app that is down, or whose benign reply already fails, cannot be probed', async () => {
    const down = fakeApp(() => ({ kind: 'error', reason: 'refused', message: 'ECONNREFUSED', ms: 1 }));
    const report = await probeInjection({ url: APP, reader: READER, transport: down.transport });
    assert.ok('failure' in report);
    assert.equal(report.failure.code, TWILIO_CODES.httpConnectionFailure);
    assert.equal(down.seen.length, 1);
    const broken = fakeApp(() => ({ body: '<Response><Message>a & b</Message></Response>' }));
    const again = await probeInjection({ url: APP, reader: READER, transport: broken.transport });
    assert.ok('failure' in again);
    assert.equal(again.failure.code, TWILIO_CODES.documentParseFailure);
  });
});

async function sim(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSim(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

/** A server that counts every request: the marker the injected <Redirect> names. */
async function startMarker(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.end('<Response><Message>marker fetched</Message></Response>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/marker`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('--probe-injection takes no messages of its own; --json prints the report', async () => {
  const clash = await sim(['http://127.0.0.1:1/sms', '--probe-injection', '--send', 'hi']);
  assert.equal(clash.code, 2);
  assert.match(clash.err, /--probe-injection sends its own messages: leave out --send/);
  const down = await sim(['http://127.0.0.1:1/sms', '--probe-injection', '--json', '--timeout', '2']);
  assert.equal(down.code, 2, 'an app that does not answer cannot be probed');
  const json = JSON.parse(down.out) as { url: string; failure: { code: number } };
  assert.equal(json.failure.code, TWILIO_CODES.httpConnectionFailure);
});

for (const kind of ['flask', 'express'] as AppKind[]) {
  describe(`--probe-injection against the ${kind} app`, () => {
    let app: RunningApp | undefined;
    const url = (path: string): string => {
      assert.ok(app, `the ${kind} app did not start`);
      return app.url + path;
    };
    before(async () => {
      app = await startApp(kind);
    });
    after(async () => {
      await app?.stop();
    });

    test('/echo-unsafe is vulnerable: exit 1, a 12100 and the <Redirect> the texter added', async () => {
      const run = await sim([url('/echo-unsafe'), '--probe-injection'], { TWILIO_AUTH_TOKEN: TOKEN });
      assert.equal(run.code, 1, run.out + run.err);
      assert.match(
        run.out,
        new RegExp(`breaks {4}"A & B"\\n {12}12100 ${TWILIO_CATALOGUE.documentParseFailure.title}`),
      );
      assert.match(
        run.out,
        /injected {2}"<\/Message><Redirect>.*\n {12}the texter added <Redirect> to https:\/\/injection-probe\.invalid\/twiml-sim, <Message>/,
      );
      assert.match(run.out, /^Vulnerable: /m);
    });

    test('/echo-safe passes: exit 0, every body echoed as text', async () => {
      const run = await sim([url('/echo-safe'), '--probe-injection'], { TWILIO_AUTH_TOKEN: TOKEN });
      assert.equal(run.code, 0, run.out + run.err);
      assert.equal(run.out.match(/ {2}safe {6}.*\(echoed as text\)/g)?.length, 4, run.out);
      assert.match(run.out, /^Safe: /m);
    });

    test('the marker URL of the injected <Redirect> is never requested', async () => {
      const marker = await startMarker();
      try {
        const report = await probeInjection({ url: url('/echo-unsafe'), reader: READER, markerUrl: marker.url });
        const injected = probes(report).find((p) => p.verdict === 'injected');
        assert.equal(injected?.redirectTo, marker.url, 'the app did take the <Redirect>');
        assert.equal(marker.hits(), 0);
      } finally {
        await marker.close();
      }
    });
  });
}
