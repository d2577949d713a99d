/**
 * Extension entry point: starts the language client, the preview and the webhook replay.
 * Kept thin: each feature lives in its own module and is registered here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewModelRequestMethod, type PreviewModel, type PreviewModelParams } from '../../shared/protocol';
import { registerReplayCommands } from './commands/replayWebhook';
import { createLanguageClient } from './languageClient';
import { activatePreview, type PreviewManager, type PreviewPanelInfo, type SampleMessage } from './preview';
import type { ReplayResult } from './replay/replay';
import { registerXmlDetection } from './xmlDetection';

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
}

export async function activate(context: vscode.ExtensionContext): Promise<TwimlExtensionApi> {
  const output = vscode.window.createOutputChannel('TwiML');
  context.subscriptions.push(output, registerXmlDetection());
  client = createLanguageClient(context, output);
  const server = startWhenTwimlOpens(context, client);
  context.subscriptions.push(vscode.commands.registerCommand('twiml.restartServer', async () => {
    await server.ensure();
    await client?.restart();
  }));

  const preview = activatePreview(context, async (uri) => {
    await server.ensure();
    const params: PreviewModelParams = { uri };
    return (await client?.sendRequest<PreviewModel | null>(PreviewModelRequestMethod, params)) ?? null;
  });
  let lastReplay: ReplayResult | undefined;
  registerReplayCommands(context, {
    output,
    sample: () => preview.getSample(),
    showReply: async (result, document) => {
      lastReplay = result;
      await showReplyPreview(preview, document);
    },
  });

  if (vscode.workspace.textDocuments.some(isTwiml)) await server.ensure();
  return {
    client: () => client,
    getLastPreviewModel: () => preview.lastModel(),
    activePreviewPanels: () => preview.activePanels(),
    getSample: () => preview.getSample(),
    getLastReplay: () => lastReplay,
  };
}

async function showReplyPreview(preview: PreviewManager, document: vscode.TextDocument): Promise<void> {
  preview.showPreview(document.uri, { toSide: true, preserveFocus: true });
}

function isTwiml(document: vscode.TextDocument): boolean {
  return document.languageId === 'twiml';
}

/**
 * The extension also activates for plain XML (to spot `<Response>` roots); the server process is
 * only started once a TwiML document is actually open or a command needs it.
 */
function startWhenTwimlOpens(context: vscode.ExtensionContext, languageClient: LanguageClient): { ensure(): Promise<void> } {
  let starting: Promise<void> | undefined;
  const ensure = (): Promise<void> => (starting ??= languageClient.start());
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((document) => {
    if (isTwiml(document)) void ensure();
  }));
  return { ensure };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
