/**
 * Extension entry point: starts the language client, the preview and the webhook replay.
 * Kept thin: each feature lives in its own module and is registered here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewModel, PreviewModelParams } from '../../shared/protocol';
import { PreviewModelRequest } from '../../shared/requests';
import { authTokenCommands } from './commands/authToken';
import { registerCommands } from './commands/registry';
import { replayCommands } from './commands/replayWebhook';
import { signatureCommands } from './commands/signature';
import { createLanguageClient, pushSettings } from './languageClient';
import { SettingsWatcher } from './settings';
import {
  activatePreview,
  previewCommands,
  type PreviewManager,
  type PreviewPanelInfo,
  type SampleMessage,
} from './preview';
import type { ReplayResult } from '../../webhook/src/replay/replay';
import {
  registerReplyDocuments,
  showReplyDocument,
  type ReplyInput,
  type ShowReplyOptions,
} from './replies/replyDocuments';
import { registerXmlDetection } from './xmlDetection';
import { activateConversation } from './conversation/commands';
import { serverReader } from './conversation/serverReader';
import type { PhoneSnapshot } from '../../shared/conversationMessages';
import { isPreviewable, isTwilioCode, registerPreviewableContext } from './embeddedTwiml';

let client: LanguageClient | undefined;

/** The API other extensions and our integration tests use. */
export interface TwimlExtensionApi {
  /** The running language client. */
  client(): LanguageClient | undefined;
  /** The model last sent to a preview webview. */
  getLastPreviewModel(): PreviewModel | undefined;
  /** Open preview panels. */
  activePreviewPanels(): PreviewPanelInfo[];
  /** The sample incoming message edited in the preview. */
  getSample(): SampleMessage;
  /** The last webhook replay's result. */
  getLastReplay(): ReplayResult | undefined;
  /** What the Conversation panel shows (its phone's state). */
  getConversation(): PhoneSnapshot;
  /** Opens a reply as a read-only `twiml-reply:` TwiML document (see replies/replyDocuments.ts). */
  showReplyDocument(reply: ReplyInput, options?: ShowReplyOptions): Promise<vscode.TextDocument>;
  /**
   * How long `activate()` took, start to end, in ms: registrations plus, when a TwiML or host
   * document is already open, starting the language server (activation waits for it then).
   */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<TwimlExtensionApi> {
  // Measured inside activate() so the figure excludes VS Code loading the bundle (the suite prints it).
  const started = performance.now();
  const output = vscode.window.createOutputChannel('TwiML');
  context.subscriptions.push(output, registerXmlDetection(), registerPreviewableContext(), registerReplyDocuments());
  client = createLanguageClient(context, output);
  const server = startWhenTwimlOpens(context, client);
  // Setting changes go to the server first, then to the preview and the panel (settings.ts).
  const settings = new SettingsWatcher(vscode, (next) => pushSettings(client, next));
  context.subscriptions.push(settings);

  const preview = activatePreview(context, settings.onDidChange, async (uri, position) => {
    await server.ensure();
    const params: PreviewModelParams = position
      ? { uri, position: { line: position.line, character: position.character } }
      : { uri };
    return (await client?.sendRequest(PreviewModelRequest, params)) ?? null;
  });
  // The replay and the Conversation panel judge replies through the language server (one judge).
  const reader = serverReader({ ensure: server.ensure, client: () => client });
  let lastReplay: ReplayResult | undefined;
  const replay = replayCommands(vscode, context, {
    output,
    reader,
    openReply: (reply) => showReplyDocument(reply),
    sample: () => preview.getSample(),
    showReply: async (result, document) => {
      lastReplay = result;
      // The preview's incoming bubble shows what was really sent, not the sample as it was.
      await preview.setSample(sentSample(result, preview.getSample()));
      await showReplyPreview(preview, document);
    },
  });

  const conversation = activateConversation({
    context,
    output,
    reader,
    onSettingsChange: settings.onDidChange,
    // The reply opens as a read-only document (its preview is one click away, in its title bar).
    showReply: async (reply) => {
      await showReplyDocument(reply, { preserveFocus: false });
    },
  });

  // Every command, registered in one place (commands/registry.ts lists them).
  context.subscriptions.push(
    ...registerCommands(vscode, {
      server: {
        'twiml.restartServer': async () => {
          await server.ensure();
          await client?.restart();
        },
      },
      preview: previewCommands(vscode, preview),
      replay,
      authToken: authTokenCommands(vscode, context),
      signature: signatureCommands(vscode, context, output),
      conversation: conversation.commands,
    }),
  );

  if (vscode.workspace.textDocuments.some(needsServer)) await server.ensure();
  const activationMs = performance.now() - started;
  return {
    client: () => client,
    getLastPreviewModel: () => preview.lastModel(),
    activePreviewPanels: () => preview.activePanels(),
    getSample: () => preview.getSample(),
    getLastReplay: () => lastReplay,
    getConversation: () => conversation.controller.phone.snapshot(),
    showReplyDocument,
    activationMs,
  };
}

async function showReplyPreview(preview: PreviewManager, document: vscode.TextDocument): Promise<void> {
  preview.showPreview(document.uri, { toSide: true, preserveFocus: true });
}

/** The From and Body a replay sent (a call sends no Body: the sample's stays). */
function sentSample(result: ReplayResult, current: SampleMessage): SampleMessage {
  return { from: result.params.From ?? current.from, body: result.params.Body ?? current.body };
}

/**
 * A TwiML document, code or a template that holds TwiML, or code that uses Twilio (its webhook
 * routes get code lenses even when the TwiML is built with the SDK): the server has work to do.
 */
function needsServer(document: vscode.TextDocument): boolean {
  return isPreviewable(document) || isTwilioCode(document);
}

/**
 * The extension also activates for plain XML (to spot `<Response>` roots) and for the languages
 * TwiML is embedded in; the server process is only started once a document with TwiML is open
 * (or typed: a host document is looked at again when it is saved) or a command needs it.
 */
function startWhenTwimlOpens(
  context: vscode.ExtensionContext,
  languageClient: LanguageClient,
): { ensure(): Promise<void> } {
  let starting: Promise<void> | undefined;
  const ensure = (): Promise<void> => (starting ??= languageClient.start());
  const check = (document: vscode.TextDocument): void => {
    if (needsServer(document)) void ensure();
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidSaveTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!starting && event.contentChanges.length) check(event.document);
    }),
  );
  return { ensure };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
