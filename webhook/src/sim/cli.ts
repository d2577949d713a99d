/**
 * `twiml-sim`: texts a local app like a phone (one conversation, a turn per --send, on the
 * conversation engine in webhook/src/conversation), calls it (--call: each wait answered from
 * --press/--speak/--dial-status, see callScript.ts), or replays one signed Twilio webhook through a
 * simulated tunnel (webhook/src/replay). Pure Node; no `vscode`.
 *   twiml-sim URL [--send TEXT [--media URL]...]... [--json] [--verbose] ...
 *   twiml-sim URL --call [--press DIGITS | --speak TEXT]... [--dial-status STATUS]... [--json] ...
 *   twiml-sim URL --public-url URL [--diagnose-signature] [--json] ...
 *   twiml-sim URL --probe-injection [--json] ...
 *   twiml-sim --check-signature --url U --params k=v... --signature S
 * Exit status: 0 valid TwiML answer (or matching signature), 1 Twilio-style error, rejection
 * or mismatch, 2 bad usage.
 */
import { checkSignature } from '../replay/checkSignature';
import { diagnoseSignature, diagnosisRequestCount, type SignatureDiagnosis } from '../replay/diagnose';
import { formatExchange } from '../replay/logFormat';
import { replayWebhook, type ReplayRequest } from '../replay/replay';
import { redact, redactDeep } from '../replay/secrets';
import { formatCheck, formatDiagnosis, formatSignatureReport } from '../replay/signatureFormat';
import type { ReplyReader } from '../../../shared/replyReading';
import { createReplyReader } from '../../../server/src/reading/replyReader';
import { Call } from '../conversation/call';
import { Conversation } from '../conversation/conversation';
import type { CallOptions, CallTurn, Turn } from '../conversation/types';
import * as fs from 'node:fs';
import { isSingleReplay, parseSimArgs, USAGE, type SimOptions } from './args';
import {
  callTranscriptToScenario,
  isCallScenario,
  parseAnyScenario,
  runCallScenario,
  type CallScenario,
} from './callScenario';
import { runCallScript, type CallLike } from './callScript';
import { formatCall } from './formatCall';
import {
  formatScenarioResult,
  runScenario,
  transcriptToScenario,
  type Scenario,
  type ScenarioResult,
} from './scenario';
import { formatTurn } from './formatTurns';
import { formatProbeReport } from './formatProbe';
import { probeInjection } from './probeInjection';

/** Where the CLI writes, and what it reads (injected by tests). */
export interface SimIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Makes the call for --call and call scenarios (default the engine's `new Call(options)`). */
  makeCall?: (options: CallOptions) => CallLike;
  /** Judges and reads the app's TwiML (default the language service in this process). */
  reader?: ReplyReader;
}

let inProcess: ReplyReader | undefined;

/** The reader the CLI judges with: the injected one, else one language service for the process. */
function readerOf(io: SimIo): ReplyReader {
  return io.reader ?? (inProcess ??= createReplyReader());
}

function makeCall(io: SimIo, options: CallOptions): CallLike {
  return io.makeCall ? io.makeCall(options) : new Call(options);
}

/** Exit 0 when no turn has an error problem. */
function exitStatus(turns: readonly Turn[]): number {
  return turns.every((turn) => turn.problems.every((p) => p.severity !== 'error')) ? 0 : 1;
}

/**
 * One call, each wait answered from the command line (callScript.ts). Exit 0 when no turn has an
 * error problem, 1 otherwise (and when the engine itself fails).
 */
async function callMode(options: SimOptions, token: string | undefined, io: SimIo): Promise<number> {
  const call = makeCall(io, {
    url: options.url!,
    reader: readerOf(io),
    method: options.method,
    from: options.from,
    to: options.to,
    authToken: token,
    accountSid: options.accountSid,
    statusCallback: options.statusCallback,
    timeoutMs: options.timeoutMs,
  });
  let turns: CallTurn[];
  try {
    turns = await runCallScript(call, {
      gather: options.gather,
      dials: options.dials,
      recordSeconds: options.recordSeconds,
      noInput: options.noInput,
    });
  } catch (error) {
    io.err(redact(`twiml-sim: the call failed: ${error instanceof Error ? error.message : String(error)}`, [token]));
    return 1;
  }
  if (options.json) io.out(JSON.stringify(redactDeep({ turns }, [token]), null, 2));
  else io.out(redact(formatCall(turns, { verbose: options.verbose }), [token]));
  if (options.save) saveCall(options, options.url!, turns, io);
  return exitStatus(turns);
}

function checkMode(options: SimOptions, token: string, io: SimIo): number {
  const result = checkSignature({
    authToken: token,
    url: options.checkUrl!,
    params: options.params,
    body: options.body,
    signature: options.signature!,
  });
  if (options.json) io.out(JSON.stringify(redactDeep(result, [token]), null, 2));
  else io.out(redact(formatCheck(result), [token]));
  return result.valid ? 0 : 1;
}

async function replayMode(options: SimOptions, token: string | undefined, io: SimIo): Promise<number> {
  const request: ReplayRequest = {
    url: options.url!,
    reader: readerOf(io),
    method: options.method,
    sample: options.channel,
    body: options.send,
    from: options.from,
    to: options.to,
    authToken: token,
    publicUrl: options.publicUrl,
    hostHeader: options.hostHeader,
    timeoutMs: options.timeoutMs,
  };
  const result = await replayWebhook(request);
  let diagnosis: SignatureDiagnosis | undefined;
  const canDiagnose = result.rejected && result.signed;
  if (options.diagnose && canDiagnose) {
    if (!options.json)
      io.err(`twiml-sim: diagnosing the signature: up to ${diagnosisRequestCount(result)} more requests to your app`);
    diagnosis = await diagnoseSignature(request, result);
  }
  const secrets = [token];
  if (options.json) {
    const json = diagnosis ? { ...result, signatureDiagnosis: diagnosis } : result;
    io.out(JSON.stringify(redactDeep(json, secrets), null, 2));
  } else {
    const parts = [formatExchange(result, { secrets })];
    if (result.signatureReport) parts.push(formatSignatureReport(result.signatureReport));
    if (diagnosis) parts.push(formatDiagnosis(diagnosis));
    else if (canDiagnose) {
      parts.push(
        `Run again with --diagnose-signature to find the URL your app validates against (up to ${diagnosisRequestCount(result)} requests to your app).`,
      );
    } else if (options.diagnose && !result.signed)
      parts.push(`--diagnose-signature needs an Auth Token in $${options.authTokenEnv}.`);
    io.out(redact(parts.join('\n'), secrets));
  }
  return result.ok && !result.rejected ? 0 : 1;
}

/**
 * One conversation, a turn per --send (default one "hello"). Exit 0 when every turn got valid
 * TwiML, 1 on any error (invalid TwiML, an unreachable app, a Twilio-style failure).
 */
async function conversationMode(options: SimOptions, token: string | undefined, io: SimIo): Promise<number> {
  const sends = options.sends.length > 0 ? options.sends : [{ body: 'hello', media: [] }];
  const conversation = new Conversation({
    url: options.url!,
    reader: readerOf(io),
    method: options.method,
    channel: options.channel,
    from: options.from,
    to: options.to,
    authToken: token,
    accountSid: options.accountSid,
    timeoutMs: options.timeoutMs,
  });
  const turns: Turn[] = [];
  for (const send of sends) {
    const turn = await conversation.send({ body: send.body, media: send.media });
    turns.push(turn);
    if (!options.json) io.out(redact(formatTurn(turn, turns.length, { verbose: options.verbose }), [token]));
    // An app that is down stays down: the texter's next messages would fail the same way.
    if (turn.requests.length === 1 && turn.requests[0].status === undefined) break;
  }
  if (options.json) io.out(JSON.stringify(redactDeep({ turns }, [token]), null, 2));
  if (options.save) save(options, options.url!, turns, io);
  return exitStatus(turns);
}

/**
 * The injection probe (probeInjection.ts): exit 1 when a hostile message broke or changed the
 * reply, 0 when none did, 2 when the app does not answer a benign message with valid TwiML.
 */
async function probeMode(options: SimOptions, token: string | undefined, io: SimIo): Promise<number> {
  const report = await probeInjection({
    url: options.url!,
    reader: readerOf(io),
    method: options.method,
    from: options.from,
    to: options.to,
    authToken: token,
    accountSid: options.accountSid,
    timeoutMs: options.timeoutMs,
  });
  if (options.json) io.out(JSON.stringify(redactDeep(report, [token]), null, 2));
  else if ('failure' in report) io.err(redact(`twiml-sim: ${formatProbeReport(report)}`, [token]));
  else io.out(redact(formatProbeReport(report), [token]));
  if ('failure' in report) return 2;
  return report.vulnerable ? 1 : 0;
}

/**
 * Plays a scenario file: its turns in one conversation, each checked against its expectations.
 * Exit 0 when every expectation held, 1 when one did not, 2 for a file that is not a scenario.
 */
async function scenarioMode(options: SimOptions, token: string | undefined, io: SimIo): Promise<number> {
  const file = options.scenario!;
  let parsed: Scenario | CallScenario;
  try {
    parsed = parseAnyScenario(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    io.err(`twiml-sim: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  // A URL on the command line wins: the same scenario runs against another port or host.
  if (options.url) parsed = { ...parsed, url: options.url };
  if (isCallScenario(parsed)) return callScenarioMode(parsed, options, token, io);
  const scenario = parsed;
  const result = await runScenario(
    scenario,
    (conversationOptions) =>
      new Conversation({
        ...conversationOptions,
        reader: readerOf(io),
        authToken: token,
        accountSid: options.accountSid,
        timeoutMs: options.timeoutMs,
      }),
  );
  const turns = result.turns.flatMap((r) => (r.turn ? [r.turn] : []));
  if (options.json) printScenarioJson(file, turns, result, token, io);
  else {
    turns.forEach((turn, index) => io.out(redact(formatTurn(turn, index + 1, { verbose: options.verbose }), [token])));
    io.out(formatScenarioResult(scenario, result));
  }
  if (options.save) save(options, scenario.url, turns, io);
  return result.passed ? 0 : 1;
}

/** A call scenario: its steps in one call, each checked against its expectations. */
async function callScenarioMode(
  scenario: CallScenario,
  options: SimOptions,
  token: string | undefined,
  io: SimIo,
): Promise<number> {
  const result = await runCallScenario(scenario, (callOptions) =>
    makeCall(io, {
      ...callOptions,
      reader: readerOf(io),
      authToken: token,
      accountSid: options.accountSid,
      timeoutMs: options.timeoutMs,
    }),
  );
  const turns = result.turns.flatMap((r) => (r.turn ? [r.turn as CallTurn] : []));
  if (options.json) printScenarioJson(scenario.fileName, turns, result, token, io);
  else {
    if (turns.length > 0) io.out(redact(formatCall(turns, { verbose: options.verbose }), [token]));
    io.out(formatScenarioResult(scenario, result, (step) => step));
  }
  if (options.save) {
    const { url, method, from, to, statusCallback } = scenario;
    saveCall({ ...options, method: method ?? options.method, from, to, statusCallback }, url, turns, io);
  }
  return result.passed ? 0 : 1;
}

function printScenarioJson(file: string, turns: Turn[], result: ScenarioResult, token: string | undefined, io: SimIo) {
  const failures = result.turns.flatMap((r) => r.failures.map((f) => ({ turn: r.index + 1, ...f })));
  io.out(JSON.stringify(redactDeep({ turns, scenario: { file, passed: result.passed, failures } }, [token]), null, 2));
}

/** Writes the call held as a call scenario file (--save). */
function saveCall(options: SimOptions, url: string, turns: CallTurn[], io: SimIo): void {
  const text = callTranscriptToScenario(turns, {
    url,
    method: options.method,
    from: options.from,
    to: options.to,
    statusCallback: options.statusCallback,
  });
  fs.writeFileSync(options.save!, text);
  io.err(`twiml-sim: saved the call to ${options.save} (replay it with --scenario ${options.save})`);
}

/** Writes the turns held as a scenario file (--save). */
function save(options: SimOptions, url: string, turns: Turn[], io: SimIo): void {
  const text = transcriptToScenario(turns, {
    url,
    method: options.method,
    channel: options.channel,
    from: options.from,
    to: options.to,
  });
  fs.writeFileSync(options.save!, text);
  io.err(`twiml-sim: saved the conversation to ${options.save} (replay it with --scenario ${options.save})`);
}

/** Runs the CLI; resolves to the exit status. */
export async function runSim(argv: string[], io: SimIo): Promise<number> {
  const options = parseSimArgs(argv);
  if ('error' in options) {
    io.err(`twiml-sim: ${options.error}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  const token = io.env[options.authTokenEnv] || undefined;
  if (options.check) {
    if (!token) {
      io.err(`twiml-sim: --check-signature needs the Auth Token in $${options.authTokenEnv}`);
      return 2;
    }
    return checkMode(options, token, io);
  }
  if (!isSingleReplay(options)) {
    if (!token) io.err(`twiml-sim: $${options.authTokenEnv} is not set: the requests go unsigned`);
    if (options.scenario !== undefined) return scenarioMode(options, token, io);
    if (options.probe) return probeMode(options, token, io);
    if (options.call) return callMode(options, token, io);
    return conversationMode(options, token, io);
  }
  if (!token && !options.json) io.err(`twiml-sim: $${options.authTokenEnv} is not set: the request goes unsigned`);
  return replayMode(options, token, io);
}

if (require.main === module) {
  const write =
    (stream: NodeJS.WriteStream) =>
    (text: string): void => {
      if (text) stream.write(text.endsWith('\n') ? text : `${text}\n`);
    };
  void runSim(process.argv.slice(2), { out: write(process.stdout), err: write(process.stderr), env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
