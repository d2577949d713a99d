/**
 * Starts the TwiML language server (dist/server.js) over IPC and connects it to VS Code. The
 * client restarts a crashed server (vscode-languageclient's default: up to 4 times in 3 minutes)
 * and re-sends every open TwiML document, so diagnostics come back on their own.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Creates (but does not start) the language client. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'twiml' }],
    synchronize: { configurationSection: 'twiml' },
    outputChannel: output,
    initializationOptions: {
      dialect: vscode.workspace.getConfiguration('twiml').get('dialect', 'auto'),
      maxDiagnostics: vscode.workspace.getConfiguration('twiml').get('maxDiagnostics', 1000),
    },
  };
  return new LanguageClient('twiml', 'TwiML Language Server', serverOptions, clientOptions);
}
