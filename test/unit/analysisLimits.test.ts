/**
 * The server's work bounds (ANALYSIS_LIMITS, ARCHITECTURE.md "Bounded work"): a document past them
 * gets one diagnostic that says what was not checked, and nothing else runs on it; a join too long
 * for anyone to write as a reply (a minified file) is not read; a long one still is.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ANALYSIS_LIMITS } from '../../server/src/embedded/hostAnalysis';
import { MAX_JOIN_DEPTH } from '../../server/src/embedded/code/joinedValue';
import { loadAllGrammars } from '../../fuzz/hostLanguages';

const service = createHostLanguageService();

function check(uri: string, languageId: string, text: string) {
  const document = TextDocument.create(uri, languageId, 1, text);
  const analysis = service.analyze(document, {});
  return { analysis, diagnostics: service.doValidation(document, analysis, {}), document };
}

test('a TwiML file past the bound: one document-too-large Error (11750), no other analysis', () => {
  const text = `<Response>${'<pause/>'.repeat(ANALYSIS_LIMITS.twimlChars / 8 + 10)}</Response>`;
  const { analysis, diagnostics, document } = check('file:///big.twiml', 'twiml', text);
  assert.equal(analysis.parts.length, 0);
  assert.equal(diagnostics.length, 1, 'the lowercase <pause/>s are not judged one by one');
  assert.equal(diagnostics[0].code, 'document-too-large');
  assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
  assert.match(diagnostics[0].message, /This document is \d+ kB: Twilio refuses TwiML over 64 kB \(error 11750\)/);
  assert.equal(service.doHover(document, { line: 0, character: 12 }, analysis), null);
  assert.equal(service.getPreviewModel(document, analysis, {}), null);
});

test('a TwiML file just under the bound is analysed in full', () => {
  const text = `<Response>${'<pause/>'.repeat(ANALYSIS_LIMITS.twimlChars / 8 - 10)}</Response>`;
  const { analysis, diagnostics } = check('file:///under.twiml', 'twiml', text);
  assert.equal(analysis.parts.length, 1);
  assert.ok(diagnostics.some((d) => d.code === 'element-case'));
});

test('a code file past the bound, or with too many TwiML strings: an Information saying what is not checked', async () => {
  await loadAllGrammars();
  const line = 'x = 1\n';
  const big =
    line.repeat(Math.ceil(ANALYSIS_LIMITS.hostChars / line.length) + 1) +
    'y = "<Response><message>a</message></Response>"\n';
  const large = check('file:///big.py', 'python', big);
  assert.equal(large.diagnostics.length, 1);
  assert.equal(large.diagnostics[0].code, 'analysis-limit');
  assert.equal(large.diagnostics[0].severity, DiagnosticSeverity.Information);
  assert.match(large.diagnostics[0].message, /reads code files up to 512 kB/);
  // A rule like any other: the user can turn it off.
  const document = TextDocument.create('file:///big.py', 'python', 1, big);
  const quiet = service.doValidation(document, large.analysis, { rules: { 'analysis-limit': 'off' } });
  assert.deepEqual(quiet, []);

  const count = ANALYSIS_LIMITS.parts + 200;
  const many = Array.from(
    { length: count },
    (_, i) => `def r${i}():\n    return "<Response><message>${i}</message></Response>"\n`,
  ).join('');
  const partial = check('file:///many.py', 'python', many);
  assert.equal(partial.analysis.parts.length, ANALYSIS_LIMITS.parts);
  const limit = partial.diagnostics.filter((d) => d.code === 'analysis-limit');
  assert.equal(limit.length, 1);
  assert.match(
    limit[0].message,
    new RegExp(`holds ${count.toLocaleString('en-US')} TwiML strings; TwiML Tools checks the first 1,000`),
  );
  // The parts checked are judged as usual (up to twiml.maxDiagnostics, 1,000 in all).
  assert.ok(partial.diagnostics.filter((d) => d.code === 'element-case').length > 900);
});

test('a join of more operands than anyone writes is not read; a long one is, without overflowing the stack', async () => {
  await loadAllGrammars();
  const chain = (n: number): string =>
    'var a=' +
    Array.from({ length: n }, (_, i) => `"<Response><Say>${i}</Say></Response>"`).join('+') +
    ';\nvar t = "twilio";\n';
  const tooLong = check('file:///min.js', 'javascript', chain(MAX_JOIN_DEPTH + 500));
  assert.equal(tooLong.analysis.parts.length, 0);
  const long = check(
    'file:///long.js',
    'javascript',
    'var a=' +
      Array.from({ length: 900 }, (_, i) => `"<Say>${i}</Say>"`).join('+') +
      ';\nvar r = "<Response>" + a + "</Response>";\n',
  );
  assert.ok(long.analysis.parts.length >= 1, 'a 900-operand join is still read');
});
