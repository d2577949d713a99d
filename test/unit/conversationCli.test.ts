/** `twiml-sim URL --send ... --send ...` end to end against a real local HTTP app. */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { runSim } from '../../webhook/src/sim/cli';

const TOKEN = 'cli-test-token';

/** A tiny app: counts messages in a cookie, answers with the count; validates the signature. */
async function startApp(): Promise<{ url: string; close: () => Promise<void>; signaturesOk: boolean[] }> {
  const signaturesOk: boolean[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${req.url}`;
      const params = Object.fromEntries(new URLSearchParams(body));
      signaturesOk.push(twilio.validateRequest(TOKEN, String(req.headers['x-twilio-signature']), url, params));
      const count = Number(/n=(\d+)/.exec(req.headers.cookie ?? '')?.[1] ?? '0') + 1;
      res.writeHead(200, { 'Content-Type': 'text/xml', 'Set-Cookie': `n=${count}; Path=/; HttpOnly` });
      const text = count === 1 ? 'Welcome! What is your name?' : `Message ${count}: you said ${params.Body}`;
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>${text}</Message></Response>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    signaturesOk,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function sim(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSim(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

test('three --send make one conversation; the replies follow the cookie', async () => {
  const app = await startApp();
  try {
    const run = await sim([app.url, '--send', 'hi', '--send', 'Ada', '--send', 'bye'], { TWILIO_AUTH_TOKEN: TOKEN });
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /You: hi\nApp: Welcome! What is your name\?\n {5}\(1 segment, GSM-7\)/);
    assert.match(run.out, /You: Ada\nApp: Message 2: you said Ada/);
    assert.match(run.out, /You: bye\nApp: Message 3: you said bye/);
    assert.match(run.out, /POST http:\/\/127\.0\.0\.1:\d+\/sms 200 \d+ ms inbound/);
    assert.equal(run.err, '', 'signed: no unsigned notice');
    assert.deepEqual(app.signaturesOk, [true, true, true]);
    assert.ok(!run.out.includes(TOKEN));
  } finally {
    await app.close();
  }
});

test('--json prints { turns: [Turn, ...] } and --verbose never shows the token', async () => {
  const app = await startApp();
  try {
    const run = await sim(
      [app.url, '--media', 'https://example.com/cat.gif', '--send', 'one', '--send', 'two', '--json'],
      {
        TWILIO_AUTH_TOKEN: TOKEN,
      },
    );
    assert.equal(run.code, 0);
    const parsed = JSON.parse(run.out) as { turns: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(parsed), ['turns']);
    assert.equal(parsed.turns.length, 2);
    const [first, second] = parsed.turns as Array<{
      input: Record<string, string>;
      replies: Array<{ body: string }>;
      requests: Array<{ why: string; status: number }>;
      problems: unknown[];
    }>;
    assert.deepEqual(Object.keys(first).sort(), ['input', 'problems', 'replies', 'requests']);
    assert.equal(first.input.NumMedia, '1');
    assert.equal(first.input.MediaUrl0, 'https://example.com/cat.gif');
    assert.equal(second.input.NumMedia, '0');
    assert.equal(second.replies[0].body, 'Message 2: you said two');
    assert.equal(second.requests[0].status, 200);
    const verbose = await sim([app.url, '--send', 'x', '--verbose'], { TWILIO_AUTH_TOKEN: TOKEN });
    assert.match(verbose.out, /> x-twilio-signature: /);
    assert.ok(!verbose.out.includes(TOKEN));
  } finally {
    await app.close();
  }
});

test('unsigned notice, a down app exits 1, bad usage exits 2', async () => {
  const app = await startApp();
  const url = app.url;
  try {
    const unsigned = await sim([url, '--send', 'hi']);
    assert.equal(unsigned.code, 0);
    assert.match(unsigned.err, /TWILIO_AUTH_TOKEN is not set/);
    assert.deepEqual(app.signaturesOk, [false]);
  } finally {
    await app.close();
  }
  const down = await sim([url, '--send', 'a', '--send', 'b']);
  assert.equal(down.code, 1);
  assert.match(down.out, /not reachable.*connection was refused/);
  assert.equal((await sim([url, '--media', 'https://example.com/a.png'])).code, 2);
  assert.equal((await sim([url, '--channel', 'fax'])).code, 2);
  assert.equal((await sim([url, '--public-url', 'https://x.ngrok.app/sms', '--send', 'a', '--send', 'b'])).code, 2);
});
