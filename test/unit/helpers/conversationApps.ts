/**
 * Starts one of our test apps as a real child process on a free port: the messaging apps
 * (test/fixtures/conversation-apps/) for the conversation engine's end-to-end tests, and the IVR
 * apps (test/fixtures/call-apps/) for the call engine's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../../fuzz/corpus';

/**
 * Which app: the messaging app on Flask (Debian's python3-flask and python3-twilio) or Express
 * (npm), or the IVR (voice) app on either.
 */
export type AppKind = 'flask' | 'express' | 'flask-ivr' | 'express-ivr';

/** The IVR apps, for tests that run both. */
export const IVR_APPS: readonly AppKind[] = ['flask-ivr', 'express-ivr'];

/** A running app. */
export interface RunningApp {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  url: string;
  /** Ends the app and waits until it has exited. */
  stop(): Promise<void>;
}

/** Debian's interpreter, which sees the system's Flask and twilio packages (a venv's may not). */
export const SYSTEM_PYTHON = process.env.TWIML_SYSTEM_PYTHON || '/usr/bin/python3';

const FIXTURES = path.join(repoRoot(__dirname), 'test', 'fixtures');
/** Each app's script, under test/fixtures/. */
const SCRIPTS: Record<AppKind, string> = {
  flask: path.join(FIXTURES, 'conversation-apps', 'flask_app.py'),
  express: path.join(FIXTURES, 'conversation-apps', 'express_app.js'),
  'flask-ivr': path.join(FIXTURES, 'call-apps', 'ivr_flask.py'),
  'express-ivr': path.join(FIXTURES, 'call-apps', 'ivr_express.js'),
};
const START_TIMEOUT_MS = 20_000;

/**
 * Why the Flask app cannot run here, or undefined when it can. Tests fail with this message rather
 * than skip, so a machine without python3-flask never passes by testing nothing.
 */
export function flaskUnavailable(): string | undefined {
  if (!fs.existsSync(SYSTEM_PYTHON)) return `${SYSTEM_PYTHON} not found (install python3)`;
  const probe = spawnSync(
    SYSTEM_PYTHON,
    ['-c', 'import flask, twilio.request_validator, twilio.twiml.voice_response'],
    { encoding: 'utf8' },
  );
  if (probe.status === 0) return undefined;
  return `${SYSTEM_PYTHON} cannot import flask and twilio (apt-get install python3-flask python3-twilio): ${probe.stderr.trim()}`;
}

/**
 * Starts the app with PORT=0 (the system picks a free port, so parallel test files never clash)
 * and resolves once it prints its READY line. `env` is added to the app's environment, e.g.
 * `{ TWILIO_AUTH_TOKEN }` for the /signed route.
 */
export async function startApp(kind: AppKind, env: Record<string, string> = {}): Promise<RunningApp> {
  const script = SCRIPTS[kind];
  const python = script.endsWith('.py');
  if (python) {
    const missing = flaskUnavailable();
    if (missing) throw new Error(`the ${kind} app cannot start: ${missing}`);
  }
  const command = python ? SYSTEM_PYTHON : process.execPath;
  const child = spawn(command, [script], {
    // Its own process group, so stop() also ends anything the app started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1', ...env, PORT: '0' },
  });
  const url = await readyUrl(child, kind);
  return { url, stop: () => stopChild(child) };
}

function readyUrl(child: ChildProcess, kind: AppKind): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child);
      reject(new Error(`the ${kind} app ${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`printed no READY line in ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const read = (chunk: Buffer): void => {
      if (settled) return; // the app's request log after READY is not needed
      output += chunk.toString();
      const ready = /READY (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) {
        settled = true;
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => fail(`could not be started (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `code ${code}`})`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      resolve(); // already gone
    }
  });
}
