#!/usr/bin/env node
// `npm start` (after `npm run build`): opens the examples/ workspace in a VS Code with this
// extension loaded from the repository, next to a running sample webhook app, and keeps both
// up until Ctrl+C.
// - A desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> examples` (unless
//   TWIML_START_HOST=code-server).
// - Otherwise code-server (installed on first use) on a free port; open the printed URL.
//   TWIML_START_PORT picks the port (e.g. to forward it from another machine).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './vscode-host/codeServer.mjs';
import { ensureHost } from './vscode-host/install.mjs';
import { startSampleApp } from './vscode-host/sampleApp.mjs';
import { remoteUri } from './vscode-host/workbench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(repoRoot, 'examples');
const say = (text) => console.log(`[start] ${text}`);

function desktopCode() {
  if (process.env.TWIML_START_HOST === 'code-server') return undefined;
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Waits for Ctrl+C (or SIGTERM), then runs every cleanup in reverse order. */
function stopOnSignal(cleanups) {
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => say(`cleanup failed: ${error.message}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'client.js')))
    throw new Error('dist/client.js is missing: run `npm run build` (npm start does)');
  const cleanups = [];
  stopOnSignal(cleanups);
  const app = await startSampleApp({
    // The app the README and the examples send the user to edit; it reloads when saved.
    appPath: path.join(examples, 'code', 'flask_app.py'),
    log: (line) => console.log(`[webhook-app] ${line}`),
  });
  cleanups.push(app.stop);
  say(
    `sample webhook app (${app.kind === 'flask' ? 'Flask, examples/code/flask_app.py, reloaded when you save it' : 'Node stand-in; install python3-flask for the Flask one'}) on ${app.url}`,
  );

  const code = desktopCode();
  if (code) {
    spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
    if (!app.url.startsWith('http://127.0.0.1:5000/')) say(`port 5000 was busy: set "twiml.replay.url" to ${app.url}`);
    say('opened the examples in your VS Code; Ctrl+C stops the webhook app');
    return;
  }

  await ensureHost();
  const server = await startCodeServer({
    port: Number(process.env.TWIML_START_PORT) || undefined,
    settings: { 'twiml.replay.url': app.url },
  });
  cleanups.push(() => server.stop());
  const url = new URL(server.origin);
  url.searchParams.set('folder', examples);
  url.searchParams.set(
    'payload',
    JSON.stringify([
      ['extensionDevelopmentPath', remoteUri(server.origin, repoRoot)],
      ['skipWelcome', 'true'],
    ]),
  );
  say(`code-server ${server.origin} (log: ${server.logFile})`);
  say(
    'open this URL in a browser (the extension is loaded from this repository; `npm run watch` + "Developer: Reload Window" picks up changes):',
  );
  console.log(`\n  ${url.toString()}\n`);
  say('Ctrl+C stops everything');
}

main().catch((error) => {
  say(`failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
