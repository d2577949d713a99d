/**
 * Starts the TwiML language server (dist/server.js) over IPC and connects it to VS Code. The
 * client restarts a crashed server (vscode-languageclient's default: up to 4 times in 3 minutes)
 * and re-sends every open TwiML document, so diagnostics come back on their own.
 */
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { HOST_LANGUAGE_IDS } from '../../shared/hostLanguages';
import type { TwimlSettings } from '../../shared/settings';
import { readServerSettings } from './settings';

/** Creates (but does not start) the language client. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // TwiML files, and the code and templates TwiML is really written in (files only: no diff or
    // git views). A host file without TwiML costs the server a substring check.
    documentSelector: [
      // Any scheme: files, untitled, and the read-only `twiml-reply:` documents of replies.
      { language: 'twiml' },
      ...HOST_LANGUAGE_IDS.map((language) => ({ language, scheme: 'file' })),
      ...HOST_LANGUAGE_IDS.map((language) => ({ language, scheme: 'untitled' })),
    ],
    // .twimlrc.json holds rule levels; the server re-reads it when it changes. Setting changes
    // are pushed by settings.ts (pushSettings), so they reach the server before the preview asks.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.twimlrc.json'),
    },
    outputChannel: output,
    // Read at each start, so a restarted server starts with the settings of the moment.
    initializationOptions: () => readServerSettings(vscode.workspace),
  };
  return new LanguageClient('twiml', 'TwiML Language Server', serverOptions, clientOptions);
}

/**
 * Hands the server new settings (workspace/didChangeConfiguration with the `twiml` section). A
 * server that is not running gets them when it starts (initializationOptions).
 */
export async function pushSettings(client: LanguageClient | undefined, settings: TwimlSettings): Promise<void> {
  if (!client?.isRunning()) return;
  await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { twiml: settings } });
}
