/**
 * Crash containment: a rule or a host reader that throws loses only its own findings, leaves one
 * `internal-error` diagnostic (a rule users can turn off), and is logged once per document and
 * rule; a request handler that throws answers its empty result. The failures are injected through
 * the services' `extraRules` / `extraReaders` options, not by patching the real rules.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ensureLanguage } from '../../server/src/embedded/code/treeSitter';
import type { ExtraHostReader } from '../../server/src/embedded/hostAnalysis';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { createLanguageService, type InternalFailure, type NamedRule } from '../../server/src/languageService';
import { FailureLog, runSafe, runSafeAsync } from '../../server/src/runSafe';

const THROWING_RULE: NamedRule = {
  id: 'boom',
  check: (_doc, report) => {
    // Reported before the throw: must be dropped with the rest of the group's findings.
    report({ rule: 'say-empty', range: { start: 0, end: 1 }, message: 'half-done finding' });
    throw new Error('rule exploded');
  },
};

const THROWING_READER: ExtraHostReader = {
  id: 'broken',
  read: () => {
    throw new TypeError('reader exploded');
  },
};

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const internal = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'internal-error');

const TWIML = '<Response>\n  <message>hi</message>\n</Response>\n';

test('a throwing rule: the other rules still report, plus exactly one internal-error at the start', () => {
  const failures: InternalFailure[] = [];
  const service = createLanguageService({ extraRules: [THROWING_RULE], onFailure: (f) => failures.push(f) });
  const document = TextDocument.create('file:///crash/rule.twiml', 'twiml', 1, TWIML);
  const diagnostics = service.doValidation(document);
  assert.ok(codes(diagnostics).includes('element-case'), codes(diagnostics).join(', '));
  assert.ok(!diagnostics.some((d) => d.message === 'half-done finding'), 'the failed group keeps none of its findings');
  const [failed, ...more] = internal(diagnostics);
  assert.equal(more.length, 0);
  assert.ok(failed, 'one internal-error');
  assert.equal(failed.severity, 2, 'a Warning: our bug, never an Error');
  assert.deepEqual(failed.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(failed.message, /TwiML Tools bug: the "boom" rules failed/);
  assert.match(failed.message, /report it/);
  assert.deepEqual(
    failures.map((f) => [f.uri, f.id, (f.error as Error).message]),
    [['file:///crash/rule.twiml', 'rule:boom', 'rule exploded']],
  );
});

test('"internal-error": "off" hides it; the other diagnostics stay', () => {
  const service = createLanguageService({ extraRules: [THROWING_RULE] });
  const diagnostics = service.validateText(TWIML, { rules: { 'internal-error': 'off' } });
  assert.deepEqual(internal(diagnostics), []);
  assert.ok(codes(diagnostics).includes('element-case'));
  const information = service.validateText(TWIML, { rules: { 'internal-error': 'information' } });
  assert.equal(internal(information)[0]?.severity, 3);
});

test('without injected failures there is no internal-error', () => {
  assert.deepEqual(internal(createLanguageService().validateText(TWIML)), []);
});

test('the log names the URI and the rule once across repeated validations', () => {
  const lines: string[] = [];
  const log = new FailureLog((line) => lines.push(line));
  const service = createHostLanguageService({ extraRules: [THROWING_RULE], onFailure: (f) => log.report(f) });
  for (let version = 1; version <= 5; version++) {
    // A fresh version each time, as typing makes: the rules run again every time.
    const document = TextDocument.create('file:///crash/log.twiml', 'twiml', version, TWIML);
    assert.equal(internal(service.doValidation(document, service.analyze(document))).length, 1);
  }
  assert.equal(lines.length, 1, lines.join('\n---\n'));
  assert.match(lines[0], /rule:boom/);
  assert.match(lines[0], /file:\/\/\/crash\/log\.twiml/);
  assert.match(lines[0], /Error: rule exploded\n\s+at /, 'with the stack');
  // Another document is another entry.
  const other = TextDocument.create('file:///crash/other.twiml', 'twiml', 1, TWIML);
  service.doValidation(other, service.analyze(other));
  assert.equal(lines.length, 2);
});

const PYTHON = [
  'from flask import Flask',
  'app = Flask(__name__)',
  '',
  '@app.route("/sms", methods=["POST"])',
  'def sms():',
  '    return "<Response><message>Hi</message></Response>"',
  '',
  '@app.route("/voice", methods=["POST"])',
  'def voice():',
  '    return "<Response><Say>Bye</Say><Sya>x</Sya></Response>"',
  '',
].join('\n');

test('a throwing reader: the other readers’ TwiML is still checked, with one internal-error', async () => {
  await ensureLanguage('python');
  const failures: InternalFailure[] = [];
  const service = createHostLanguageService({ extraReaders: [THROWING_READER], onFailure: (f) => failures.push(f) });
  const document = TextDocument.create('file:///crash/app.py', 'python', 1, PYTHON);
  const analysis = service.analyze(document);
  assert.deepEqual(analysis.failures, ['broken']);
  const diagnostics = service.doValidation(document, analysis);
  assert.ok(codes(diagnostics).includes('element-case'), codes(diagnostics).join(', '));
  assert.ok(codes(diagnostics).includes('unknown-element'), codes(diagnostics).join(', '));
  const failed = internal(diagnostics);
  assert.equal(failed.length, 1);
  assert.match(failed[0].message, /the "broken" reader failed/);
  assert.equal(failed[0].severity, 2);
  assert.deepEqual(
    failures.map((f) => [f.uri, f.id]),
    [['file:///crash/app.py', 'reader:broken']],
  );
  const off = service.doValidation(document, analysis, { rules: { 'internal-error': 'off' } });
  assert.deepEqual(internal(off), []);
  assert.ok(codes(off).includes('element-case'));
});

test('a throwing reader on a .twiml file: its TwiML is still checked', () => {
  const service = createHostLanguageService({ extraReaders: [THROWING_READER] });
  const document = TextDocument.create('file:///crash/reader.twiml', 'twiml', 1, TWIML);
  const diagnostics = service.doValidation(document, service.analyze(document));
  assert.deepEqual(codes(diagnostics).sort(), ['element-case', 'internal-error']);
});

test('a rule throwing in every literal of a file is one internal-error, at the file start', async () => {
  await ensureLanguage('python');
  const service = createHostLanguageService({ extraRules: [THROWING_RULE] });
  const document = TextDocument.create('file:///crash/rules.py', 'python', 1, PYTHON);
  const analysis = service.analyze(document);
  assert.equal(analysis.parts.length, 2);
  const diagnostics = service.doValidation(document, analysis);
  const failed = internal(diagnostics);
  assert.equal(failed.length, 1);
  assert.deepEqual(failed[0].range.start, { line: 0, character: 0 });
  assert.ok(codes(diagnostics).includes('element-case'));
  // Fix-all reads the same diagnostics and must not trip over it either.
  const actions = service.doCodeActions(
    document,
    failed[0].range,
    { diagnostics, only: ['source.fixAll.twiml'] },
    analysis,
  );
  assert.ok(Array.isArray(actions));
});

test('runSafe: the result, or the fallback and one log line per URI and handler', async () => {
  const lines: string[] = [];
  const log = new FailureLog((line) => lines.push(line));
  assert.equal(
    runSafe(log, 'hover', 'file:///a', null, () => 42),
    42,
  );
  const fail = (): never => {
    throw new Error('handler exploded');
  };
  for (let i = 0; i < 3; i++) assert.equal(runSafe(log, 'hover', 'file:///a', null, fail), null);
  assert.deepEqual(runSafe(log, 'folding ranges', 'file:///a', [], fail), []);
  assert.deepEqual(
    await runSafeAsync(log, 'code lenses', 'file:///a', [], () => Promise.reject(new Error('async exploded'))),
    [],
  );
  assert.equal(lines.length, 3, lines.join('\n---\n'));
  assert.match(lines[0], /hover on file:\/\/\/a: Error: handler exploded/);
  assert.match(lines[2], /code lenses on file:\/\/\/a: Error: async exploded/);
  // A thrown non-Error is still described.
  runSafe(log, 'completion', 'file:///a', null, () => {
    // What a dependency may throw.
    throw { reason: 'plain object' };
  });
  assert.match(lines[3], /non-Error thrown: \{"reason":"plain object"\}/);
});
