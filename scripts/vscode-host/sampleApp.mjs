// The sample webhook app `npm start` runs next to VS Code, so "TwiML: Replay Sample Webhook"
// has something to talk to at once: examples/webhook-app/app.py under Debian's Python when
// Flask and twilio are there, otherwise a Node stand-in with the same /sms route and reply.
import { spawn, spawnSync } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import { freePort, killGroup, reapOnExit } from './processes.mjs';
import { SYSTEM_PYTHON } from './paths.mjs';
import { waitFor } from './waitFor.mjs';

const REPLY = 'The Robots are coming! Head for the hills!';

/** True when nothing listens on 127.0.0.1:port. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function pythonHasFlask() {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import flask, twilio'], { stdio: 'ignore' }).status === 0;
}

/** Resolves when GET url answers at all (any status). */
function answers(url) {
  return new Promise((resolve) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(true);
      })
      .on('error', () => resolve(false));
  });
}

/**
 * Starts the sample app on 127.0.0.1, port 5000 when free (the extension's default replay URL).
 * @param {{ appPath: string, log: (line: string) => void }} options
 * @returns {Promise<{ url: string, kind: 'flask' | 'node', stop: () => Promise<void> }>}
 */
export async function startSampleApp({ appPath, log }) {
  const port = (await portIsFree(5000)) ? 5000 : await freePort();
  const url = `http://127.0.0.1:${port}/sms`;
  if (pythonHasFlask()) {
    const child = spawn(SYSTEM_PYTHON, [appPath], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    });
    const forget = reapOnExit(child.pid);
    const relay = (chunk) =>
      chunk
        .toString()
        .trimEnd()
        .split('\n')
        .forEach((line) => log(line));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`app.py exited with ${child.exitCode}`);
        return answers(url);
      },
      { timeoutMs: 20_000, what: `the Flask app on ${url}` },
    );
    return {
      url,
      kind: 'flask',
      stop: async () => {
        await killGroup(child.pid);
        forget();
      },
    };
  }
  const server = http.createServer((request, response) => {
    log(`${request.method} ${request.url}`);
    if (!request.url?.startsWith('/sms')) return void response.writeHead(404).end();
    request.resume();
    response.writeHead(200, { 'Content-Type': 'application/xml' });
    response.end(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>${REPLY}</Message></Response>`);
  });
  await new Promise((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)),
  );
  return {
    url,
    kind: 'node',
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
      }),
  };
}
