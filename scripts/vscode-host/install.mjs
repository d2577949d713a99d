#!/usr/bin/env node
// Installs the real-VS-Code host once per machine: Debian packages (chromium, ripgrep, the
// headers native modules need, Flask + twilio for the sample webhook app) and code-server
// pinned to CODE_SERVER_VERSION in the cache folder from paths.mjs. Idempotent: a second run
// only checks the marker file. Safe to run concurrently (a lock folder serialises installers).
//
//   node scripts/vscode-host/install.mjs           install if missing
//   node scripts/vscode-host/install.mjs --check   exit 0 if installed, 1 if not; changes nothing
//   node scripts/vscode-host/install.mjs --force   reinstall code-server
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  APT_PACKAGES,
  CODE_SERVER_VERSION,
  RIPGREP,
  chromiumPath,
  codeServerEntry,
  hostDir,
  installMarker,
} from './paths.mjs';

const started = Date.now();
const log = (msg) => console.log(`[host-install +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

/** Runs a command with inherited output; throws on failure so a broken step stops the install. */
function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** Debian packages from APT_PACKAGES that dpkg does not report as installed. */
function missingAptPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

/** apt-get as root, or through passwordless sudo; anything else gets a clear instruction. */
function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return log('Debian packages present');
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; run: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) =>
    run(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(isRoot ? [] : ['apt-get']), ...args], { env });
  log(
    `The real-VS-Code tests and \`npm start\` need: chromium (drives VS Code's web UI headless), ripgrep ` +
      `(VS Code's search), build tools and Kerberos headers (native modules of code-server), and Python ` +
      `with Flask and twilio (the sample webhook app and the signature oracle). Installing with apt: ${missing.join(' ')}`,
  );
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...missing);
}

/** ripgrep's target triple as @vscode/ripgrep names its downloads. */
function ripgrepTarget() {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch];
  if (!arch) throw new Error(`unsupported architecture for the host: ${process.arch}`);
  return `${arch}-unknown-linux-musl`;
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub, which these machines cannot reach.
 * It first looks in its tmpdir cache, so put Debian's rg there in the tarball shape it expects.
 */
function prefillRipgrepCache() {
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP.packageVersion}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP.release}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return log(`ripgrep cache present: ${tarball}`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-rg-'));
  try {
    fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    fs.mkdirSync(cacheDir, { recursive: true });
    run('tar', ['-czf', `${tarball}.partial`, '-C', staging, 'rg']);
    fs.renameSync(`${tarball}.partial`, tarball);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** npm-installs the pinned code-server into its own folder, outside this project's package.json. */
function installCodeServer() {
  const dir = hostDir();
  // A folder without the marker is a crashed or interrupted install: start clean.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'twiml-tools-host', private: true }, null, 2),
  );
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which must not prompt
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  run('npm', ['install', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
}

/** `code-server --version` with throwaway XDG dirs (it writes a config.yaml otherwise). */
function codeServerVersion() {
  const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-xdg-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data') };
    const result = spawnSync(process.execPath, [codeServerEntry(), '--version'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`code-server --version failed: ${result.stderr}`);
    // It may log a line first; the version line starts with digits, e.g. "4.100.3 <commit> with Code 1.100.3".
    return (
      result.stdout
        .split('\n')
        .find((line) => /^\d+\.\d+\.\d+/.test(line))
        ?.trim() ?? 'unknown'
    );
  } finally {
    fs.rmSync(xdg, { recursive: true, force: true });
  }
}

/** True when the marker is there and code-server's entry exists. */
export function isHostInstalled() {
  return fs.existsSync(installMarker()) && fs.existsSync(codeServerEntry()) && fs.existsSync(chromiumPath());
}

/** Holds a lock folder next to the host while `fn` runs; waits (bounded) for another installer. */
async function withInstallLock(fn) {
  const lock = `${hostDir()}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (holderIsGone(lock)) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another host install (${lock})`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** A lock whose writer died (or never wrote its pid within a minute) is stale. */
function holderIsGone(lock) {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if (error.code === 'EPERM') return false;
    if (error.code === 'ENOENT') return Date.now() - fs.statSync(lock).mtimeMs > 60_000;
    return true;
  }
}

/**
 * Makes sure the host is installed; cheap when it already is.
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<{ dir: string, installed: boolean }>} `installed` is true when this call installed it.
 */
export async function ensureHost(options = {}) {
  if (!options.force && isHostInstalled()) return { dir: hostDir(), installed: false };
  if (process.platform !== 'linux')
    throw new Error('the code-server host install supports Linux (Debian) only; use a desktop VS Code elsewhere');
  return withInstallLock(async () => {
    if (!options.force && isHostInstalled()) return { dir: hostDir(), installed: false };
    log(`installing the VS Code host (code-server ${CODE_SERVER_VERSION}) into ${hostDir()}`);
    ensureAptPackages();
    prefillRipgrepCache();
    const npmStart = Date.now();
    installCodeServer();
    log(`npm install of code-server took ${((Date.now() - npmStart) / 1000).toFixed(1)}s`);
    const version = codeServerVersion();
    fs.writeFileSync(installMarker(), JSON.stringify({ version, installedAt: new Date().toISOString() }, null, 2));
    log(
      `host ready: code-server ${version}; chromium at ${chromiumPath()}; total ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return { dir: hostDir(), installed: true };
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--check')) process.exit(isHostInstalled() ? 0 : 1);
  const { dir, installed } = await ensureHost({ force: args.includes('--force') });
  if (!installed) {
    // Packages can be removed after the code-server install; re-check them cheaply every time.
    if (missingAptPackages().length > 0) await withInstallLock(async () => ensureAptPackages());
    log(`host already installed in ${dir}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`[host-install] failed: ${error.message}`);
    process.exit(1);
  });
}
