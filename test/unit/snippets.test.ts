import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { TwimlLanguageService } from '../../server/src/languageService';
import { expandSnippet, type SnippetBody } from './helpers/expandSnippet';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

interface SnippetDefinition {
  prefix: string;
  body: SnippetBody;
  description?: string;
  scope?: string;
  isFileTemplate?: boolean;
}

/**
 * What the extension promises its users, one entry per snippet prefix. `document` snippets are
 * whole files; `fragment` snippets go inside <Response> and are validated wrapped in one.
 * `outline` is the element tree (names only) the expansion must have; `attributes` lists
 * attributes that must be present on the named elements.
 */
const REQUIRED: Record<
  string,
  {
    kind: 'document' | 'fragment';
    dialect: 'messaging' | 'voice';
    outline: string;
    attributes?: Record<string, string[]>;
  }
> = {
  'twiml-reply': { kind: 'document', dialect: 'messaging', outline: 'Response(Message)' },
  'twiml-reply-media': { kind: 'document', dialect: 'messaging', outline: 'Response(Message(Body,Media))' },
  'twiml-message': { kind: 'fragment', dialect: 'messaging', outline: 'Response(Message(Body,Media))' },
  'twiml-redirect': { kind: 'fragment', dialect: 'messaging', outline: 'Response(Redirect)' },
  'twiml-reply-action': {
    kind: 'document',
    dialect: 'messaging',
    outline: 'Response(Message)',
    attributes: { Message: ['action', 'method'] },
  },
  'twiml-empty': { kind: 'document', dialect: 'messaging', outline: 'Response' },
  'twiml-say': { kind: 'document', dialect: 'voice', outline: 'Response(Say)' },
  'twiml-gather': {
    kind: 'document',
    dialect: 'voice',
    outline: 'Response(Gather(Say),Say)',
    attributes: { Gather: ['numDigits', 'action'] },
  },
  'twiml-dial': { kind: 'document', dialect: 'voice', outline: 'Response(Dial)' },
  'twiml-voicemail': {
    kind: 'document',
    dialect: 'voice',
    outline: 'Response(Say,Record)',
    attributes: { Record: ['maxLength', 'action'] },
  },
  'twiml-conference': { kind: 'document', dialect: 'voice', outline: 'Response(Dial(Conference))' },
  'twiml-hangup': { kind: 'document', dialect: 'voice', outline: 'Response(Say,Hangup)' },
};

const snippetFile = path.join(ROOT, 'snippets/twiml.code-snippets');
const snippets = Object.entries(JSON.parse(fs.readFileSync(snippetFile, 'utf8')) as Record<string, SnippetDefinition>);

/** The text the user gets: documents as inserted, fragments inside a <Response> as they are meant to be used. */
function documentText(snippet: SnippetDefinition, choose?: (choices: readonly string[]) => string): string {
  const expanded = expandSnippet(snippet.body, { choose });
  if (REQUIRED[snippet.prefix]?.kind !== 'fragment') return expanded;
  const indented = expanded
    .split('\n')
    .map((line) => `\t${line}`)
    .join('\n');
  return `${XML_DECLARATION}\n<Response>\n${indented}\n</Response>\n`;
}

/** Parses with xmldom, collecting every warning and error instead of stopping at the first. */
function parseStrictly(text: string) {
  const problems: string[] = [];
  const onError = (level: string, message: string) => {
    problems.push(`${level}: ${message}`);
  };
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  } catch (err) {
    problems.push(`thrown: ${(err as Error).message}`);
  }
  return { doc, problems };
}

interface ElementLike {
  tagName: string;
  childNodes: ArrayLike<{ nodeType: number }>;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<ElementLike>;
}

function outline(element: ElementLike): string {
  const children = Array.from(element.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => outline(n as unknown as ElementLike));
  return children.length ? `${element.tagName}(${children.join(',')})` : element.tagName;
}

/** Loaded lazily so the syntax and coverage checks above still run and report if the language service fails to build. */
function loadLanguageService(): TwimlLanguageService {
  const mod = require('../../server/src/languageService') as typeof import('../../server/src/languageService');
  return mod.createLanguageService();
}

// --- the expander used by these tests

test('expandSnippet: placeholders keep their default, choices take the first option, $0 and bare tabstops vanish', () => {
  assert.equal(expandSnippet('<Say>${1:Hello}</Say>$0'), '<Say>Hello</Say>');
  assert.equal(expandSnippet('method="${2|POST,GET|}"$3'), 'method="POST"');
  assert.equal(expandSnippet(['<Response>', '\t$1', '</Response>']), '<Response>\n\t\n</Response>');
  assert.equal(expandSnippet('${1:a ${2:nested ${3:deep}} z}'), 'a nested deep z');
});

test('expandSnippet: mirrors repeat the value of their tabstop, including a choice', () => {
  assert.equal(expandSnippet('<${1:Say}>x</$1>'), '<Say>x</Say>');
  assert.equal(expandSnippet('$1-${1:first}-${1}'), 'first-first-first');
  assert.equal(expandSnippet('${1|GET,POST|}=$1'), 'GET=GET');
});

test('expandSnippet: variables are empty unless they carry a default', () => {
  assert.equal(
    expandSnippet('[$TM_FILENAME][${TM_SELECTED_TEXT}][${TM_SELECTED_TEXT:none}][${CURRENT_YEAR:${1:2024}}]'),
    '[][][none][2024]',
  );
});

test('expandSnippet: escapes and text that is not a construct stay literal', () => {
  assert.equal(expandSnippet('cost \\$5 \\} \\\\ ${1:a\\}b}'), 'cost $5 } \\ a}b');
  assert.equal(expandSnippet('$ 5 and ${ and ${1:open'), '$ 5 and ${ and ${1:open');
  assert.equal(expandSnippet('${1|a\\,b,c\\|d|}'), 'a,b');
  assert.equal(expandSnippet('${1|POST,GET|}', { choose: (c) => c[c.length - 1] }), 'GET');
});

test('expandSnippet: transforms are refused rather than expanded wrongly', () => {
  assert.throws(() => expandSnippet('${1/(.*)/${1:/upcase}/}'), /transforms are not supported/);
});

// --- the snippet file

test('the snippet file offers every required snippet, under a twiml- prefix, each once', () => {
  const prefixes = snippets.map(([, s]) => s.prefix);
  for (const prefix of Object.keys(REQUIRED)) assert.ok(prefixes.includes(prefix), `missing snippet ${prefix}`);
  for (const prefix of prefixes) {
    assert.match(prefix, /^twiml-[a-z]+(?:-[a-z]+)*$/);
    assert.ok(REQUIRED[prefix], `${prefix}: declare its kind and dialect in REQUIRED so it gets validated`);
  }
  assert.equal(new Set(prefixes).size, prefixes.length, 'duplicate prefixes');
});

for (const [name, snippet] of snippets) {
  const spec = REQUIRED[snippet.prefix];

  test(`${snippet.prefix}: metadata (scope, description, file-template flag, tabstops)`, () => {
    assert.equal(snippet.scope, 'twiml');
    assert.ok((snippet.description ?? '').length >= 30, `${name}: write a description that says what it does`);
    assert.equal(
      snippet.isFileTemplate === true,
      spec?.kind === 'document',
      'whole documents, and only they, are file templates',
    );
    const source = typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n');
    if (snippet.prefix !== 'twiml-empty')
      assert.match(source, /\$\{1[:|]/, 'the first tabstop should select something to edit');
    for (const choice of source.matchAll(/\$\{\d+\|([^|]*)\|\}/g)) {
      const options = choice[1].split(',');
      if (options.includes('POST') || options.includes('GET')) assert.deepEqual([...options].sort(), ['GET', 'POST']);
    }
  });

  test(`${snippet.prefix}: expands to well-formed TwiML with the promised structure`, () => {
    const text = documentText(snippet);
    if (spec?.kind === 'document')
      assert.ok(text.startsWith(`${XML_DECLARATION}\n`), 'a document starts with the XML declaration at offset 0');
    else
      assert.ok(!text.slice(XML_DECLARATION.length).includes('<?xml'), 'a fragment must not carry its own declaration');
    const { doc, problems } = parseStrictly(text);
    assert.deepEqual(problems, [], text);
    const root = doc?.documentElement as unknown as ElementLike;
    assert.equal(outline(root), spec?.outline);
    for (const [element, attributes] of Object.entries(spec?.attributes ?? {})) {
      const found = Array.from(root.getElementsByTagName(element));
      assert.ok(found.length > 0, `no <${element}>`);
      for (const attribute of attributes)
        assert.ok(found[0].hasAttribute(attribute), `<${element}> lacks ${attribute}`);
    }
  });

  test(`${snippet.prefix}: default values are valid Twilio values (https URLs, E.164 numbers, GET/POST)`, () => {
    for (const text of [documentText(snippet), documentText(snippet, (c) => c[c.length - 1])]) {
      for (const url of text.match(/\b[a-z]+:\/\/[^\s"'<]*/g) ?? [])
        assert.match(url, /^https:\/\/example\.com\/\S+$/, 'absolute https URL on a reserved domain');
      for (const number of text.match(/\+\d[\d\s-]*/g) ?? []) assert.match(number, /^\+[1-9]\d{7,14}$/, 'E.164 number');
      for (const method of text.matchAll(/\bmethod="([^"]*)"/g)) assert.match(method[1], /^(GET|POST)$/);
      assert.doesNotMatch(text, /\$\{|\$\d/, 'unexpanded snippet syntax');
    }
  });

  test(`${snippet.prefix}: the TwiML language service reports no error or warning`, () => {
    const service = loadLanguageService();
    // Each choice option is a promise too, so the last options are validated as well as the defaults.
    for (const text of [documentText(snippet), documentText(snippet, (c) => c[c.length - 1])]) {
      const settings = spec?.kind === 'fragment' ? { dialect: spec.dialect } : undefined;
      const serious = service.validateText(text, settings).filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(
        serious.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
        [],
        text,
      );
    }
  });
}
