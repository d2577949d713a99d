/**
 * The TwiML language server: wires the pure language service to an LSP connection. Handlers are
 * a few lines each: get the document, get its cached analysis, call the service, return.
 * Runs over IPC (VS Code) or `--stdio` (Neovim, Helix, ...).
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, PreviewModelRequestMethod, type PreviewModelParams, type TwimlSettings } from '../../shared/protocol';
import { DocumentCache } from './documentCache';
import { createLanguageService } from './languageService';
import { ValidationScheduler } from './validationScheduler';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();
let settings: TwimlSettings = { ...DEFAULT_SETTINGS };
let canPullConfiguration = false;

const cache = new DocumentCache((document) => service.analyze(document, settings), () => settings.dialect);
const scheduler = new ValidationScheduler(validateNow, 150);

function validateNow(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  const diagnostics = service.doValidation(document, cache.get(document), settings);
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const initial = params.initializationOptions as Partial<TwimlSettings> | undefined;
  if (initial) settings = { ...settings, ...initial };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'twiml-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => { void refreshSettings(); });
connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { twiml?: Partial<TwimlSettings> } | undefined)?.twiml;
  if (pushed) settings = { ...DEFAULT_SETTINGS, ...pushed };
  void refreshSettings();
});

async function refreshSettings(): Promise<void> {
  if (canPullConfiguration) {
    const pulled = (await connection.workspace.getConfiguration('twiml')) as Partial<TwimlSettings> | null;
    if (pulled) settings = { ...DEFAULT_SETTINGS, dialect: pulled.dialect ?? settings.dialect, maxDiagnostics: pulled.maxDiagnostics ?? settings.maxDiagnostics };
  }
  cache.clear();
  for (const document of documents.all()) scheduler.schedule(document.uri, true);
}

documents.onDidOpen((event) => scheduler.schedule(event.document.uri, true));
documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
documents.onDidClose((event) => {
  scheduler.cancel(event.document.uri);
  cache.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onRequest(PreviewModelRequestMethod, (params: PreviewModelParams) => {
  const document = documents.get(params.uri);
  if (!document) return null;
  return service.getPreviewModel(document, cache.get(document), settings);
});

documents.listen(connection);
connection.listen();
