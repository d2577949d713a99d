// Starts and stops one code-server (VS Code 1.100's server + web workbench) with throwaway
// profile folders, and installs VSIX files into an extensions folder.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry } from './paths.mjs';
import { freePort, killGroup, reapOnExit } from './processes.mjs';
import { waitFor } from './waitFor.mjs';

/** User settings that keep the workbench quiet and deterministic under automation. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

/**
 * Environment for code-server: the caller's, without VS Code variables (with
 * VSCODE_IPC_HOOK_CLI set, code-server would hand its arguments to the VS Code it runs inside
 * instead of starting), and with XDG folders in `root` so nothing is written to ~/.config.
 */
export function hostEnv(root, extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_')));
  return {
    ...env,
    XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
    XDG_DATA_HOME: path.join(root, 'xdg-data'),
    ...extra,
  };
}

/** Resolves with the status of GET url (0 when nothing answers). */
function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/**
 * Installs a VSIX into `extensionsDir` with code-server's CLI.
 * @param {string} vsixPath
 * @param {string} extensionsDir
 * @returns {string} the CLI's output
 */
export function installVsix(vsixPath, extensionsDir) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-vsix-install-'));
  try {
    fs.mkdirSync(extensionsDir, { recursive: true });
    const args = [
      codeServerEntry(),
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      path.join(root, 'user'),
      '--install-extension',
      vsixPath,
    ];
    const result = spawnSync(process.execPath, args, { env: hostEnv(root), encoding: 'utf8', timeout: 120_000 });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0)
      throw new Error(`installing ${vsixPath} failed (${result.status ?? result.signal}):\n${output}`);
    return output;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {string} origin e.g. http://127.0.0.1:PORT; its host:port is also the remote authority
 * @property {string} root the throwaway folder holding profile, logs and XDG dirs
 * @property {string} logFile code-server's stdout/stderr
 * @property {(options?: { keepFiles?: boolean }) => Promise<void>} stop ends the process group; deletes `root` unless keepFiles
 */

/**
 * Starts code-server on a free port and waits for /healthz.
 * @param {{ extensionsDir?: string, settings?: Record<string, unknown>, env?: Record<string, string>, timeoutMs?: number,
 *   port?: number }} [options] `port` pins the port (default: a free one)
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(options = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-host-'));
  const extensionsDir = options.extensionsDir ?? path.join(root, 'extensions');
  // code-server silently loads no extensions at all when this folder is missing.
  fs.mkdirSync(extensionsDir, { recursive: true });
  const userDir = path.join(root, 'user');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
  );
  let lastError;
  // A port found free can be taken before code-server binds it; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(root, userDir, extensionsDir, options);
    } catch (error) {
      lastError = error;
    }
  }
  fs.rmSync(root, { recursive: true, force: true });
  throw lastError;
}

async function launch(root, userDir, extensionsDir, options) {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(root, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    codeServerEntry(),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDir,
    '--extensions-dir',
    extensionsDir,
    '--log',
    'info',
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: hostEnv(root, options.env),
  });
  fs.closeSync(log);
  const forget = reapOnExit(child.pid);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async ({ keepFiles = false } = {}) => {
    await killGroup(child.pid);
    forget();
    if (!keepFiles) fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`code-server exited early; see ${logFile}:\n${tail(logFile)}`);
        return (await httpStatus(`${origin}/healthz`)) === 200;
      },
      { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 100, what: `code-server on ${origin}` },
    );
  } catch (error) {
    await killGroup(child.pid);
    forget();
    throw error;
  }
  return { port, origin, root, logFile, stop };
}

/** Last lines of a log file, for error messages. */
export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
