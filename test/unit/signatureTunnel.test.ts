/**
 * Issue 11's "done when": our Flask app validating with request.url behind a simulated tunnel.
 * Without ProxyFix the tunnelled replay fails as in production (403), the diagnosis names the
 * URL the app rebuilt and the Flask fix; with ProxyFix the same replay passes. Also an
 * Express-style app (twilio's own validateExpressRequest, `trust proxy` semantics), the engine's
 * tunnel headers, and the twiml-sim CLI end to end. Everything listens on 127.0.0.1.
 */
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { diagnoseSignature, diagnosisRequestCount } from '../../webhook/src/replay/diagnose';
import { decodeForm } from '../../webhook/src/replay/form';
import { replayWebhook, type ReplayRequest } from '../../webhook/src/replay/replay';
import { planTunnel } from '../../webhook/src/replay/tunnel';
import { repoRoot } from '../../fuzz/corpus';
import { startHttpServer } from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

const twilio = require('twilio') as {
  validateExpressRequest(request: unknown, authToken: string): boolean;
};

const ROOT = repoRoot();
const PYTHON = process.env.TWIML_SYSTEM_PYTHON || '/usr/bin/python3';
const APP = path.join(ROOT, 'test', 'fixtures', 'webhook-app', 'tunnel_app.py');
const SIM = path.join(ROOT, 'dist', 'twiml-sim.js');
const TOKEN = '0123456789abcdef0123456789abcdef';
const PUBLIC = 'https://myapp.ngrok.app/sms?x=1';

const flaskMissing = (() => {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ['-c', 'import flask, twilio.request_validator'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : `Flask/twilio not importable by ${PYTHON}`;
})();

interface App {
  origin: string;
  child: ChildProcess;
}

async function startFlask(proxyFix: boolean): Promise<App> {
  const child = spawn(PYTHON, [APP], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TWILIO_AUTH_TOKEN: TOKEN,
      PORT: '0',
      HOST: '127.0.0.1',
      PROXY_FIX: proxyFix ? '1' : '0',
      PYTHONUNBUFFERED: '1',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const started = Date.now();
  for (;;) {
    const port = /LISTENING (\d+)/.exec(output)?.[1];
    if (port) return { origin: `http://127.0.0.1:${port}`, child };
    if (child.exitCode !== null || Date.now() - started > 20_000) {
      stop(child);
      throw new Error(`tunnel_app.py did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function sim(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SIM, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, TWILIO_AUTH_TOKEN: TOKEN },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let plain: App | undefined;
let fixed: App | undefined;

before(async () => {
  if (flaskMissing) return;
  [plain, fixed] = await Promise.all([startFlask(false), startFlask(true)]);
});

after(() => {
  if (plain) stop(plain.child);
  if (fixed) stop(fixed.child);
});

test('the tunnel plan: public URL signed, local origin with the public path and query, forwarding headers', () => {
  const plan = planTunnel('http://127.0.0.1:5000/sms', PUBLIC);
  assert.ok(typeof plan !== 'string');
  assert.equal(plan.publicUrl, PUBLIC);
  assert.equal(plan.localUrl, 'http://127.0.0.1:5000/sms?x=1');
  assert.deepEqual(plan.headers, {
    Host: 'myapp.ngrok.app',
    'X-Forwarded-For': '203.0.113.10',
    'X-Forwarded-Host': 'myapp.ngrok.app',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
  });
  const originOnly = planTunnel('http://localhost:5000/sms?a=1', 'https://abc.trycloudflare.com:8443', 'local');
  assert.ok(typeof originOnly !== 'string');
  assert.equal(originOnly.publicUrl, 'https://abc.trycloudflare.com:8443/sms?a=1');
  assert.equal(originOnly.headers.Host, 'localhost:5000');
  assert.equal(originOnly.headers['X-Forwarded-Host'], 'abc.trycloudflare.com:8443');
  assert.equal(originOnly.headers['X-Forwarded-Port'], '8443');
  assert.match(String(planTunnel('http://127.0.0.1:5000/sms', 'ftp://x')), /not an http/);
});

test('the engine delivers locally with the headers and signs the public URL', async () => {
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end('<Response/>');
  });
  try {
    const result = await replayWebhook({
      reader: READER,
      url: `${server.origin}/sms`,
      publicUrl: PUBLIC,
      authToken: TOKEN,
      method: 'GET',
    });
    const [request] = server.requests;
    assert.equal(request.headers.host, 'myapp.ngrok.app');
    assert.equal(request.headers['x-forwarded-proto'], 'https');
    assert.equal(request.headers['x-forwarded-host'], 'myapp.ngrok.app');
    assert.equal(request.headers['x-forwarded-port'], '443');
    assert.equal(request.headers['x-forwarded-for'], '203.0.113.10');
    assert.match(request.url, /^\/sms\?x=1&AccountSid=/);
    assert.equal(result.signedUrl, `https://myapp.ngrok.app${request.url}`);
    assert.equal(result.rejected, false);
    assert.equal(result.signatureReport, undefined);
  } finally {
    await server.close();
  }
});

test(
  'Flask without ProxyFix: the tunnelled replay fails (403) and says what was signed vs received',
  { skip: flaskMissing },
  async () => {
    const request: ReplayRequest = {
      reader: READER,
      url: `${plain!.origin}/sms`,
      publicUrl: PUBLIC,
      authToken: TOKEN,
      body: 'héllo',
    };
    const result = await replayWebhook(request);
    assert.equal(result.status, 403);
    assert.equal(result.rejected, true);
    assert.equal(result.ok, false);
    const report = result.signatureReport!;
    assert.equal(report.signed.url, PUBLIC);
    assert.equal(report.signed.signature, result.signature);
    assert.ok(report.signed.payload.startsWith(`${PUBLIC}AccountSid`));
    assert.deepEqual(
      report.signed.params.map(([k]) => k),
      Object.keys(result.params).sort(),
    );
    assert.equal(report.received.url, `${plain!.origin}/sms?x=1`);
    assert.equal(report.received.host, 'myapp.ngrok.app');
    assert.equal(report.received.forwarded['X-Forwarded-Proto'], 'https');
    assert.ok(!JSON.stringify(result).includes(TOKEN));

    const count = diagnosisRequestCount(result);
    assert.ok(count > 1 && count <= 40, String(count));
    const diagnosis = await diagnoseSignature(request, result);
    assert.equal(diagnosis.acceptedUrl, 'http://myapp.ngrok.app/sms?x=1');
    assert.deepEqual(diagnosis.changes, ['scheme']);
    assert.equal(diagnosis.framework, 'flask');
    assert.match(diagnosis.advice, /validates X-Twilio-Signature against http:\/\/myapp\.ngrok\.app\/sms\?x=1/);
    assert.match(diagnosis.advice, /X-Forwarded-Proto/);
    assert.match(diagnosis.advice, /ProxyFix\(app\.wsgi_app/);
    assert.match(diagnosis.advice, /https:\/\/www\.twilio\.com\/docs\/usage\/security/);
    assert.equal(diagnosis.tried.at(-1)?.status, 200);
    assert.ok(diagnosis.tried.slice(0, -1).every((t) => t.status === 403));
    assert.ok(diagnosis.tried.length <= count);
  },
);

test(
  'Flask without ProxyFix behind a Host-rewriting proxy: the diagnosis names the local http URL',
  { skip: flaskMissing },
  async () => {
    const request: ReplayRequest = {
      reader: READER,
      url: `${plain!.origin}/sms`,
      publicUrl: PUBLIC,
      hostHeader: 'local',
      authToken: TOKEN,
    };
    const result = await replayWebhook(request);
    assert.equal(result.status, 403);
    const diagnosis = await diagnoseSignature(request, result);
    assert.equal(diagnosis.acceptedUrl, `${plain!.origin}/sms?x=1`);
    assert.equal(diagnosis.tried.length, 1, 'the delivered URL is tried first');
    assert.match(diagnosis.advice, /instead of X-Forwarded-Host: myapp\.ngrok\.app/);
    assert.match(diagnosis.advice, /ProxyFix/);
  },
);

test('Flask with ProxyFix: the same tunnelled replay passes', { skip: flaskMissing }, async () => {
  for (const hostHeader of ['public', 'local'] as const) {
    const result = await replayWebhook({
      reader: READER,
      url: `${fixed!.origin}/sms`,
      publicUrl: PUBLIC,
      hostHeader,
      authToken: TOKEN,
      body: 'héllo',
    });
    assert.equal(result.status, 200, hostHeader);
    assert.equal(result.rejected, false);
    assert.equal(result.ok, true);
    assert.match(result.twiml ?? '', /Signature checked: h(é|&#233;)llo/); // twilio-python writes non-ASCII as character references
  }
});

test('a wrong Auth Token: no variant is accepted and the advice says so', { skip: flaskMissing }, async () => {
  const request: ReplayRequest = {
    reader: READER,
    url: `${fixed!.origin}/sms`,
    publicUrl: PUBLIC,
    authToken: 'ffffffffffffffffffffffffffffffff',
  };
  const result = await replayWebhook(request);
  assert.equal(result.status, 403);
  const diagnosis = await diagnoseSignature(request, result, { limit: 6 });
  assert.equal(diagnosis.acceptedUrl, null);
  assert.equal(diagnosis.tried.length, 6);
  assert.match(diagnosis.advice, /none of the 6 URL variants/);
  assert.match(diagnosis.advice, /Auth Token/);
});

/** An Express-style app: twilio's validateExpressRequest with req.protocol as Express computes it. */
async function startExpressLike(trustProxy: boolean) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      // Express: req.protocol is the connection's, or X-Forwarded-Proto's first value with `trust proxy`.
      const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        .trim();
      const protocol = trustProxy && forwarded ? forwarded : 'http';
      const request = {
        protocol,
        headers: req.headers,
        originalUrl: req.url,
        body: decodeForm(body),
        header: (name: string) => req.headers[name.toLowerCase()],
      };
      const valid = twilio.validateExpressRequest(request, TOKEN);
      res.writeHead(valid ? 200 : 403, {
        'content-type': valid ? 'text/xml' : 'text/plain',
        'x-powered-by': 'Express',
      });
      res.end(valid ? '<Response><Message>ok</Message></Response>' : 'Twilio Request Validation Failed.');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test("Express-style app: fails without 'trust proxy', the diagnosis gives the Express fix, passes with it", async () => {
  const untrusting = await startExpressLike(false);
  const trusting = await startExpressLike(true);
  try {
    const request: ReplayRequest = {
      reader: READER,
      url: `${untrusting.origin}/sms`,
      publicUrl: PUBLIC,
      authToken: TOKEN,
    };
    const result = await replayWebhook(request);
    assert.equal(result.status, 403);
    const diagnosis = await diagnoseSignature(request, result);
    assert.equal(diagnosis.acceptedUrl, 'http://myapp.ngrok.app/sms?x=1');
    assert.equal(diagnosis.framework, 'express');
    assert.match(diagnosis.advice, /Fix \(Express\): app\.set\('trust proxy'/);
    const passing = await replayWebhook({ ...request, url: `${trusting.origin}/sms` });
    assert.equal(passing.status, 200);
    assert.equal(passing.rejected, false);
  } finally {
    await untrusting.close();
    await trusting.close();
  }
});

test('a 200 that reads as a refusal counts as a rejection', async () => {
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Invalid signature');
  });
  try {
    const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms`, authToken: TOKEN });
    assert.equal(result.rejected, true);
    assert.ok(result.signatureReport);
    assert.equal(result.signatureReport.received.host, new URL(server.origin).host);
  } finally {
    await server.close();
  }
});

const simMissing = !fs.existsSync(SIM) ? `${SIM} is missing: run node scripts/build.mjs` : undefined;

test(
  'twiml-sim: before ProxyFix exit 1 with the diagnosis; after, exit 0',
  { skip: flaskMissing ?? simMissing },
  () => {
    const before = sim([`${plain!.origin}/sms`, '--public-url', PUBLIC, '--send', 'hi', '--diagnose-signature']);
    assert.equal(before.status, 1, before.stdout + before.stderr);
    assert.match(before.stdout, /← 403/);
    assert.match(before.stdout, /What Twilio signed:\n {2}URL {19}https:\/\/myapp\.ngrok\.app\/sms\?x=1/);
    assert.match(
      before.stdout,
      /What your app received:\n {2}URL {19}http:\/\/127\.0\.0\.1:\d+\/sms\?x=1\n {2}Host {18}myapp\.ngrok\.app/,
    );
    assert.match(before.stdout, /200 {2}http:\/\/myapp\.ngrok\.app\/sms\?x=1 .*← accepted/);
    assert.match(before.stdout, /Fix \(Flask\/Werkzeug\): from werkzeug\.middleware\.proxy_fix import ProxyFix/);
    assert.match(before.stderr, /up to \d+ more requests to your app/);
    assert.ok(!before.stdout.includes(TOKEN));
    const after = sim([`${fixed!.origin}/sms`, '--public-url', PUBLIC, '--send', 'hi', '--diagnose-signature']);
    assert.equal(after.status, 0, after.stdout + after.stderr);
    assert.match(after.stdout, /← 200/);
    assert.match(after.stdout, /Signature checked: hi/);
    assert.doesNotMatch(after.stdout, /diagnosis/);
  },
);

test('twiml-sim --json carries signatureDiagnosis', { skip: flaskMissing ?? simMissing }, () => {
  const run = sim([`${plain!.origin}/sms`, '--public-url', PUBLIC, '--diagnose-signature', '--json']);
  assert.equal(run.status, 1, run.stderr);
  const json = JSON.parse(run.stdout) as {
    status: number;
    signatureDiagnosis: { acceptedUrl: string | null; tried: Array<{ url: string; status: number }>; advice: string };
  };
  assert.equal(json.status, 403);
  assert.equal(json.signatureDiagnosis.acceptedUrl, 'http://myapp.ngrok.app/sms?x=1');
  assert.ok(json.signatureDiagnosis.tried.every((t) => typeof t.url === 'string' && typeof t.status === 'number'));
  assert.match(json.signatureDiagnosis.advice, /ProxyFix/);
  const hinted = sim([`${plain!.origin}/sms`, '--public-url', PUBLIC]);
  assert.equal(hinted.status, 1);
  assert.match(hinted.stdout, /Run again with --diagnose-signature .* \(up to \d+ requests to your app\)/);
});

test('twiml-sim --check-signature and bad usage', { skip: simMissing }, () => {
  const { signRequest } =
    require('../../webhook/src/replay/signature') as typeof import('../../webhook/src/replay/signature');
  const signature = signRequest({
    authToken: TOKEN,
    method: 'POST',
    url: PUBLIC,
    params: { Body: 'hi', Digits: ['1', '2'] },
  });
  const ok = sim([
    '--check-signature',
    '--url',
    PUBLIC,
    '--params',
    'Body=hi',
    'Digits=1',
    'Digits=2',
    '--signature',
    signature,
  ]);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /The signature matches/);
  const http = sim([
    '--check-signature',
    '--url',
    'http://myapp.ngrok.app/sms?x=1',
    '--params',
    'Body=hi',
    'Digits=1',
    'Digits=2',
    '--signature',
    signature,
  ]);
  assert.equal(http.status, 1);
  assert.match(http.stdout, /matching variant {6}https:\/\/myapp\.ngrok\.app\/sms\?x=1 \(https instead of http\)/);
  const body = sim([
    '--check-signature',
    '--url',
    PUBLIC,
    '--body',
    'Body=hi&Digits=2&Digits=1',
    '--signature',
    signature,
    '--json',
  ]);
  assert.equal(body.status, 0, body.stdout);
  assert.equal((JSON.parse(body.stdout) as { valid: boolean }).valid, true);
  assert.equal(sim(['--check-signature', '--url', PUBLIC]).status, 2);
  assert.equal(sim([]).status, 2);
  assert.equal(sim(['http://127.0.0.1:1/sms', '--method', 'PUT']).status, 2);
  assert.equal(sim(['http://127.0.0.1:1/sms', '--bogus']).status, 2);
  assert.equal(sim(['--help']).status, 0);
});
