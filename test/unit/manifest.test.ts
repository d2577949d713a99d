/**
 * package.json against the code. The command registry (client/src/commands/registry.ts) holds
 * exactly the contributed commands, and every keybinding, menu item and `onCommand` event names
 * one of them. The host-language table (shared/hostLanguages.json) gives the `onLanguage`
 * activation events and the injection grammars, and every row is well formed (one row per
 * language id and extension, a grammar file that exists, a syntax the readers know).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_GROUPS, COMMAND_IDS, registerCommands, type CommandHandler } from '../../client/src/commands/registry';
import { ALL_LANGUAGE_IDS, CODE_LANGUAGES, HOST_LANGUAGES, HOST_LANGUAGE_IDS } from '../../shared/hostLanguages';
import { hostKindOf } from '../../server/src/embedded/hostKind';
import { templateSyntaxOfLanguage } from '../../server/src/embedded/templates/templateSyntax';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string }>>;
    keybindings: Array<{ command: string }>;
    languages: Array<{ id: string; extensions?: string[] }>;
    grammars: Array<{ language?: string; scopeName: string; path: string; injectTo?: string[] }>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** Values of `values` that occur more than once. */
function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

test('commands: the registry holds exactly the commands package.json contributes, each once', () => {
  const contributed = manifest.contributes.commands.map((command) => command.command);
  assert.deepEqual(duplicates(contributed), []);
  assert.deepEqual(duplicates(COMMAND_IDS), []);
  assert.deepEqual(sorted(COMMAND_IDS), sorted(contributed));
  for (const command of manifest.contributes.commands) assert.equal(command.category, 'TwiML', command.command);
});

test('commands: every menu item, keybinding and onCommand activation event names a registered command', () => {
  const named = [
    ...Object.values(manifest.contributes.menus).flatMap((items) => items.map((item) => item.command)),
    ...manifest.contributes.keybindings.map((binding) => binding.command),
    ...manifest.activationEvents
      .filter((event) => event.startsWith('onCommand:'))
      .map((event) => event.slice('onCommand:'.length)),
  ];
  assert.ok(named.length > 0);
  for (const command of named) assert.ok(COMMAND_IDS.includes(command as never), `${command} is registered`);
});

test('commands: activation events are of the kinds the extension handles', () => {
  for (const event of manifest.activationEvents) assert.match(event, /^(onLanguage|onCommand|onWebviewPanel):/, event);
});

test('commands: registerCommands registers every id of the table once, with its group’s handler', async () => {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const port = {
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        assert.ok(!registered.has(id), `${id} registered twice`);
        registered.set(id, handler);
        return { dispose: () => registered.delete(id) };
      },
    },
  };
  // Each handler answers its own id, so a handler registered under another id would show.
  const handlers = Object.fromEntries(
    Object.entries(COMMAND_GROUPS).map(([group, ids]) => [
      group,
      Object.fromEntries(ids.map((id): [string, CommandHandler] => [id, () => id])),
    ]),
  );
  const disposables = registerCommands(port as never, handlers as never);
  assert.deepEqual(sorted(registered.keys()), sorted(COMMAND_IDS));
  for (const [id, handler] of registered) assert.equal(handler(), id);
  for (const disposable of disposables) disposable.dispose();
  assert.equal(registered.size, 0);
});

test('host languages: the onLanguage activation events are the table’s language ids, no more, no fewer', () => {
  const events = manifest.activationEvents
    .filter((event) => event.startsWith('onLanguage:'))
    .map((event) => event.slice('onLanguage:'.length));
  assert.deepEqual(sorted(events), sorted(ALL_LANGUAGE_IDS));
});

test('host languages: every injection grammar in package.json is a row’s, with the same file and hosts', () => {
  const injections = manifest.contributes.grammars.filter((grammar) => grammar.injectTo);
  const rows = HOST_LANGUAGES.flatMap((row) => (row.injection ? [row.injection] : []));
  assert.deepEqual(
    sorted(injections.map((grammar) => grammar.scopeName)),
    sorted(rows.map((injection) => injection.scopeName)),
  );
  for (const injection of rows) {
    const contributed = injections.find((grammar) => grammar.scopeName === injection.scopeName)!;
    assert.equal(contributed.path, injection.path, injection.scopeName);
    assert.deepEqual(contributed.injectTo, injection.injectTo, injection.scopeName);
    assert.ok(fs.existsSync(path.join(ROOT, injection.path)), `${injection.path} exists`);
  }
});

test('host languages: the languages package.json contributes are rows, with their extensions', () => {
  for (const language of manifest.contributes.languages) {
    const row = HOST_LANGUAGES.find((candidate) => candidate.languageIds.includes(language.id));
    assert.ok(row, `${language.id} has a row`);
    for (const extension of language.extensions ?? [])
      assert.ok(row.extensions.includes(extension), `${language.id}: ${extension} is in its row`);
  }
});

test('host languages: each language id and extension belongs to one row; extensions are lower case with a dot', () => {
  const ids = HOST_LANGUAGES.flatMap((row) => row.languageIds);
  const extensions = HOST_LANGUAGES.flatMap((row) => row.extensions);
  assert.deepEqual(duplicates(ids), []);
  assert.deepEqual(duplicates(extensions), []);
  assert.deepEqual(duplicates(HOST_LANGUAGES.map((row) => row.name)), []);
  for (const extension of extensions) assert.match(extension, /^\.[a-z0-9]+$/);
});

test('host languages: rows are well formed (a JSON typo would pass the compiler)', () => {
  const syntaxes = ['jinja', 'mustache', 'erb', 'php'];
  const treeSitter = path.dirname(require.resolve('@vscode/tree-sitter-wasm'));
  for (const row of HOST_LANGUAGES) {
    assert.ok(['twiml', 'template', 'code'].includes(row.kind), `${row.name}: kind ${row.kind}`);
    assert.equal(row.kind === 'code', row.code !== undefined, `${row.name}: code rows, and only they, have a grammar`);
    if (row.templateSyntax !== undefined) assert.ok(syntaxes.includes(row.templateSyntax), row.name);
    if (row.code) {
      assert.equal(typeof row.code.sdkBuilders, 'boolean', row.name);
      assert.ok(fs.existsSync(path.join(treeSitter, row.code.grammar)), `${row.name}: ${row.code.grammar} exists`);
    }
  }
  assert.deepEqual(duplicates(CODE_LANGUAGES), []);
});

test('host languages: the server reads every id the client sends, and by the row’s kind', () => {
  assert.ok(!HOST_LANGUAGE_IDS.includes('twiml') && !HOST_LANGUAGE_IDS.includes('xml'));
  for (const row of HOST_LANGUAGES) {
    for (const id of row.languageIds) {
      const kind = hostKindOf(id, 'file:///a/untitled');
      assert.equal(kind?.kind, row.kind, `${id}`);
      if (row.kind !== 'twiml') assert.ok(HOST_LANGUAGE_IDS.includes(id), `the client sends ${id}`);
      assert.equal(templateSyntaxOfLanguage(id, 'untitled'), row.templateSyntax, `${id}: template syntax`);
    }
    for (const extension of row.extensions)
      assert.equal(hostKindOf('plaintext', `file:///a/b${extension}`)?.kind, row.kind, extension);
  }
});
