import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tagBeginPatterns, tagNameGroups } from '../../server/src/data/grammarTagNames';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IToken, type StateStack } from 'vscode-textmate';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/twiml.tmLanguage.json');
const FIXTURE_DIR = path.join(ROOT, 'test/grammar');
const SCOPE_NAME = 'text.xml.twiml';

// Element names by kind, as listed in Twilio's SDKs and docs for the messaging and voice dialects.
const VERBS = [
  'Message',
  'Redirect',
  'Sms',
  'Say',
  'Play',
  'Pause',
  'Gather',
  'Dial',
  'Record',
  'Hangup',
  'Reject',
  'Enqueue',
  'Leave',
  'Connect',
  'Start',
  'Stop',
  'Refer',
  'Pay',
  'Echo',
];
const NOUNS = [
  'Body',
  'Media',
  'Number',
  'Client',
  'Conference',
  'Queue',
  'Sip',
  'Sim',
  'Stream',
  'Siprec',
  'Transcription',
  'Recording',
  'Parameter',
  'Config',
  'Task',
  'Prompt',
  'Application',
  'ApplicationSid',
  'WhatsApp',
  'Uri',
  'Headers',
  'Header',
  'Identity',
  'Room',
  'Autopilot',
  'VirtualAgent',
  'Conversation',
  'ConversationRelay',
  'ConversationRelaySession',
  'AiSession',
  'Language',
  'Assistant',
];
const SSML = ['break', 'emphasis', 'lang', 'p', 'phoneme', 'prosody', 's', 'say-as', 'sub', 'w'];

interface ScopeExpectation {
  line: number;
  text: string;
  occurrence?: number;
  scopes?: string[];
  not?: string[];
}

interface TokenizedLine {
  text: string;
  tokens: IToken[];
}

/** Loaded once per process: vscode-oniguruma's WASM can only be initialised once. */
const grammarPromise: Promise<IGrammar> = (async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === SCOPE_NAME ? parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
  return grammar;
})();

/** Tokenizes a whole document the way VS Code does: line by line, carrying the rule stack. */
function tokenize(grammar: IGrammar, source: string): { lines: TokenizedLine[]; endState: StateStack } {
  let state: StateStack = INITIAL;
  const lines = source.split(/\r?\n/).map((text) => {
    const result = grammar.tokenizeLine(text, state);
    state = result.ruleStack;
    return { text, tokens: result.tokens };
  });
  return { lines, endState: state };
}

function scopesAt(line: TokenizedLine, column: number): string[] {
  const token = line.tokens.find((t) => t.startIndex <= column && column < t.endIndex);
  return token ? token.scopes : [];
}

/** Returns why `expectation` does not hold (empty when it does), so one test can report every miss. */
function checkExpectation(lines: readonly TokenizedLine[], e: ScopeExpectation): string[] {
  const where = `line ${e.line} ${JSON.stringify(e.text)}#${e.occurrence ?? 1}`;
  const line = lines[e.line - 1];
  if (!line) return [`${where}: no such line`];
  let start = -1;
  for (let n = 0; n < (e.occurrence ?? 1); n++) {
    start = line.text.indexOf(e.text, start + 1);
    if (start < 0) return [`${where}: text not found on the line`];
  }
  for (let col = start; col < start + e.text.length; col++) {
    const scopes = scopesAt(line, col);
    const missing = (e.scopes ?? []).filter((s) => !scopes.includes(s));
    const forbidden = scopes.filter((s) => (e.not ?? []).some((p) => s === p || s.startsWith(p + '.')));
    if (missing.length || forbidden.length) {
      const detail = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        forbidden.length ? `has ${forbidden.join(', ')}` : '',
      ];
      return [`${where}: column ${col + 1} ${detail.filter(Boolean).join('; ')} (scopes: ${scopes.join(' ')})`];
    }
  }
  return [];
}

/** The scopes of the first character of `name` in a one-line document. */
async function scopesOfName(line: string, name: string, occurrence = 1): Promise<string[]> {
  const { lines } = tokenize(await grammarPromise, line);
  let col = -1;
  for (let n = 0; n < occurrence; n++) col = lines[0].text.indexOf(name, col + 1);
  assert.ok(col >= 0, `${name} not in ${line}`);
  return scopesAt(lines[0], col);
}

const fixtures = fs
  .readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.twiml'))
  .sort();
const scopeFiles = fs
  .readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.scopes.json'))
  .sort();

test('package.json wires the grammar, language configuration and snippets to files that exist', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const grammarContribution = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'twiml');
  assert.equal(grammarContribution.scopeName, SCOPE_NAME);
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, grammarContribution.path), 'utf8'));
  assert.equal(raw.scopeName, SCOPE_NAME);
  const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'twiml');
  assert.ok(fs.existsSync(path.join(ROOT, language.configuration)), 'language configuration file missing');
  for (const snippets of pkg.contributes.snippets)
    assert.ok(fs.existsSync(path.join(ROOT, snippets.path)), `${snippets.path} missing`);
});

test('every grammar fixture has a scopes file and every scopes file names an existing fixture', () => {
  assert.ok(fixtures.length >= 3, 'expected at least messaging, voice and edge-case fixtures');
  const named = scopeFiles
    .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, f), 'utf8')).fixture as string)
    .sort();
  assert.deepEqual(named, fixtures);
  assert.deepEqual(
    scopeFiles.map((f) => f.replace(/\.scopes\.json$/, '.twiml')),
    fixtures,
  );
});

for (const scopeFile of scopeFiles) {
  const spec = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, scopeFile), 'utf8')) as {
    fixture: string;
    expectations: ScopeExpectation[];
  };
  test(`fixture ${spec.fixture}: ${spec.expectations.length} scope expectations hold`, async () => {
    assert.ok(spec.expectations.length > 0, 'a scopes file without expectations checks nothing');
    const source = fs.readFileSync(path.join(FIXTURE_DIR, spec.fixture), 'utf8');
    const { lines } = tokenize(await grammarPromise, source);
    const failures = spec.expectations.flatMap((e) => checkExpectation(lines, e));
    assert.deepEqual(failures, []);
  });

  test(`fixture ${spec.fixture}: no construct is left open at the end`, async () => {
    // A following line must tokenize as a fresh top-level tag, not as the inside of a string or comment.
    const grammar = await grammarPromise;
    const { endState } = tokenize(grammar, fs.readFileSync(path.join(FIXTURE_DIR, spec.fixture), 'utf8'));
    const probe = grammar.tokenizeLine('<Say>', endState);
    assert.deepEqual(probe.tokens[1].scopes, [SCOPE_NAME, 'meta.tag.start.twiml', 'entity.name.tag.verb.twiml']);
  });
}

test('the expectation checker itself reports wrong scopes, forbidden scopes and missing text', async () => {
  const { lines } = tokenize(await grammarPromise, '<Response><message>x</message></Response>');
  assert.deepEqual(checkExpectation(lines, { line: 1, text: 'message', scopes: ['entity.name.tag.twiml'] }), []);
  assert.equal(checkExpectation(lines, { line: 1, text: 'message', scopes: ['entity.name.tag.verb.twiml'] }).length, 1);
  assert.equal(checkExpectation(lines, { line: 1, text: 'message', not: ['entity.name.tag'] }).length, 1);
  assert.equal(checkExpectation(lines, { line: 1, text: 'message', occurrence: 3 }).length, 1);
  assert.equal(checkExpectation(lines, { line: 2, text: 'x' }).length, 1);
});

test('every TwiML verb gets the verb scope in start, end and self-closing tags', async () => {
  for (const verb of VERBS) {
    assert.ok((await scopesOfName(`<${verb} a="1">`, verb)).includes('entity.name.tag.verb.twiml'), `<${verb}>`);
    assert.ok((await scopesOfName(`</${verb}>`, verb)).includes('entity.name.tag.verb.twiml'), `</${verb}>`);
    assert.ok((await scopesOfName(`<${verb}/>`, verb)).includes('entity.name.tag.verb.twiml'), `<${verb}/>`);
  }
});

test('every TwiML noun gets the noun scope, and no noun is scoped as a verb', async () => {
  for (const noun of NOUNS) {
    const scopes = await scopesOfName(`<${noun}>`, noun);
    assert.ok(scopes.includes('entity.name.tag.noun.twiml'), `<${noun}>: ${scopes.join(' ')}`);
    assert.ok(!scopes.includes('entity.name.tag.verb.twiml'), `<${noun}> is not a verb`);
  }
});

test('Response gets the root scope and SSML elements inside Say get the ssml scope', async () => {
  assert.ok((await scopesOfName('<Response>', 'Response')).includes('entity.name.tag.root.twiml'));
  assert.ok((await scopesOfName('<Response/>', 'Response')).includes('entity.name.tag.root.twiml'));
  for (const tag of SSML) {
    const scopes = await scopesOfName(`<Say><${tag}>x</${tag}></Say>`, tag);
    assert.ok(scopes.includes('entity.name.tag.ssml.twiml'), `<${tag}>: ${scopes.join(' ')}`);
  }
});

test('names are case-sensitive: wrong case, prefixes and suffixes of TwiML names get the plain tag scope', async () => {
  const lookalikes = [
    ...VERBS.map((v) => v.toLowerCase()),
    ...VERBS.map((v) => v.toUpperCase()),
    ...NOUNS.map((n) => n.toLowerCase()),
    'response',
    'RESPONSE',
    'Messages',
    'Sayer',
    'MessageBody',
    'Break',
    'SAY-AS',
    'Dial.x',
    'ns:Say',
  ];
  for (const name of lookalikes) {
    const scopes = await scopesOfName(`<${name}>`, name);
    assert.ok(scopes.includes('entity.name.tag.twiml'), `<${name}>: ${scopes.join(' ')}`);
    assert.deepEqual(
      scopes.filter((s) => /^entity\.name\.tag\.(verb|noun|root|ssml)\./.test(s)),
      [],
      `<${name}>`,
    );
  }
});

test('an unterminated start tag ends at the next "<", so one typo does not swallow the document', async () => {
  const { lines } = tokenize(await grammarPromise, '<Say voice="alice"\n<Hangup/>');
  assert.ok(scopesAt(lines[1], 1).includes('entity.name.tag.verb.twiml'));
});

test('a comment closed by "--->" still ends there', async () => {
  const { lines } = tokenize(await grammarPromise, '<!-- note --->\n<Hangup/>');
  assert.ok(!scopesAt(lines[1], 1).includes('comment.block.twiml'));
  assert.ok(scopesAt(lines[1], 1).includes('entity.name.tag.verb.twiml'));
});

test('a well-formed reference is a constant; any other "&" is flagged invalid', async () => {
  const { lines } = tokenize(await grammarPromise, '<Say>&amp; &lt; &#169; &#xA9; &bad &#xZZ; AT&T</Say>');
  const line = lines[0];
  const at = (needle: string) => scopesAt(line, line.text.indexOf(needle));
  for (const ref of ['&amp;', '&lt;', '&#169;', '&#xA9;']) {
    assert.ok(
      at(ref).some((s) => s.startsWith('constant.character.entity.')),
      ref,
    );
    assert.ok(!at(ref).includes('invalid.illegal.bad-ampersand.twiml'), ref);
  }
  for (const bad of ['&bad', '&#xZZ;', '&T']) assert.ok(at(bad).includes('invalid.illegal.bad-ampersand.twiml'), bad);
});

test('URLs in text stop before trailing punctuation and at the closing tag', async () => {
  const { lines } = tokenize(
    await grammarPromise,
    '<Say>See https://example.com/a?b=1, then (http://example.com/x).</Say>',
  );
  const line = lines[0];
  const link = (col: number) => scopesAt(line, col).includes('markup.underline.link.twiml');
  assert.ok(link(line.text.indexOf('https://')));
  assert.ok(link(line.text.indexOf('b=1') + 2));
  assert.ok(!link(line.text.indexOf(', then')));
  assert.ok(link(line.text.indexOf('/x')));
  assert.ok(!link(line.text.indexOf(').')));
  assert.ok(!link(line.text.indexOf('</Say>')));
});

// --- language-configuration.json: its regular expressions are run by VS Code as JavaScript RegExps.

const languageConfiguration = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  action: { indent: string };
}

/** The action VS Code picks on Enter: the first rule whose regexes match both sides of the cursor. */
function onEnterAction(before: string, after: string): string | undefined {
  const rule = (languageConfiguration.onEnterRules as OnEnterRule[]).find(
    (r) => new RegExp(r.beforeText).test(before) && (r.afterText === undefined || new RegExp(r.afterText).test(after)),
  );
  return rule?.action.indent;
}

test('language configuration: XML block comments, comment/quote auto-closing and region folding markers', () => {
  assert.deepEqual(languageConfiguration.comments.blockComment, ['<!--', '-->']);
  const pairs = languageConfiguration.autoClosingPairs.map(
    (p: { open: string; close: string }) => `${p.open}…${p.close}`,
  );
  for (const pair of ['"…"', "'…'", '<!--…-->']) assert.ok(pairs.includes(pair), pair);
  const start = new RegExp(languageConfiguration.folding.markers.start);
  const end = new RegExp(languageConfiguration.folding.markers.end);
  assert.ok(start.test('  <!-- #region menu -->') && start.test('<!-- region -->'));
  assert.ok(end.test('  <!-- #endregion -->'));
  assert.ok(!start.test('<!-- regional numbers -->') && !start.test('<!-- #endregion -->'));
});

test('language configuration: Enter between <Tag> and </Tag> indents and outdents; after an open tag it indents', () => {
  assert.equal(
    onEnterAction('    <Gather numDigits="1" action="https://example.com/menu">', '</Gather>'),
    'indentOutdent',
  );
  assert.equal(onEnterAction('<Say voice="a>b">', '</Say>'), 'indentOutdent');
  assert.equal(onEnterAction('<Response>', ''), 'indent');
  assert.equal(onEnterAction('<Dial timeout="20">', '   '), 'indent');
  assert.equal(onEnterAction('<Gather input="dtmf"', ''), 'indent');
  for (const closed of [
    '<Hangup/>',
    '<Record maxLength="60" />',
    '<Say>Hi</Say>',
    '</Gather>',
    '<!-- note -->',
    '<?xml version="1.0"?>',
    'plain text',
  ]) {
    assert.equal(onEnterAction(closed, ''), undefined, closed);
  }
});

test('language configuration: indentation rules indent after an open tag line and outdent a closing tag line', () => {
  const increase = new RegExp(languageConfiguration.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(languageConfiguration.indentationRules.decreaseIndentPattern);
  assert.ok(
    increase.test('  <Gather numDigits="1">') && increase.test('<Response>') && increase.test('<!-- long note'),
  );
  assert.ok(
    !increase.test('<Hangup/>') &&
      !increase.test('<Say>Hi</Say>') &&
      !increase.test('</Dial>') &&
      !increase.test('<!-- short -->'),
  );
  assert.ok(decrease.test('  </Gather>') && decrease.test('-->'));
  assert.ok(!decrease.test('<Gather>') && !decrease.test('text </Say>'));
});

test('language configuration: the word pattern takes whole tag and attribute names, not trailing punctuation', () => {
  const words = (text: string) => text.match(new RegExp(languageConfiguration.wordPattern, 'g'));
  assert.deepEqual(words('<say-as interpret-as="digits">'), ['say-as', 'interpret-as', 'digits']);
  assert.deepEqual(words('<lang xml:lang="fr-FR">'), ['lang', 'xml:lang', 'fr-FR']);
  assert.deepEqual(words('<Message statusCallback="x">Thanks.</Message>'), [
    'Message',
    'statusCallback',
    'x',
    'Thanks',
    'Message',
  ]);
  assert.deepEqual(words('Café'), ['Café']);
});

test('the grammar colours exactly the schema’s verbs, nouns and SSML elements (generated at build, no drift)', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/twiml.tmLanguage.json'), 'utf8'));
  const expected = tagBeginPatterns();
  assert.equal(
    grammar.repository['start-tag'].begin,
    expected.startTag,
    'run npm run build (scripts/generate-grammar.mjs)',
  );
  assert.equal(
    grammar.repository['end-tag'].begin,
    expected.endTag,
    'run npm run build (scripts/generate-grammar.mjs)',
  );
  const groups = tagNameGroups();
  // The groups are what the schema says: a verb added there would be coloured here.
  assert.ok(groups.verbs.includes('Gather') && groups.verbs.includes('Message'));
  assert.ok(groups.nouns.includes('Body') && groups.nouns.includes('Number'));
  assert.ok(groups.ssml.includes('say-as') && !groups.ssml.includes('Say'));
  assert.deepEqual(groups.root, ['Response']);
});

test('a verb the schema knows but the grammar file lacks is drift the check sees', () => {
  const groups = tagNameGroups();
  const withoutGather = tagBeginPatterns({ ...groups, verbs: groups.verbs.filter((name) => name !== 'Gather') });
  assert.notEqual(withoutGather.startTag, tagBeginPatterns().startTag);
});
