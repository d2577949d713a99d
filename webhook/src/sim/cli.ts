/**
 * `twiml-sim`: replays a signed Twilio webhook to a local app from the command line, on the same
 * pure engine as the VS Code replay (webhook/src/replay). Pure Node; no `vscode`.
 *   twiml-sim URL [--send TEXT] [--public-url URL] [--diagnose-signature] [--json] ...
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
import { parseSimArgs, USAGE, type SimOptions } from './args';

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
