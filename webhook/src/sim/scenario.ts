/**
 * Conversation scenarios: a texter's conversation with an app written down as YAML (or JSON), the
 * checks each turn's replies must pass, and the way back from a recorded transcript to a scenario.
 * Pure: no files, no network. The caller reads the file and supplies the conversation engine, so a
 * scenario runs against the real engine in the CLI and against a stand-in in tests.
 */
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { ConversationOptions, Reply, Turn, TurnInput } from '../conversation/types';
import { loadScenarioDocument, NodeReader, optional } from './scenarioReader';

export { ScenarioError } from './scenarioReader';

/** What one reply must look like; every field given must hold. */
export interface ReplyExpectation {
  /** The whole body, exactly. */
  body?: string;
  contains?: string;
  /** A JavaScript regular expression the body must match (unanchored). */
  matches?: string;
  /** The media URLs, exactly and in order. */
  media?: string[];
}

/** What one turn must produce. */
export interface TurnExpectation {
  /** The replies in order; unless `count` is given, there must be exactly this many. */
  replies?: ReplyExpectation[];
  count?: number;
  noProblems?: boolean;
  /** A Twilio error code one of the turn's problems must carry. */
  problem?: number;
}

/** One turn of a scenario: what the texter sends and what must come back. */
export interface ScenarioTurn {
  send: string;
  media?: string[];
  expect?: TurnExpectation;
  /** The line of the turn in its file (1-based), for reports. */
  line: number;
}

/** A parsed scenario file. */
export interface Scenario {
  fileName: string;
  url: string;
  method?: 'GET' | 'POST';
  channel?: 'sms' | 'mms' | 'whatsapp';
  from?: string;
  to?: string;
  turns: ScenarioTurn[];
}

/** One expectation that did not hold, with what was expected and what came. */
export interface ExpectationFailure {
  /** Which check: `count`, `reply 2 body`, `problem`... */
  check: string;
  expected: string;
  actual: string;
  /** `check: expected E, got A`, ready to print. */
  message: string;
}

/** How one turn of a run went. */
export interface ScenarioTurnResult {
  index: number;
  line: number;
  send: string;
  /** Absent when the engine threw. */
  turn?: Turn;
  failures: ExpectationFailure[];
}

/** The outcome of a whole scenario. */
export interface ScenarioResult {
  passed: boolean;
  turns: ScenarioTurnResult[];
}

/** Anything that holds a conversation the way the engine's `Conversation` does. */
export interface ConversationLike {
  send(input: TurnInput): Promise<Turn>;
}

/** The conversation settings a transcript was recorded with. */
export type TranscriptOptions = Pick<ConversationOptions, 'url' | 'method' | 'channel' | 'from' | 'to'>;

const TOP_KEYS = ['url', 'method', 'channel', 'from', 'to', 'turns'];
const TURN_KEYS = ['send', 'media', 'expect'];
const EXPECT_KEYS = ['replies', 'count', 'noProblems', 'problem'];
const REPLY_KEYS = ['body', 'contains', 'matches', 'media'];
const METHODS = ['GET', 'POST'] as const;
const CHANNELS = ['sms', 'mms', 'whatsapp'] as const;

/**
 * Parses a scenario written in YAML or JSON (JSON is read as YAML, which it is a subset of, so
 * both get line numbers). Throws a {@link ScenarioError} naming the line of the first problem;
 * unknown keys are errors because a misspelt `expect` would otherwise silently check nothing.
 */
export function parseScenario(text: string, fileName: string): Scenario {
  const { root, reader } = loadScenarioDocument(text, fileName);
  reader.onlyKeys(root, TOP_KEYS, 'scenario');
  const turnsNode = reader.required(root, 'turns', 'scenario');
  if (!isSeq(turnsNode) || turnsNode.items.length === 0) {
    throw reader.error(turnsNode, '`turns` must be a non-empty list');
  }
  return {
    fileName,
    url: reader.string(root, 'url', 'scenario', true) as string,
    ...optional('method', reader.oneOf(root, 'method', METHODS)),
    ...optional('channel', reader.oneOf(root, 'channel', CHANNELS)),
    ...optional('from', reader.string(root, 'from', 'scenario')),
    ...optional('to', reader.string(root, 'to', 'scenario')),
    turns: turnsNode.items.map((item, index) => readTurn(reader, item as Node, index)),
  };
}

function readTurn(reader: NodeReader, node: Node, index: number): ScenarioTurn {
  const where = `turn ${index + 1}`;
  if (!isMap(node)) throw reader.error(node, `${where} must be a mapping with \`send\``);
  reader.onlyKeys(node, TURN_KEYS, where);
  const expectNode = node.get('expect', true) as Node | undefined;
  return {
    send: reader.string(node, 'send', where, true) as string,
    ...optional('media', reader.strings(node, 'media', where)),
    ...optional('expect', expectNode === undefined ? undefined : readExpect(reader, expectNode, where)),
    line: reader.line(node),
  };
}

function readExpect(reader: NodeReader, node: Node, turn: string): TurnExpectation {
  const where = `${turn} expect`;
  if (!isMap(node)) throw reader.error(node, `\`expect\` of ${turn} must be a mapping`);
  reader.onlyKeys(node, EXPECT_KEYS, where);
  const repliesNode = node.get('replies', true) as Node | undefined;
  let replies: ReplyExpectation[] | undefined;
  if (repliesNode !== undefined) {
    if (!isSeq(repliesNode)) throw reader.error(repliesNode, `\`replies\` of ${turn} must be a list`);
    replies = repliesNode.items.map((item, i) => readReply(reader, item as Node, `${turn} reply ${i + 1}`));
  }
  return {
    ...optional('replies', replies),
    ...optional('count', reader.integer(node, 'count', where)),
    ...optional('noProblems', reader.boolean(node, 'noProblems', where)),
    ...optional('problem', reader.integer(node, 'problem', where)),
  };
}

function readReply(reader: NodeReader, node: Node, where: string): ReplyExpectation {
  if (!isMap(node)) throw reader.error(node, `${where} must be a mapping (body, contains, matches, media)`);
  reader.onlyKeys(node, REPLY_KEYS, where);
  const matches = reader.string(node, 'matches', where);
  if (matches !== undefined) {
    try {
      new RegExp(matches);
    } catch (error) {
      throw reader.error(node.get('matches', true) as Node, `${where}: bad regular expression: ${String(error)}`);
    }
  }
  return {
    ...optional('body', reader.string(node, 'body', where)),
    ...optional('contains', reader.string(node, 'contains', where)),
    ...optional('matches', matches),
    ...optional('media', reader.strings(node, 'media', where)),
  };
}

/**
 * Checks one turn against its expectation. Returns every failure, not just the first, so a report
 * shows the whole difference at once; an empty list means the turn passed.
 */
export function checkTurn(expect: TurnExpectation | undefined, turn: Turn): ExpectationFailure[] {
  if (!expect) return [];
  const failures: ExpectationFailure[] = [];
  const fail = (check: string, expected: string, actual: string): void => {
    failures.push(expectationFailure(check, expected, actual));
  };
  const count = expect.count ?? expect.replies?.length;
  if (count !== undefined && turn.replies.length !== count) {
    fail('count', plural(count, 'reply', 'replies'), describeReplies(turn.replies));
  }
  expect.replies?.forEach((want, i) => {
    const got = turn.replies[i];
    const name = `reply ${i + 1}`;
    if (!got) {
      fail(name, 'a reply', describeReplies(turn.replies));
      return;
    }
    if (want.body !== undefined && got.body !== want.body) fail(`${name} body`, quote(want.body), quote(got.body));
    if (want.contains !== undefined && !got.body.includes(want.contains)) {
      fail(`${name} body`, `text containing ${quote(want.contains)}`, quote(got.body));
    }
    if (want.matches !== undefined && !new RegExp(want.matches).test(got.body)) {
      fail(`${name} body`, `text matching /${want.matches}/`, quote(got.body));
    }
    if (want.media !== undefined && !sameList(want.media, got.media)) {
      fail(`${name} media`, JSON.stringify(want.media), JSON.stringify(got.media));
    }
  });
  checkProblems(expect, turn.problems, fail);
  return failures;
}

/** One failed check, with its printable message. */
export function expectationFailure(check: string, expected: string, actual: string): ExpectationFailure {
  return { check, expected, actual, message: `${check}: expected ${expected}, got ${actual}` };
}

/** The `noProblems` and `problem` checks, shared by messaging and call scenarios. */
export function checkProblems(
  expect: { noProblems?: boolean; problem?: number },
  problems: Turn['problems'],
  fail: (check: string, expected: string, actual: string) => void,
): void {
  if (expect.noProblems && problems.length > 0) {
    fail('problems', 'none', problems.map(describeProblem).join('; '));
  }
  if (expect.problem !== undefined && !problems.some((p) => p.code === expect.problem)) {
    const actual = problems.length === 0 ? 'no problems' : problems.map(describeProblem).join('; ');
    fail('problem', `a problem with code ${expect.problem}`, actual);
  }
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function describeReplies(replies: readonly Reply[]): string {
  if (replies.length === 0) return 'no replies';
  return `${plural(replies.length, 'reply', 'replies')} (${replies.map((r) => quote(r.body)).join(', ')})`;
}

export function describeProblem(problem: Turn['problems'][number]): string {
  return problem.code === undefined ? problem.message : `${problem.code} ${problem.message}`;
}

/**
 * Plays a scenario through a conversation made by `makeConversation` (the engine's
 * `(options) => new Conversation(options)` in the CLI; the caller adds the reader, the auth token
 * and the transport). Stops at a turn whose `send` throws, since the conversation's state is then unknown;
 * a turn whose expectations fail does not stop the run, so one report shows every difference.
 */
export async function runScenario(
  scenario: Scenario,
  makeConversation: (options: Omit<ConversationOptions, 'reader'>) => ConversationLike,
): Promise<ScenarioResult> {
  const conversation = makeConversation({
    url: scenario.url,
    ...optional('method', scenario.method),
    ...optional('channel', scenario.channel),
    ...optional('from', scenario.from),
    ...optional('to', scenario.to),
  });
  const results: ScenarioTurnResult[] = [];
  for (const [index, step] of scenario.turns.entries()) {
    const base = { index, line: step.line, send: step.send };
    let turn: Turn;
    try {
      turn = await conversation.send({ body: step.send, ...optional('media', step.media) });
    } catch (error) {
      const actual = error instanceof Error ? error.message : String(error);
      results.push({ ...base, failures: [expectationFailure('send', 'a turn', actual)] });
      break;
    }
    results.push({ ...base, turn, failures: checkTurn(step.expect, turn) });
  }
  const completed = results.length === scenario.turns.length;
  return { passed: completed && results.every((r) => r.failures.length === 0), turns: results };
}

/** A short report of a run (messages or a call): one line per turn, and the failures under the turns that failed. */
export function formatScenarioResult(
  scenario: Pick<Scenario, 'fileName'> & { turns: readonly unknown[] },
  result: ScenarioResult,
  /** How a turn's `send` is shown: quoted for a text; a call's steps ("press 1") show as they are. */
  showStep: (send: string) => string = quote,
): string {
  const lines = result.turns.map((r) => {
    const head = `${r.failures.length === 0 ? 'ok  ' : 'FAIL'} turn ${r.index + 1} (${scenario.fileName}:${r.line}) ${showStep(r.send)}`;
    return [head, ...r.failures.map((f) => `       ${f.message}`)].join('\n');
  });
  const skipped = scenario.turns.length - result.turns.length;
  if (skipped > 0) lines.push(`${plural(skipped, 'turn', 'turns')} not played`);
  lines.push(result.passed ? 'scenario passed' : 'scenario failed');
  return lines.join('\n');
}

/**
 * Writes recorded turns as a scenario (`twiml-sim --save FILE`) whose expectations are what the
 * app answered, so replaying it passes until the app's behaviour changes.
 */
export function transcriptToScenario(turns: readonly Turn[], options: TranscriptOptions): string {
  const scenario = {
    url: options.url,
    ...optional('method', options.method),
    ...optional('channel', options.channel),
    ...optional('from', options.from),
    ...optional('to', options.to),
    turns: turns.map(recordedTurn),
  };
  const doc = new Document(scenario);
  doc.commentBefore = ' Recorded by twiml-sim --save. Replay it with: twiml-sim --scenario FILE';
  return doc.toString({ lineWidth: 0 });
}

function recordedTurn(turn: Turn): Record<string, unknown> {
  const media = inputMedia(turn.input);
  const replies = turn.replies.map((r) => ({ body: r.body, ...(r.media.length > 0 ? { media: r.media } : {}) }));
  const coded = turn.problems.find((p) => p.code !== undefined);
  const expect = {
    // An empty `replies: []` reads as a typo; `count: 0` says "no reply" plainly.
    ...(replies.length > 0 ? { replies } : { count: 0 }),
    ...(turn.problems.length === 0 ? { noProblems: true } : {}),
    ...(coded ? { problem: coded.code } : {}),
  };
  return { send: turn.input['Body'] ?? '', ...(media.length > 0 ? { media } : {}), expect };
}

/** The media URLs of a signed inbound request (NumMedia, MediaUrl0...). */
function inputMedia(input: Readonly<Record<string, string>>): string[] {
  const count = Number(input['NumMedia'] ?? '0');
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const url = input[`MediaUrl${i}`];
    if (url !== undefined) urls.push(url);
  }
  return urls;
}
