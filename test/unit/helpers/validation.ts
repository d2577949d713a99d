/** Assert helpers for validation tests: inline documents, diagnostics by code, ranges as text. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TwimlSettings } from '../../../shared/settings';
import { createLanguageService } from '../../../server/src/languageService';
import type { RuleId } from '../../../server/src/services/validation/ruleTable';

const service = createLanguageService();

/** Validates `text` and returns the diagnostics with the text each one covers. */
export function diagnose(text: string, settings?: Partial<TwimlSettings>): Array<Diagnostic & { covered: string }> {
  const document = TextDocument.create('file:///test.twiml', 'twiml', 1, text);
  return service.doValidation(document, undefined, settings).map((d) => ({
    ...d,
    covered: text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)),
  }));
}

/**
 * Asserts exactly one diagnostic with `code`, covering `covered`, with `severity`; returns it.
 * `code` is a rule id: a misspelled one does not compile.
 */
export function expectOne(
  text: string,
  code: RuleId,
  covered: string,
  severity: number,
  settings?: Partial<TwimlSettings>,
): Diagnostic {
  const all = diagnose(text, settings);
  const matching = all.filter((d) => d.code === code);
  assert.equal(
    matching.length,
    1,
    `expected one ${code}, got: ${JSON.stringify(all.map((d) => [d.code, d.covered, d.message]))}`,
  );
  assert.equal(matching[0].covered, covered, `range of ${code}`);
  assert.equal(matching[0].severity, severity, `severity of ${code}`);
  assert.equal(matching[0].source, 'twiml');
  return matching[0];
}

/** Asserts no diagnostic with `code` (or, without code, no error or warning at all). */
export function expectNone(text: string, code?: RuleId, settings?: Partial<TwimlSettings>): void {
  const all = diagnose(text, settings);
  const bad = code ? all.filter((d) => d.code === code) : all.filter((d) => (d.severity ?? 1) <= 2);
  assert.deepEqual(
    bad.map((d) => [d.code, d.covered, d.message]),
    [],
  );
}

/** Wraps verbs in a messaging reply. */
export function reply(verbs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${verbs}\n</Response>\n`;
}
