/**
 * `twiml-sim --call` without a network: its arguments and their checks, the call script printed
 * from hand-made turns, `--json`, and call scenarios (parse, check, run, --save and replay), with a
 * fake call standing in for the engine through `SimIo.makeCall`.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CallAnswer, CallOptions, CallTurn, CallWait, RequestRecord } from '../../webhook/src/conversation/types';
import { parseSimArgs, type SimOptions } from '../../webhook/src/sim/args';
import {
  callTranscriptToScenario,
  checkCallTurn,
  isCallScenario,
  parseAnyScenario,
  runCallScenario,
  type CallScenario,
} from '../../webhook/src/sim/callScenario';
import type { CallLike } from '../../webhook/src/sim/callScript';
import { runSim } from '../../webhook/src/sim/cli';
import { formatCall } from '../../webhook/src/sim/formatCall';
import { ScenarioError } from '../../webhook/src/sim/scenario';

const APP = 'http://127.0.0.1:5000';
const TOKEN = 'call-test-token-0123456789abcdef';

function request(pathname: string, why: RequestRecord['why'] = 'inbound', body = `AuthToken=${TOKEN}`): RequestRecord {
  return { method: 'POST', url: `${APP}${pathname}`, status: 200, ms: 4, why, requestBody: body };
}

const gatherWait: CallWait = {
  verb: 'Gather',
  accepts: ['digits', 'speech', 'silence', 'hangup'],
  attributes: { numDigits: '1', timeout: '5', action: '/menu' },
};
const dialWait: CallWait = {
  verb: 'Dial',
  accepts: ['dial', 'hangup'],
  attributes: { timeout: '20', action: '/dial-done' },
};
const recordWait: CallWait = {
  verb: 'Record',
  accepts: ['record', 'hangup'],
  attributes: { maxLength: '30', action: '/recorded' },
};

/** An IVR's call: a menu, a Dial nobody answers, a voicemail, a goodbye. */
function ivrTurns(): CallTurn[] {
  const base = { replies: [], problems: [] };
  return [
    {
      ...base,
      input: { From: '+14155550100', To: '+14155550199', CallSid: 'CA1' },
      requests: [request('/voice')],
      voice: [
        { verb: 'Play', attributes: { loop: '2' }, url: 'https://example.com/music.mp3' },
        { verb: 'Pause', attributes: { length: '2' } },
        {
          verb: 'Gather',
          attributes: gatherWait.attributes,
          nested: [
            { verb: 'Say', attributes: { voice: 'alice', language: 'en-US' }, text: 'Welcome. For sales press 1.' },
          ],
        },
      ],
      waiting: gatherWait,
    },
    {
      ...base,
      input: { Digits: '1' },
      answer: { kind: 'digits', digits: '1' },
      requests: [request('/menu')],
      voice: [
        { verb: 'Say', attributes: {}, text: 'Connecting you to sales.' },
        {
          verb: 'Dial',
          attributes: dialWait.attributes,
          nested: [{ verb: 'Number', attributes: {}, url: '+14155550111' }],
        },
      ],
      waiting: dialWait,
    },
    {
      ...base,
      input: { DialCallStatus: 'no-answer' },
      answer: { kind: 'dial', status: 'no-answer' },
      requests: [request('/dial-done')],
      voice: [
        { verb: 'Say', attributes: {}, text: 'Nobody is free. Leave a message.' },
        { verb: 'Enqueue', attributes: {}, notSimulated: true, outcome: 'the caller would wait in queue support' },
        { verb: 'Record', attributes: recordWait.attributes },
      ],
      waiting: recordWait,
    },
    {
      ...base,
      input: { RecordingDuration: '5' },
      answer: { kind: 'record', seconds: 5 },
      requests: [request('/recorded'), request('/status', 'status-callback', 'CallStatus=completed&CallDuration=47')],
      voice: [
        { verb: 'Say', attributes: {}, text: 'Goodbye.' },
        { verb: 'Hangup', attributes: {} },
      ],
      problems: [{ code: 13520, message: 'Say: text too long', severity: 'warning' }],
      ended: { reason: 'the app hung up', durationSeconds: 47, statusCallback: 'completed' },
    },
  ];
}

/** Replays hand-made turns as a call, recording the answers and options it was given. */
class FakeCall implements CallLike {
  readonly answers: CallAnswer[] = [];
  private index = 0;
  constructor(
    readonly options: Omit<CallOptions, 'reader'>,
    private readonly turns: CallTurn[],
  ) {}
  get ended(): boolean {
    return this.turns[this.index]?.ended !== undefined;
  }
  get waiting(): CallWait | undefined {
    return this.turns[this.index]?.waiting;
  }
  start(): Promise<CallTurn> {
    return Promise.resolve(structuredClone(this.turns[0]));
  }
  answer(answer: CallAnswer): Promise<CallTurn> {
    this.answers.push(answer);
    this.index++;
    const turn = this.turns[this.index] ?? { ...this.turns[0], ended: { reason: 'hung up', durationSeconds: 1 } };
    return Promise.resolve({ ...structuredClone(turn), answer });
  }
}

async function sim(
  argv: string[],
  turns = ivrTurns(),
): Promise<{ code: number; out: string; err: string; calls: FakeCall[] }> {
  let out = '';
  let err = '';
  const calls: FakeCall[] = [];
  const makeCall = (options: CallOptions): CallLike => {
    const call = new FakeCall(options, turns);
    calls.push(call);
    return call;
  };
  const env = { TWILIO_AUTH_TOKEN: TOKEN };
  const code = await runSim(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env, makeCall });
  return { code, out, err, calls };
}

function usageError(argv: string[]): string {
  const parsed = parseSimArgs(argv);
  assert.ok('error' in parsed, `expected a usage error for ${argv.join(' ')}`);
  return parsed.error;
}

test('--call arguments: answers in command-line order, checked values, call-only and message-only flags', () => {
  const parsed = parseSimArgs([
    `${APP}/voice`,
    '--call',
    '--press',
    '1',
    '--speak',
    'billing',
    '--press=*9#w',
    '--dial-status',
    'busy',
    '--record-seconds',
    '0',
    '--status-callback',
    `${APP}/status`,
  ]) as SimOptions;
  assert.ok(!('error' in parsed));
  assert.equal(parsed.call, true);
  assert.deepEqual(parsed.gather, [
    { kind: 'digits', digits: '1' },
    { kind: 'speech', text: 'billing' },
    { kind: 'digits', digits: '*9#w' },
  ]);
  assert.deepEqual(parsed.dials, ['busy']);
  assert.equal(parsed.recordSeconds, 0);
  assert.equal(parsed.statusCallback, `${APP}/status`);
  assert.equal((parseSimArgs([`${APP}/voice`, '--call', '--no-input']) as SimOptions).noInput, true);

  assert.match(usageError([APP, '--call', '--press', '12a']), /--press takes keypad digits/);
  assert.match(
    usageError([APP, '--call', '--dial-status', 'answered']),
    /--dial-status must be one of completed, busy/,
  );
  assert.match(usageError([APP, '--call', '--record-seconds', '14401']), /0 to 14400/);
  assert.match(usageError([APP, '--call', '--record-seconds', '-1']), /0 to 14400/);
  assert.match(usageError([APP, '--call', '--status-callback', 'ftp://x']), /http\(s\) URL/);
  assert.match(usageError([APP, '--call', '--no-input', '--press', '1']), /silent caller/);
  for (const flag of [
    ['--press', '1'],
    ['--speak', 'hi'],
    ['--dial-status', 'busy'],
    ['--record-seconds', '3'],
    ['--no-input'],
    ['--status-callback', `${APP}/s`],
  ]) {
    assert.match(usageError([APP, ...flag]), new RegExp(`${flag[0]} answers a call: add --call`));
  }
  for (const flag of [
    ['--send', 'hi'],
    ['--media', 'https://example.com/a.png'],
    ['--channel', 'sms'],
    ['--public-url', 'https://x.ngrok.app/v'],
  ]) {
    assert.match(usageError([APP, '--call', ...flag]), /does not apply to a call/);
  }
  assert.match(usageError(['--scenario', 'call.yaml', '--call']), /leave out --call/);
});

test('the call reads as a script: heard, waits with answers and requests, the end; logs and problems per turn', () => {
  const text = formatCall(ivrTurns());
  const lines = text.split('\n');
  assert.equal(lines[0], `── Call +14155550100 → +14155550199 (POST ${APP}/voice) ──`);
  assert.ok(lines.includes('Twilio: ♪ https://example.com/music.mp3 (Play ×2)'), text);
  assert.ok(lines.includes('Twilio: … 2 s pause'), text);
  assert.ok(lines.includes('Twilio: "Welcome. For sales press 1." (Say, voice alice, en-US)'), text);
  assert.ok(lines.includes('Gather (numDigits 1, timeout 5 s) → You pressed 1 → POST /menu'), text);
  assert.ok(lines.includes('Dial +14155550111 (timeout 20 s) → no-answer → POST /dial-done'), text);
  assert.ok(lines.includes('Enqueue (not simulated: the caller would wait in queue support)'), text);
  assert.ok(lines.includes('Record (max 30 s) → You left a message of 5 s → POST /recorded'), text);
  assert.ok(lines.includes('Twilio hangs up.'), text);
  assert.ok(lines.includes('Call ended after 47 s: the app hung up (status callback: completed).'), text);
  assert.ok(lines.includes(`  POST ${APP}/menu 200 4 ms inbound`), text);
  assert.ok(lines.includes(`  POST ${APP}/status 200 4 ms status-callback`), text);
  assert.ok(lines.includes('warning 13520: Say: text too long'), text);
  // The prompt is heard before the Gather that plays it listens.
  assert.ok(text.indexOf('Welcome.') < text.indexOf('Gather ('));
  assert.match(formatCall(ivrTurns(), { verbose: true }), /> AuthToken=/);
  // A silent caller, then a hang-up.
  const silent = ivrTurns().slice(0, 2);
  silent[1] = {
    ...silent[1],
    answer: { kind: 'silence' },
    voice: [],
    waiting: undefined,
    ended: { reason: 'hung up', durationSeconds: 6 },
  };
  assert.match(
    formatCall(silent),
    /Gather \(numDigits 1, timeout 5 s\) → You say nothing \(timed out after 5 s\) → POST \/menu/,
  );
});

test('--call prints the script, answers from the command line, exits 1 on an error problem; --json is { turns }', async () => {
  const run = await sim([`${APP}/voice`, '--call', '--press', '1', '--status-callback', `${APP}/status`]);
  assert.equal(run.code, 0, run.out + run.err);
  assert.match(run.out, /You pressed 1 → POST \/menu/);
  assert.equal(run.calls[0].options.authToken, TOKEN);
  assert.equal(run.calls[0].options.statusCallback, `${APP}/status`);
  assert.deepEqual(run.calls[0].answers, [
    { kind: 'digits', digits: '1' },
    { kind: 'dial', status: 'no-answer' },
    { kind: 'record', seconds: 5 },
  ]);
  assert.ok(!run.out.includes(TOKEN), 'the token is redacted');

  const json = await sim([`${APP}/voice`, '--call', '--json', '--verbose', '--press', '1', '--record-seconds', '9']);
  const parsed = JSON.parse(json.out) as { turns: CallTurn[] };
  assert.deepEqual(Object.keys(parsed), ['turns']);
  assert.equal(parsed.turns.length, 4);
  assert.deepEqual(parsed.turns[3].answer, { kind: 'record', seconds: 9 });
  assert.deepEqual(Object.keys(parsed.turns[0]).sort(), [
    'input',
    'problems',
    'replies',
    'requests',
    'voice',
    'waiting',
  ]);
  assert.deepEqual(parsed.turns[3].ended, {
    reason: 'the app hung up',
    durationSeconds: 47,
    statusCallback: 'completed',
  });
  assert.ok(!json.out.includes(TOKEN));

  const failing = ivrTurns();
  failing[1].problems.push({ code: 11200, message: 'HTTP retrieval failure', severity: 'error' });
  assert.equal((await sim([`${APP}/voice`, '--call', '--press', '1'], failing)).code, 1);
  assert.equal((await sim([`${APP}/voice`, '--press', '1'])).code, 2);
});

test('an engine that rejects is reported, exit 1', async () => {
  let err = '';
  const code = await runSim([`${APP}/voice`, '--call'], {
    out: () => undefined,
    err: (t) => (err += t),
    env: {},
    makeCall: () => ({
      ended: false,
      start: () => Promise.reject(new Error('not implemented yet')),
      answer: () => Promise.reject(new Error('x')),
    }),
  });
  assert.equal(code, 1);
  assert.match(err, /the call failed: not implemented yet/);
});

const CALL_SCENARIO = `url: ${APP}/voice
call: true
turns:
  - call: true
    expect:
      hears: { contains: For sales press 1 }
      waits: Gather
  - press: 1
    expect: { hears: { matches: "^Connecting" }, waits: Dial, noProblems: true }
  - dial: no-answer
    expect: { waits: Record }
  - record: 5
    expect: { ended: true, problem: 13520 }
`;

test('call scenarios: parsed, checked, run against a call; a messaging file stays a messaging scenario', async () => {
  const scenario = parseAnyScenario(CALL_SCENARIO, 'ivr.yaml');
  assert.ok(isCallScenario(scenario));
  assert.equal(scenario.turns.length, 4);
  assert.equal(scenario.turns[0].answer, undefined);
  assert.deepEqual(scenario.turns[1].answer, { kind: 'digits', digits: '1' });
  assert.equal(scenario.turns[3].line, 12);
  const result = await runCallScenario(scenario, (options) => new FakeCall(options, ivrTurns()));
  assert.equal(result.passed, true, JSON.stringify(result.turns.map((t) => t.failures)));
  assert.deepEqual(
    result.turns.map((t) => t.send),
    ['call', 'press 1', 'dial no-answer', 'record 5 s'],
  );

  const messages = parseAnyScenario(`url: ${APP}/sms\nturns:\n  - send: hi\n`, 'chat.yaml');
  assert.ok(!isCallScenario(messages));
  assert.equal(messages.turns[0].send, 'hi');
  assert.ok(isCallScenario(parseAnyScenario(`url: ${APP}/v\nmode: call\nturns:\n  - call: true\n`, 'm.yaml')));

  const bad = (text: string): ScenarioError => {
    try {
      parseAnyScenario(`url: ${APP}/voice\ncall: true\nturns:\n${text}`, 'bad.yaml');
    } catch (error) {
      assert.ok(error instanceof ScenarioError);
      return error;
    }
    assert.fail(`accepted: ${text}`);
  };
  assert.match(bad('  - press: "1"\n').message, /bad\.yaml:4: turn 1: the first turn is the call itself/);
  assert.match(bad('  - call: true\n  - call: true\n').message, /bad\.yaml:5: turn 2: `call` is the first turn only/);
  assert.match(bad('  - call: true\n  - press: 1\n    speak: hi\n').message, /exactly one of/);
  assert.match(bad('  - call: true\n  - dial: answered\n').message, /bad\.yaml:5: .*`dial` must be one of/);
  assert.match(bad('  - call: true\n  - press: 1x\n').message, /keypad digits/);
  assert.match(
    bad('  - call: true\n    expect: { waits: Play }\n').message,
    /`waits` must be one of Gather, Record, Dial/,
  );
  assert.match(bad('  - call: true\n    expect: { hear: {} }\n').message, /unknown key `hear`/);
});

test('call expectations fail with expected against actual; steps after the end fail', async () => {
  const [first, , , last] = ivrTurns();
  assert.deepEqual(
    checkCallTurn({ hears: { text: 'Hello' }, waits: 'Record', ended: true, noProblems: true }, first).map(
      (f) => f.message,
    ),
    [
      'hears: expected "Hello", got "Welcome. For sales press 1."',
      'waits: expected a wait on <Record>, got a wait on <Gather>',
      'ended: expected the call to have ended, got a wait on <Gather>',
    ],
  );
  assert.deepEqual(
    checkCallTurn({ problem: 11200, ended: false }, last).map((f) => f.check),
    ['ended', 'problem'],
  );
  const tooLong = parseAnyScenario(`${CALL_SCENARIO}  - hangup: true\n`, 'long.yaml') as CallScenario;
  const result = await runCallScenario(tooLong, (options) => new FakeCall(options, ivrTurns()));
  assert.equal(result.passed, false);
  assert.match(result.turns[4].failures[0].message, /expected a call that waits, got the end of the call/);
});

test('--save writes a call scenario that replays and passes; a changed app fails it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-call-'));
  const file = path.join(dir, 'ivr.yaml');
  const held = await sim([
    `${APP}/voice`,
    '--call',
    '--press',
    '1',
    '--status-callback',
    `${APP}/status`,
    '--save',
    file,
  ]);
  assert.equal(held.code, 0, held.err);
  assert.match(held.err, /saved the call to/);
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, /^call: true$/m);
  assert.match(text, /- call: true/);
  assert.match(text, /- press: "1"/);
  assert.match(text, /- dial: no-answer/);
  assert.match(text, /- record: 5/);
  assert.match(text, /waits: Gather/);
  assert.match(text, /ended: true/);
  assert.match(text, /statusCallback: /);
  assert.equal(callTranscriptToScenario(ivrTurns(), { url: `${APP}/voice` }).includes('problem: 13520'), true);

  const replay = await sim(['--scenario', file]);
  assert.equal(replay.code, 0, replay.out + replay.err);
  assert.match(replay.out, /You pressed 1/);
  assert.match(replay.out, /ok {3}turn 2 \(.*ivr\.yaml:\d+\) press 1/);
  assert.match(replay.out, /scenario passed/);
  assert.equal(replay.calls[0].options.statusCallback, `${APP}/status`);

  const changed = ivrTurns();
  changed[0].voice[2].nested![0].text = 'Welcome. For support press 2.';
  const failing = await sim(['--scenario', file, '--json'], changed);
  assert.equal(failing.code, 1);
  const json = JSON.parse(failing.out) as {
    turns: CallTurn[];
    scenario: { passed: boolean; failures: Array<{ turn: number; check: string }> };
  };
  assert.equal(json.turns.length, 4);
  assert.deepEqual(
    json.scenario.failures.map((f) => [f.turn, f.check]),
    [[1, 'hears']],
  );
});

test("the README's call scenario example parses as a call scenario", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const example = /```yaml\n(url: [^\n]*\ncall: true\n[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'no call scenario example in README.md');
  const scenario = parseAnyScenario(example, 'README.md');
  assert.ok(isCallScenario(scenario));
  assert.equal(scenario.turns.length, 3);
});

test('--timeout is how long the call waits for the app', async () => {
  const run = await sim([`${APP}/voice`, '--call', '--timeout', '3']);
  assert.equal(run.calls[0].options.timeoutMs, 3000);
});
