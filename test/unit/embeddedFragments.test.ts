/**
 * Fragments: a value in code that opens <Response> without closing it is the start of a document
 * written elsewhere. What is visible is judged (case, attributes, values, what follows a
 * <Redirect> inside it); nothing that needs the rest is reported, and no fix edits the unseen end.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage } from '../../server/src/embedded/code/treeSitter';
import { openState } from '../../server/src/embedded/fragment';
import type { DiagnosticData } from '../../server/src/services/validation/validate';

const service = createHostLanguageService();

async function check(uri: string, text: string): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  await Promise.all(['python', 'javascript', 'php'].map((language) => ensureLanguage(language as 'python')));
  const document = TextDocument.create(uri, '', 1, text);
  return { document, diagnostics: service.doValidation(document, service.analyze(document)) };
}

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);

test('openState: the elements left open at the end, what finishes an unterminated tag', () => {
  assert.deepEqual(openState('<Response><Gather action="/x"><Say>Hi</Say>'), {
    elements: ['Response', 'Gather'],
    unfinished: '',
    rootClosed: false,
  });
  assert.deepEqual(openState('<Response><Say voice="'), {
    elements: ['Response', 'Say'],
    unfinished: '">',
    rootClosed: false,
  });
  assert.deepEqual(openState('<Response><Say>a</say></Response>'), { elements: [], unfinished: '', rootClosed: true });
  assert.deepEqual(openState('<Response/>'), { elements: [], unfinished: '', rootClosed: true });
  assert.deepEqual(openState('<?xml version="1.0"?><Response><!-- note'), {
    elements: ['Response'],
    unfinished: '-->',
    rootClosed: false,
  });
  // A <Message> closed by </Response> is the parser's mistake to report: the root is closed.
  assert.equal(openState('<Response><Message>Hi</Response>').rootClosed, true);
});

test('a helper returning the opening pieces: no "never closed", no root finding, no empty-content finding', async () => {
  const { diagnostics } = await check(
    'file:///app/helpers.py',
    [
      'def gather_start():',
      '    return \'<?xml version="1.0" encoding="UTF-8"?><Response><Gather numDigits="1" action="/menu">\'',
      '',
      'def message_start():',
      '    return "<Response><Message>"',
      '',
      'def say_start(voice):',
      "    return '<Response><Say voice=\"' + voice",
    ].join('\n'),
  );
  assert.deepEqual(codes(diagnostics), []);
});

test('what is visible in a fragment is still judged: case (without a fix), values, unreachable verbs', async () => {
  const { document, diagnostics } = await check(
    'file:///app/fragments.js',
    [
      'function open() {',
      '  return "<Response><message>";',
      '}',
      'function gather() {',
      '  return \'<Response><Gather numDigits="one">\';',
      '}',
      'function redirect() {',
      '  return "<Response><Redirect>/next</Redirect><Say>never</Say>";',
      '}',
    ].join('\n'),
  );
  assert.deepEqual(codes(diagnostics), [
    'element-case@2',
    'invalid-attribute-value@5',
    'unreachable-code@8',
    'unreachable-verb@8',
  ]);
  const caseError = diagnostics[0];
  // Renaming <message> would need its end tag, which this value does not hold: no rename fix.
  const fixes = (caseError.data as DiagnosticData).fixes.filter((fix) => !fix.title.startsWith('Disable'));
  assert.deepEqual(fixes, []);
  const actions = service.doCodeActions(
    document,
    caseError.range,
    { diagnostics: [caseError] },
    service.analyze(document),
  );
  assert.ok(
    actions.every((action) => !/Message/.test(action.title)),
    actions.map((a) => a.title).join(', '),
  );
});

test('a whole document in one literal is still a document: a missing end tag inside it is reported', async () => {
  const { diagnostics } = await check(
    'file:///app/whole.py',
    'def reply():\n    return "<Response><Message>Hi</Response>"\n',
  );
  assert.ok(
    codes(diagnostics).some((code) => code.startsWith('xml-')),
    codes(diagnostics).join(', '),
  );
});

test('the preview of a fragment shows the unseen rest as a chip', async () => {
  const { document } = await check(
    'file:///app/preview.py',
    'def start():\n    return "<Response><Message>Thanks for texting"\n',
  );
  const model = service.getPreviewModel(document, service.analyze(document));
  assert.ok(model);
  assert.deepEqual(
    model.placeholders?.map((p) => p.label),
    ['…', '…'],
  );
  assert.equal(model.messaging.length, 1);
});

test('a <Start> at the end of a fragment is not the last verb: more may follow elsewhere', async () => {
  const { diagnostics } = await check(
    'file:///app/stream.py',
    'def stream_start():\n    return \'<Response><Start><Stream url="wss://example.com/audio"/></Start>\'\n',
  );
  assert.deepEqual(codes(diagnostics), []);
  const whole = await check(
    'file:///app/stream2.py',
    'def stream():\n    return \'<Response><Start><Stream url="wss://example.com/audio"/></Start></Response>\'\n',
  );
  assert.deepEqual(codes(whole.diagnostics), ['start-is-last@2']);
});

test('one analysis validated again with other rule levels gets the new levels (no stale memo)', async () => {
  await ensureLanguage('python');
  const document = TextDocument.create(
    'file:///app/levels.py',
    'python',
    1,
    'def f():\n    return "<Response><say>x</say></Response>"\n',
  );
  const analysis = service.analyze(document);
  assert.deepEqual(
    service.doValidation(document, analysis).map((d) => d.code),
    ['element-case'],
  );
  assert.deepEqual(service.doValidation(document, analysis, { rules: { 'element-case': 'off' } }), []);
  assert.deepEqual(
    service.doValidation(document, analysis).map((d) => d.code),
    ['element-case'],
  );
});
