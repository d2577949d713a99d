/**
 * Editor latency (issue 7/9): measures, in the real editor, opening a `.twiml` or Python file to
 * its first diagnostics, a keystroke to updated diagnostics (the server's typing debounce
 * included), and the extension's activation, and prints them beside their targets. Timings are
 * printed, never asserted (they depend on the machine); the tests assert that the expected
 * diagnostics did arrive. `npm run bench -- --only editor` runs these tests and reprints the table.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  EDITOR_LATENCY_MARKER,
  EDITOR_LATENCY_GREP,
  TARGET_KEYSTROKE_MS,
  TARGET_OPEN_MS,
} from '../../bench/editorLatency';
import { median } from '../../bench/stats';
import { renderTable } from '../../bench/table';
import { codeOf, EXTENSION_ID, fixtureUri, resetEditors, twimlDiagnostics } from './helpers';

/** Samples per figure; the median is printed. */
const RUNS = 5;

/** One `<pause>` that a single keystroke (p ↔ P) turns into an element-case error and back. */
const TWIML = `<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Say>Hello</Say>
    <pause length="1"/>
</Response>
`;

const PYTHON = `from flask import Flask

app = Flask(__name__)


@app.route("/voice", methods=["POST"])
def voice():
    name = "caller"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Say>Hello {name}</Say>
    <pause length="1"/>
</Response>"""
`;

/** Line of `<pause` in each text (0-based), where the element-case error must land. */
const PAUSE_LINE = { twiml: 3, python: 11 };

type Kind = keyof typeof PAUSE_LINE;

interface Row {
  measurement: string;
  samples: number[];
  target?: number;
}

const rows: Row[] = [];
let observedActivationMs: number | undefined;

/** True when `uri` carries exactly one twiml diagnostic: element-case on the `<pause>` line. */
function hasPauseError(uri: vscode.Uri, kind: Kind): boolean {
  const diagnostics = twimlDiagnostics(uri);
  return (
    diagnostics.length === 1 &&
    codeOf(diagnostics[0]) === 'element-case' &&
    diagnostics[0].range.start.line === PAUSE_LINE[kind]
  );
}

/**
 * Milliseconds from calling `trigger` until `done` holds for `uri`'s diagnostics, checked at each
 * diagnostics change (an event, not polling, so the figure is not rounded up to a poll interval).
 * Resolves once `trigger` has settled too: diagnostics may arrive before the editor is shown.
 */
function timeUntilDiagnostics(
  uri: vscode.Uri,
  trigger: () => Thenable<unknown>,
  done: () => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let elapsed: number | undefined;
    let triggered = false;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled || (!error && (elapsed === undefined || !triggered))) return;
      settled = true;
      listener.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(elapsed as number);
    };
    const check = (): void => {
      if (elapsed === undefined && done()) elapsed = performance.now() - start;
      finish();
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const start = performance.now();
    Promise.resolve(trigger()).then(
      () => {
        triggered = true;
        check();
      },
      (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

/** Writes a new file into the test workspace: a fresh document the server has never seen. */
function freshFile(name: string, text: string): vscode.Uri {
  const uri = fixtureUri(name);
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

/** Opens a fresh file and times it to its element-case diagnostic; returns the editor for typing. */
async function timeOpen(name: string, kind: Kind): Promise<{ ms: number; editor: vscode.TextEditor }> {
  const uri = freshFile(name, kind === 'twiml' ? TWIML : PYTHON);
  let editor: vscode.TextEditor | undefined;
  const ms = await timeUntilDiagnostics(
    uri,
    async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    },
    () => hasPauseError(uri, kind),
    `the element-case error on opening ${name}`,
  );
  assert.ok(editor);
  return { ms, editor };
}

/**
 * Types one character over the `p`/`P` of `<pause`, alternately fixing and reintroducing the
 * error, and times each keystroke to the diagnostics that follow from it.
 */
async function timeKeystrokes(editor: vscode.TextEditor, kind: Kind, count: number): Promise<number[]> {
  const uri = editor.document.uri;
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = editor.document.getText();
    const broken = text.includes('<pause');
    const offset = text.indexOf(broken ? '<pause' : '<Pause') + 1;
    const start = editor.document.positionAt(offset);
    const range = new vscode.Range(start, start.translate(0, 1));
    samples.push(
      await timeUntilDiagnostics(
        uri,
        () => editor.edit((builder) => builder.replace(range, broken ? 'P' : 'p')),
        () => (broken ? twimlDiagnostics(uri).length === 0 : hasPauseError(uri, kind)),
        broken ? `the error to go after fixing <pause> (${kind})` : `the error after typing <pause> (${kind})`,
      ),
    );
  }
  return samples;
}

/** Opens RUNS fresh files of `kind` (after one unmeasured, which may start the server) and types in the last. */
async function measureKind(kind: Kind, label: string): Promise<void> {
  const name = (i: number | string): string => (kind === 'twiml' ? `latency-${i}.twiml` : `latency_${i}.py`);
  const first = await timeOpen(name('first'), kind);
  rows.push({
    measurement: `first ${label} opened by this suite → diagnostics (may start the server)`,
    samples: [first.ms],
  });
  const opens: number[] = [];
  let editor = first.editor;
  for (let i = 0; i < RUNS; i++) {
    const opened = await timeOpen(name(i), kind);
    opens.push(opened.ms);
    editor = opened.editor;
  }
  rows.push({ measurement: `open ${label} → first diagnostics`, samples: opens, target: TARGET_OPEN_MS });
  const keystrokes = await timeKeystrokes(editor, kind, 2 * RUNS);
  rows.push({
    measurement: `keystroke in ${label} → updated diagnostics`,
    samples: keystrokes,
    target: TARGET_KEYSTROKE_MS,
  });
}

/** Prints the table, each line marked so bench/editorLatency.ts can find it. Strings only: VS Code drops other console arguments. */
function printTable(activationMs: number | undefined): void {
  const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`);
  const cells = rows.map((row) => {
    const value = median(row.samples);
    const verdict = row.target === undefined ? '' : value < row.target ? 'MET' : 'MISSED';
    return [
      row.measurement,
      String(row.samples.length),
      ms(value),
      ms(Math.max(...row.samples)),
      row.target === undefined ? '—' : `< ${row.target} ms`,
      verdict,
    ];
  });
  cells.push(['activate() start → end, inside the extension', '1', ms(activationMs), '', '—', '']);
  cells.push([
    'extension.activate() as this suite saw it',
    observedActivationMs === undefined ? '0' : '1',
    observedActivationMs === undefined ? 'already active' : ms(observedActivationMs),
    '',
    '—',
    '',
  ]);
  const table = renderTable(['measurement', 'samples', 'median', 'max', 'target', 'verdict'], cells);
  console.log(`${EDITOR_LATENCY_MARKER} Editor latency (medians; each includes what the user waits for)`);
  for (const line of table.split('\n')) console.log(`${EDITOR_LATENCY_MARKER} ${line}`);
}

suite(EDITOR_LATENCY_GREP, () => {
  let extension: vscode.Extension<{ activationMs?: number }> | undefined;

  suiteSetup(async () => {
    extension = vscode.extensions.getExtension<{ activationMs?: number }>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    // Seen from outside only when this suite is the one that activates (TWIML_TEST_GREP=latency).
    if (!extension.isActive) {
      const start = performance.now();
      await extension.activate();
      observedActivationMs = performance.now() - start;
    }
  });
  teardown(resetEditors);
  suiteTeardown(() => {
    for (const name of fs.readdirSync(fixtureUri('.').fsPath))
      if (/^latency[-_]/.test(name)) fs.rmSync(fixtureUri(name).fsPath, { force: true });
  });

  test('a .twiml file: open → first diagnostics, keystroke → updated diagnostics', async function () {
    this.timeout(120_000);
    await measureKind('twiml', '.twiml');
  });

  test('a Python file (TwiML in an f-string): open → first diagnostics, keystroke → updated diagnostics', async function () {
    this.timeout(120_000);
    await measureKind('python', 'Python');
  });

  test('the extension reports its activation time; the figures are printed', () => {
    const activationMs = extension?.exports.activationMs;
    assert.equal(typeof activationMs, 'number', 'the API carries activationMs');
    assert.ok((activationMs ?? -1) >= 0);
    printTable(activationMs);
  });
});
