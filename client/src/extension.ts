/**
 * Extension entry point: starts the language client, the preview and the webhook replay.
 * Kept thin: each feature lives in its own module and is registered here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerXmlDetection } from './xmlDetection';

let client: LanguageClient | undefined;

/** The API other extensions and our integration tests can use. */
export interface TwimlExtensionApi {
  /** The running language client. */
  client(): LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<TwimlExtensionApi> {
  const output = vscode.window.createOutputChannel('TwiML Language Server');
  context.subscriptions.push(output, registerXmlDetection());
  client = createLanguageClient(context, output);
  const started = startWhenTwimlOpens(context, client);
  context.subscriptions.push(vscode.commands.registerCommand('twiml.restartServer', async () => {
    await started.ensure();
    await client?.restart();
  }));
  if (vscode.workspace.textDocuments.some(isTwiml)) await started.ensure();
  return { client: () => client };
}

function isTwiml(document: vscode.TextDocument): boolean {
  return document.languageId === 'twiml';
}

/**
 * The extension also activates for plain XML (to spot `<Response>` roots); the server process is
 * only started once a TwiML document is actually open.
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
