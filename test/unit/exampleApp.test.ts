/**
 * The example app `npm start` runs (examples/code/flask_app.py, the one the README sends users to
 * edit) answers every route, the Jinja /menu included, on the port it is given.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { Call } from '../../webhook/src/conversation/call';
import { flaskUnavailable, SYSTEM_PYTHON } from './helpers/conversationApps';
import { READER } from './helpers/reader';

const PYTHON = SYSTEM_PYTHON;
const APP = path.join(repoRoot(), 'examples', 'code', 'flask_app.py');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function post(url: string, form: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(form) });
  return { status: response.status, text: await response.text() };
}

test('examples/code/flask_app.py answers /sms, the Jinja /menu, the SDK /robots and a call to /voice', async () => {
  // Fails, not skips, on a machine without python3-flask: a skipped test would pass by testing nothing.
  assert.equal(flaskUnavailable(), undefined);
  const port = await freePort();
  const child = spawn(PYTHON, [APP], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const started = Date.now();
    for (;;) {
      const up = await fetch(`${origin}/sms`).then(
        () => true,
        () => false,
      );
      if (up) break;
      assert.ok(Date.now() - started < 20_000, 'the example app did not start within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sms = await post(`${origin}/sms`, { Body: 'hi', From: '+14155550100' });
    assert.equal(sms.status, 200);
    assert.match(sms.text, /You said: hi/);
    const menu = await post(`${origin}/menu`, { From: '+14155550100' });
    assert.equal(menu.status, 200, 'the template is found (no TemplateNotFound)');
    assert.match(menu.text, /<Message to="\+14155550100">Today: pizza<\/Message>/);
    const robots = await post(`${origin}/robots`, {});
    assert.match(robots.text, /<Redirect>\/sms<\/Redirect>/);
    // The call the module docstring suggests: press 2, leave a message, hear it acknowledged.
    const call = new Call({ reader: READER, url: `${origin}/voice` });
    const menu1 = await call.start();
    assert.equal(menu1.waiting?.verb, 'Gather');
    assert.equal((await call.answer({ kind: 'digits', digits: '2' })).waiting?.verb, 'Record');
    const thanks = await call.answer({ kind: 'record', seconds: 8, digits: '#' });
    assert.deepEqual(
      thanks.voice.map((item) => item.text ?? item.verb),
      ['Thanks, we got your 8 second message. Goodbye.', 'Hangup'],
    );
    assert.deepEqual(
      [menu1, thanks].flatMap((turn) => turn.problems),
      [],
    );
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }
});

test('examples/code/express_app.js runs with the dependencies of npm ci and answers /sms', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot(), 'examples', 'code', 'express_app.js')], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port) },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const started = Date.now();
    for (;;) {
      const up = await fetch(`${origin}/sms`).then(
        () => true,
        () => false,
      );
      if (up) break;
      assert.ok(child.exitCode === null, 'the Express example exited (is express installed?)');
      assert.ok(Date.now() - started < 20_000, 'the Express example did not start within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sms = await post(`${origin}/sms`, { Body: 'hi', ProfileName: 'Ada' });
    assert.equal(sms.status, 200);
    assert.match(sms.text, /<Message>Hi Ada! You said: hi<\/Message>/);
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }
});
