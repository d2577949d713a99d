/**
 * The properties every host fuzz case must keep, over every method of the host service: no throw;
 * the same input gives the same JSON (twice on one service, whose syntax trees are then reused
 * incrementally, and once on a fresh service); every range of a diagnostic, fix, hover, completion,
 * linked editing, symbol and inlay hint lies within the document; no result text holds a Private
 * Use Area character (the internal placeholders) unless the input did; rules turned off stay off;
 * each quick fix applies cleanly and its result validates; analysis + validation stay under a bound.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { TwimlSettings } from '../shared/settings';
import { createHostLanguageService, type HostLanguageService } from '../server/src/embedded/hostService';
import type { HostAnalysis } from '../server/src/embedded/hostAnalysis';
import { RULE_IDS } from '../server/src/services/validation/ruleTable';
import { Prng } from './prng';

/**
 * Analysis + validation time bound for host documents up to {@link HOST_TIME_BOUND_MAX_LENGTH}
 * characters: a tree-sitter parse plus the TwiML validation of a 60 kB file 2,000 levels deep
 * takes 400–500 ms on a busy 2-core machine; the bound is there for the pathological ones (40 s).
 */
export const HOST_TIME_BOUND_MS = 1000;
export const HOST_TIME_BOUND_MAX_LENGTH = 100_000;

/** Summaries, not findings: no level applies to them. */
const NOT_CONFIGURABLE = new Set(['too-many-diagnostics', 'unknown-rule']);
/** Every other rule turned off, and the ones the fixtures trigger most. */
const RULES_OFF: Record<string, string> = Object.fromEntries(
  [
    ...RULE_IDS.filter((id, index) => index % 2 === 1 && !NOT_CONFIGURABLE.has(id)),
    'element-case',
    'root-multiple',
    'wrong-dialect',
    'unreachable-verb',
    'message-body-too-long',
  ].map((id) => [id, 'off']),
);
const OFF_SETTINGS: Partial<TwimlSettings> = { rules: RULES_OFF };
const CAPPED_SETTINGS: Partial<TwimlSettings> = { maxDiagnostics: 3, dialect: 'voice' };

/** What one host case showed. */
export interface HostCaseOutcome {
  failure: string | undefined;
  /** analyze + doValidation time of the fastest run, in ms. */
  validationMs: number;
}

const PUA = /[\uE000-\uF8FF]/;

/** Collects property violations of one run (they fail the case; the first few are reported). */
class Checker {
  readonly problems: string[] = [];
  private readonly lines: string[];

  constructor(
    private readonly document: TextDocument,
    private readonly inputHasPua: boolean,
  ) {
    this.lines = document.getText().split(/\r\n|\r|\n/);
  }

  problem(message: string): void {
    if (this.problems.length < 5) this.problems.push(message);
  }

  position(what: string, position: Position | undefined): void {
    if (!position || !Number.isInteger(position.line) || !Number.isInteger(position.character))
      return this.problem(`${what}: not a position ${JSON.stringify(position)}`);
    const line = this.lines[position.line];
    if (position.line < 0 || line === undefined)
      return this.problem(`${what}: line ${position.line} outside the document (${this.lines.length} lines)`);
    if (position.character < 0 || position.character > line.length)
      this.problem(
        `${what}: character ${position.character} outside line ${position.line} (${line.length} characters)`,
      );
  }

  range(what: string, range: Range | undefined): void {
    if (!range) return this.problem(`${what}: no range`);
    this.position(`${what} start`, range.start);
    this.position(`${what} end`, range.end);
    if (
      range.start.line > range.end.line ||
      (range.start.line === range.end.line && range.start.character > range.end.character)
    ) {
      this.problem(`${what}: range ends before it starts ${JSON.stringify(range)}`);
    }
  }

  text(what: string, text: string | undefined): void {
    if (!this.inputHasPua && text !== undefined && PUA.test(text)) {
      this.problem(`${what}: a private-use placeholder leaked: ${JSON.stringify(text.slice(0, 200))}`);
    }
  }

  diagnostics(what: string, diagnostics: readonly Diagnostic[]): void {
    diagnostics.forEach((diagnostic, index) => {
      const label = `${what}[${index}] ${String(diagnostic.code)}`;
      this.range(label, diagnostic.range);
      this.text(`${label} message`, diagnostic.message);
      const fixes =
        (diagnostic.data as { fixes?: Array<{ title: string; edits: TextEdit[] }> } | undefined)?.fixes ?? [];
      for (const fix of fixes) {
        this.text(`${label} fix title`, fix.title);
        for (const edit of fix.edits) {
          this.range(`${label} fix edit`, edit.range);
          this.text(`${label} fix edit text`, edit.newText);
        }
      }
    });
  }

  actions(what: string, actions: readonly CodeAction[]): void {
    actions.forEach((action, index) => {
      this.text(`${what}[${index}] title`, action.title);
      for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        if (uri !== this.document.uri) this.problem(`${what}[${index}] edits another document ${uri}`);
        for (const edit of edits) {
          this.range(`${what}[${index}] edit`, edit.range);
          this.text(`${what}[${index}] edit text`, edit.newText);
        }
      }
    });
  }
}

/** Analyses `document`, waiting for a grammar still loading (then analysing again). */
async function analyzeSettled(
  service: HostLanguageService,
  document: TextDocument,
  settings?: Partial<TwimlSettings>,
): Promise<HostAnalysis> {
  let analysis = service.analyze(document, settings);
  for (let tries = 0; analysis.pending && tries < 3; tries++) {
    await analysis.pending;
    analysis = service.analyze(document, settings);
  }
  return analysis;
}

/** Positions probed: edges, a few inside, diagnostics' starts, seeded markup and quote positions, and stale ones past the end. */
function probePositions(document: TextDocument, diagnostics: readonly Diagnostic[], seed: number): Position[] {
  const text = document.getText();
  const prng = new Prng(seed ^ 0x5bd1e995);
  const offsets = [0, text.length >> 1, Math.max(0, text.length - 1), text.length];
  for (let i = 0; i < 4 && text.length > 0; i++) {
    const at = text.indexOf(prng.pick(['<', '</', ' ', '="', '"', '>']), prng.int(text.length));
    if (at >= 0) offsets.push(at + prng.int(3));
  }
  const positions = offsets.map((offset) => document.positionAt(offset));
  for (const diagnostic of diagnostics.slice(0, 2)) positions.push(diagnostic.range.start);
  positions.push({ line: document.lineCount + 5, character: 3 }, { line: 0, character: 100_000 });
  return positions;
}

function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** Every host service method once over `text`; everything as JSON, plus the validation time. */
async function exercise(
  service: HostLanguageService,
  uri: string,
  text: string,
  seed: number,
): Promise<{ json: string; validationMs: number; problems: string[] }> {
  const document = TextDocument.create(uri, '', 1, text);
  const checker = new Checker(document, PUA.test(text));
  const start = performance.now();
  const analysis = await analyzeSettled(service, document);
  const diagnostics = service.doValidation(document, analysis);
  const validationMs = performance.now() - start;
  checker.diagnostics('diagnostics', diagnostics);

  // Settings are read per analysis: a fresh analysis for each.
  const offDocument = TextDocument.create(uri, '', 2, text);
  const off = service.doValidation(offDocument, await analyzeSettled(service, offDocument, OFF_SETTINGS), OFF_SETTINGS);
  checker.diagnostics('rules-off diagnostics', off);
  for (const diagnostic of off)
    if (RULES_OFF[String(diagnostic.code)] === 'off')
      checker.problem(`rule ${String(diagnostic.code)} is off yet reported: ${diagnostic.message}`);
  const cappedDocument = TextDocument.create(uri, '', 3, text);
  const capped = service.doValidation(
    cappedDocument,
    await analyzeSettled(service, cappedDocument, CAPPED_SETTINGS),
    CAPPED_SETTINGS,
  );
  checker.diagnostics('capped diagnostics', capped);
  if (capped.length > 4) checker.problem(`maxDiagnostics 3 yet ${capped.length} diagnostics`);

  // Back on the first analysis: it must still answer for its own version.
  const again = service.analyze(document);
  const actions = diagnostics
    .slice(0, 20)
    .map((diagnostic) => service.doCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, again));
  actions.forEach((list, index) => checker.actions(`actions of diagnostic ${index}`, list));
  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const fixAll = service.doCodeActions(document, whole, { diagnostics: [], only: ['source.fixAll.twiml'] }, again);
  checker.actions('fix-all', fixAll);

  // Each fix applied, and the result validated (under the same URI, as an editor would).
  const fixed: number[] = [];
  let version = 10;
  for (const action of [...actions.flat().slice(0, 8), ...fixAll]) {
    const edits = action.edit?.changes?.[uri] ?? [];
    let after: string;
    try {
      after = applyEdits(document, edits);
    } catch (error) {
      checker.problem(
        `fix "${action.title}" cannot be applied: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const next = TextDocument.create(uri, '', version++, after);
    const fixedDiagnostics = service.doValidation(next, await analyzeSettled(service, next));
    new Checker(next, PUA.test(after)).diagnostics('after fix', fixedDiagnostics);
    fixed.push(fixedDiagnostics.length);
  }

  const probes = probePositions(document, diagnostics, seed).map((position) => {
    const completion = service.doComplete(document, position, analysis);
    const hover = service.doHover(document, position, analysis);
    const linked = service.findLinkedEditingRanges(document, position, analysis);
    const part = service.partAt(document, analysis, position);
    const preview = service.getPreviewModel(document, analysis, undefined, position);
    for (const item of completion?.items ?? []) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) checker.range(`completion ${item.label}`, edit.range);
      if (edit && 'insert' in edit) {
        checker.range(`completion ${item.label} insert`, edit.insert);
        checker.range(`completion ${item.label} replace`, edit.replace);
      }
      for (const extra of item.additionalTextEdits ?? [])
        checker.range(`completion ${item.label} additional edit`, extra.range);
    }
    if (hover?.range) checker.range('hover', hover.range);
    for (const range of linked?.ranges ?? []) checker.range('linked editing', range);
    return { completion, hover, linked, part: part ? analysis.parts.indexOf(part) : -1, preview };
  });
  const symbols = service.findDocumentSymbols(document, analysis);
  const walkSymbols = (list: typeof symbols): void =>
    list.forEach((symbol) => {
      checker.range(`symbol ${symbol.name}`, symbol.range);
      checker.range(`symbol ${symbol.name} selection`, symbol.selectionRange);
      walkSymbols(symbol.children ?? []);
    });
  walkSymbols(symbols);
  const folding = service.getFoldingRanges(document, analysis);
  for (const range of folding)
    if (range.startLine < 0 || range.endLine >= document.lineCount || range.startLine > range.endLine)
      checker.problem(`folding range ${JSON.stringify(range)} outside the document`);
  const hints = service.getInlayHints(document, analysis, whole);
  for (const hint of hints) {
    checker.position('inlay hint', hint.position);
    checker.text(
      'inlay hint label',
      typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''),
    );
  }

  const results: Record<string, unknown> = {
    diagnostics,
    off,
    capped,
    actions,
    fixAll,
    fixed,
    probes,
    symbols,
    folding,
    hints,
  };
  const parts = Object.entries(results).map(([name, result]) => {
    try {
      return JSON.stringify(result);
    } catch (error) {
      throw new Error(
        `the ${name} result cannot be serialized for JSON-RPC: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
      );
    }
  });
  return { json: `[${parts.join(',')}]`, validationMs, problems: checker.problems };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `results differ at JSON offset ${at}: ${a.slice(Math.max(0, at - 80), at + 80)} vs ${b.slice(Math.max(0, at - 80), at + 80)}`;
}

/** Checks the properties on one host input, with `service` kept across cases as a server keeps it. Never throws. */
export async function checkHostInput(
  service: HostLanguageService,
  uri: string,
  text: string,
  seed: number,
): Promise<HostCaseOutcome> {
  const runs: Array<{ json: string; validationMs: number; problems: string[] }> = [];
  const labels = ['first run', 'second run on the same service', 'run on a fresh service'];
  for (const [index, label] of labels.entries()) {
    const used = index < 2 ? service : createHostLanguageService();
    try {
      runs.push(await exercise(used, uri, text, seed));
    } catch (error) {
      return { failure: `threw (${label}): ${describe(error)}`, validationMs: runs[0]?.validationMs ?? NaN };
    } finally {
      // Syntax trees live in WebAssembly memory until forgotten.
      if (used !== service) used.forget(uri);
    }
  }
  const validationMs = Math.min(...runs.map((run) => run.validationMs));
  if (runs[0].problems.length > 0) return { failure: runs[0].problems.join('\n'), validationMs };
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].json !== runs[0].json)
      return {
        failure: `not deterministic (${labels[i]} vs first run): ${firstDifference(runs[0].json, runs[i].json)}`,
        validationMs,
      };
  }
  if (text.length <= HOST_TIME_BOUND_MAX_LENGTH && validationMs > HOST_TIME_BOUND_MS) {
    return {
      failure: `analysis + validation took ${validationMs.toFixed(1)} ms (bound ${HOST_TIME_BOUND_MS} ms)`,
      validationMs,
    };
  }
  return { failure: undefined, validationMs };
}

/** A failure report that reproduces the case: the seed, the URI, the mutations and the input as JSON. */
export function hostFailureReport(
  seed: number,
  uri: string,
  mutations: readonly string[],
  input: string,
  failure: string,
): string {
  const shown =
    input.length > 4000
      ? `${JSON.stringify(input.slice(0, 4000))} ... (${input.length} characters)`
      : JSON.stringify(input);
  return `host seed ${seed} ${uri} [${mutations.join(', ')}]: ${failure}\ninput: ${shown}`;
}
