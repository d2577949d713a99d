import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, DIALECTS, isDialectSetting, normalizeSettings, settingDefault } from '../../shared/settings';
import { parseArgs } from '../../server/src/cli/lintArgs';
import { DEFAULT_FROM, DEFAULT_TO } from '../../webhook/src/replay/samples';
import { DEFAULT_TIMEOUT_MS } from '../../webhook/src/replay/httpClient';
import { DEFAULT_PHONE_SETTINGS } from '../../webhook/src/phone/phone';

const ROOT = path.resolve(__dirname, '../../..');
/** package.json read from disk, apart from the import shared/settings.ts makes of it. */
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const declared: Record<string, { default: unknown; enum?: string[] }> = manifest.contributes.configuration.properties;

test('the server settings default to what package.json declares', () => {
  assert.deepEqual(DEFAULT_SETTINGS, {
    dialect: declared['twiml.dialect'].default,
    maxDiagnostics: declared['twiml.maxDiagnostics'].default,
    rules: declared['twiml.rules'].default,
    escapeFunctions: declared['twiml.escapeFunctions'].default,
  });
  for (const [id, declaration] of Object.entries(declared))
    assert.deepEqual(settingDefault(id as never), declaration.default, id);
});

test('the dialects are the enum of twiml.dialect, auto aside', () => {
  assert.deepEqual(['auto', ...DIALECTS], declared['twiml.dialect'].enum);
  assert.ok(isDialectSetting('auto') && isDialectSetting('voice'));
  assert.ok(!isDialectSetting('Voice') && !isDialectSetting(undefined));
});

test('normalizeSettings keeps what is valid and falls back field by field', () => {
  assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(normalizeSettings('garbage'), DEFAULT_SETTINGS);
  assert.deepEqual(
    normalizeSettings({
      dialect: 'voice',
      maxDiagnostics: 12.7,
      rules: { 'say-empty': 'off' },
      escapeFunctions: ['x', 3],
    }),
    { dialect: 'voice', maxDiagnostics: 12, rules: { 'say-empty': 'off' }, escapeFunctions: ['x'] },
  );
  // A wrong field keeps the fallback's value; the others are taken.
  const current = {
    dialect: 'messaging' as const,
    maxDiagnostics: 50,
    rules: { a: 'error' },
    escapeFunctions: ['esc'],
  };
  assert.deepEqual(normalizeSettings({ dialect: 'phone', maxDiagnostics: 'many' }, current), current);
  assert.equal(normalizeSettings({ maxDiagnostics: -5 }).maxDiagnostics, 1, 'the declared minimum');
  assert.equal(normalizeSettings({ maxDiagnostics: Infinity }).maxDiagnostics, DEFAULT_SETTINGS.maxDiagnostics);
});

test('a rule level of the wrong type is kept as text, to be reported, not dropped', () => {
  assert.deepEqual(normalizeSettings({ rules: { 'say-empty': 2, 'unknown-attribute': 'error' } }).rules, {
    'say-empty': '2',
    'unknown-attribute': 'error',
  });
  assert.deepEqual(normalizeSettings({ rules: ['off'] }).rules, {});
});

test('normalizeSettings never shares the defaults object', () => {
  const settings = normalizeSettings({});
  settings.rules['say-empty'] = 'off';
  assert.deepEqual(DEFAULT_SETTINGS.rules, {});
});

test('twiml-lint takes the dialect setting as the editor does', () => {
  const parsed = parseArgs(['--dialect', 'voice', 'a.xml']);
  assert.ok(!('error' in parsed) && parsed.dialect === 'voice');
  const defaults = parseArgs(['a.xml']);
  assert.ok(!('error' in defaults) && defaults.dialect === DEFAULT_SETTINGS.dialect);
  const wrong = parseArgs(['--dialect', 'sms', 'a.xml']);
  assert.ok('error' in wrong && /auto, messaging or voice/.test(wrong.error));
});

test('only client/src/settings.ts reads VS Code settings: no default is written a second time', () => {
  const clientDir = path.join(ROOT, 'client/src');
  const readers: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts') && fs.readFileSync(file, 'utf8').includes('getConfiguration('))
        readers.push(path.relative(ROOT, file));
    }
  };
  walk(clientDir);
  assert.deepEqual(readers, ['client/src/settings.ts']);
});

test('the replay, the phone and twiml-sim start from the settings’ declared defaults', () => {
  assert.equal(DEFAULT_FROM, declared['twiml.replay.from'].default);
  assert.equal(DEFAULT_TO, declared['twiml.replay.to'].default);
  assert.equal(DEFAULT_TIMEOUT_MS, (declared['twiml.replay.timeoutSeconds'].default as number) * 1000);
  assert.equal(DEFAULT_PHONE_SETTINGS.url, declared['twiml.replay.url'].default);
  assert.equal(DEFAULT_PHONE_SETTINGS.method, declared['twiml.replay.method'].default);
  assert.equal(DEFAULT_PHONE_SETTINGS.from, declared['twiml.replay.from'].default);
});
