import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IToken, type StateStack } from 'vscode-textmate';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const STUBS = path.join(ROOT, 'test/fixtures/grammars');
const VERB = 'entity.name.tag.verb.twiml';
const EMBEDDED = 'meta.embedded.block.twiml';

/**
 * Host grammars are stubs (VS Code's own are not in node_modules) that give strings the scopes
 * VS Code's grammars give them; the TwiML and injection grammars are the shipped files.
 */
const HOSTS: Record<string, { stub: string; injection: string }> = {
  'source.python': { stub: 'python.stub.tmLanguage.json', injection: 'twiml-injection-python.tmLanguage.json' },
  'source.js': { stub: 'js.stub.tmLanguage.json', injection: 'twiml-injection-js.tmLanguage.json' },
  'source.ts': { stub: 'ts.stub.tmLanguage.json', injection: 'twiml-injection-ts.tmLanguage.json' },
  'source.tsx': { stub: 'tsx.stub.tmLanguage.json', injection: 'twiml-injection-tsx.tmLanguage.json' },
  'source.php': { stub: 'php.stub.tmLanguage.json', injection: 'twiml-injection-php.tmLanguage.json' },
  'source.ruby': { stub: 'ruby.stub.tmLanguage.json', injection: 'twiml-injection-ruby.tmLanguage.json' },
};

function injectionScope(host: string): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', HOSTS[host].injection), 'utf8')).scopeName;
}

function grammarFile(scopeName: string): string | undefined {
  if (scopeName === 'text.xml.twiml') return path.join(ROOT, 'syntaxes/twiml.tmLanguage.json');
  if (HOSTS[scopeName]) return path.join(STUBS, HOSTS[scopeName].stub);
  const host = Object.keys(HOSTS).find((h) => injectionScope(h) === scopeName);
  return host && path.join(ROOT, 'syntaxes', HOSTS[host].injection);
}

/** Loaded once per process: vscode-oniguruma's WASM can only be initialised once. */
const registryPromise: Promise<Registry> = (async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = grammarFile(scopeName);
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    // What package.json's `injectTo` does in VS Code.
    getInjections: (scopeName) => (HOSTS[scopeName] ? [injectionScope(scopeName)] : undefined),
  });
})();

async function grammar(host: string): Promise<IGrammar> {
  const loaded = await (await registryPromise).loadGrammar(host);
  assert.ok(loaded, `${host} did not load`);
  return loaded;
}

/** Scopes of every occurrence's first character, line by line as VS Code tokenizes. */
async function scopesOf(host: string, source: string, text: string, occurrence = 1): Promise<string[]> {
  let state: StateStack = INITIAL;
  const g = await grammar(host);
  let seen = 0;
  for (const line of source.split('\n')) {
    const { tokens, ruleStack } = g.tokenizeLine(line, state);
    state = ruleStack;
    for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
      if (++seen === occurrence) return tokens.find((t: IToken) => t.startIndex <= at && at < t.endIndex)?.scopes ?? [];
    }
  }
  assert.fail(`${text}#${occurrence} not in the source`);
}

const PYTHON = [
  'def reply():',
  '    return """',
  '<Response>',
  '  <Message>Hello {name}</Message>',
  '</Response>',
  '"""',
  'def after():',
  '    page = """<Response><Message to="x">Hi</Message></Response>"""',
  "    one = '<?xml version=\"1.0\"?><Response><Message>It\\'s on</Message></Response>'",
  '    text = f"<Response><Message>Hi {user}</Message></Response>"',
  '    html = """<p>Not <Message>TwiML</Message></p>"""',
  '    return page',
].join('\n');

test('Python: TwiML in triple-quoted, single-quoted and f-strings gets TwiML scopes', async () => {
  for (const occurrence of [1, 2, 3, 4]) {
    const scopes = await scopesOf('source.python', PYTHON, 'Message', occurrence * 2 - 1);
    assert.ok(scopes.includes(VERB), `occurrence ${occurrence}: ${scopes.join(' ')}`);
    assert.ok(scopes.includes(EMBEDDED));
  }
  assert.ok((await scopesOf('source.python', PYTHON, 'Message', 1)).includes('string.quoted.multi.python'));
  assert.ok((await scopesOf('source.python', PYTHON, 'Message', 5)).includes('string.quoted.single.python'));
  assert.ok((await scopesOf('source.python', PYTHON, 'Message', 7)).includes('meta.fstring.python'));
});

test('Python: placeholders and escapes keep Python scopes, and the string still closes', async () => {
  assert.ok(
    (await scopesOf('source.python', PYTHON, '{name}')).includes('constant.character.format.placeholder.other.python'),
  );
  assert.ok(
    (await scopesOf('source.python', PYTHON, '{user}')).includes('constant.character.format.placeholder.other.python'),
  );
  assert.ok((await scopesOf('source.python', PYTHON, "\\'s on")).includes('constant.character.escape.python'));
  for (const [keyword, occurrence] of [
    ['def', 2],
    ['return', 2],
  ] as const) {
    const scopes = await scopesOf('source.python', PYTHON, keyword, occurrence);
    assert.deepEqual(scopes, ['source.python', 'keyword.control.flow.python'], keyword);
  }
});

test('Python: a string that does not start with <?xml or <Response is left to Python', async () => {
  const scopes = await scopesOf('source.python', PYTHON, 'Message', 9);
  assert.deepEqual(scopes, ['source.python', 'string.quoted.multi.python']);
});

for (const suffix of ['js', 'ts', 'tsx']) {
  const host = `source.${suffix}`;
  const source = [
    'const twiml = `',
    '  <Response>',
    '    <Message>Your code is ${code}</Message>',
    '  </Response>`;',
    'const other = `<Response><Message>x</Message></Response>`;',
    'const html = `<b>Not <Message>TwiML</Message></b>`;',
  ].join('\n');
  test(`${suffix}: TwiML in template literals, with \${} left to the host grammar`, async () => {
    for (const occurrence of [1, 3]) {
      const scopes = await scopesOf(host, source, 'Message', occurrence);
      assert.ok(scopes.includes(VERB) && scopes.includes(`string.template.${suffix}`), scopes.join(' '));
    }
    assert.ok(
      (await scopesOf(host, source, '${code}')).includes(`punctuation.definition.template-expression.begin.${suffix}`),
    );
    assert.ok((await scopesOf(host, source, 'code}')).includes(`variable.other.readwrite.${suffix}`));
    assert.deepEqual(await scopesOf(host, source, 'const', 2), [host, `storage.type.${suffix}`]);
    assert.deepEqual(await scopesOf(host, source, 'Message', 5), [host, `string.template.${suffix}`]);
  });
}

test('PHP: TwiML in a heredoc, $variables stay PHP, the closing identifier ends the heredoc', async () => {
  const source = [
    'echo <<<XML',
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Response>',
    '    <Message>Hello {$name}, order $order shipped</Message>',
    '</Response>',
    'XML;',
    "echo <<<'TWIML'",
    '  <Response><Message>Nowdoc</Message></Response>',
    '  TWIML;',
    'echo $after;',
  ].join('\n');
  for (const occurrence of [1, 3]) {
    const scopes = await scopesOf('source.php', source, 'Message', occurrence);
    assert.ok(scopes.includes(VERB), scopes.join(' '));
  }
  assert.ok((await scopesOf('source.php', source, 'Message', 1)).includes('string.unquoted.heredoc.php'));
  assert.ok((await scopesOf('source.php', source, 'Message', 3)).includes('string.unquoted.nowdoc.php'));
  assert.ok((await scopesOf('source.php', source, '$order')).includes('variable.other.php'));
  assert.ok((await scopesOf('source.php', source, '{$name}')).includes('punctuation.definition.variable.php'));
  assert.ok((await scopesOf('source.php', source, 'XML;')).includes('keyword.operator.heredoc.php'));
  assert.deepEqual(await scopesOf('source.php', source, 'echo', 3), [
    'source.php',
    'support.function.construct.output.php',
  ]);
});

test('Ruby: TwiML in a squiggly heredoc, #{} stays Ruby, the heredoc closes', async () => {
  const source = [
    'def reply',
    '  <<~XML',
    '    <Response>',
    '      <Message>Hi #{name}</Message>',
    '    </Response>',
    '  XML',
    'end',
  ].join('\n');
  const scopes = await scopesOf('source.ruby', source, 'Message');
  assert.ok(scopes.includes(VERB) && scopes.includes('string.unquoted.heredoc.ruby'), scopes.join(' '));
  assert.ok((await scopesOf('source.ruby', source, '#{')).includes('punctuation.section.embedded.begin.ruby'));
  assert.ok((await scopesOf('source.ruby', source, 'XML', 2)).includes('punctuation.definition.string.end.ruby'));
  assert.deepEqual(await scopesOf('source.ruby', source, 'end'), ['source.ruby', 'keyword.control.ruby']);
});

test('every injection grammar includes the TwiML grammar and is selected only outside TwiML', () => {
  for (const { injection } of Object.values(HOSTS)) {
    const raw = fs.readFileSync(path.join(ROOT, 'syntaxes', injection), 'utf8');
    const parsed = JSON.parse(raw) as { scopeName: string; injectionSelector: string };
    assert.match(parsed.scopeName, /^twiml\.injection\./);
    assert.ok(raw.includes('"include": "text.xml.twiml"'), injection);
    for (const selector of parsed.injectionSelector.split(','))
      assert.match(selector.trim(), /^L:\S+ .*-meta\.embedded\.block\.twiml$/, injection);
  }
});
