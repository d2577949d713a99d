// Where the test/dev host (code-server + headless chromium) lives, in one place.
//
// The host is ~300 MB of code-server and native modules. It is cached per machine under the
// user's cache dir rather than in the repo: it then survives `git clean`, is shared by every
// clone/worktree on the machine, never enters the extension's package.json, lockfile or VSIX,
// and vsce/tsc/esbuild never walk it. CI can cache the same folder. TWIML_HOST_DIR overrides it.
import * as os from 'node:os';
import * as path from 'node:path';

/** code-server 4.100.3 = VS Code 1.100.3; the newest that runs on Node 20. Pinned on purpose. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Debian packages the host needs: the browser, rg for search, and what native modules build with. */
export const APT_PACKAGES = [
  'chromium',
  'ripgrep',
  'libkrb5-dev',
  'build-essential',
  'pkg-config',
  'python3',
  'python3-flask',
  'python3-twilio',
  'ca-certificates',
  'tar',
  'gzip',
];

/** The ripgrep release code-server's `@vscode/ripgrep` postinstall would fetch from GitHub. */
export const RIPGREP = { packageVersion: '1.15.11', release: 'v13.0.0-10' };

/** Folder that holds the pinned code-server install (created by install.mjs). */
export function hostDir() {
  if (process.env.TWIML_HOST_DIR) return path.resolve(process.env.TWIML_HOST_DIR);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'twiml-tools-host', `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's Node entry point inside {@link hostDir}. */
export function codeServerEntry() {
  return path.join(hostDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Written last by a successful install; its presence is what "installed" means. */
export function installMarker() {
  return path.join(hostDir(), '.twiml-host-installed');
}

/** Headless browser used to show the workbench (Debian's chromium unless overridden). */
export function chromiumPath() {
  return process.env.TWIML_CHROMIUM || '/usr/bin/chromium';
}

/** Debian's interpreter, which (unlike the first python3 on PATH here) sees python3-flask/-twilio. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
