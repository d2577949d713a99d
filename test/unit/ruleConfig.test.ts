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

const WARNING = 2, HINT = 4, ERROR = 1;
const EMPTY_SAYS = '<Response>\n  <Say></Say>\n  <Say> </Say>\n</Response>';

test('a level per rule id: off removes, others set the severity', () => {
  expectNone(EMPTY_SAYS, 'say-empty', { rules: { 'say-empty': 'off' } });
  const hints = diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'hint' } }).filter((d) => d.code === 'say-empty');
  assert.deepEqual(hints.map((d) => d.severity), [HINT, HINT]);
  const errors = diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'error' } }).filter((d) => d.code === 'say-empty');
  assert.deepEqual(errors.map((d) => d.severity), [ERROR, ERROR]);
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
  assert.equal(diagnose(EMPTY_SAYS, { rules: { 'say-empty': 'loud' } }).filter((d) => d.code === 'say-empty').length, 2);
  // unknown-rule can itself be turned off.
  expectNone(EMPTY_SAYS, 'unknown-rule', { rules: { bogus: 'off', 'unknown-rule': 'off' } });
});

test('twiml-disable-next-line silences the named rules on the next line only', () => {
  const text = '<Response>\n  <!-- twiml-disable-next-line say-empty -->\n  <Say></Say>\n  <Say></Say>\n</Response>';
  const left = diagnose(text).filter((d) => d.code === 'say-empty');
  assert.deepEqual(left.map((d) => d.range.start.line), [3]);
  // Several rules, comma-separated; another rule on that line is not silenced.
  const two = '<Response>\n  <!-- twiml-disable-next-line say-empty, method-case -->\n  <Say></Say><Gather method="post"><Say>Hi</Say></Gather>\n  <Dial></Dial>\n</Response>';
  assert.deepEqual(diagnose(two).filter((d) => (d.severity ?? 1) <= 2).map((d) => d.code), ['dial-empty']);
  // No rule named: every rule.
  expectNone('<Response>\n  <!-- twiml-disable-next-line -->\n  <Dial></Dial><Say></Say>\n</Response>');
});

test('twiml-disable ... twiml-enable silences a region, per rule or for all', () => {
  const region = '<Response>\n<!-- twiml-disable say-empty -->\n<Say></Say>\n<Dial></Dial>\n<!-- twiml-enable say-empty -->\n<Say></Say>\n</Response>';
  assert.deepEqual(diagnose(region).filter((d) => (d.severity ?? 1) <= 2).map((d) => [d.code, d.range.start.line]), [['dial-empty', 3], ['say-empty', 5]]);
  const all = '<Response>\n<!-- twiml-disable -->\n<Say></Say>\n<Dial></Dial>\n<!-- twiml-enable -->\n<Say></Say>\n</Response>';
  assert.deepEqual(diagnose(all).filter((d) => (d.severity ?? 1) <= 2).map((d) => [d.code, d.range.start.line]), [['say-empty', 5]]);
  // A region never closed runs to the end of the document.
  expectNone('<Response>\n<!-- twiml-disable say-empty -- legacy menu -->\n<Say></Say>\n<Say></Say>\n</Response>', 'say-empty');
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
  assert.deepEqual(parseTwimlrc('{ "rules": { "say-empty": 0 } }').rules, { 'say-empty': '0' }, 'reported later as a bad level');
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
