/**
 * Rules users can tune: levels from settings (as the server and the CLI pass them, merged from
 * twiml.rules, .twimlrc.json and --rule), inline twiml-disable comments, and unknown rule ids.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseTwimlrc, TwimlrcLookup } from '../../server/src/config/twimlrc';
import { normalizeLevel } from '../../server/src/services/validation/ruleConfig';
import { diagnose, expectNone, expectOne } from './helpers/validation';

const WARNING = 2,
  HINT = 4,
  ERROR = 1;
const EMPTY_SAYS = '<Response>\n  <Say></Say>\n  <Say> </Say>\n</Response>';

test('a level per rule id: off removes, others set the severity', () => {
  expectNone(EMPTY_SAYS, 'say-empty', { rules: { 'say-empty': 'off' } });
  const hints = diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'hint' } }).filter((d) => d.code === 'say-empty');
  assert.deepEqual(
    hints.map((d) => d.severity),
    [HINT, HINT],
  );
  const errors = diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'error' } }).filter((d) => d.code === 'say-empty');
  assert.deepEqual(
    errors.map((d) => d.severity),
    [ERROR, ERROR],
  );
  // ESLint's spellings are understood too.
  assert.equal(normalizeLevel('warn'), 'warning');
  assert.equal(normalizeLevel('info'), 'information');
  assert.equal(normalizeLevel('loud'), undefined);
});

test('an unknown rule id or level in the settings is itself reported, naming the valid ids', () => {
  const unknown = expectOne(EMPTY_SAYS, 'unknown-rule', '', WARNING, { rules: { 'say-emtpy': 'off' } });
  assert.match(unknown.message, /"say-emtpy"/);
  assert.match(unknown.message, /Did you mean "say-empty"\?/);
  assert.match(unknown.message, /Rules: xml-unclosed-tag, .*dial-empty/);
  const level = expectOne(EMPTY_SAYS, 'unknown-rule', '', WARNING, { rules: { 'say-empty': 'loud' } });
  assert.match(level.message, /off, error, warning, information, hint/);
  // The bad level leaves the rule at its default.
  assert.equal(
    diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'loud' } }).filter((d) => d.code === 'say-empty').length,
    2,
  );
  // unknown-rule can itself be turned off.
  expectNone(EMPTY_SAYS, 'unknown-rule', { rules: { bogus: 'off', 'unknown-rule': 'off' } });
});

test('twiml-disable-next-line silences the named rules on the next line only', () => {
  const text = '<Response>\n  <!-- twiml-disable-next-line say-empty -->\n  <Say></Say>\n  <Say></Say>\n</Response>';
  const left = diagnose(text).filter((d) => d.code === 'say-empty');
  assert.deepEqual(
    left.map((d) => d.range.start.line),
    [3],
  );
  // Several rules, comma-separated; another rule on that line is not silenced.
  const two =
    '<Response>\n  <!-- twiml-disable-next-line say-empty, method-case -->\n  <Say></Say><Gather method="post"><Say>Hi</Say></Gather>\n  <Dial></Dial>\n</Response>';
  assert.deepEqual(
    diagnose(two)
      .filter((d) => (d.severity ?? 1) <= 2)
      .map((d) => d.code),
    ['dial-empty'],
  );
  // No rule named: every rule.
  expectNone('<Response>\n  <!-- twiml-disable-next-line -->\n  <Dial></Dial><Say></Say>\n</Response>');
});

test('twiml-disable ... twiml-enable silences a region, per rule or for all', () => {
  const region =
    '<Response>\n<!-- twiml-disable say-empty -->\n<Say></Say>\n<Dial></Dial>\n<!-- twiml-enable say-empty -->\n<Say></Say>\n</Response>';
  assert.deepEqual(
    diagnose(region)
      .filter((d) => (d.severity ?? 1) <= 2)
      .map((d) => [d.code, d.range.start.line]),
    [
      ['dial-empty', 3],
      ['say-empty', 5],
    ],
  );
  const all =
    '<Response>\n<!-- twiml-disable -->\n<Say></Say>\n<Dial></Dial>\n<!-- twiml-enable -->\n<Say></Say>\n</Response>';
  assert.deepEqual(
    diagnose(all)
      .filter((d) => (d.severity ?? 1) <= 2)
      .map((d) => [d.code, d.range.start.line]),
    [['say-empty', 5]],
  );
  // A region never closed runs to the end of the document.
  expectNone(
    '<Response>\n<!-- twiml-disable say-empty -- legacy menu -->\n<Say></Say>\n<Say></Say>\n</Response>',
    'say-empty',
  );
});

test('an unknown rule id in a comment is reported on the comment and silences nothing', () => {
  const text = '<Response>\n  <!-- twiml-disable-next-line say-emtpy -->\n  <Say></Say>\n</Response>';
  const unknown = expectOne(text, 'unknown-rule', '<!-- twiml-disable-next-line say-emtpy -->', WARNING);
  assert.match(unknown.message, /Did you mean "say-empty"\?/);
  expectOne(text, 'say-empty', 'Say', WARNING);
  // Ordinary comments and the dialect comment are not directives.
  expectNone('<!-- twiml: voice -->\n<Response>\n  <!-- twiml disabled for now -->\n  <Say>Hi</Say>\n</Response>');
});

test('.twimlrc.json: parsed, found upward from the file, nearest wins, re-read when it changes', () => {
  assert.deepEqual(parseTwimlrc('{ "rules": { "say-empty": "off" } }').rules, { 'say-empty': 'off' });
  assert.match(parseTwimlrc('{ "rules": ').error ?? '', /not valid JSON/);
  assert.match(parseTwimlrc('{ "rules": ["say-empty"] }').error ?? '', /must be an object/);
  assert.deepEqual(
    parseTwimlrc('{ "rules": { "say-empty": 0 } }').rules,
    { 'say-empty': '0' },
    'reported later as a bad level',
  );
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'twimlrc-'));
  try {
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, '.twimlrc.json'), '{ "rules": { "say-empty": "off" } }');
    let now = 0;
    const lookup = new TwimlrcLookup(1000, () => now);
    assert.deepEqual(lookup.rulesFor(path.join(root, 'a', 'b', 'x.twiml')).rules, { 'say-empty': 'off' });
    fs.writeFileSync(path.join(root, 'a', '.twimlrc.json'), '{ "rules": { "dial-empty": "error" } }');
    now = 5000;
    const nearest = lookup.rulesFor(path.join(root, 'a', 'b', 'x.twiml'));
    assert.deepEqual(nearest.rules, { 'dial-empty': 'error' });
    assert.equal(nearest.file, path.join(root, 'a', '.twimlrc.json'));
    assert.deepEqual(lookup.rulesFor(path.join(root, 'y.twiml')).rules, { 'say-empty': 'off' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

// ---- Host files: the same settings and directives, in the host's own comment syntax ----

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage } from '../../server/src/embedded/code/treeSitter';
import type { DiagnosticData } from '../../server/src/services/validation/validate';

const hostService = createHostLanguageService();

async function hostDiagnostics(
  uri: string,
  text: string,
  rules?: Record<string, string>,
): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  for (const language of ['python', 'javascript', 'php', 'ruby'] as const) await ensureLanguage(language);
  const document = TextDocument.create(uri, '', 1, text);
  return { document, diagnostics: hostService.doValidation(document, hostService.analyze(document), { rules }) };
}

function applyEdits(document: TextDocument, fix: DiagnosticData['fixes'][number]): string {
  return TextDocument.applyEdits(document, fix.edits);
}

const LONG = 'x'.repeat(1700);
const SDK_APP = [
  'from twilio.twiml.messaging_response import MessagingResponse',
  '',
  'def reply():',
  '    resp = MessagingResponse()',
  `    resp.message("${LONG}")`,
  '    resp.redirect("/next")',
  '    resp.message("never")',
  '    return str(resp)',
].join('\n');

test('SDK builder findings obey the rule settings like any finding', async () => {
  const on = await hostDiagnostics('file:///app/sdk.py', SDK_APP);
  assert.deepEqual(
    on.diagnostics.map((d) => [d.code, d.severity]),
    [
      ['message-body-too-long', 1],
      ['unreachable-verb', 2],
    ],
  );
  // The Twilio code is said once, by the one converter.
  assert.equal(on.diagnostics[0].message.match(/21617/g)?.length, 1);
  const off = await hostDiagnostics('file:///app/sdk.py', SDK_APP, {
    'message-body-too-long': 'off',
    'unreachable-verb': 'off',
  });
  assert.deepEqual(off.diagnostics, []);
  const hint = await hostDiagnostics('file:///app/sdk.py', SDK_APP, { 'unreachable-verb': 'hint' });
  assert.deepEqual(
    hint.diagnostics.map((d) => [d.code, d.severity]),
    [
      ['message-body-too-long', 1],
      ['unreachable-verb', 4],
    ],
  );
});

test('SDK builder findings: "Disable for this line" writes a Python comment, which silences them', async () => {
  const { document, diagnostics } = await hostDiagnostics('file:///app/sdk.py', SDK_APP);
  const fix = (diagnostics[1].data as DiagnosticData).fixes.find(
    (f) => f.title === 'Disable unreachable-verb for this line',
  );
  assert.ok(fix);
  const fixed = applyEdits(document, fix);
  assert.match(fixed, /\n {4}# twiml-disable-next-line unreachable-verb\n {4}resp\.message\("never"\)/);
  const after = await hostDiagnostics('file:///app/sdk.py', fixed);
  assert.deepEqual(
    after.diagnostics.map((d) => d.code),
    ['message-body-too-long'],
  );
});

test('TwiML in a multi-line Python string: the disable comment goes above the statement, never into the string', async () => {
  const text = ['def sms():', '    return f"""<Response>', '    <message>Hi {name}</message>', '</Response>"""'].join(
    '\n',
  );
  const { document, diagnostics } = await hostDiagnostics('file:///app/views.py', text);
  assert.deepEqual(
    diagnostics.map((d) => `${d.code}@${d.range.start.line}`),
    ['element-case@2'],
  );
  const fixes = (diagnostics[0].data as DiagnosticData).fixes;
  assert.ok(
    fixes.every((f) => !f.edits.some((e) => e.newText.includes('<!--'))),
    'no XML comment is written into the reply',
  );
  const disable = fixes.find((f) => f.title === 'Disable element-case for this line');
  assert.ok(disable);
  const fixed = applyEdits(document, disable);
  assert.equal(fixed.split('\n')[1], '    # twiml-disable-next-line element-case');
  assert.deepEqual((await hostDiagnostics('file:///app/views.py', fixed)).diagnostics, []);
});

test('each host writes its own comment: // in JS and PHP code, {# #} in Jinja, <?php ?> around TwiML outside PHP code', async () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'file:///app/app.js',
      'app.post("/sms", (req, res) => {\n  res.send("<Response><message>Hi</message></Response>");\n});\n',
      /^ {2}\/\/ twiml-disable-next-line element-case\n/m,
    ],
    [
      'file:///app/reply.php',
      '<?php\n$x = 1;\necho "<Response><message>Hi</message></Response>";\n',
      /^\/\/ twiml-disable-next-line element-case\n/m,
    ],
    [
      'file:///app/templates/sms.xml.j2',
      '<Response>\n  <message>{{ body }}</message>\n</Response>\n',
      /^ {2}\{# twiml-disable-next-line element-case #\}\n/m,
    ],
    [
      'file:///app/voice.php',
      '<?php header("Content-Type: text/xml"); ?>\n<Response>\n  <say>Hi</say>\n</Response>\n',
      /^ {2}<\?php \/\/ twiml-disable-next-line element-case \?>\n/m,
    ],
  ];
  for (const [uri, text, expected] of cases) {
    const { document, diagnostics } = await hostDiagnostics(uri, text);
    assert.equal(diagnostics.length, 1, `${uri}: ${diagnostics.map((d) => d.code).join(', ')}`);
    const disable = (diagnostics[0].data as DiagnosticData).fixes.find((f) => f.title.startsWith('Disable'));
    assert.ok(disable, uri);
    const fixed = applyEdits(document, disable);
    assert.match(fixed, expected, uri);
    assert.deepEqual((await hostDiagnostics(uri, fixed)).diagnostics, [], `${uri} after the fix`);
  }
});

test('host directives: regions, several ids, and an unknown id reported on its comment', async () => {
  const text = [
    'function a() {',
    '  // twiml-disable element-case',
    '  const x = "<Response><message>Hi</message></Response>";',
    '  // twiml-enable element-case',
    '  const y = "<Response><message>Hi</message></Response>";',
    '  // twiml-disable-next-line element-caze',
    '  return [x, y];',
    '}',
  ].join('\n');
  const { diagnostics } = await hostDiagnostics('file:///app/a.js', text);
  assert.deepEqual(
    diagnostics.map((d) => `${d.code}@${d.range.start.line}`),
    ['element-case@4', 'unknown-rule@5'],
  );
  assert.match(diagnostics[1].message, /Did you mean "element-case"\?/);
});
