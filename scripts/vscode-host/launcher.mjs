#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests() starts. It maps
// the arguments runTests passes (a workspace, --extensionDevelopmentPath=, --extensionTestsPath=)
// onto code-server + headless chromium: the workbench runs the suite's run() in the real
// extension host and reports the result through window.codeAutomationExit(code), which becomes
// this process's exit code. The extension host's console (mocha's report) goes to stdout.
//
// Environment: TWIML_TEST_TIMEOUT_MS (default 300000) bounds the whole run;
// TWIML_HOST_VERBOSE=1 also prints the workbench's own console; TWIML_HOST_EXTENSIONS_DIR
// points at an extensions folder to use (a fresh empty one otherwise).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installVsix, startCodeServer, tail } from './codeServer.mjs';
import { ensureHost } from './install.mjs';
import { openWorkbench, remoteUri } from './workbench.mjs';

const say = (text) => process.stdout.write(`[vscode-host] ${text}\n`);

/**
 * Splits the VS Code command line runTests builds. Profile folders (--user-data-dir,
 * --extensions-dir) are ignored on purpose: each run gets fresh ones so runs do not leak state.
 * @param {string[]} argv
 */
export function parseArgs(argv) {
  const parsed = {
    workspace: undefined,
    developmentPaths: [],
    testsPath: undefined,
    installExtension: undefined,
    ignored: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inlineValue] = arg.startsWith('--') ? splitFlag(arg) : [undefined, undefined];
    if (!flag) parsed.workspace ??= path.resolve(arg);
    else if (flag === 'extensionDevelopmentPath')
      parsed.developmentPaths.push(path.resolve(fromUri(inlineValue ?? argv[++i])));
    else if (flag === 'extensionTestsPath') parsed.testsPath = path.resolve(fromUri(inlineValue ?? argv[++i]));
    else if (flag === 'install-extension') parsed.installExtension = path.resolve(inlineValue ?? argv[++i]);
    else parsed.ignored.push(arg);
  }
  return parsed;
}

function splitFlag(arg) {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg.slice(2), undefined] : [arg.slice(2, eq), arg.slice(eq + 1)];
}

/** runTests accepts file: URIs for the paths as well as plain paths. */
function fromUri(value) {
  return value.startsWith('file:') ? fileURLToPath(value) : value;
}

/** The payload and folder for a workspace that may be a folder, a .code-workspace or a file. */
function workbenchTarget(origin, args) {
  const payload = [
    ...args.developmentPaths.map((dev) => ['extensionDevelopmentPath', remoteUri(origin, dev)]),
    ['extensionTestsPath', remoteUri(origin, args.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const workspace = args.workspace;
  if (!workspace) return { payload };
  if (workspace.endsWith('.code-workspace')) return { workspaceFile: workspace, payload };
  if (fs.existsSync(workspace) && fs.statSync(workspace).isFile()) {
    return { folder: path.dirname(workspace), payload: [...payload, ['openFile', remoteUri(origin, workspace)]] };
  }
  return { folder: workspace, payload };
}

/**
 * Runs one test-electron style suite in code-server and resolves with its exit code.
 * @param {ReturnType<typeof parseArgs>} args
 */
export async function runSuite(args) {
  const timeoutMs = Number(process.env.TWIML_TEST_TIMEOUT_MS) || 300_000;
  const verbose = process.env.TWIML_HOST_VERBOSE === '1';
  const started = Date.now();
  const server = await startCodeServer({ extensionsDir: process.env.TWIML_HOST_EXTENSIONS_DIR || undefined });
  const pageLog = path.join(server.root, 'workbench-console.log');
  say(`code-server ready on ${server.origin} in ${Date.now() - started} ms`);
  let workbench;
  let code = 1;
  const stopAll = async (keepFiles) => {
    await workbench?.close();
    await server.stop({ keepFiles });
  };
  const onSignal = (signal) => {
    say(`${signal}: stopping`);
    void stopAll(false).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    workbench = await openWorkbench({
      origin: server.origin,
      ...workbenchTarget(server.origin, args),
      onExtensionHostLog: (text) => process.stdout.write(`${text}\n`),
      onPageLog: (text) => {
        fs.appendFileSync(pageLog, `${text}\n`);
        if (verbose) process.stderr.write(`[workbench] ${text}\n`);
      },
    });
    // One deadline for the whole run, start-up included.
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, started + timeoutMs - Date.now()));
    });
    const outcome = await Promise.race([workbench.exitCode, timedOut]);
    clearTimeout(timer);
    await workbench.drainConsole();
    if (outcome === 'timeout') say(`no result after ${timeoutMs} ms (TWIML_TEST_TIMEOUT_MS); giving up`);
    code = outcome === 'timeout' ? 1 : outcome;
  } catch (error) {
    say(`failed: ${error instanceof Error ? error.message : error}`);
  }
  say(`test run finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) {
    say(`logs kept in ${server.root} (code-server.log, workbench-console.log, user/logs)`);
    say(`code-server.log tail:\n${tail(server.logFile, 15)}`);
  }
  await stopAll(code !== 0);
  return code;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await ensureHost();
  if (args.installExtension) {
    const dir = process.env.TWIML_HOST_EXTENSIONS_DIR;
    if (!dir) throw new Error('--install-extension needs TWIML_HOST_EXTENSIONS_DIR (where to install)');
    process.stdout.write(installVsix(args.installExtension, dir));
    return 0;
  }
  if (!args.testsPath)
    throw new Error('this launcher runs test suites (--extensionTestsPath); use `npm start` for a dev host');
  if (args.ignored.length && process.env.TWIML_HOST_VERBOSE === '1') say(`ignoring ${args.ignored.join(' ')}`);
  return runSuite(args);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      say(`error: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
