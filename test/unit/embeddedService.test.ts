/**
 * The host service on templates: placeholders are never findings by themselves, template loops
 * and conditionals are understood, and the rules still apply around them, in host positions.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';

const service = createHostLanguageService();

function open(text: string, uri = 'file:///app/templates/reply.xml', languageId = 'twiml'): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

function diagnose(text: string, uri?: string, languageId?: string): Diagnostic[] {
  const document = open(text, uri, languageId);
  return service.doValidation(document, service.analyze(document));
}

/** Errors and warnings only: what a template must not get when it is valid. */
function problems(text: string, uri?: string, languageId?: string): string[] {
  return diagnose(text, uri, languageId)
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => `${d.code}: ${d.message}`);
}

const reply = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${body}\n</Response>\n`;

test('a TwiML Bin placeholder in an E.164 attribute is not an invalid number', () => {
  assert.deepEqual(problems(reply('  <Message to="{{From}}">Thanks for texting {{To}}</Message>')), []);
});

test('placeholders count as text that cannot be checked: message body, media URL, Dial number', () => {
  assert.deepEqual(problems(reply('  <Message>{{ body }}</Message>')), []);
  assert.deepEqual(problems(reply('  <Message><Media>{{ media_url }}</Media></Message>')), []);
  assert.deepEqual(problems(reply('  <Dial>{{ number }}</Dial>')), []);
  assert.deepEqual(
    problems(reply('  <Gather action="{{ base }}/next" numDigits="{{ n }}"><Say>Hi</Say></Gather>')),
    [],
  );
});

test('a placeholder between verbs may be markup: no "takes no text"', () => {
  assert.deepEqual(problems(reply('  {{ verbs|safe }}')), []);
});

test('rules still apply around placeholders: case, unknown attribute names, bad literal values', () => {
  const codes = diagnose(reply('  <message to="{{From}}" too="{{x}}" method="PUT">Hi {{name}}</message>')).map(
    (d) => d.code,
  );
  assert.ok(codes.includes('element-case'));
  assert.ok(codes.includes('unknown-attribute'));
  assert.ok(codes.includes('invalid-attribute-value'), 'method="PUT" has no placeholder and is still checked');
});

test('template loops: messages inside are not counted against the 10-message limit', () => {
  const looped = reply(`{% for m in messages %}\n${'  <Message>{{ m }}</Message>\n'.repeat(11)}{% endfor %}`);
  assert.deepEqual(problems(looped), []);
  const plain = reply(`${'  <Message>{{ m }}</Message>\n'.repeat(11)}`);
  assert.ok(problems(plain).some((p) => p.startsWith('too-many-messages')));
});

test('a <Redirect> inside {% if %} does not make what follows the {% endif %} unreachable', () => {
  assert.deepEqual(
    problems(
      reply(
        '  <Say>{{ msg }}</Say>\n  {% if url %}\n    <Redirect>{{ url }}</Redirect>\n  {% endif %}\n  <Say>Bye</Say>',
      ),
    ),
    [],
  );
  const after = diagnose(reply('  <Redirect>/next</Redirect>\n  {% if x %}<Say>never</Say>{% endif %}'));
  const unreachable = after.find((d) => d.code === 'unreachable-verb');
  assert.ok(unreachable, 'a verb after an unconditional <Redirect> is unreachable, template or not');
  assert.match(unreachable.message, /on line 3/, "the line is the host file's");
});

test('findings point at the host text; the case fix edits the host', () => {
  const text = reply('  {% if a %}<message>Hi {{ name }}</message>{% endif %}');
  const document = open(text);
  const diagnostics = service.doValidation(document, service.analyze(document));
  const caseError = diagnostics.find((d) => d.code === 'element-case');
  assert.ok(caseError);
  assert.equal(document.getText(caseError.range), 'message');
  assert.equal(caseError.range.start.line, 2);
  const actions = service.doCodeActions(
    document,
    caseError.range,
    { diagnostics: [caseError] },
    service.analyze(document),
  );
  const edits = actions[0]?.edit?.changes?.[document.uri] ?? [];
  const fixed = TextDocument.applyEdits(document, edits);
  assert.match(fixed, /\{% if a %\}<Message>Hi \{\{ name \}\}<\/Message>\{% endif %\}/);
});

test('hover and completion work inside a template, in host positions', () => {
  const text = reply('  <Message to="{{From}}">Hi</Message>');
  const document = open(text);
  const analysis = service.analyze(document);
  const at = document.positionAt(text.indexOf('Message') + 2);
  const hover = service.doHover(document, at, analysis);
  assert.ok(hover);
  assert.equal(document.getText(hover.range), 'Message');
});

test('the preview of a template carries its placeholders, webhook parameters named', () => {
  const text = reply('  <Message to="{{From}}">You said {{ Body }} and {{ name }}</Message>');
  const document = open(text);
  const model = service.getPreviewModel(document, service.analyze(document));
  assert.ok(model);
  const step = model.messaging[0];
  assert.equal(step.kind, 'message');
  assert.equal(model.placeholders?.map((p) => p.parameter ?? '-').join(), 'From,Body,-');
  assert.equal(step.kind === 'message' && step.body.replace(/[\ue000-\uf8ff]/g, '#'), 'You said # and #');
  assert.equal(step.position.line, 2, 'preview positions are host lines');
});

test('a .twiml file holding the twiml_template Ruby DSL gets no findings', () => {
  assert.deepEqual(
    diagnose('twiml.Say "Hello"\ntwiml.Dial do |d|\n  d.Number "+14155550100"\nend\n', 'file:///app/views/hello.twiml'),
    [],
  );
});

test('plain TwiML files are read as before', () => {
  const codes = diagnose('<Response><message>Hi</message></Response>', 'file:///a/reply.twiml').map((d) => d.code);
  assert.deepEqual(codes, ['element-case']);
});

test('placeholders are not counted as characters: the preview and the hover count what is written', () => {
  const text = reply('  <Message>You said {{ Body }}</Message>');
  const document = open(text);
  const analysis = service.analyze(document);
  const step = service.getPreviewModel(document, analysis)?.messaging[0];
  assert.ok(step && step.kind === 'message');
  assert.deepEqual(step.segments, { characters: 9, encoding: 'GSM-7', segments: 1 });
  const hover = service.doHover(document, document.positionAt(text.indexOf('Message') + 1), analysis);
  assert.match(JSON.stringify(hover?.contents), /at least 9 characters · GSM-7 · at least 1 segment/);
});
