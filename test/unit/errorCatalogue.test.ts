/**
 * One Twilio error catalogue (server/src/data/errorCodes.ts): every entry is complete, every code
 * the rules name is in it, and no product code writes a Twilio code number anywhere else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../fuzz/corpus';
import { TWILIO_CATALOGUE, TWILIO_CODES, TWILIO_ERRORS, twilioError } from '../../server/src/data/errorCodes';
import { NESTING_ERROR_CODES } from '../../server/src/data/limits';
import { RULES, type RuleDefinition } from '../../server/src/services/validation/ruleTable';

/** The product's source folders, relative to the repository root. */
const SCANNED = ['server/src', 'client/src', 'webhook/src', 'shared'];
/** The data layer may write numbers: it is where the catalogue (and Twilio's limits) live. */
const DATA = 'server/src/data/';

/**
 * Five-digit numbers in code that are not Twilio codes and cannot be written otherwise, by file.
 * Numeric literals never need a place here: write them with a separator (`15_000`).
 */
const NOT_CODES: Record<string, readonly string[]> = {
  // US postal codes (FromZip, ToZip) in the sample webhook parameters, as Twilio sends them.
  'webhook/src/replay/samples.ts': ['94103', '94965'],
};

/** A five-digit number standing alone: Twilio's codes are five digits (10000-99999). */
const CODE_LIKE = /(?<![\w.])[1-9]\d{4}(?![\w.])/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Literal tokens whose text counts: numbers, strings and template pieces, not comments. */
const LITERALS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.JsxText,
]);

/**
 * Every code-looking number in the literals of one source file, as "file:line: text". Comments are
 * not read: a comment citing "12100" next to Twilio's page is documentation, not a second source.
 */
export function codeLikeLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const allowed = NOT_CODES[file] ?? [];
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (LITERALS.has(node.kind)) {
      // The source text, not the value: `15_000` is how a duration says it is not a code.
      // Unicode escapes are hex code points (`\u{10000}`), not numbers.
      const written = node.getText(source).replace(/\\u\{[\da-f]+\}/gi, '\\u{…}');
      for (const match of written.matchAll(CODE_LIKE)) {
        if (allowed.includes(match[0])) continue;
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${file}:${line}: ${match[0]} in ${written.slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('no Twilio code number is written outside the catalogue', () => {
  const root = repoRoot();
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir)))
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .filter((file) => !file.startsWith(DATA));
  assert.ok(files.length > 100, `only ${files.length} files scanned: wrong root?`);
  const found = files.flatMap((file) => codeLikeLiterals(file, fs.readFileSync(path.join(root, file), 'utf8')));
  assert.deepEqual(
    found,
    [],
    `Twilio codes come from server/src/data/errorCodes.ts (TWILIO_CODES.name); write other numbers as 15_000:\n${found.join('\n')}`,
  );
});

test('the scan finds a code in a string, a template and a number, and skips comments and 15_000', () => {
  const text = [
    '// Twilio 12100 in a comment is fine',
    "const a = 'error 11200';",
    'const b = `Twilio ${x} 11750 ${y}`;',
    'const c = 13320;',
    'const d = 15_000; const e = 1.12345; const f = 123456; const g = "v1.12100"; const h = /[\\u{10000}-\\u{10FFFF}]/u;',
  ].join('\n');
  assert.deepEqual(
    codeLikeLiterals('x.ts', text).map((line) => line.split(' in ')[0]),
    ['x.ts:2: 11200', 'x.ts:3: 11750', 'x.ts:4: 13320'],
  );
  assert.deepEqual(codeLikeLiterals('webhook/src/replay/samples.ts', "const zip = '94103';"), []);
});

test('every catalogue entry has its code, a title and its Twilio page', () => {
  const entries = Object.entries(TWILIO_CATALOGUE);
  assert.ok(entries.length >= 30, `${entries.length} entries`);
  for (const [name, entry] of entries) {
    assert.ok(Number.isInteger(entry.code) && entry.code >= 10_000 && entry.code <= 99_999, `${name}: ${entry.code}`);
    assert.ok(entry.title.trim().length > 3, `${name}: title "${entry.title}"`);
    assert.equal(entry.title, entry.title.trim(), `${name}: title has stray spaces`);
    assert.equal(entry.url, `https://www.twilio.com/docs/api/errors/${entry.code}`, name);
    assert.equal(TWILIO_CODES[name as keyof typeof TWILIO_CODES], entry.code, name);
    assert.equal(twilioError(entry.code), entry, `${name}: lookup by number`);
  }
  assert.equal(Object.keys(TWILIO_ERRORS).length, entries.length, 'two names for one code');
  assert.equal(twilioError(99_999), undefined);
});

test('every Twilio code a rule names is in the catalogue', () => {
  const named = Object.entries(RULES).flatMap(([id, rule]) =>
    'twilioCode' in rule && rule.twilioCode !== undefined ? [[id, rule.twilioCode] as const] : [],
  );
  assert.ok(named.length >= 20, `${named.length} rules name a code`);
  for (const [id, code] of named) assert.ok(twilioError(code), `rule ${id} names ${code}, not in the catalogue`);
  for (const [parent, code] of Object.entries(NESTING_ERROR_CODES))
    assert.ok(code !== undefined && twilioError(code), `<${parent}> nesting code ${code} is not in the catalogue`);
  // A rule whose source is a Twilio error page names a page the catalogue has.
  for (const [id, rule] of Object.entries(RULES) as Array<[string, RuleDefinition]>) {
    const page = /\/docs\/api\/errors\/(\d+)$/.exec(rule.source ?? '');
    if (page) assert.ok(twilioError(Number(page[1])), `rule ${id} cites ${rule.source}, not in the catalogue`);
  }
});
