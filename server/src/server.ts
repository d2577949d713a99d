/**
 * The TwiML language server: wires the pure language service to an LSP connection. Handlers are
 * a few lines each: get the document, get its cached analysis, call the service, return.
 * Every handler and the validation run inside `runSafe`: our bug answers an empty result and is
 * logged once, and the server never goes down. Runs over IPC (VS Code) or `--stdio` (Neovim, Helix, ...).
 */
// First: the young generation already grows while the bundle's modules load (see heapTuning.ts).
import './heapTuning';
import type { ReplyReader } from '../../shared/replyReading';
import {
  CheckWellFormedRequest,
  PreviewModelRequest,
  ReadMessagingReplyRequest,
  ReadVoiceReplyRequest,
  type ReadReplyParams,
} from '../../shared/requests';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PreviewModelParams } from '../../shared/protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type TwimlSettings } from '../../shared/settings';
import { fileURLToPath } from 'node:url';
import { TwimlrcLookup } from './config/twimlrc';
import { DocumentCache } from './documentCache';
import { createHostLanguageService } from './embedded/hostService';
import type { HostAnalysis } from './embedded/hostAnalysis';
import { CODE_ACTION_KINDS } from './services/codeActions';
import { COMPLETION_TRIGGER_CHARACTERS } from './services/completion';
import { registerHeapProbe } from './heapProbe';
import { createReplyReader } from './reading/replyReader';
import { describe, FailureLog, runSafe, runSafeAsync } from './runSafe';
import { ValidationScheduler } from './validationScheduler';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** Our own failures (rules, readers, handlers), each logged once per document. */
const failures = new FailureLog((line) => connection.console.error(line));
const service = createHostLanguageService({ onFailure: (failure) => failures.report(failure) });

// A bug outside every handler (a timer, a promise nobody awaits) is logged, and the server keeps
// serving: without these listeners Node would exit and the editor would lose every feature.
process.on('uncaughtException', (error) => logProcessFailure('uncaught exception', error));
process.on('unhandledRejection', (reason) => logProcessFailure('unhandled rejection', reason));

function logProcessFailure(kind: string, error: unknown): void {
  const line = `TwiML Tools ${kind}: ${describe(error)}`;
  try {
    connection.console.error(line);
  } catch {
    // The connection itself may be what broke; stderr is never the protocol channel.
    process.stderr.write(`${line}\n`);
  }
}
let settings: TwimlSettings = normalizeSettings(DEFAULT_SETTINGS);
let canPullConfiguration = false;
/** The most folding ranges the client wants (VS Code: 5000). */
let foldingRangeLimit: number | undefined;

const cache = new DocumentCache<HostAnalysis>(
  (document) => service.analyze(document, settings),
  () => settings.dialect,
);
const scheduler = new ValidationScheduler(validateNow, 150);

/**
 * Publishes the diagnostics of every document the client sends, an empty list when it holds no
 * TwiML (so removing the last TwiML literal of a Python file clears its findings). While a host
 * language's grammar loads, it publishes again once it has.
 */
function validateNow(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  // A failure outside the guarded rules and readers publishes an empty list, not stale findings.
  const diagnostics = runSafe(failures, 'validation', uri, [], () => diagnosticsOf(document));
  if (diagnostics) void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

/** The document's diagnostics, or undefined while its grammar loads (it is validated again then). */
function diagnosticsOf(document: TextDocument): Diagnostic[] | undefined {
  const uri = document.uri;
  const analysis = cache.get(document);
  if (analysis.pending) {
    // Publish once the grammar is there, rather than an empty list that would flash away.
    void analysis.pending.then((grammar) => {
      if (!grammar)
        connection.console.error(
          `TwiML: the grammar for ${document.languageId} could not be loaded; TwiML in ${uri} is not checked.`,
        );
      cache.delete(uri);
      if (documents.get(uri)) scheduler.schedule(uri, true);
    });
    return undefined;
  }
  return service.doValidation(document, analysis, settingsFor(document));
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
  settings = normalizeSettings(params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      // Declared statically: Neovim and Helix take capabilities only from this answer.
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      linkedEditingRangeProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'twiml-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  settingsSettled = pullSettings();
});

/** `.twimlrc.json` files, found upward from each file: the `twiml.rules` setting wins over them. */
const twimlrc = new TwimlrcLookup();

function settingsFor(document: TextDocument): TwimlSettings {
  if (!document.uri.startsWith('file:')) return settings;
  let file: string;
  try {
    file = fileURLToPath(document.uri);
  } catch {
    return settings;
  }
  const found = twimlrc.rulesFor(file);
  if (found.error) connection.console.error(found.error);
  return Object.keys(found.rules).length ? { ...settings, rules: { ...found.rules, ...settings.rules } } : settings;
}

connection.onDidChangeWatchedFiles(() => {
  twimlrc.clear();
  cache.clear();
  for (const document of documents.all()) scheduler.schedule(document.uri, true);
});
/**
 * Settles once the latest settings change is applied: the preview waits for it, so a model asked
 * for right after `twiml.dialect` changes is drawn under the new dialect.
 */
let settingsSettled: Promise<void> = Promise.resolve();

connection.onDidChangeConfiguration((change) => {
  // Settings pushed with the notification (our client sends them) apply at once; an editor that
  // sends none is asked for them (workspace/configuration) when it can answer.
  const pushed = (change.settings as { twiml?: unknown } | null | undefined)?.twiml;
  if (pushed !== undefined) {
    applySettings(normalizeSettings(pushed));
    settingsSettled = Promise.resolve();
  } else settingsSettled = pullSettings();
});

async function pullSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const pulled: unknown = await connection.workspace.getConfiguration('twiml');
    // A field the editor does not send keeps its current value.
    applySettings(normalizeSettings(pulled, settings));
  } catch (error) {
    connection.console.error(
      `Could not read the twiml settings: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function applySettings(next: TwimlSettings): void {
  settings = next;
  cache.clear();
  for (const document of documents.all()) scheduler.schedule(document.uri, true);
}

documents.onDidOpen((event) => scheduler.schedule(event.document.uri, true));
documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
documents.onDidClose((event) => {
  scheduler.cancel(event.document.uri);
  cache.delete(event.document.uri);
  service.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onRequest(PreviewModelRequest, async (params: PreviewModelParams) => {
  await settingsSettled;
  return withDocument('preview model', params.uri, null, (document, analysis) =>
    service.getPreviewModel(
      document,
      analysis,
      settingsFor(document),
      params.position ? clamp(document, params.position) : undefined,
    ),
  );
});

// The reading requests: the webhook engines in the extension host (Conversation panel, replay)
// ask the server to judge and read the app's replies, so the extension carries no XML parser.
// The reader is made on first use: a session that never converses pays nothing for it.
let replyReader: ReplyReader | undefined;
const reader = (): ReplyReader => (replyReader ??= createReplyReader());
connection.onRequest(CheckWellFormedRequest, (params) =>
  runSafeAsync(failures, 'check well-formed', '', null, () => reader().checkWellFormed(replyParams(params).text)),
);
connection.onRequest(ReadMessagingReplyRequest, (params) =>
  runSafeAsync(failures, 'read messaging reply', String(params?.url ?? ''), null, () => {
    const { text, url } = replyParams(params);
    return reader().readMessaging(text, url);
  }),
);
connection.onRequest(ReadVoiceReplyRequest, (params) =>
  runSafeAsync(failures, 'read voice reply', String(params?.url ?? ''), null, () => {
    const { text, url } = replyParams(params);
    return reader().readVoice(text, url);
  }),
);

/**
 * A reading request's params, checked: a client that sends no text gets `null` and a log line
 * (runSafe), never a verdict on something that is not a document (`{ text: 42 }` read as clean).
 */
function replyParams(params: unknown): ReadReplyParams {
  const { text, url } = (params ?? {}) as Partial<Record<keyof ReadReplyParams, unknown>>;
  if (typeof text !== 'string') throw new TypeError(`a reading request needs { text: string }, got ${typeof text}`);
  return { text, url: typeof url === 'string' ? url : '' };
}

/**
 * Runs `use` on an open document and its cached analysis; `fallback` for documents we do not
 * have, and when `use` throws (logged once under `handler` and the URI, see runSafe.ts).
 */
function withDocument<T, F>(
  handler: string,
  uri: string,
  fallback: F,
  use: (document: TextDocument, analysis: HostAnalysis) => T,
): T | F {
  return runSafe(failures, handler, uri, fallback, () => {
    const document = documents.get(uri);
    return document ? use(document, cache.get(document)) : fallback;
  });
}

/** A position inside the document: clients may send one past the end while the text is changing. */
function clamp(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt(position));
}

connection.onCompletion(({ textDocument, position, context }) =>
  withDocument('completion', textDocument.uri, null, (document, analysis) =>
    service.doComplete(document, clamp(document, position), analysis, context),
  ),
);
connection.onHover(({ textDocument, position }) =>
  withDocument('hover', textDocument.uri, null, (document, analysis) =>
    service.doHover(document, clamp(document, position), analysis),
  ),
);
connection.onDocumentSymbol(({ textDocument }) =>
  withDocument('document symbols', textDocument.uri, [], (document, analysis) =>
    service.findDocumentSymbols(document, analysis),
  ),
);
connection.onFoldingRanges(({ textDocument }) =>
  withDocument('folding ranges', textDocument.uri, [], (document, analysis) =>
    service.getFoldingRanges(document, analysis, foldingRangeLimit),
  ),
);
connection.languages.onLinkedEditingRange(({ textDocument, position }) =>
  withDocument('linked editing', textDocument.uri, null, (document, analysis) =>
    service.findLinkedEditingRanges(document, clamp(document, position), analysis),
  ),
);
connection.onCodeAction(({ textDocument, range, context }) =>
  withDocument('code actions', textDocument.uri, [], (document, analysis) =>
    service.doCodeActions(document, range, context, analysis, settingsFor(document)),
  ),
);

connection.languages.inlayHint.on(({ textDocument, range }) =>
  withDocument('inlay hints', textDocument.uri, [], (document, analysis) =>
    service.getInlayHints(document, analysis, range),
  ),
);

// Route lenses need the code's grammar: while it loads, the answer waits for it (once).
connection.onCodeLens(({ textDocument }) =>
  runSafeAsync(failures, 'code lenses', textDocument.uri, [], async () => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const first = service.getCodeLenses(document);
    if (!first.pending) return first.lenses;
    await first.pending;
    const current = documents.get(textDocument.uri);
    return current ? service.getCodeLenses(current).lenses : [];
  }),
);

registerHeapProbe(connection);
documents.listen(connection);
connection.listen();
