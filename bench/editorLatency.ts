/**
 * Latency as the user sees it in VS Code (issue 7/9): the real-VS-Code suite's "Editor latency"
 * tests (test/vscode/latency.test.ts) measure it and print a table whose lines carry
 * {@link EDITOR_LATENCY_MARKER}; `npm run bench -- --only editor` runs just those tests and
 * reprints the table. The figures come from a real editor, so they cannot be measured in process.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Prefix of each printed table line, so the bench can find them among the suite's output. */
export const EDITOR_LATENCY_MARKER = '[editor-latency]';

/** The mocha grep that selects the latency tests of the real-VS-Code suite. */
export const EDITOR_LATENCY_GREP = 'Editor latency';

/** Issue 7/9's targets. Each includes what the user waits for, the server's typing debounce too. */
export const TARGET_OPEN_MS = 300;
export const TARGET_KEYSTROKE_MS = 250;

/** The marked lines of `output`, marker removed (VS Code may prefix console lines with its own tags). */
export function parseEditorLatency(output: string): string[] {
  return output
    .split(/\r?\n/)
    .filter((line) => line.includes(EDITOR_LATENCY_MARKER))
    .map((line) => line.slice(line.indexOf(EDITOR_LATENCY_MARKER) + EDITOR_LATENCY_MARKER.length + 1));
}

/** What {@link runEditorLatency} got: the table's lines, or why there are none. */
export interface EditorLatencyRun {
  lines: string[];
  ok: boolean;
  note: string;
  seconds: number;
}

/**
 * Runs the latency tests in the real-VS-Code suite (compiled runTest.js; needs `npm run build`
 * and `tsc -b`) and returns the table they printed. Takes about a minute: the host starts first.
 */
export function runEditorLatency(repoRoot: string): EditorLatencyRun {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'out', 'test', 'vscode', 'runTest.js')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TWIML_TEST_GREP: EDITOR_LATENCY_GREP, TWIML_SKIP_UI: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const lines = parseEditorLatency(output);
  const seconds = (Date.now() - started) / 1000;
  if (result.error) return { lines, ok: false, note: `the suite did not run: ${result.error.message}`, seconds };
  if (result.status !== 0) return { lines, ok: false, note: `the suite exited with ${result.status}`, seconds };
  if (lines.length === 0) return { lines, ok: false, note: 'the suite printed no latency table', seconds };
  return { lines, ok: true, note: '', seconds };
}
