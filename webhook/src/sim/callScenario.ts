/**
 * Call scenarios: a caller's phone call to an app written down as YAML (or JSON), the checks each
 * step must pass, and the way back from a recorded call to a scenario. Pure, like scenario.ts.
 *
 * A file is a call scenario when it says `call: true` (or `mode: call`). Its `turns` are the
 * call's steps: the first is the call itself (`- call: true`), each later one is the caller's
 * answer to what the call waits for:
 *
 * ```yaml
 * url: http://localhost:5000/voice
 * call: true
 * statusCallback: http://localhost:5000/status   # optional, as are method, from and to
 * turns:
 *   - call: true
 *     expect: { hears: { contains: For sales press 1 }, waits: Gather }
 *   - press: "1"          # keys pressed at the <Gather>
 *   - speak: billing      # words spoken to it
 *   - silence: true       # the <Gather> times out
 *   - dial: no-answer     # how the <Dial> ends (completed, busy, no-answer, failed, canceled)
 *   - record: 5           # seconds of message left at the <Record> (0: empty)
 *   - hangup: true        # the caller hangs up
 *     expect: { ended: true, noProblems: true }
 * ```
 *
 * `expect` checks: `hears` (`text` exactly, `contains`, `matches` a regular expression) over the
 * turn's <Say> words, <Gather> prompts included, joined by spaces; `waits: Gather|Record|Dial`;
 * `ended: true|false`; `noProblems: true`; `problem: CODE`.
 */
import { Document, isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import {
  DIAL_STATUSES,
  type CallAnswer,
  type CallOptions,
  type CallTurn,
  type DialStatus,
} from '../conversation/types';
import { MAX_RECORD_SECONDS, type CallLike } from './callScript';
import {
  checkProblems,
  expectationFailure,
  parseScenario,
  quote,
  type ExpectationFailure,
  type Scenario,
  type ScenarioResult,
  type ScenarioTurnResult,
} from './scenario';
import { loadScenarioDocument, optional, type NodeReader } from './scenarioReader';

/** What the caller hears: every field given must hold. */
export interface HearsExpectation {
  /** The turn's <Say> words, exactly. */
  text?: string;
  contains?: string;
  /** A JavaScript regular expression (unanchored). */
  matches?: string;
}

/** What one step of a call must produce. */
export interface CallTurnExpectation {
  hears?: HearsExpectation;
  /** The verb the call waits on at the end of the turn. */
  waits?: 'Gather' | 'Record' | 'Dial';
  /** True: the call is over after this turn; false: it is not. */
  ended?: boolean;
  noProblems?: boolean;
  /** A Twilio error code one of the turn's problems must carry. */
  problem?: number;
}

/** One step: the call itself (`answer` absent) or the caller's answer; and its checks. */
export interface CallScenarioTurn {
  answer?: CallAnswer;
  expect?: CallTurnExpectation;
  line: number;
}

/** A parsed call scenario file. */
export interface CallScenario {
  kind: 'call';
  fileName: string;
  url: string;
  method?: 'GET' | 'POST';
  from?: string;
  to?: string;
  statusCallback?: string;
  turns: CallScenarioTurn[];
}

/** The call settings a recorded call was held with. */
export type CallTranscriptOptions = Pick<CallOptions, 'url' | 'method' | 'from' | 'to' | 'statusCallback'>;

const TOP_KEYS = ['url', 'method', 'from', 'to', 'call', 'mode', 'statusCallback', 'turns'];
const ACTIONS = ['call', 'press', 'speak', 'silence', 'dial', 'record', 'hangup'];
const EXPECT_KEYS = ['hears', 'waits', 'ended', 'noProblems', 'problem'];
const HEARS_KEYS = ['text', 'contains', 'matches'];
const WAITS = ['Gather', 'Record', 'Dial'] as const;

/**
 * Parses a scenario file of either kind: a {@link CallScenario} when it says `call: true` or
 * `mode: call`, else a messaging {@link Scenario} (scenario.ts, unchanged).
 * @throws ScenarioError naming the line of the first problem
 */
export function parseAnyScenario(text: string, fileName: string): Scenario | CallScenario {
  const { root, reader } = loadScenarioDocument(text, fileName);
  const call = reader.boolean(root, 'call', 'scenario');
  const mode = reader.oneOf(root, 'mode', ['call'] as const);
  // A messaging scenario is parsed from the text again, as ever, so its lines and errors are unchanged.
  if (call === undefined && mode === undefined) return parseScenario(text, fileName);
  if (call === false) throw reader.error(root, 'scenario: `call: false` is a messaging scenario: leave `call` out');
  return readCallScenario(reader, root, fileName);
}

/** True for a call scenario. */
export function isCallScenario(scenario: Scenario | CallScenario): scenario is CallScenario {
  return 'kind' in scenario && scenario.kind === 'call';
}

function readCallScenario(reader: NodeReader, root: YAMLMap, fileName: string): CallScenario {
  reader.onlyKeys(root, TOP_KEYS, 'call scenario');
  const turnsNode = reader.required(root, 'turns', 'call scenario');
  if (!isSeq(turnsNode) || turnsNode.items.length === 0) {
    throw reader.error(turnsNode, '`turns` must be a non-empty list, the call first (`- call: true`)');
  }
  return {
    kind: 'call',
    fileName,
    url: reader.string(root, 'url', 'call scenario', true) as string,
    ...optional('method', reader.oneOf(root, 'method', ['GET', 'POST'] as const)),
    ...optional('from', reader.string(root, 'from', 'call scenario')),
    ...optional('to', reader.string(root, 'to', 'call scenario')),
    ...optional('statusCallback', reader.string(root, 'statusCallback', 'call scenario')),
    turns: turnsNode.items.map((item, index) => readCallTurn(reader, item as Node, index)),
  };
}

function readCallTurn(reader: NodeReader, node: Node, index: number): CallScenarioTurn {
  const where = `turn ${index + 1}`;
  if (!isMap(node)) throw reader.error(node, `${where} must be a mapping (${ACTIONS.join(', ')}; expect)`);
  reader.onlyKeys(node, [...ACTIONS, 'expect'], where);
  const actions = ACTIONS.filter((key) => node.has(key));
  if (actions.length !== 1) {
    throw reader.error(node, `${where}: exactly one of ${ACTIONS.join(', ')} is needed, got ${actions.length}`);
  }
  const action = actions[0];
  if ((index === 0) !== (action === 'call')) {
    const reason = index === 0 ? 'the first turn is the call itself: `- call: true`' : '`call` is the first turn only';
    throw reader.error(node, `${where}: ${reason}`);
  }
  const expectNode = node.get('expect', true) as Node | undefined;
  return {
    ...optional('answer', readAnswer(reader, node, action, where)),
    ...optional('expect', expectNode === undefined ? undefined : readCallExpect(reader, expectNode, where)),
    line: reader.line(node),
  };
}

function readAnswer(reader: NodeReader, node: YAMLMap, action: string, where: string): CallAnswer | undefined {
  const bad = (reason: string): never => {
    throw reader.error(node.get(action, true) as Node, `${where}: \`${action}\` ${reason}`);
  };
  switch (action) {
    case 'press': {
      const digits = reader.string(node, 'press', where) as string;
      // https://www.twilio.com/docs/voice/twiml/gather#finishonkey: the keypad's 0-9, * and #.
      if (!/^[0-9*#w]+$/.test(digits)) bad('takes keypad digits (0-9 * # w)');
      return { kind: 'digits', digits };
    }
    case 'speak':
      return { kind: 'speech', text: reader.string(node, 'speak', where) as string };
    case 'dial': {
      const status = reader.string(node, 'dial', where) as DialStatus;
      if (!DIAL_STATUSES.includes(status)) bad(`must be one of ${DIAL_STATUSES.join(', ')}`);
      return { kind: 'dial', status };
    }
    case 'record': {
      const seconds = reader.integer(node, 'record', where) as number;
      if (seconds > MAX_RECORD_SECONDS) bad(`is at most ${MAX_RECORD_SECONDS} seconds`);
      return { kind: 'record', seconds };
    }
    default: {
      // call, silence, hangup: a flag that must say true.
      if (reader.boolean(node, action, where) !== true) bad('must be true');
      return action === 'call' ? undefined : action === 'silence' ? { kind: 'silence' } : { kind: 'hangup' };
    }
  }
}

function readCallExpect(reader: NodeReader, node: Node, turn: string): CallTurnExpectation {
  const where = `${turn} expect`;
  if (!isMap(node)) throw reader.error(node, `\`expect\` of ${turn} must be a mapping`);
  reader.onlyKeys(node, EXPECT_KEYS, where);
  const hearsNode = node.get('hears', true) as Node | undefined;
  let hears: HearsExpectation | undefined;
  if (hearsNode !== undefined) {
    if (!isMap(hearsNode)) throw reader.error(hearsNode, `${where}: \`hears\` is a mapping (text, contains, matches)`);
    reader.onlyKeys(hearsNode, HEARS_KEYS, `${where} hears`);
    const matches = reader.string(hearsNode, 'matches', `${where} hears`);
    if (matches !== undefined) {
      try {
        new RegExp(matches);
      } catch (error) {
        throw reader.error(hearsNode, `${where} hears: bad regular expression: ${String(error)}`);
      }
    }
    hears = {
      ...optional('text', reader.string(hearsNode, 'text', `${where} hears`)),
      ...optional('contains', reader.string(hearsNode, 'contains', `${where} hears`)),
      ...optional('matches', matches),
    };
  }
  return {
    ...optional('hears', hears),
    ...optional('waits', reader.oneOf(node, 'waits', WAITS)),
    ...optional('ended', reader.boolean(node, 'ended', where)),
    ...optional('noProblems', reader.boolean(node, 'noProblems', where)),
    ...optional('problem', reader.integer(node, 'problem', where)),
  };
}

/** The <Say> words of a turn, <Gather> prompts included, in order and joined by spaces. */
export function heardText(turn: CallTurn): string {
  const says = (items: CallTurn['voice']): string[] =>
    items.flatMap((item) => [...(item.verb === 'Say' && item.text ? [item.text] : []), ...says(item.nested ?? [])]);
  return says(turn.voice).join(' ');
}

/** Checks one call turn; every failure, not just the first. Empty: the turn passed. */
export function checkCallTurn(expect: CallTurnExpectation | undefined, turn: CallTurn): ExpectationFailure[] {
  if (!expect) return [];
  const failures: ExpectationFailure[] = [];
  const fail = (check: string, expected: string, actual: string): void => {
    failures.push(expectationFailure(check, expected, actual));
  };
  const heard = heardText(turn);
  const hears = expect.hears;
  if (hears?.text !== undefined && heard !== hears.text) fail('hears', quote(hears.text), quote(heard));
  if (hears?.contains !== undefined && !heard.includes(hears.contains))
    fail('hears', `words containing ${quote(hears.contains)}`, quote(heard));
  if (hears?.matches !== undefined && !new RegExp(hears.matches).test(heard))
    fail('hears', `words matching /${hears.matches}/`, quote(heard));
  if (expect.waits !== undefined && turn.waiting?.verb !== expect.waits) {
    fail('waits', `a wait on <${expect.waits}>`, describeState(turn));
  }
  if (expect.ended !== undefined && (turn.ended !== undefined) !== expect.ended) {
    fail('ended', expect.ended ? 'the call to have ended' : 'the call to go on', describeState(turn));
  }
  checkProblems(expect, turn.problems, fail);
  return failures;
}

function describeState(turn: CallTurn): string {
  if (turn.ended) return `the end of the call (${turn.ended.reason})`;
  return turn.waiting ? `a wait on <${turn.waiting.verb}>` : 'neither a wait nor an end';
}

/** A step in a report: "call", "press 1", "speak \"billing\"", "dial busy"... */
export function describeStep(answer: CallAnswer | undefined): string {
  if (!answer) return 'call';
  switch (answer.kind) {
    case 'digits':
      return `press ${answer.digits}`;
    case 'speech':
      return `speak ${quote(answer.text)}`;
    case 'dial':
      return `dial ${answer.status}`;
    case 'record':
      return `record ${answer.seconds} s`;
    default:
      return answer.kind;
  }
}

/**
 * Plays a call scenario through a call made by `makeCall` (the engine's `new Call(options)` in
 * the CLI, which adds the reader and the auth token). Stops when a step throws, and when the call has ended with
 * steps left (they fail: there is nothing left to answer); failed expectations do not stop it.
 */
export async function runCallScenario(
  scenario: CallScenario,
  makeCall: (options: Omit<CallOptions, 'reader'>) => CallLike,
): Promise<ScenarioResult> {
  const call = makeCall({
    url: scenario.url,
    ...optional('method', scenario.method),
    ...optional('from', scenario.from),
    ...optional('to', scenario.to),
    ...optional('statusCallback', scenario.statusCallback),
  });
  const results: ScenarioTurnResult[] = [];
  let previous: CallTurn | undefined;
  for (const [index, step] of scenario.turns.entries()) {
    const base = { index, line: step.line, send: describeStep(step.answer) };
    if (previous?.ended) {
      const actual = `the end of the call (${previous.ended.reason})`;
      results.push({ ...base, failures: [expectationFailure('answer', 'a call that waits', actual)] });
      break;
    }
    try {
      previous = step.answer ? await call.answer(step.answer) : await call.start();
    } catch (error) {
      const actual = error instanceof Error ? error.message : String(error);
      results.push({ ...base, failures: [expectationFailure(base.send, 'a turn', actual)] });
      break;
    }
    results.push({ ...base, turn: previous, failures: checkCallTurn(step.expect, previous) });
  }
  const completed = results.length === scenario.turns.length;
  return { passed: completed && results.every((r) => r.failures.length === 0), turns: results };
}

/**
 * Writes a recorded call as a call scenario (`twiml-sim --call --save FILE`): the caller's answers
 * as steps, and what the app did as expectations, so replaying it passes until the app changes.
 */
export function callTranscriptToScenario(turns: readonly CallTurn[], options: CallTranscriptOptions): string {
  const scenario = {
    url: options.url,
    call: true,
    ...optional('method', options.method),
    ...optional('from', options.from),
    ...optional('to', options.to),
    ...optional('statusCallback', options.statusCallback),
    turns: turns.map((turn, index) => ({
      ...recordedStep(index === 0 ? undefined : turn.answer),
      expect: recordedExpect(turn),
    })),
  };
  const doc = new Document(scenario);
  doc.commentBefore = ' A call recorded by twiml-sim --save. Replay it with: twiml-sim --scenario FILE';
  return doc.toString({ lineWidth: 0 });
}

function recordedStep(answer: CallAnswer | undefined): Record<string, unknown> {
  if (!answer) return { call: true };
  switch (answer.kind) {
    case 'digits':
      return { press: answer.digits };
    case 'speech':
      return { speak: answer.text };
    case 'dial':
      return { dial: answer.status };
    case 'record':
      return { record: answer.seconds };
    default:
      return { [answer.kind]: true };
  }
}

function recordedExpect(turn: CallTurn): CallTurnExpectation {
  const heard = heardText(turn);
  const coded = turn.problems.find((p) => p.code !== undefined);
  return {
    ...(heard ? { hears: { text: heard } } : {}),
    ...(turn.waiting ? { waits: turn.waiting.verb } : {}),
    ...(turn.ended ? { ended: true } : {}),
    ...(turn.problems.length === 0 ? { noProblems: true } : {}),
    ...(coded ? { problem: coded.code } : {}),
  };
}
