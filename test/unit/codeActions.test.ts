/**
 * Code actions: quick fixes read back from diagnostics, and "fix all case mistakes" as a quick fix
 * and as the source.fixAll.twiml action, checked by applying the edits to the text.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { withoutOverlaps } from '../../server/src/services/codeActions';
import { applyEdits, cursorDocument, TEST_URI } from './helpers/cursorDocument';

const service = createLanguageService();
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const THREE_CASE_MISTAKES = [
  '<Response>',
  '  <message>hi</message>',
  '  <Message statuscallback="https://e.com/s">yo</Message>',
  '  <redirect method="GET">https://e.com/next</redirect>',
  '</Response>',
].join('\n');

/** Code actions for `source`, with the client sending the diagnostics `pick` selects. */
function actionsFor(source: string, pick: (d: Diagnostic) => boolean, only?: string[]) {
  const { document, twiml } = cursorDocument(source);
  const diagnostics = service.doValidation(document, twiml).filter(pick);
  const actions = service.doCodeActions(document, WHOLE, { diagnostics, only }, twiml);
  /** The text after applying the one action titled `title`. */
  const apply = (title: string, kind?: string): string => {
    const matching = actions.filter((action) => action.title === title && (!kind || action.kind === kind));
    assert.equal(
      matching.length,
      1,
      `expected one "${title}" among ${actions.map((action) => `${action.title} (${action.kind})`).join(', ')}`,
    );
    const edits = matching[0].edit?.changes?.[TEST_URI] as TextEdit[];
    return applyEdits(document, edits);
  };
  return {
    actions,
    diagnostics,
    apply,
    titles: actions.map((action: CodeAction) => `${action.title} (${action.kind})`),
  };
}

const isCode =
  (code: string) =>
  (d: Diagnostic): boolean =>
    d.code === code;

test('each fix in a diagnostic becomes a quick fix tied to that diagnostic', () => {
  const { actions, diagnostics, apply } = actionsFor(
    '<Response><Mesage>hi</Mesage></Response>',
    isCode('unknown-element'),
  );
  // The rule's own fix, then "Disable unknown-element for this line".
  assert.equal(actions.length, 2);
  assert.equal(actions[1].title, 'Disable unknown-element for this line');
  assert.equal(actions[0].kind, 'quickfix');
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(actions[0].diagnostics, diagnostics);
  assert.equal(apply('Change to <Message>'), '<Response><Message>hi</Message></Response>');
});

test('fix all case mistakes: three mistakes fixed at once, with correct text', () => {
  const { titles, apply } = actionsFor(THREE_CASE_MISTAKES, isCode('element-case'));
  assert.ok(titles.includes('Change to <Message> (quickfix)'));
  const fixed = apply('Fix all TwiML case mistakes', 'quickfix');
  assert.equal(
    fixed,
    [
      '<Response>',
      '  <Message>hi</Message>',
      '  <Message statusCallback="https://e.com/s">yo</Message>',
      '  <Redirect method="GET">https://e.com/next</Redirect>',
      '</Response>',
    ].join('\n'),
  );
  const after = service.validateText(fixed).map((d) => d.code);
  assert.ok(!after.includes('element-case') && !after.includes('attribute-case'), after.join(', '));
});

test('the source.fixAll action computes the diagnostics itself, including a miscased root', () => {
  const source = '<response>\n  <message>hi</message>\n</response>';
  const { titles, apply } = actionsFor(source, () => false, ['source.fixAll']);
  assert.deepEqual(titles, ['Fix all TwiML case mistakes (source.fixAll.twiml)']);
  assert.equal(apply('Fix all TwiML case mistakes'), '<Response>\n  <Message>hi</Message>\n</Response>');
  assert.equal(
    actionsFor('<Response><message>hi</message></Response>', () => false, ['source']).actions.length,
    1,
    'one mistake is enough on save',
  );
});

test('fix-all is not offered for a single mistake, unrequested source actions, or foreign diagnostics', () => {
  const single = actionsFor('<Response><message>hi</message></Response>', isCode('element-case'));
  assert.deepEqual(single.titles, ['Change to <Message> (quickfix)', 'Disable element-case for this line (quickfix)']);
  assert.deepEqual(
    actionsFor(THREE_CASE_MISTAKES, isCode('element-case'), ['quickfix']).titles.filter((t) => t.includes('source')),
    [],
  );
  assert.deepEqual(actionsFor(THREE_CASE_MISTAKES, () => false, ['source.organizeImports']).actions, []);
  const { document, twiml } = cursorDocument('<Response><message>hi</message></Response>');
  const foreign = service.doValidation(document, twiml).map((d) => ({ ...d, source: 'other' }));
  assert.deepEqual(service.doCodeActions(document, WHOLE, { diagnostics: foreign }, twiml), []);
  const malformed = [{ ...foreign[0], source: 'twiml', data: { fixes: 'nope' } }];
  assert.deepEqual(service.doCodeActions(document, WHOLE, { diagnostics: malformed }, twiml), []);
});

test('overlapping and duplicate edits are dropped so the workspace edit stays valid', () => {
  const at = (line: number, from: number, to: number, newText: string): TextEdit => ({
    range: { start: { line, character: from }, end: { line, character: to } },
    newText,
  });
  const kept = withoutOverlaps([at(1, 5, 9, 'b'), at(0, 1, 4, 'a'), at(0, 1, 4, 'a'), at(0, 3, 6, 'x')]);
  assert.deepEqual(
    kept.map((edit) => edit.newText),
    ['a', 'b'],
  );
});

test('"Disable RULE for this line" writes the comment above the line, with its indentation, and silences it', () => {
  const source = '<Response>\n  <Say>Hi</Say>\n  <Dial></Dial>\n</Response>';
  const { apply } = actionsFor(source, isCode('dial-empty'));
  const fixed = apply('Disable dial-empty for this line');
  assert.equal(
    fixed,
    '<Response>\n  <Say>Hi</Say>\n  <!-- twiml-disable-next-line dial-empty -->\n  <Dial></Dial>\n</Response>',
  );
  assert.deepEqual(
    service.validateText(fixed).map((d) => d.code),
    [],
  );
});

test('no "Disable" fix where a comment would break the document: inside a start tag, before the declaration', () => {
  const inTag = actionsFor(
    '<Response>\n  <Gather action="/g"\n    method="post">\n    <Say>Press 1</Say>\n  </Gather>\n</Response>',
    isCode('method-case'),
  );
  assert.deepEqual(inTag.titles, ['Change to "POST" (quickfix)']);
  const onDeclaration = actionsFor('<?xml version="1.0"?><Response><Say></Say></Response>', isCode('say-empty'));
  assert.deepEqual(onDeclaration.titles, []);
});
