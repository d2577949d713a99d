/**
 * `twiml.replayWebhook`, `twiml.replayRecent` and `twiml.replay.clearCookies`: prompt (or take
 * arguments), call the pure replay module, and show what came back. All HTTP, signing and
 * judging lives in ../replay.
 */
import type * as vscode from 'vscode';
import type { ReplyReader } from '../../../shared/replyReading';
import { CookieJar } from '../../../webhook/src/replay/cookies';
import { kindLabel, ReplayHistory, type ReplaySpec } from '../../../webhook/src/replay/history';
import { formatExchange, summarize } from '../../../webhook/src/replay/logFormat';
import { replayWebhook, type ReplayResult } from '../../../webhook/src/replay/replay';
import { DEFAULT_ACCOUNT_SID, DEFAULT_BODY, SAMPLE_KINDS, type SampleKind } from '../../../webhook/src/replay/samples';
import type { ReplyInput } from '../replies/replyDocuments';
import { replayAccountSid, replayTimeoutMs, setting } from '../settings';
import { getAuthToken, promptForAuthToken } from './authToken';
import type { VscodePort } from './port';
import type { CommandHandlers } from './registry';
import { offerDiagnosis } from './signature';

/** What the extension hands to the replay commands. */
export interface ReplayCommandDeps {
  output: vscode.OutputChannel;
  /** Judges the reply's TwiML: the language server (see conversation/serverReader.ts). */
  reader: ReplyReader;
  /** Called after the reply's TwiML is open in `document` (e.g. to open the preview). */
  showReply(result: ReplayResult, document: vscode.TextDocument): Promise<void>;
  /** Opens a reply as a document: the read-only `twiml-reply:` documents (`showReplyDocument`). */
  openReply(reply: ReplyInput): Promise<vscode.TextDocument>;
  /** The sample incoming message edited in the preview: the interactive defaults for From and Body. */
  sample?(): { from: string; body: string };
}

/** Arguments of a programmatic `executeCommand('twiml.replayWebhook', args)`; all optional. */
export interface ReplayCommandArgs {
  url?: string;
  method?: 'GET' | 'POST';
  sample?: SampleKind;
  /** Parameters merged into the sample last. */
  params?: Record<string, string>;
  body?: string;
  from?: string;
  to?: string;
  /** The public URL Twilio would call; overrides `twiml.replay.publicUrl`. */
  publicUrl?: string;
}

const KIND_DESCRIPTIONS: Record<SampleKind, string> = {
  sms: 'Incoming text message',
  mms: 'Incoming message with one picture',
  whatsapp: 'Incoming WhatsApp message',
  voice: 'Incoming phone call (ringing)',
};

function isArgs(vscode: VscodePort, value: unknown): value is ReplayCommandArgs {
  // Menus pass a Uri; only a plain object means "run without prompting".
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !Array.isArray(value);
}

/** The replay as the settings describe it (settings.ts), overridden by the command's arguments. */
function specFromSettings(
  vscode: VscodePort,
  args: ReplayCommandArgs,
  sample: SampleKind,
  body: string | undefined,
): ReplaySpec {
  return {
    url: args.url ?? setting<string>(vscode.workspace, 'twiml.replay.url'),
    method: args.method ?? (setting<string>(vscode.workspace, 'twiml.replay.method') === 'GET' ? 'GET' : 'POST'),
    sample,
    body,
    from: args.from ?? (setting<string>(vscode.workspace, 'twiml.replay.from') || undefined),
    to: args.to ?? (setting<string>(vscode.workspace, 'twiml.replay.to') || undefined),
    // One AccountSid for every replay, as Twilio sends one per account (the conversation's default).
    params: { AccountSid: replayAccountSid(vscode.workspace) ?? DEFAULT_ACCOUNT_SID, ...args.params },
    timeoutMs: replayTimeoutMs(vscode.workspace),
    publicUrl: (args.publicUrl ?? setting<string>(vscode.workspace, 'twiml.replay.publicUrl')).trim() || undefined,
  };
}

/** "POST http://localhost:5000/sms": what the prompts say they will call. */
export function replayTarget(spec: Pick<ReplaySpec, 'method' | 'url' | 'publicUrl'>): string {
  const via = spec.publicUrl ? ` (as Twilio calls ${spec.publicUrl})` : '';
  return `${spec.method} ${spec.url}${via}`;
}

async function promptSpec(
  vscode: VscodePort,
  sample: { from: string; body: string } | undefined,
): Promise<ReplaySpec | undefined> {
  // The target comes from settings; read it first so the prompts can say where the request goes.
  const target = replayTarget(specFromSettings(vscode, {}, 'sms', undefined));
  const picked = await vscode.window.showQuickPick(
    SAMPLE_KINDS.map((sample) => ({ label: kindLabel(sample), description: KIND_DESCRIPTIONS[sample], sample })),
    { title: `Replay a sample Twilio webhook → ${target}`, placeHolder: `What should ${target} receive?` },
  );
  if (!picked) return undefined;
  let body: string | undefined;
  if (picked.sample !== 'voice') {
    body = await vscode.window.showInputBox({
      title: `${picked.label} body → ${target}`,
      value: sample?.body || DEFAULT_BODY,
      prompt: 'Text of the incoming message',
    });
    if (body === undefined) return undefined;
  }
  // After a WhatsApp replay the preview's sample sender reads "whatsapp:+1..."; other kinds send the number.
  const number = sample?.from.replace(/^whatsapp:/, '');
  const from = number && picked.sample !== 'whatsapp' ? number : undefined;
  return specFromSettings(vscode, { from }, picked.sample, body);
}

/** The handlers of the replay commands; they share one history and one cookie jar. */
export function replayCommands(
  vscode: VscodePort,
  context: vscode.ExtensionContext,
  deps: ReplayCommandDeps,
): CommandHandlers<'replay'> {
  const history = new ReplayHistory(10);
  // One jar per session: cookies carry over between replays of the same conversation, as on Twilio.
  const cookies = new CookieJar();
  // "Sent unsigned" is said once per session: after that it is known and would only be noise.
  let toldUnsigned = false;

  const send = async (spec: ReplaySpec): Promise<ReplayResult> => {
    const token = await getAuthToken(context);
    const via = spec.publicUrl ? ` (as Twilio calls ${spec.publicUrl})` : '';
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Replaying ${kindLabel(spec.sample)} webhook to ${spec.url}${via}`,
        cancellable: true,
      },
      (_progress, cancellation) => {
        const controller = new AbortController();
        cancellation.onCancellationRequested(() => controller.abort());
        return replayWebhook({ ...spec, reader: deps.reader, authToken: token, cookies, signal: controller.signal });
      },
    );
    history.add({ spec, summary: summarize(result), at: new Date() });
    deps.output.appendLine(formatExchange(result, { secrets: [token], time: new Date() }));
    deps.output.appendLine('');
    if (!token && !toldUnsigned) {
      toldUnsigned = true;
      notifyUnsigned(vscode, context);
    }
    const rejectedSigned = result.rejected && result.signed;
    // A rejected signed request gets the signature warning (with "Diagnose") instead of the 11200 error.
    if (rejectedSigned) {
      void offerDiagnosis(vscode, result, { ...spec, reader: deps.reader, authToken: token, cookies }, deps.output);
    }
    await presentResult(vscode, result, deps, rejectedSigned);
    return result;
  };

  return {
    'twiml.replayWebhook': async (args?: unknown) => {
      if (isArgs(vscode, args)) {
        const sample = args.sample ?? 'sms';
        return send(
          specFromSettings(vscode, args, sample, sample === 'voice' ? undefined : (args.body ?? DEFAULT_BODY)),
        );
      }
      const spec = await promptSpec(vscode, deps.sample?.());
      return spec ? send(spec) : undefined;
    },
    'twiml.replayRecent': async () => {
      const entries = history.list();
      if (entries.length === 0) {
        const choice = await vscode.window.showInformationMessage(
          'No webhook has been replayed yet.',
          'Replay Sample Webhook',
        );
        return choice ? vscode.commands.executeCommand('twiml.replayWebhook') : undefined;
      }
      const picked = await vscode.window.showQuickPick(
        entries.map((entry) => ({
          label: `${kindLabel(entry.spec.sample)} → ${entry.spec.method} ${entry.spec.url}`,
          description: entry.spec.body !== undefined ? JSON.stringify(entry.spec.body) : undefined,
          detail: `${entry.at.toLocaleTimeString()}: ${entry.summary}`,
          entry,
        })),
        { title: 'Replay a recent webhook again' },
      );
      return picked ? send(picked.entry.spec) : undefined;
    },
    'twiml.replay.clearCookies': () => {
      const cleared = cookies.clear();
      const what = cleared === 1 ? '1 replay cookie' : `${cleared} replay cookies`;
      void vscode.window.showInformationMessage(
        cleared === 0 ? 'The replay cookie jar was already empty.' : `Cleared ${what}.`,
      );
      return cleared;
    },
  };
}

function notifyUnsigned(vscode: VscodePort, context: vscode.ExtensionContext): void {
  // Not awaited: the message stays up without blocking the command's result.
  void vscode.window
    .showInformationMessage(
      'Webhook sent unsigned: set your Twilio Auth Token to add X-Twilio-Signature.',
      'Set Auth Token',
    )
    .then((choice) => (choice ? promptForAuthToken(vscode, context) : undefined));
}

async function presentResult(
  vscode: VscodePort,
  result: ReplayResult,
  deps: ReplayCommandDeps,
  explained = false,
): Promise<void> {
  const error = result.problems.find((p) => p.severity === 'error');
  if (error && explained) {
    // offerDiagnosis shows the message.
  } else if (error) {
    const actions = error.docUrl ? ['Open Error Docs', 'Show Output'] : ['Show Output'];
    const code = error.code !== undefined ? `Twilio ${error.code}: ` : '';
    void vscode.window.showErrorMessage(`${code}${error.message}`, ...actions).then((choice) => {
      if (choice === 'Open Error Docs' && error.docUrl) void vscode.env.openExternal(vscode.Uri.parse(error.docUrl));
      if (choice === 'Show Output') deps.output.show(true);
    });
  } else if (result.outcome !== 'cancelled') {
    vscode.window.setStatusBarMessage(`TwiML replay: ${summarize(result)}`, 5000);
  }
  if (result.twiml === undefined) return;
  // A read-only document named after the request: nothing untitled that asks to be saved.
  const document = await deps.openReply({
    method: result.method,
    url: result.url,
    status: result.status,
    body: result.twiml,
  });
  try {
    await deps.showReply(result, document);
  } catch (err) {
    deps.output.appendLine(`Could not show the reply: ${err instanceof Error ? err.message : String(err)}`);
  }
}
