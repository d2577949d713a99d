/**
 * `npm run test:vscode`: runs the real-VS-Code suite (test/vscode/*.test.ts, compiled to
 * out/test/vscode) with @vscode/test-electron's runTests(), then the workbench UI and VSIX checks
 * (out/test/ui/*.test.js, node:test).
 *
 * Where the suite runs:
 * - Linux (default): code-server 4.100.3 (VS Code 1.100.3) driven through headless chromium, via
 *   scripts/vscode-host/launcher.mjs passed as `vscodeExecutablePath`. The host is installed on
 *   first use (scripts/vscode-host/install.mjs), so this works on a fresh machine.
 * - TWIML_TEST_HOST=desktop: a desktop VS Code, either VSCODE_EXECUTABLE_PATH or one that
 *   runTests downloads. Not the default, because a desktop VS Code that is already running
 *   refuses command-line test runs, and CI machines here cannot download one.
 *
 * TWIML_SKIP_UI=1 skips the UI/VSIX phase; TWIML_TEST_GREP filters the suite's tests.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** out/test/vscode → the repository root (the extension under test). */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const hostScripts = path.join(repoRoot, 'scripts', 'vscode-host');

type Host = { kind: 'code-server'; executable: string } | { kind: 'desktop'; executable?: string };

function chooseHost(): Host {
  const wanted = process.env.TWIML_TEST_HOST ?? (process.platform === 'linux' ? 'code-server' : 'desktop');
  if (wanted === 'desktop') return { kind: 'desktop', executable: process.env.VSCODE_EXECUTABLE_PATH || undefined };
  if (wanted !== 'code-server') throw new Error(`TWIML_TEST_HOST must be code-server or desktop, not ${wanted}`);
  const launcher = path.join(hostScripts, 'launcher.mjs');
  // runTests spawns the launcher directly, so it must be executable even in a checkout that lost modes.
  fs.chmodSync(launcher, 0o755);
  return { kind: 'code-server', executable: launcher };
}

/** Installs code-server, chromium and friends if missing (quick when they are there). */
function ensureCodeServerHost(): void {
  const result = spawnSync(process.execPath, [path.join(hostScripts, 'install.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('installing the VS Code host failed (see above)');
}

/** A throwaway copy of test/fixtures/workspace: tests edit documents there and must not touch the repo. */
function copyWorkspace(): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-test-workspace-'));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), target, { recursive: true });
  return target;
}

async function runSuite(host: Host): Promise<boolean> {
  const workspace = copyWorkspace();
  try {
    await runTests({
      version: '1.100.3',
      vscodeExecutablePath: host.executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index'),
      // --disable-extensions keeps a desktop VS Code's other extensions out; the launcher's host has none.
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { TWIML_TEST_GREP: process.env.TWIML_TEST_GREP ?? '' },
    });
    return true;
  } catch (error) {
    console.error(`VS Code suite failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** The workbench UI and VSIX checks drive code-server from outside; they need that host. */
function runUiChecks(): boolean {
  const dir = path.join(repoRoot, 'out', 'test', 'ui');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.test.js'))
        .sort()
    : [];
  if (files.length === 0) return true;
  const args = ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files.map((name) => path.join(dir, name))];
  return spawnSync(process.execPath, args, { stdio: 'inherit', cwd: repoRoot }).status === 0;
}

async function main(): Promise<number> {
  const started = Date.now();
  const host = chooseHost();
  if (host.kind === 'code-server') ensureCodeServerHost();
  let ok = await runSuite(host);
  if (host.kind === 'code-server' && !process.env.TWIML_TEST_GREP && process.env.TWIML_SKIP_UI !== '1')
    ok = runUiChecks() && ok;
  console.log(`test:vscode ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
