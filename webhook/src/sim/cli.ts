/**
 * `twiml-sim`: texts a local app like a phone (one conversation, a turn per --send, on the
 * conversation engine in webhook/src/conversation), or replays one signed Twilio webhook through a
 * simulated tunnel (webhook/src/replay). Pure Node; no `vscode`.
 *   twiml-sim URL [--send TEXT [--media URL]...]... [--json] [--verbose] ...
 *   twiml-sim URL --public-url URL [--diagnose-signature] [--json] ...
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
import { Conversation } from '../conversation/conversation';
import type { Turn } from '../conversation/types';
import { isSingleReplay, parseSimArgs, USAGE, type SimOptions } from './args';
import { formatTurn } from './formatTurns';

/** Where the CLI writes, and what it reads (injected by tests). */
export interface SimIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
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
  // A scenario (--scenario FILE, webhook/src/sim/scenario.ts) would supply the sends here, and
  // --save FILE would write `turns` afterwards.
  const sends = options.sends.length > 0 ? options.sends : [{ body: 'hello', media: [] }];
  const conversation = new Conversation({
    url: options.url!,
    method: options.method,
    channel: options.channel,
    from: options.from,
    to: options.to,
    authToken: token,
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
  return turns.every((turn) => turn.problems.every((p) => p.severity !== 'error')) ? 0 : 1;
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
