/**
 * The template-tag injection grammar: Jinja, Mustache/Handlebars, ERB/EJS and PHP tags inside
 * TwiML are coloured as embedded code, in text, attribute values and comments, and the TwiML
 * around them keeps its own scopes.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IToken, type StateStack } from 'vscode-textmate';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const TWIML_PATH = path.join(ROOT, 'syntaxes/twiml.tmLanguage.json');
const INJECTION_PATH = path.join(ROOT, 'syntaxes/twiml-templates.tmLanguage.json');
const TWIML_SCOPE = 'text.xml.twiml';
const INJECTION_SCOPE = 'text.twiml.template-tags';

/** Loaded once per process: vscode-oniguruma's WASM can only be initialised once per process. */
const grammarPromise: Promise<IGrammar> = (async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files: Record<string, string> = { [TWIML_SCOPE]: TWIML_PATH, [INJECTION_SCOPE]: INJECTION_PATH };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      files[scopeName] ? parseRawGrammar(fs.readFileSync(files[scopeName], 'utf8'), files[scopeName]) : null,
    // What package.json's `injectTo: ["text.xml.twiml"]` does in VS Code.
    getInjections: (scopeName) => (scopeName === TWIML_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(TWIML_SCOPE);
  if (!grammar) throw new Error(`grammar ${TWIML_SCOPE} did not load`);
  return grammar;
})();

interface Line {
  text: string;
  tokens: IToken[];
}

async function tokenize(source: string): Promise<Line[]> {
  const grammar = await grammarPromise;
  let state: StateStack = INITIAL;
  return source.split('\n').map((text) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    return { text, tokens: result.tokens };
  });
}

/** The scopes of every character of `needle` (its `occurrence`-th on the line), or throws. */
function scopesOf(line: Line, needle: string, occurrence = 1): string[][] {
  let start = -1;
  for (let n = 0; n < occurrence; n++) start = line.text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in ${line.text}`);
  const out: string[][] = [];
  for (let col = start; col < start + needle.length; col++) {
    out.push(line.tokens.find((t) => t.startIndex <= col && col < t.endIndex)?.scopes ?? []);
  }
  return out;
}

/** Asserts every character of `needle` has `scope` (a prefix match: `comment.block` matches `comment.block.template`). */
function expectScope(line: Line, needle: string, scope: string, occurrence = 1): void {
  scopesOf(line, needle, occurrence).forEach((scopes, i) => {
    assert.ok(
      scopes.some((s) => s === scope || s.startsWith(scope + '.')),
      `${JSON.stringify(needle)}[${i}] lacks ${scope}: ${scopes.join(' ')}`,
    );
  });
}

function expectNoScope(line: Line, needle: string, scope: string, occurrence = 1): void {
  scopesOf(line, needle, occurrence).forEach((scopes, i) => {
    assert.ok(
      !scopes.some((s) => s === scope || s.startsWith(scope + '.')),
      `${JSON.stringify(needle)}[${i}] has ${scope}: ${scopes.join(' ')}`,
    );
  });
}

test('the injection grammar names its scope and injects into TwiML', () => {
  const raw = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8'));
  assert.equal(raw.scopeName, INJECTION_SCOPE);
  assert.match(raw.injectionSelector, /text\.xml\.twiml/);
});

test('Jinja: output, statements with keywords, comments; a string holding }} does not end the tag', async () => {
  const [line] = await tokenize('<Message to="{{ to }}">{% for m in ms %}{{ "}}" }}{# note #}{% endfor %}</Message>');
  expectScope(line, '{{ to }}', 'meta.embedded.expression.template');
  expectScope(line, '{{', 'punctuation.section.embedded.begin.template');
  expectScope(line, 'for', 'keyword.control.template');
  expectScope(line, 'endfor', 'keyword.control.template');
  expectScope(line, '"}}"', 'string.quoted.double.template');
  expectScope(line, '{{ "}}" }}', 'meta.embedded.expression.template');
  expectScope(line, '{# note #}', 'comment.block.template');
  expectScope(line, 'Message', 'entity.name.tag', 2);
  expectNoScope(line, '</Message>', 'meta.embedded');
});

test('Mustache/Handlebars: sections, else, triple braces, comments, raw blocks', async () => {
  const lines = await tokenize(
    '<Response>{{#each items}}<Say>{{{ label }}}</Say>{{else}}{{! none }}{{/each}}\n{{!-- a {{x}} --}}{{{{raw}}}}{{y}}{{{{/raw}}}}</Response>',
  );
  expectScope(lines[0], '#', 'keyword.control.template');
  expectScope(lines[0], 'each', 'keyword.control.template');
  expectScope(lines[0], '{{{ label }}}', 'meta.embedded.expression.template');
  expectScope(lines[0], 'else', 'keyword.control.template');
  expectScope(lines[0], '{{! none }}', 'comment.block.template');
  expectScope(lines[0], '/each', 'keyword.control.template');
  expectScope(lines[1], '{{!-- a {{x}} --}}', 'comment.block.template');
  expectScope(lines[1], '{{y}}', 'meta.embedded.raw.template');
  expectNoScope(lines[1], '{{y}}', 'meta.embedded.expression.template');
});

test('ERB/EJS: output and statements, comments, <%% and a string holding %>', async () => {
  const lines = await tokenize(
    '<Response>\n<% @items.each do |i| -%>\n<Say voice="<%= v %>"><%= "%>" %></Say><%# c %><%%\n<% } %>\n</Response>',
  );
  expectScope(lines[1], '<% @items.each do |i| -%>', 'meta.embedded.block.template');
  expectScope(lines[1], 'do', 'keyword.control.template');
  expectScope(lines[2], '<%= v %>', 'meta.embedded.block.template');
  expectScope(lines[2], '"%>"', 'string.quoted.double.template');
  expectScope(lines[2], '<%# c %>', 'comment.block.template');
  expectScope(lines[2], '<%%', 'constant.character.escape.template');
  expectScope(lines[2], 'Say', 'entity.name.tag');
  expectScope(lines[4], 'Response', 'entity.name.tag');
});

test('PHP: <?php ?> and <?= ?> blocks over lines; the XML declaration stays TwiML', async () => {
  const lines = await tokenize(
    '<?xml version="1.0"?>\n<Response>\n<?php foreach ($messages as $m):\n  // a comment ?>\n<Message><?= $m ?></Message>\n<?php endforeach; ?>\n</Response>',
  );
  expectNoScope(lines[0], '<?xml', 'meta.embedded.block.php');
  expectScope(lines[2], '<?php', 'punctuation.section.embedded.begin.php');
  expectScope(lines[2], 'foreach', 'keyword.control.php');
  expectScope(lines[2], '$messages', 'variable.other.php');
  expectScope(lines[3], '// a comment', 'comment.line.php');
  expectScope(lines[3], '?>', 'punctuation.section.embedded.end.php');
  expectScope(lines[4], '<?= $m ?>', 'meta.embedded.block.php');
  expectScope(lines[4], 'Message', 'entity.name.tag');
  expectScope(lines[5], 'endforeach', 'keyword.control.php');
  expectScope(lines[6], 'Response', 'entity.name.tag');
});

test('plain TwiML is unchanged: no template scope anywhere', async () => {
  const lines = await tokenize(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say voice="alice">50% off {today}</Say><!-- c --></Response>',
  );
  for (const line of lines)
    for (const token of line.tokens)
      assert.ok(
        !token.scopes.some((s) => s.endsWith('.template') || s.endsWith('.php')),
        `${line.text.slice(token.startIndex, token.endIndex)}: ${token.scopes.join(' ')}`,
      );
});
