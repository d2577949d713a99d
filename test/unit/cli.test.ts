/** `twiml-lint` as CI runs it: the built dist/twiml-lint.js on fixture files, directories and globs. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';

const ROOT = repoRoot();
const CLI = path.join(ROOT, 'dist', 'twiml-lint.js');
const FIXTURES = 'test/fixtures/cli';
/** `file:line:col severity code message`, as editors' problem matchers expect. */
const LINE =
  /^(?<file>[^:\n]+):(?<line>\d+):(?<col>\d+) (?<severity>error|warning|info|hint) (?<code>[a-z][a-z0-9-]*) (?<message>.+)$/;

function lint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The problem lines of text output (everything but the summary line). */
function problemLines(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line && !/^\d+ files? checked/.test(line));
}

interface JsonFile {
  file: string;
  problems: Array<{
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    code: string;
    message: string;
    twilioCode?: number;
    url?: string;
  }>;
}

const skip = !fs.existsSync(CLI);

test('the CLI has been built', () => {
  assert.ok(!skip, `${CLI} is missing: run npm run build first`);
});

test('a clean file: no problem lines, summary, exit 0', { skip }, () => {
  const result = lint(`${FIXTURES}/good.twiml`);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.deepEqual(problemLines(result.stdout), []);
  assert.match(result.stdout, /^1 file checked: 0 errors, 0 warnings$/m);
});

test('a bad file: file:line:col severity code message lines, exit 1', { skip }, () => {
  const result = lint(`${FIXTURES}/bad.twiml`);
  assert.equal(result.status, 1, result.stdout + result.stderr);
  const lines = problemLines(result.stdout);
  assert.ok(lines.length >= 2, result.stdout);
  for (const line of lines) assert.match(line, LINE);
  const parsed = lines.map((line) => LINE.exec(line)!.groups!);
  const elementCase = parsed.find((p) => p.code === 'element-case');
  assert.ok(elementCase, result.stdout);
  assert.deepEqual(
    [elementCase.file, elementCase.line, elementCase.col, elementCase.severity],
    [`${FIXTURES}/bad.twiml`, '2', '4', 'error'],
  );
  assert.match(elementCase.message, /<Message>/);
  const unknownAttribute = parsed.find((p) => p.code === 'unknown-attribute');
  assert.deepEqual([unknownAttribute?.line, unknownAttribute?.col, unknownAttribute?.severity], ['3', '12', 'warning']);
  assert.match(result.stdout, /^1 file checked: 1 error, 1 warning$/m);
});

test('warnings alone exit 0', { skip }, () => {
  const result = lint(`${FIXTURES}/warn/warn-only.twiml`);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(problemLines(result.stdout).length, 1);
  assert.match(problemLines(result.stdout)[0], / warning unknown-attribute /);
});

test('--format json parses and lists every file with its problems', { skip }, () => {
  for (const args of [['--format', 'json'], ['--format=json']]) {
    const result = lint(...args, `${FIXTURES}/bad.twiml`, `${FIXTURES}/good.twiml`);
    assert.equal(result.status, 1);
    const files = JSON.parse(result.stdout) as JsonFile[];
    assert.deepEqual(files.map((f) => f.file).sort(), [`${FIXTURES}/bad.twiml`, `${FIXTURES}/good.twiml`]);
    const bad = files.find((f) => f.file.endsWith('bad.twiml'))!;
    const problem = bad.problems.find((p) => p.code === 'element-case');
    assert.ok(problem);
    assert.deepEqual(
      [problem.line, problem.column, problem.endLine, problem.endColumn, problem.severity],
      [2, 4, 2, 11, 'error'],
    );
    assert.equal(problem.twilioCode, 12200);
    assert.match(problem.url ?? '', /^https:\/\/www\.twilio\.com\/docs\/api\/errors\/12200$/);
    assert.deepEqual(files.find((f) => f.file.endsWith('good.twiml'))!.problems, []);
  }
});

test('a directory lints every .twiml inside, recursively, and nothing else', { skip }, () => {
  const result = lint('--format', 'json', FIXTURES);
  assert.equal(result.status, 1, result.stderr);
  const files = (JSON.parse(result.stdout) as JsonFile[]).map((f) => f.file.split(path.sep).join('/')).sort();
  assert.deepEqual(files, [
    `${FIXTURES}/bad.twiml`,
    `${FIXTURES}/good.twiml`,
    `${FIXTURES}/nested/deeper/broken.twiml`,
    `${FIXTURES}/nested/voice-good.twiml`,
    `${FIXTURES}/warn/warn-only.twiml`,
  ]);
});

test("a quoted glob 'test/fixtures/cli/**/*.twiml' is expanded by the CLI itself", { skip }, () => {
  const result = lint(`${FIXTURES}/**/*.twiml`);
  assert.equal(result.status, 1, result.stderr);
  const files = new Set(problemLines(result.stdout).map((line) => LINE.exec(line)?.groups?.file));
  assert.ok(
    files.has(`${FIXTURES}/bad.twiml`) && files.has(`${FIXTURES}/nested/deeper/broken.twiml`),
    [...files].join(', '),
  );
  assert.match(result.stdout, /^5 files checked: /m);
  const nested = lint(`${FIXTURES}/nested/*.twiml`);
  assert.equal(nested.status, 0, nested.stdout);
  assert.match(nested.stdout, /^1 file checked: 0 errors/m);
});

test('--dialect voice turns <Message> into a wrong-dialect error', { skip }, () => {
  const result = lint('--dialect', 'voice', `${FIXTURES}/good.twiml`);
  assert.equal(result.status, 1, result.stdout);
  assert.match(result.stdout, / error wrong-dialect /);
});

test('bad usage and no files exit 2 with a message on stderr', { skip }, () => {
  for (const args of [
    [],
    ['--format', 'xml', `${FIXTURES}/good.twiml`],
    ['--format'],
    ['--dialect', 'fax', `${FIXTURES}/good.twiml`],
    ['--bogus', `${FIXTURES}/good.twiml`],
    [`${FIXTURES}/does-not-exist.twiml`],
    [`${FIXTURES}/**/*.nothing`],
  ]) {
    const result = lint(...args);
    assert.equal(result.status, 2, `${args.join(' ')} → ${result.status}\n${result.stdout}${result.stderr}`);
    assert.ok(result.stderr.trim().length > 0, `${args.join(' ')}: nothing on stderr`);
  }
  const help = lint('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: twiml-lint/);
});

test(
  '--list-rules prints one line per rule: id, default severity, Twilio code, summary; --format json too',
  { skip },
  () => {
    const text = lint('--list-rules');
    assert.equal(text.status, 0, text.stderr);
    const lines = text.stdout.trim().split('\n');
    const json = JSON.parse(lint('--list-rules', '--format', 'json').stdout) as Array<{
      id: string;
      severity: string;
      twilioCode: number | null;
      summary: string;
      source: string;
    }>;
    assert.equal(lines.length, json.length);
    assert.ok(json.length >= 50);
    const say = lines.find((line) => line.startsWith('say-empty '));
    assert.match(say ?? '', /^say-empty\s+warning\s+-\s+A <Say> with no text/);
    assert.match(lines.find((line) => line.startsWith('message-empty ')) ?? '', /\berror\s+14103\s/);
    assert.deepEqual(
      json.find((rule) => rule.id === 'message-empty'),
      {
        id: 'message-empty',
        severity: 'error',
        twilioCode: 14103,
        summary: 'A <Message> with neither body nor media.',
        source: 'https://www.twilio.com/docs/api/errors/14103',
      },
    );
  },
);

test('.twimlrc.json above the file sets levels, --rule beats it, comments silence lines', { skip }, () => {
  const file = 'test/fixtures/rules/project/calls/menu.twiml';
  const withFile = lint('--format', 'json', file);
  const problems = (JSON.parse(withFile.stdout) as JsonFile[])[0].problems.map((p) => `${p.severity} ${p.code}`);
  // say-empty off and dial-empty raised to error by the file; reject-not-first silenced by its comment.
  assert.deepEqual(problems, ['error dial-empty', 'warning method-case']);
  assert.equal(withFile.status, 1);
  const withFlags = lint(
    '--format',
    'json',
    '--rule',
    'dial-empty=off',
    '--rule=method-case=hint',
    '--rule',
    'say-empty=warning',
    file,
  );
  assert.deepEqual(
    (JSON.parse(withFlags.stdout) as JsonFile[])[0].problems.map((p) => `${p.severity} ${p.code}`),
    ['warning say-empty', 'hint method-case'],
  );
  assert.equal(withFlags.status, 0);
});

test('--rule with an unknown id is reported as unknown-rule; a bad --rule or .twimlrc.json exits 2', { skip }, () => {
  const unknown = lint('--rule', 'say-emtpy=off', 'test/fixtures/rules/project/calls/menu.twiml');
  assert.match(unknown.stdout, /warning unknown-rule There is no TwiML rule "say-emtpy".*Did you mean "say-empty"\?/);
  const bad = lint('--rule', 'say-empty', 'test/fixtures/rules/project/calls/menu.twiml');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--rule takes <rule-id>=<level>/);
  const broken = lint('test/fixtures/rules/broken-rc/ok.twiml');
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /\.twimlrc\.json is not valid JSON/);
});
