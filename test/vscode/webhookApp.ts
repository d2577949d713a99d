/**
 * Runs test/fixtures/webhook-app/app.py (Flask + twilio's RequestValidator, from Debian's
 * python3-flask/python3-twilio) on a free port for the replay round trip. The app picks its
 * own port and prints `LISTENING <port>`, so there is no window in which another process can
 * take the port between choosing and binding it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { waitFor } from './helpers';

/** Debian's interpreter; the first python3 on PATH may be a build without Debian's packages. */
export const SYSTEM_PYTHON = process.env.TWIML_SYSTEM_PYTHON || '/usr/bin/python3';

/** What the app recorded about the last request it received (GET /_last). */
export interface RecordedRequest {
  method: string;
  url: string;
  signatureValid: boolean;
  params: Record<string, string>;
}

/** A running app; `stop()` ends its process group. */
export interface WebhookApp {
  url: string;
  last(): Promise<RecordedRequest | null>;
  stop(): void;
}

/** Why the app cannot run here, or undefined when Python, Flask and twilio are available. */
export function unavailableReason(): string | undefined {
  if (!fs.existsSync(SYSTEM_PYTHON)) return `${SYSTEM_PYTHON} not found`;
  const probe = spawnSync(SYSTEM_PYTHON, ['-c', 'import flask, twilio.request_validator'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : `Flask/twilio not importable by ${SYSTEM_PYTHON}: ${probe.stderr.trim()}`;
}

/** Starts app.py with `authToken` as the token it validates signatures with. */
export async function startWebhookApp(appPath: string, authToken: string): Promise<WebhookApp> {
  const child = spawn(SYSTEM_PYTHON, [appPath], {
    cwd: path.dirname(appPath),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TWILIO_AUTH_TOKEN: authToken, PORT: '0', HOST: '127.0.0.1', PYTHONUNBUFFERED: '1' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = (): void => killGroup(child);
  try {
    const port = await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`app.py exited with ${child.exitCode}:\n${output}`);
        return /LISTENING (\d+)/.exec(output)?.[1];
      },
      () => `app.py to listen; output so far:\n${output}`,
      20_000,
    );
    const origin = `http://127.0.0.1:${port}`;
    return { url: `${origin}/sms`, last: () => getJson(`${origin}/_last`) as Promise<RecordedRequest | null>, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => {
          try {
            resolve(JSON.parse(body));
          } catch (error) {
            reject(error);
          }
        });
      })
      .on('error', reject);
  });
}
