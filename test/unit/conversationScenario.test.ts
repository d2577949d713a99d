/**
 * `twiml-sim --scenario` and `--save` end to end: the real conversation engine against our own
 * Flask and Express apps (test/fixtures/conversation-apps). A three-text conversation whose replies
 * depend on the cookie passes its scenario; a wrong expectation fails with expected against actual;
 * a saved transcript replays as a passing scenario; the signed route accepts the engine's signature.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSim } from '../../webhook/src/sim/cli';
import { startApp, type AppKind } from './helpers/conversationApps';

const TOKEN = '0123456789abcdef0123456789abcdef';

async function sim(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSim(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

function tempFile(name: string, text?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-scenario-')), name);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
}

const COUNTER = (url: string, third = 'Message 3') => `url: ${url}
turns:
  - send: hi
    expect:
      replies: [{ body: Message 1 }]
      noProblems: true
  - send: again
    expect:
      replies: [{ body: Message 2 }]
  - send: bye
    expect:
      replies: [{ body: ${third} }]
`;

for (const kind of ['flask', 'express'] as AppKind[]) {
  test(`${kind}: a scenario of three texts whose replies follow the cookie passes; a wrong one fails`, async () => {
    const app = await startApp(kind, { TWILIO_AUTH_TOKEN: TOKEN });
    try {
      const url = new URL('/sms', app.url).toString();
      const passing = await sim(['--scenario', tempFile('counter.yaml', COUNTER(url))], { TWILIO_AUTH_TOKEN: TOKEN });
      assert.equal(passing.code, 0, passing.out + passing.err);
      assert.match(passing.out, /scenario passed/);
      assert.match(passing.out, /Message 3/);

      const failing = await sim(['--scenario', tempFile('counter.yaml', COUNTER(url, 'Message 9'))], {
        TWILIO_AUTH_TOKEN: TOKEN,
      });
      assert.equal(failing.code, 1);
      assert.match(failing.out, /expected "Message 9", got "Message 3"|expected Message 9, got Message 3/);

      // --json: the turns and the verdict.
      const json = await sim(['--json', '--scenario', tempFile('counter.yaml', COUNTER(url))], {
        TWILIO_AUTH_TOKEN: TOKEN,
      });
      const parsed = JSON.parse(json.out) as {
        turns: Array<{ replies: Array<{ body: string }> }>;
        scenario: { passed: boolean };
      };
      assert.deepEqual(
        parsed.turns.map((turn) => turn.replies.map((reply) => reply.body)),
        [['Message 1'], ['Message 2'], ['Message 3']],
      );
      assert.equal(parsed.scenario.passed, true);

      // The signed route accepts what the engine signs.
      const signed = await sim([new URL('/signed', app.url).toString(), '--send', 'hi'], { TWILIO_AUTH_TOKEN: TOKEN });
      assert.equal(signed.code, 0, signed.out + signed.err);
    } finally {
      await app.stop();
    }
  });
}

test('flask: --save writes the conversation as a scenario that replays and passes; a relative GET <Redirect> is followed', async () => {
  const app = await startApp('flask', { TWILIO_AUTH_TOKEN: TOKEN });
  try {
    const saved = tempFile('transcript.yaml');
    const url = new URL('/redirect-relative', app.url).toString();
    const held = await sim([url, '--send', 'one', '--send', 'two', '--save', saved], { TWILIO_AUTH_TOKEN: TOKEN });
    assert.equal(held.code, 0, held.out + held.err);
    assert.match(held.out, /Arrived at \/next by GET/);
    const text = fs.readFileSync(saved, 'utf8');
    assert.match(text, /send: one/);
    const replay = await sim(['--scenario', saved], { TWILIO_AUTH_TOKEN: TOKEN });
    assert.equal(replay.code, 0, replay.out + replay.err);
    assert.match(replay.out, /scenario passed/);

    // One AccountSid for the whole conversation, the one given.
    const sid = 'AC' + 'ab'.repeat(16);
    const json = await sim(
      [new URL('/sms', app.url).toString(), '--json', '--account-sid', sid, '--send', 'a', '--send', 'b'],
      { TWILIO_AUTH_TOKEN: TOKEN },
    );
    const turns = (JSON.parse(json.out) as { turns: Array<{ input: Record<string, string> }> }).turns;
    assert.deepEqual(
      turns.map((turn) => turn.input.AccountSid),
      [sid, sid],
    );
    assert.notEqual(turns[0].input.MessageSid, turns[1].input.MessageSid);
    assert.equal((await sim([app.url, '--account-sid', 'AC12'])).code, 2);
  } finally {
    await app.stop();
  }
});

test('bad usage: --scenario with --send, a missing file, a file that is not a scenario', async () => {
  assert.equal((await sim(['--scenario', 'x.yaml', '--send', 'hi'])).code, 2);
  const missing = await sim(['--scenario', path.join(os.tmpdir(), 'no-such-scenario.yaml')]);
  assert.equal(missing.code, 2);
  const bad = await sim(['--scenario', tempFile('bad.yaml', 'url: http://127.0.0.1:1/sms\nturns:\n  - sned: hi\n')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /bad\.yaml:3:/);
});
