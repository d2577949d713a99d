/**
 * Scenario files: parsing YAML and JSON, errors with line numbers, every expectation kind passing
 * and failing with expected-vs-actual, running through any object with the engine's `send`, and a
 * recorded transcript that replays and passes. The conversation here is a small stand-in for the
 * engine (a counter app's answers), written in the test; the logic under test is the scenario's.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import type { ConversationOptions, Reply, Turn, TurnInput } from '../../webhook/src/conversation/types';
import {
  checkTurn,
  formatScenarioResult,
  parseScenario,
  runScenario,
  ScenarioError,
  transcriptToScenario,
} from '../../webhook/src/sim/scenario';

function reply(body: string, media: string[] = []): Reply {
  return { body, media, segments: 1, encoding: 'GSM-7' };
}

function turnOf(body: string, replies: Reply[], problems: Turn['problems'] = [], media: string[] = []): Turn {
  const input: Record<string, string> = { Body: body, NumMedia: String(media.length) };
  media.forEach((url, i) => (input[`MediaUrl${i}`] = url));
  return { input, replies, requests: [], problems };
}

/** Answers like a cookie counter app: "Message N" per turn, a picture for "pic", 11200 for "boom". */
class CounterConversation {
  count = 0;
  readonly inputs: TurnInput[] = [];
  constructor(readonly options: Omit<ConversationOptions, 'reader'>) {}
  send(input: TurnInput): Promise<Turn> {
    this.inputs.push(input);
    if (input.body === 'boom') {
      const problem = { code: 11200, message: 'HTTP retrieval failure (500)', severity: 'error' as const };
      return Promise.resolve(turnOf(input.body, [], [problem]));
    }
    if (input.body === 'throw') return Promise.reject(new Error('engine exploded'));
    this.count++;
    const media = input.body === 'pic' ? ['https://example.com/cat.jpg'] : [];
    return Promise.resolve(
      turnOf(input.body, [reply(`Message ${this.count}`, media)], [], input.media ? [...input.media] : []),
    );
  }
}

const YAML_SCENARIO = `# a counter app
url: http://127.0.0.1:5000/sms
channel: whatsapp
from: "+14155550111"
turns:
  - send: hi
    expect:
      replies:
        - body: Message 1
      noProblems: true
  - send: again
    media: [https://example.com/in.png]
    expect:
      replies: [{ contains: "sage 2", matches: "^Message \\\\d$" }]
`;

test('parses a YAML scenario: options, turns, media and expectations with their lines', () => {
  const scenario = parseScenario(YAML_SCENARIO, 'counter.yaml');
  assert.equal(scenario.url, 'http://127.0.0.1:5000/sms');
  assert.equal(scenario.channel, 'whatsapp');
  assert.equal(scenario.from, '+14155550111');
  assert.equal(scenario.method, undefined);
  assert.equal(scenario.turns.length, 2);
  assert.deepEqual(scenario.turns[0], {
    send: 'hi',
    expect: { replies: [{ body: 'Message 1' }], noProblems: true },
    line: 6,
  });
  assert.deepEqual(scenario.turns[1]?.media, ['https://example.com/in.png']);
  assert.deepEqual(scenario.turns[1]?.expect?.replies, [{ contains: 'sage 2', matches: '^Message \\d$' }]);
  assert.equal(scenario.turns[1]?.line, 11);
});

test('parses the same scenario written as JSON', () => {
  const json = JSON.stringify(
    {
      url: 'http://127.0.0.1:5000/sms',
      method: 'GET',
      turns: [
        { send: 'hi', expect: { count: 1, replies: [{ body: 'Message 1' }] } },
        { send: 'boom', expect: { problem: 11200 } },
      ],
    },
    null,
    2,
  );
  const scenario = parseScenario(json, 'counter.json');
  assert.equal(scenario.method, 'GET');
  assert.deepEqual(
    scenario.turns.map((t) => [t.send, t.expect]),
    [
      ['hi', { count: 1, replies: [{ body: 'Message 1' }] }],
      ['boom', { problem: 11200 }],
    ],
  );
  assert.equal(scenario.turns[1]?.line, 16);
});

test('a number typed as the message is kept as the text written', () => {
  const scenario = parseScenario('url: http://x/sms\nturns:\n  - send: 007\n', 's.yaml');
  assert.equal(scenario.turns[0]?.send, '007');
});

function parseError(text: string): ScenarioError {
  try {
    parseScenario(text, 'bad.yaml');
  } catch (error) {
    assert.ok(error instanceof ScenarioError, String(error));
    return error;
  }
  assert.fail('expected a ScenarioError');
}

test('bad files: each error names the file and the line', () => {
  const cases: [string, number, RegExp][] = [
    ['url: http://x\nturns:\n  - send: a: b\n', 3, /Nested mappings are not allowed/],
    ['url: http://x\nturns:\n  - send: hi\n - send: b\n', 4, /bad\.yaml:4: /],
    ['- just a list\n', 1, /mapping with `url` and `turns`/],
    ['turns:\n  - send: hi\n', 1, /`url` is required/],
    ['url: http://x\n', 1, /`turns` is required/],
    ['url: http://x\nturns: []\n', 2, /non-empty list/],
    ['url: http://x\nturns:\n  - send: hi\n  - expect: {count: 1}\n', 4, /turn 2: `send` is required/],
    ['url: http://x\nturns:\n  - send: hi\n    expects: {count: 1}\n', 4, /turn 1: unknown key `expects`/],
    ['url: http://x\nmethod: PUT\nturns:\n  - send: hi\n', 2, /`method` must be one of GET, POST/],
    ['url: http://x\nchannel: fax\nturns:\n  - send: hi\n', 2, /`channel` must be one of sms, mms, whatsapp/],
    ['url: http://x\nturns:\n  - send: hi\n    expect:\n      count: two\n', 5, /`count` must be a whole number/],
    ['url: http://x\nturns:\n  - send: hi\n    expect:\n      noProblems: yes\n', 5, /true or false/],
    [
      'url: http://x\nturns:\n  - send: hi\n    expect:\n      replies:\n        - matches: "(["\n',
      6,
      /bad regular expression/,
    ],
    [
      'url: http://x\nturns:\n  - send: hi\n    expect:\n      replies:\n        - colour: red\n',
      6,
      /reply 1: unknown key `colour`/,
    ],
    ['url: http://x\nturns:\n  - send: hi\n    media: https://x/a.png\n', 4, /`media` must be a list of URLs/],
    ['url: http://x\nurl: http://y\nturns:\n  - send: hi\n', 2, /bad\.yaml:2: /],
    ['{"url": "http://x", "turns": [\n  {"send": true}\n]}', 2, /`send` must be a string/],
  ];
  for (const [text, line, pattern] of cases) {
    const error = parseError(text);
    assert.equal(error.line, line, `${error.message} for ${JSON.stringify(text)}`);
    assert.match(error.message, pattern);
    assert.ok(error.message.startsWith(`bad.yaml:${line}: `), error.message);
  }
});

const TWO = turnOf('hi', [reply('Message 1'), reply('See https://x/y', ['https://x/cat.jpg'])]);

test('each expectation kind passes when it holds', () => {
  assert.deepEqual(
    checkTurn(
      {
        count: 2,
        replies: [{ body: 'Message 1', contains: 'sage', matches: '^Message \\d+$' }, { media: ['https://x/cat.jpg'] }],
        noProblems: true,
      },
      TWO,
    ),
    [],
  );
  const failed = turnOf('boom', [], [{ code: 11200, message: 'HTTP retrieval failure', severity: 'error' }]);
  assert.deepEqual(checkTurn({ count: 0, problem: 11200 }, failed), []);
  assert.deepEqual(checkTurn(undefined, failed), []);
  // `count` alone checks the number and nothing else; `replies` may then list only the first.
  assert.deepEqual(checkTurn({ count: 2, replies: [{ body: 'Message 1' }] }, TWO), []);
});

test('each expectation kind fails with what was expected and what came', () => {
  const messages = (expect: Parameters<typeof checkTurn>[0], turn = TWO): string[] =>
    checkTurn(expect, turn).map((f) => f.message);
  assert.deepEqual(messages({ count: 1 }), ['count: expected 1 reply, got 2 replies ("Message 1", "See https://x/y")']);
  assert.deepEqual(messages({ replies: [{ body: 'Message 2' }] }), [
    'count: expected 1 reply, got 2 replies ("Message 1", "See https://x/y")',
    'reply 1 body: expected "Message 2", got "Message 1"',
  ]);
  assert.deepEqual(messages({ count: 2, replies: [{ contains: 'Bye' }] }), [
    'reply 1 body: expected text containing "Bye", got "Message 1"',
  ]);
  assert.deepEqual(messages({ count: 2, replies: [{ matches: '^\\d+$' }] }), [
    'reply 1 body: expected text matching /^\\d+$/, got "Message 1"',
  ]);
  assert.deepEqual(messages({ count: 2, replies: [{}, { media: ['https://x/dog.jpg'] }] }), [
    'reply 2 media: expected ["https://x/dog.jpg"], got ["https://x/cat.jpg"]',
  ]);
  assert.deepEqual(messages({ count: 2, replies: [{}, {}, { body: 'third' }] }), [
    'reply 3: expected a reply, got 2 replies ("Message 1", "See https://x/y")',
  ]);
  const failed = turnOf('boom', [], [{ code: 11200, message: 'HTTP retrieval failure', severity: 'error' }]);
  assert.deepEqual(messages({ noProblems: true }, failed), [
    'problems: expected none, got 11200 HTTP retrieval failure',
  ]);
  assert.deepEqual(messages({ problem: 12300 }, failed), [
    'problem: expected a problem with code 12300, got 11200 HTTP retrieval failure',
  ]);
  assert.deepEqual(messages({ problem: 11200 }), ['problem: expected a problem with code 11200, got no problems']);
  assert.deepEqual(messages({ replies: [{ body: 'x' }] }, failed), [
    'count: expected 1 reply, got no replies',
    'reply 1: expected a reply, got no replies',
  ]);
  const failure = checkTurn({ count: 3 }, TWO)[0];
  assert.equal(failure?.check, 'count');
  assert.equal(failure?.expected, '3 replies');
});

test('runScenario drives any object with send(): options, inputs and per-turn results', async () => {
  const scenario = parseScenario(YAML_SCENARIO, 'counter.yaml');
  let made: CounterConversation | undefined;
  const result = await runScenario(scenario, (options) => (made = new CounterConversation(options)));
  assert.equal(result.passed, true, formatScenarioResult(scenario, result));
  assert.deepEqual(made?.options, { url: 'http://127.0.0.1:5000/sms', channel: 'whatsapp', from: '+14155550111' });
  assert.deepEqual(made?.inputs, [{ body: 'hi' }, { body: 'again', media: ['https://example.com/in.png'] }]);
  assert.deepEqual(
    result.turns.map((t) => [t.index, t.line, t.send, t.turn?.replies[0]?.body, t.failures]),
    [
      [0, 6, 'hi', 'Message 1', []],
      [1, 11, 'again', 'Message 2', []],
    ],
  );
});

test('runScenario reports every failing turn, and stops where send throws', async () => {
  const scenario = parseScenario(
    [
      'url: http://x/sms',
      'turns:',
      '  - send: hi',
      '    expect: { replies: [{ body: Message 9 }] }',
      '  - send: hi',
      '    expect: { replies: [{ body: Message 2 }] }',
      '  - send: throw',
      '  - send: never sent',
      '',
    ].join('\n'),
    'fail.yaml',
  );
  const result = await runScenario(scenario, (options) => new CounterConversation(options));
  assert.equal(result.passed, false);
  assert.equal(result.turns.length, 3);
  assert.deepEqual(
    result.turns.map((t) => t.failures.map((f) => f.message)),
    [['reply 1 body: expected "Message 9", got "Message 1"'], [], ['send: expected a turn, got engine exploded']],
  );
  assert.equal(
    formatScenarioResult(scenario, result),
    [
      'FAIL turn 1 (fail.yaml:3) "hi"',
      '       reply 1 body: expected "Message 9", got "Message 1"',
      'ok   turn 2 (fail.yaml:5) "hi"',
      'FAIL turn 3 (fail.yaml:7) "throw"',
      '       send: expected a turn, got engine exploded',
      '1 turn not played',
      'scenario failed',
    ].join('\n'),
  );
});

test('a recorded transcript is a scenario that replays and passes', async () => {
  const options = { url: 'http://127.0.0.1:5000/sms', channel: 'mms' as const, from: '+14155550123' };
  const recorder = new CounterConversation(options);
  const turns = [
    await recorder.send({ body: 'hello: "you" #1' }),
    await recorder.send({ body: 'pic', media: ['https://example.com/in.png'] }),
    await recorder.send({ body: 'boom' }),
    await recorder.send({ body: '42' }),
  ];
  const text = transcriptToScenario(turns, options);
  assert.match(text, /^# Recorded by twiml-sim --save/);
  const scenario = parseScenario(text, 'saved.yaml');
  assert.equal(scenario.channel, 'mms');
  assert.deepEqual(
    scenario.turns.map((t) => [t.send, t.media, t.expect]),
    [
      ['hello: "you" #1', undefined, { replies: [{ body: 'Message 1' }], noProblems: true }],
      [
        'pic',
        ['https://example.com/in.png'],
        { replies: [{ body: 'Message 2', media: ['https://example.com/cat.jpg'] }], noProblems: true },
      ],
      ['boom', undefined, { count: 0, problem: 11200 }],
      ['42', undefined, { replies: [{ body: 'Message 3' }], noProblems: true }],
    ],
  );
  const replay = await runScenario(scenario, (o) => new CounterConversation(o));
  assert.equal(replay.passed, true, formatScenarioResult(scenario, replay));
});

test("the README's example scenario parses", () => {
  const readme = fs.readFileSync(path.join(repoRoot(__dirname), 'README.md'), 'utf8');
  const example = /`--scenario FILE`[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'no yaml example after --scenario FILE in README.md');
  const scenario = parseScenario(example, 'README.md');
  assert.equal(scenario.channel, 'whatsapp');
  assert.deepEqual(
    scenario.turns.map((t) => t.expect),
    [
      { replies: [{ body: 'Message 1' }], noProblems: true },
      { replies: [{ matches: '^Message \\d+$' }] },
      { count: 0, problem: 11200 },
    ],
  );
});
