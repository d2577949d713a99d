/**
 * The signature commands, thin over ../replay: the "Diagnose Signature" action offered on a
 * rejected replay, and `twiml.checkSignature` (TwiML: Check a Signature).
 */
import type * as vscode from 'vscode';
import { checkSignature } from '../../../webhook/src/replay/checkSignature';
import { decodeForm, type WebhookParams } from '../../../webhook/src/replay/form';
import {
  diagnoseSignature,
  diagnosisRequestCount,
  type SignatureDiagnosis,
} from '../../../webhook/src/replay/diagnose';
import { TWILIO_SECURITY_URL } from '../../../webhook/src/replay/frameworkFixes';
import type { ReplayRequest, ReplayResult } from '../../../webhook/src/replay/replay';
import { redact } from '../../../webhook/src/replay/secrets';
import { formatCheck, formatDiagnosis, formatSignatureReport } from '../../../webhook/src/replay/signatureFormat';
import { getAuthToken, promptForAuthToken } from './authToken';
import type { VscodePort } from './port';
import type { CommandHandlers } from './registry';

const OPEN_DOCS = 'Open Twilio Security Docs';
const SHOW_OUTPUT = 'Show Output';

/** The label of the diagnose action, with the number of requests it sends. */
export function diagnoseActionLabel(count: number): string {
  return `Diagnose Signature (up to ${count} request${count === 1 ? '' : 's'} to your app)`;
}

/**
 * After a signed replay was rejected: the report goes to the output channel and a warning
 * offers the diagnosis. Resolves to the diagnosis when the user ran it.
 */
export async function offerDiagnosis(
  vscode: VscodePort,
  result: ReplayResult,
  request: ReplayRequest,
  output: vscode.OutputChannel,
): Promise<SignatureDiagnosis | undefined> {
  const secrets = [request.authToken];
  if (result.signatureReport) output.appendLine(redact(formatSignatureReport(result.signatureReport), secrets));
  const count = diagnosisRequestCount(result);
  const received = result.signatureReport?.received;
  const status = result.status === 401 || result.status === 403 ? `${result.status}` : 'a refusal';
  const text = `Your app rejected the signed webhook (${status}). Twilio signed ${result.signedUrl ?? result.url}; your app received ${received?.url ?? result.url} (Host ${received?.host ?? '?'}).`;
  const action = diagnoseActionLabel(count);
  const choice = await vscode.window.showWarningMessage(text, action, SHOW_OUTPUT);
  if (choice === SHOW_OUTPUT) output.show(true);
  if (choice !== action) return undefined;
  const diagnosis = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Diagnosing the signature (up to ${count} requests)`,
      cancellable: true,
    },
    (_progress, cancellation) => {
      const controller = new AbortController();
      cancellation.onCancellationRequested(() => controller.abort());
      return diagnoseSignature(request, result, { signal: controller.signal });
    },
  );
  output.appendLine(redact(formatDiagnosis(diagnosis), secrets));
  output.appendLine('');
  const show = diagnosis.acceptedUrl ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
  void show(diagnosis.advice, OPEN_DOCS, SHOW_OUTPUT).then((picked) => {
    if (picked === OPEN_DOCS) void vscode.env.openExternal(vscode.Uri.parse(TWILIO_SECURITY_URL));
    if (picked === SHOW_OUTPUT) output.show(true);
  });
  return diagnosis;
}

/** Arguments of a programmatic `executeCommand('twiml.checkSignature', args)`. */
export interface CheckSignatureArgs {
  url: string;
  params?: WebhookParams;
  /** A raw form body, or a JSON body when the URL carries bodySHA256. */
  body?: string;
  signature: string;
}

/** Reads `name=value` lines (or `&`-joined pairs, or a JSON body) pasted into one box. */
function parsePasted(text: string): { params?: WebhookParams; body?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { params: {} };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { body: text };
  if (/\r?\n/.test(trimmed))
    return {
      params: decodeForm(
        trimmed
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map(encodePair)
          .join('&'),
      ),
    };
  return { body: trimmed };
}

// One pasted line `Name=value` (raw, not form-encoded) as a form pair.
function encodePair(line: string): string {
  const at = line.indexOf('=');
  const [name, value] = at === -1 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

async function promptCheck(vscode: VscodePort): Promise<CheckSignatureArgs | undefined> {
  const url = await vscode.window.showInputBox({
    title: 'Check a Signature (1/3): URL',
    prompt: 'The webhook URL as Twilio called it, with its query',
    placeHolder: 'https://myapp.ngrok.app/sms?x=1',
    ignoreFocusOut: true,
  });
  if (!url) return undefined;
  const pasted = await vscode.window.showInputBox({
    title: 'Check a Signature (2/3): parameters or body',
    prompt: 'The raw POST body (Body=hi&From=%2B1...), a JSON body, or empty for GET',
    ignoreFocusOut: true,
  });
  if (pasted === undefined) return undefined;
  const signature = await vscode.window.showInputBox({
    title: 'Check a Signature (3/3): X-Twilio-Signature',
    prompt: 'The X-Twilio-Signature header from your log',
    ignoreFocusOut: true,
  });
  if (!signature) return undefined;
  return { url: url.trim(), ...parsePasted(pasted), signature: signature.trim() };
}

function isCheckArgs(value: unknown): value is CheckSignatureArgs {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CheckSignatureArgs).url === 'string' &&
    typeof (value as CheckSignatureArgs).signature === 'string'
  );
}

/** The handler of `twiml.checkSignature`. */
export function signatureCommands(
  vscode: VscodePort,
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
): CommandHandlers<'signature'> {
  return {
    'twiml.checkSignature': async (args?: unknown) => {
      const input = isCheckArgs(args) ? args : await promptCheck(vscode);
      if (!input) return undefined;
      let token = await getAuthToken(context);
      if (!token && (await promptForAuthToken(vscode, context))) token = await getAuthToken(context);
      if (!token) return undefined;
      const result = checkSignature({ authToken: token, ...input });
      output.appendLine(redact(formatCheck(result), [token]));
      output.appendLine('');
      const show = result.valid ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
      void show(result.message, SHOW_OUTPUT).then((picked) => (picked ? output.show(true) : undefined));
      return result;
    },
  };
}
