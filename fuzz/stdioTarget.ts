/**
 * The stdio fuzz target: drives the real server (`node dist/server.js --stdio`) with the mutators'
 * documents (TwiML, and Python, JS, PHP and template hosts) and, every Kth case, a large hostile
 * one; edits open documents, asks hover, completion, code actions, symbols and the preview model
 * at random positions, and holds every answer to the issue's limits: requests within 1 s, the
 * newest version's diagnostics within 2 s, peak RSS under 400 MB, no crash.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PreviewModelRequest } from '../shared/requests';
import { languageIdOfExtension } from '../shared/hostLanguages';
import { loadCorpus } from './corpus';
import { loadHostCorpus, type HostSeed } from './hostCorpus';
import { makeHostCase } from './hostMutator';
import { LARGE_DOCUMENTS } from './largeDocuments';
import { LatencyBook, describeAnswer, formatLength } from './latencyBook';
import { LspClient, type ReceivedMessage } from './lspClient';
import { makeCase } from './mutator';
import { procStatusKb } from './procStatus';
import { Prng } from './prng';

/** Every request answered within this (the bound). */
export const REQUEST_LIMIT_MS = 1000;
/** Diagnostics of a document's newest version published within this. */
export const DIAGNOSTICS_LIMIT_MS = 2000;
/** Peak RSS of the server (VmHWM), in kB (1 MB = 1024 kB, as /proc counts). */
export const RSS_LIMIT_KB = 400 * 1024;
/** A request unanswered this long means the server is stuck: it is killed and restarted. */
export const HARD_TIMEOUT_MS = 10_000;
/** At most this many documents open at once: the oldest is closed first. */
export const MAX_OPEN = 20;
/** Default: every 100th case opens a large document (so 10,000 cases open each kind about 11 times). */
export const DEFAULT_LARGE_EVERY = 100;

/** Request kinds sent at random positions. */
export const REQUEST_KINDS = ['hover', 'completion', 'codeAction', 'documentSymbol', 'previewModel'] as const;
type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * The host seeds opened over stdio, by extension (each with its language's id from the host
 * table); seeds of other languages are left out, so a run loads few grammars.
 */
const FUZZED_EXTENSIONS = ['py', 'js', 'php', 'hbs', 'ejs', 'erb', 'j2'];
const LANGUAGE_BY_EXTENSION: Record<string, string> = Object.fromEntries(
  FUZZED_EXTENSIONS.map((extension) => [extension, languageIdOfExtension(`.${extension}`) ?? 'plaintext']),
);

/** Small edits typed into open documents (incremental didChange). */
const TYPED = ['<', '>', '/', '"', "'", '\n', ' ', 'x', '<Say>', '</Say>', '<Pause/>', '</Response>', '{{', '${', '&'];

/** Options of one stdio run. */
export interface StdioOptions {
  serverPath: string;
  cases: number;
  firstSeed: number;
  /** Every Kth case opens a large document (0: never). */
  largeEvery: number;
  log: (line: string) => void;
}

/** What a run found. */
export interface StdioResult {
  cases: number;
  failures: number;
  book: LatencyBook;
  peakRssKb: number;
  restarts: number;
  wallMs: number;
}

interface OpenDocument {
  uri: string;
  languageId: string;
  document: TextDocument;
  /** The seed of the case that last changed it. */
  seed: number;
  diagnostics: unknown[];
}

interface PendingDiagnostics {
  version: number;
  sentAt: number;
  length: number;
  seed: number;
  failed: boolean;
}

const extensionOf = (uri: string): string => uri.slice(uri.lastIndexOf('.') + 1).toLowerCase();

/** Runs the stdio target and prints its figures; resolves with them. */
export async function runStdioTarget(options: StdioOptions): Promise<StdioResult> {
  return new StdioFuzzer(options).run();
}

class StdioFuzzer {
  private client!: LspClient;
  private readonly book = new LatencyBook();
  private readonly open = new Map<string, OpenDocument>();
  private readonly pending = new Map<string, PendingDiagnostics>();
  private readonly twiml = loadCorpus().texts;
  private readonly hosts: HostSeed[] = loadHostCorpus().filter(
    (seed) => extensionOf(seed.uri) in LANGUAGE_BY_EXTENSION,
  );
  private readonly largeTexts = new Map<number, string>();
  private failures = 0;
  private peakRssKb = 0;
  private restarts = 0;
  private documentCounter = 0;
  private largeCounter = 0;
  private seed = 0;

  constructor(private readonly options: StdioOptions) {}

  async run(): Promise<StdioResult> {
    const { cases, firstSeed, largeEvery, log } = this.options;
    const started = performance.now();
    log(
      `Fuzzing the server over stdio: ${cases} cases from seed ${firstSeed}, a large document every ${largeEvery || 'never'} cases, ` +
        `${this.twiml.length} TwiML and ${this.hosts.length} host seeds (Python, JS, PHP, templates)`,
    );
    await this.start();
    for (let i = 0; i < cases; i++) {
      this.seed = firstSeed + i;
      await this.runCase(new Prng(this.seed), largeEvery > 0 && (i + 1) % largeEvery === 0, i);
      if ((i + 1) % 1000 === 0)
        log(
          `  ${i + 1} cases, ${this.failures} failures, peak RSS ${(this.peakRssKb / 1024).toFixed(0)} MB, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
    }
    await this.settle();
    this.watchMemory();
    await this.client.shutdown();
    return {
      cases,
      failures: this.failures,
      book: this.book,
      peakRssKb: this.peakRssKb,
      restarts: this.restarts,
      wallMs: performance.now() - started,
    };
  }

  private fail(message: string, caseIndex?: number): void {
    this.failures++;
    if (this.failures <= 20) {
      const reproduce =
        caseIndex === undefined
          ? ''
          : ` (reproduce: node out/fuzz/index.js --target stdio --seed ${this.options.firstSeed} --cases ${caseIndex + 1} --large-every ${this.options.largeEvery})`;
      this.options.log(`FAIL seed ${this.seed}: ${message}${reproduce}`);
    }
  }

  private async start(): Promise<void> {
    this.client = new LspClient(this.options.serverPath);
    await this.client.initialize(undefined);
  }

  /** Kills a stuck or dead server and starts a fresh one: its documents are gone. */
  private async restart(): Promise<void> {
    this.watchMemory();
    this.restarts++;
    this.client.process.kill('SIGKILL');
    await this.client.exited;
    this.open.clear();
    this.pending.clear();
    await this.start();
  }

  private dead(): boolean {
    return this.client.process.exitCode !== null || this.client.process.signalCode !== null;
  }

  /** Reads the server's high-water mark; the peak over all server processes of the run. */
  private watchMemory(): void {
    const hwm = procStatusKb(this.client.pid, 'VmHWM');
    if (Number.isFinite(hwm)) this.peakRssKb = Math.max(this.peakRssKb, hwm);
  }

  private async runCase(prng: Prng, large: boolean, caseIndex: number): Promise<void> {
    this.collectDiagnostics(caseIndex);
    if (this.dead()) {
      this.fail(
        `the server exited (${this.client.process.exitCode ?? this.client.process.signalCode}): ${this.client.stderr.slice(-500)}`,
        caseIndex,
      );
      await this.restart();
    }
    let target: OpenDocument;
    if (large) target = this.openLarge();
    else if (this.open.size === 0 || (this.open.size < MAX_OPEN && prng.chance(0.3))) target = this.openMutated(prng);
    else {
      target = prng.pick([...this.open.values()]);
      if (prng.chance(0.4)) this.replaceText(target);
      else this.typeInto(target, prng);
    }
    if (this.open.size > MAX_OPEN) this.close(this.open.keys().next().value as string);
    const requests = prng.range(1, 3);
    for (let r = 0; r < requests; r++) {
      const document = prng.chance(0.7) && this.open.has(target.uri) ? target : prng.pick([...this.open.values()]);
      if (!(await this.ask(prng.pick(REQUEST_KINDS), document, prng, caseIndex))) return;
    }
    const previousPeak = this.peakRssKb;
    this.watchMemory();
    if (this.peakRssKb > RSS_LIMIT_KB && previousPeak <= RSS_LIMIT_KB)
      this.fail(`peak RSS ${(this.peakRssKb / 1024).toFixed(0)} MB over ${RSS_LIMIT_KB / 1024} MB`, caseIndex);
  }

  private track(uri: string, languageId: string, text: string): OpenDocument {
    const entry: OpenDocument = {
      uri,
      languageId,
      document: TextDocument.create(uri, languageId, 1, text),
      seed: this.seed,
      diagnostics: [],
    };
    this.open.set(uri, entry);
    this.expectDiagnostics(entry, this.client.open(uri, text, 1, languageId));
    return entry;
  }

  private openLarge(): OpenDocument {
    const index = this.largeCounter++ % LARGE_DOCUMENTS.length;
    const kind = LARGE_DOCUMENTS[index];
    // Generated once per run: the fuzzer's own time must not show up as the server's latency.
    let text = this.largeTexts.get(index);
    if (text === undefined) this.largeTexts.set(index, (text = kind.make()));
    return this.track(`file:///fuzz/large-${this.documentCounter++}.${kind.extension}`, kind.languageId, text);
  }

  private openMutated(prng: Prng): OpenDocument {
    const id = this.documentCounter++;
    if (prng.chance(0.5))
      return this.track(`file:///fuzz/doc-${id}.twiml`, 'twiml', makeCase(this.seed, this.twiml).input);
    const hostCase = makeHostCase(this.seed, this.hosts);
    const extension = extensionOf(hostCase.uri);
    return this.track(`file:///fuzz/${id}/host.${extension}`, LANGUAGE_BY_EXTENSION[extension], hostCase.input);
  }

  /** A full-text didChange: the document becomes another mutated one of its family. */
  private replaceText(entry: OpenDocument): void {
    const text =
      entry.languageId === 'twiml' ? makeCase(this.seed, this.twiml).input : makeHostCase(this.seed, this.hosts).input;
    this.change(entry, [{ text }]);
  }

  /** One to three incremental edits: typed pieces and deleted spans at random places. */
  private typeInto(entry: OpenDocument, prng: Prng): void {
    const changes: TextDocumentContentChangeEvent[] = [];
    const count = prng.range(1, 3);
    let document = entry.document;
    for (let i = 0; i < count; i++) {
      const length = document.getText().length;
      const start = prng.int(length + 1);
      const end = prng.chance(0.3) ? Math.min(length, start + prng.range(1, 20)) : start;
      const change = {
        range: { start: document.positionAt(start), end: document.positionAt(end) },
        text: prng.chance(0.8) ? prng.pick(TYPED) : '',
      };
      changes.push(change);
      // Each change applies to the text left by the previous one, as LSP orders them.
      document = TextDocument.update(document, [change], document.version);
    }
    this.change(entry, changes);
  }

  private change(entry: OpenDocument, changes: TextDocumentContentChangeEvent[]): void {
    const version = entry.document.version + 1;
    entry.document = TextDocument.update(entry.document, changes, version);
    entry.seed = this.seed;
    const sentAt = this.client.notify('textDocument/didChange', {
      textDocument: { uri: entry.uri, version },
      contentChanges: changes,
    });
    this.expectDiagnostics(entry, sentAt);
  }

  private close(uri: string): void {
    this.open.delete(uri);
    this.pending.delete(uri);
    this.client.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The newest version of a document is the one whose diagnostics count: it replaces the older wait. */
  private expectDiagnostics(entry: OpenDocument, sentAt: number): void {
    this.pending.set(entry.uri, {
      version: entry.document.version,
      sentAt,
      length: entry.document.getText().length,
      seed: this.seed,
      failed: false,
    });
  }

  /** Matches publishDiagnostics to the versions waited for, and fails the ones past the limit. */
  private collectDiagnostics(caseIndex?: number): void {
    const notifications = this.client.notifications;
    for (const message of notifications) this.receiveDiagnostics(message, caseIndex);
    // The client keeps every notification: forget the ones read so a long run stays small.
    notifications.length = 0;
    const now = performance.now();
    for (const [uri, wait] of this.pending)
      if (!wait.failed && now - wait.sentAt > DIAGNOSTICS_LIMIT_MS) {
        wait.failed = true;
        this.fail(
          `no diagnostics for ${uri} version ${wait.version} (${formatLength(wait.length)}, seed ${wait.seed}) within ${DIAGNOSTICS_LIMIT_MS} ms`,
          caseIndex,
        );
      }
  }

  private receiveDiagnostics(message: ReceivedMessage, caseIndex?: number): void {
    if (message.method !== 'textDocument/publishDiagnostics') return;
    const params = message.params as { uri: string; version?: number; diagnostics: unknown[] };
    const entry = this.open.get(params.uri);
    if (entry && params.version === entry.document.version) entry.diagnostics = params.diagnostics;
    const wait = this.pending.get(params.uri);
    if (!wait || params.version !== wait.version) return;
    this.pending.delete(params.uri);
    const ms = message.receivedAt - wait.sentAt;
    this.book.record({ kind: 'diagnostics', ms, documentLength: wait.length, seed: wait.seed });
    if (ms > DIAGNOSTICS_LIMIT_MS && !wait.failed)
      this.fail(`diagnostics of ${params.uri} version ${wait.version} after ${ms.toFixed(0)} ms`, caseIndex);
  }

  /** Sends one request and records its latency; false when the server had to be restarted. */
  private async ask(kind: RequestKind, entry: OpenDocument, prng: Prng, caseIndex: number): Promise<boolean> {
    const { document, uri } = entry;
    const length = document.getText().length;
    const position = document.positionAt(prng.int(length + 1));
    const textDocument = { uri };
    let method: string;
    let params: unknown;
    switch (kind) {
      case 'hover':
        [method, params] = ['textDocument/hover', { textDocument, position }];
        break;
      case 'completion':
        [method, params] = ['textDocument/completion', { textDocument, position }];
        break;
      case 'documentSymbol':
        [method, params] = ['textDocument/documentSymbol', { textDocument }];
        break;
      case 'previewModel':
        [method, params] = [PreviewModelRequest.method, entry.languageId === 'twiml' ? { uri } : { uri, position }];
        break;
      case 'codeAction': {
        const end = document.positionAt(Math.min(length, document.offsetAt(position) + prng.int(200)));
        // The findings near the range, as an editor passes them, so quick fixes are computed too.
        const diagnostics = (entry.diagnostics as Array<{ range: { start: { line: number } } }>)
          .filter((d) => Math.abs(d.range.start.line - position.line) <= 5)
          .slice(0, 20);
        [method, params] = [
          'textDocument/codeAction',
          { textDocument, range: { start: position, end }, context: { diagnostics } },
        ];
        break;
      }
    }
    const sentAt = performance.now();
    try {
      const response = await this.client.request(method, params, HARD_TIMEOUT_MS);
      const ms = response.receivedAt - sentAt;
      this.book.record({ kind, ms, documentLength: length, seed: this.seed });
      if (response.error) this.fail(`${kind} answered an error: ${response.error.message}`, caseIndex);
      else if (ms > REQUEST_LIMIT_MS)
        this.fail(
          `${kind} answered in ${ms.toFixed(0)} ms on a ${formatLength(length)} document${this.largestOpen()}`,
          caseIndex,
        );
      this.collectDiagnostics(caseIndex);
      return true;
    } catch {
      this.book.record({ kind, ms: performance.now() - sentAt, documentLength: length, seed: this.seed });
      this.fail(
        this.dead()
          ? `the server exited during ${kind} (${this.client.process.exitCode ?? this.client.process.signalCode}): ${this.client.stderr.slice(-500)}`
          : `${kind} unanswered after ${HARD_TIMEOUT_MS} ms on a ${formatLength(length)} document: server killed and restarted`,
        caseIndex,
      );
      await this.restart();
      return false;
    }
  }

  /** ` (largest open document: 5.00 MB)`: a slow answer on a small document usually waited behind it. */
  private largestOpen(): string {
    let largest = 0;
    for (const entry of this.open.values()) largest = Math.max(largest, entry.document.getText().length);
    return ` (largest open document: ${formatLength(largest)})`;
  }

  /** After the last case: waits for the newest versions' diagnostics (or their deadline). */
  private async settle(): Promise<void> {
    const until = performance.now() + DIAGNOSTICS_LIMIT_MS + 500;
    while (this.pending.size > 0 && performance.now() < until && !this.dead()) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      this.collectDiagnostics();
    }
    this.collectDiagnostics();
  }
}

/** Prints the figures of a stdio run. */
export function printStdioResult(result: StdioResult, log: (line: string) => void): void {
  const requestKinds = result.book.kinds().filter((kind) => kind !== 'diagnostics');
  log('');
  log(
    `| cases run | failures | server restarts | peak RSS (VmHWM) | wall time |\n|---|---|---|---|---|\n| ${result.cases} | ${result.failures} | ${result.restarts} | ${(result.peakRssKb / 1024).toFixed(0)} MB (limit ${RSS_LIMIT_KB / 1024} MB) | ${(result.wallMs / 1000).toFixed(0)} s |`,
  );
  log('\nRequest latency (sent → answered; limit 1 s):\n');
  log(result.book.table(requestKinds));
  log(
    '\nDiagnostics latency (didOpen/didChange → publishDiagnostics of that version; limit 2 s, 150 ms debounce after a change included):\n',
  );
  log(result.book.table(['diagnostics']));
  const worst = result.book.worst(requestKinds);
  const worstDiagnostics = result.book.worst(['diagnostics']);
  log(`\nWorst answer: ${worst ? describeAnswer(worst) : 'none'}`);
  log(`Worst diagnostics: ${worstDiagnostics ? describeAnswer(worstDiagnostics) : 'none'}`);
}
