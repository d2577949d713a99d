/**
 * The properties every fuzz case must keep: the service never throws (validation, preview,
 * completion, hover, symbols, folding, linked editing, code actions), the same input gives the
 * same JSON, validation of a document up to 100 kB takes under 200 ms, and a document the scanner
 * vouches for is one xmldom accepts too (the parser's fast path).
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { TwimlLanguageService } from '../server/src/languageService';
import { scannerVerdictFailure } from './scannerVerdict';

/** Validation time bound for documents up to {@link TIME_BOUND_MAX_LENGTH} characters. */
export const TIME_BOUND_MS = 200;
export const TIME_BOUND_MAX_LENGTH = 100_000;

/** What one case showed. */
export interface CaseOutcome {
  /** Why the case failed; undefined when every property held. */
  failure: string | undefined;
  /** analyze + doValidation time of the fastest attempt, in ms. */
  validationMs: number;
}

/** Offsets probed with completion, hover and linked editing: edges, a few inside, and past the end. */
function probePositions(document: TextDocument): Position[] {
  const length = document.getText().length;
  const offsets = [0, 1, length >> 2, length >> 1, (length * 3) >> 2, Math.max(0, length - 1), length];
  const positions = offsets.map((offset) => document.positionAt(offset));
  // Editors do send stale positions past the end of a document; the service must cope.
  positions.push({ line: document.lineCount + 5, character: 3 }, { line: 0, character: 100_000 });
  return positions;
}

/** Runs every service entry point once and returns everything as JSON, plus the validation time. */
export function exercise(service: TwimlLanguageService, text: string): { json: string; validationMs: number } {
  const document = TextDocument.create('file:///fuzz.twiml', 'twiml', 1, text);
  const start = performance.now();
  const twiml = service.analyze(document);
  const diagnostics = service.doValidation(document, twiml);
  const validationMs = performance.now() - start;
  const preview = service.getPreviewModel(document, twiml);
  const probes = probePositions(document).map((position) => ({
    completion: service.doComplete(document, position, twiml),
    hover: service.doHover(document, position, twiml),
    linked: service.findLinkedEditingRanges(document, position, twiml),
  }));
  const symbols = service.findDocumentSymbols(document, twiml);
  const folding = service.getFoldingRanges(document, twiml);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const actions = service.doCodeActions(document, whole, { diagnostics: diagnostics.slice(0, 50) }, twiml);
  const fixAll = service.doCodeActions(document, whole, { diagnostics: [], only: ['source.fixAll.twiml'] }, twiml);
  // Serialized one by one so a result JSON-RPC could not send (too deep for JSON.stringify) names its producer.
  const results: Record<string, unknown> = { diagnostics, preview, probes, symbols, folding, actions, fixAll };
  const parts = Object.entries(results).map(([name, result]) => {
    try {
      return JSON.stringify(result);
    } catch (error) {
      throw new Error(`the ${name} result cannot be serialized for JSON-RPC: ${describe(error).split('\n')[0]}`);
    }
  });
  return { json: `[${parts.join(',')}]`, validationMs };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Checks the properties on one input. Never throws. */
export function checkInput(service: TwimlLanguageService, text: string): CaseOutcome {
  let first: { json: string; validationMs: number };
  try {
    first = exercise(service, text);
  } catch (error) {
    return { failure: `threw: ${describe(error)}`, validationMs: NaN };
  }
  let second: { json: string; validationMs: number };
  try {
    second = exercise(service, text);
  } catch (error) {
    return { failure: `threw on the second run only: ${describe(error)}`, validationMs: first.validationMs };
  }
  if (first.json !== second.json) {
    let at = 0;
    while (at < first.json.length && first.json[at] === second.json[at]) at++;
    return {
      failure: `not deterministic: results differ at JSON offset ${at}: ${first.json.slice(Math.max(0, at - 80), at + 80)} vs ${second.json.slice(Math.max(0, at - 80), at + 80)}`,
      validationMs: first.validationMs,
    };
  }
  const verdict = scannerVerdictFailure(text);
  if (verdict) return { failure: verdict, validationMs: first.validationMs };
  let validationMs = Math.min(first.validationMs, second.validationMs);
  if (text.length <= TIME_BOUND_MAX_LENGTH && validationMs > TIME_BOUND_MS) {
    // Two timings over the bound may be a GC pause or a busy machine: a third decides.
    validationMs = Math.min(validationMs, timeValidation(service, text));
    if (validationMs > TIME_BOUND_MS)
      return { failure: `validation took ${validationMs.toFixed(1)} ms (bound ${TIME_BOUND_MS} ms)`, validationMs };
  }
  return { failure: undefined, validationMs };
}

function timeValidation(service: TwimlLanguageService, text: string): number {
  const document = TextDocument.create('file:///fuzz.twiml', 'twiml', 1, text);
  const start = performance.now();
  service.doValidation(document, service.analyze(document));
  return performance.now() - start;
}

/** A failure report that reproduces the case: the seed, the mutations and the input as JSON. */
export function failureReport(seed: number, mutations: readonly string[], input: string, failure: string): string {
  const shown =
    input.length > 4000
      ? `${JSON.stringify(input.slice(0, 4000))} ... (${input.length} characters)`
      : JSON.stringify(input);
  return `seed ${seed} [${mutations.join(', ')}]: ${failure}\ninput: ${shown}`;
}
