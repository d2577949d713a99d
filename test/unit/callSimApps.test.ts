/**
 * `twiml-sim --call` end to end: the real CLI, the real call engine and our IVR apps (Flask and
 * Express) as child processes. What a user runs in a terminal: a call through two menu levels, the
 * voicemail after an unanswered <Dial>, --json, a crashing route, and a call saved as a scenario
 * that replays.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSim } from '../../webhook/src/sim/cli';
import type { CallTurn } from '../../webhook/src/conversation/types';
import { IVR_APPS, startApp, type RunningApp } from './helpers/conversationApps';

const TOKEN = 'sim-call-token-not-hex';

async function sim(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSim(argv, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { TWILIO_AUTH_TOKEN: TOKEN },
  });
  return { code, out, err };
}

for (const kind of IVR_APPS) {
  describe(`twiml-sim --call against ${kind}`, () => {
    let app: RunningApp;
    before(async () => {
      app = await startApp(kind, { TWILIO_AUTH_TOKEN: TOKEN });
    });
    after(() => app.stop());

    test('two menu levels read as a call script, signed, exit 0', async () => {
      const run = await sim([`${app.url}/signed`, '--call', '--press', '1', '--press', '1']);
      assert.equal(run.code, 0, run.out + run.err);
      const lines = run.out.split('\n');
      const script = lines.filter((line) => /^(Twilio|Gather|Call ended)/.test(line));
      assert.match(script[0], /^Twilio: "Welcome to the test line/);
      assert.ok(
        script.some((line) => /^Gather \(numDigits 1\) → You pressed 1 → POST \/menu$/.test(line)),
        run.out,
      );
      assert.ok(script.some((line) => /^Gather \(numDigits 1\) → You pressed 1 → POST \/sales-choice$/.test(line)));
      assert.ok(
        script.some((line) => line === 'Twilio: "An agent will call you" (Say)'),
        run.out,
      );
      assert.match(run.out, /Call ended after \d+ s: Hung up by <Hangup>\./);
      assert.ok(!run.out.includes(TOKEN));
    });

    test('a <Dial> nobody answers leads to the voicemail; --json gives the turns with their voice items', async () => {
      const run = await sim([`${app.url}/voice`, '--call', '--press', '3', '--json', '--record-seconds', '6']);
      assert.equal(run.code, 0, run.err);
      const { turns } = JSON.parse(run.out) as { turns: CallTurn[] };
      assert.deepEqual(
        turns.map((turn) => turn.waiting?.verb ?? (turn.ended ? 'ended' : '?')),
        ['Gather', 'Dial', 'Record', 'ended'],
      );
      assert.deepEqual(turns[2].answer, { kind: 'dial', status: 'no-answer' });
      assert.equal(new URLSearchParams(turns[2].requests[0].requestBody).get('DialCallStatus'), 'no-answer');
      assert.ok(
        turns[2].voice.some((item) => item.verb === 'Say' && /Nobody answered \(no-answer\)/.test(item.text ?? '')),
      );
      assert.ok(turns[3].voice.some((item) => item.verb === 'Say' && /6 second message/.test(item.text ?? '')));
      assert.deepEqual(turns[3].replies, []);
    });

    test('a route that crashes: 11200 in the script, exit 1', async () => {
      const run = await sim([`${app.url}/voice`, '--call', '--press', '9']);
      assert.equal(run.code, 1);
      assert.match(run.out, /error 11200: HTTP retrieval failure: your app answered 500/);
      assert.match(run.out, /An application error has occurred/);
    });

    test('--save writes the call as a scenario that --scenario replays and passes', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-call-'));
      const file = path.join(dir, 'call.yaml');
      try {
        const saved = await sim([
          `${app.url}/voice`,
          '--call',
          '--press',
          '2',
          '--record-seconds',
          '4',
          '--save',
          file,
        ]);
        assert.equal(saved.code, 0, saved.out + saved.err);
        const replay = await sim(['--scenario', file, app.url + '/voice']);
        assert.equal(replay.code, 0, replay.out + replay.err);
        // The same file against a route that answers differently fails.
        const other = await sim(['--scenario', file, `${app.url}/speech`]);
        assert.equal(other.code, 1, other.out);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
