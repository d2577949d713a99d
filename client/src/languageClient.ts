/**
 * Starts the TwiML language server (dist/server.js) over IPC and connects it to VS Code. The
 * client restarts a crashed server (vscode-languageclient's default: up to 4 times in 3 minutes)
 * and re-sends every open TwiML document, so diagnostics come back on their own.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { HOST_LANGUAGE_IDS } from '../../shared/hostLanguages';

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
    // .twimlrc.json holds rule levels; the server re-reads it when it changes.
    synchronize: {
      configurationSection: 'twiml',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.twimlrc.json'),
    },
    outputChannel: output,
    initializationOptions: {
      dialect: vscode.workspace.getConfiguration('twiml').get('dialect', 'auto'),
      maxDiagnostics: vscode.workspace.getConfiguration('twiml').get('maxDiagnostics', 1000),
      rules: vscode.workspace.getConfiguration('twiml').get('rules', {}),
    },
  };
  return new LanguageClient('twiml', 'TwiML Language Server', serverOptions, clientOptions);
}
