import test from 'node:test';
import assert from 'node:assert/strict';
import type * as net from 'node:net';
import { formatExchange, summarize } from '../../webhook/src/replay/logFormat';
import { replayWebhook, type ReplayRequest, type ReplayResult } from '../../webhook/src/replay/replay';
import {
  closedPort,
  startHttpServer,
  startTcpServer,
  type BodyHandler,
  type TestServer,
} from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

// Short deadlines keep the suite fast; node:test's own timeout is the backstop against a hang.
const SHORT = 400;
const BOUND = { timeout: 10_000 };

async function against(
  server: Promise<TestServer>,
  request: Omit<ReplayRequest, 'url' | 'reader'> & { path?: string } = {},
): Promise<ReplayResult> {
  const running = await server;
  try {
    return await replayWebhook({
      reader: READER,
      timeoutMs: SHORT,
      ...request,
      url: `${running.origin}${request.path ?? '/sms'}`,
    });
  } finally {
    await running.close();
  }
}

const http = (handler: BodyHandler): Promise<TestServer> => startHttpServer(handler);
const tcp = (onConnection: (socket: net.Socket) => void): Promise<TestServer> => startTcpServer(onConnection);

function firstError(result: ReplayResult): { code?: number; message: string } {
  const problem = result.problems.find((p) => p.severity === 'error');
  assert.ok(problem, `expected an error in ${JSON.stringify(result.problems)}`);
  return problem;
}

test('never answers: 11205, no response', BOUND, async () => {
  const result = await against(http(() => undefined));
  assert.equal(firstError(result).code, 11205);
  assert.match(firstError(result).message, /sent no response/);
});

test('trickles the status line a byte at a time: 11205', BOUND, async () => {
  const result = await against(
    tcp((socket) => {
      const line = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n');
      let i = 0;
      const timer = setInterval(
        () => (i < line.length && !socket.destroyed ? socket.write(line.subarray(i, ++i)) : clearInterval(timer)),
        50,
      );
      socket.on('close', () => clearInterval(timer));
    }),
  );
  assert.equal(firstError(result).code, 11205);
});

test('trickles the body slowly: 11205 naming the bytes received', BOUND, async () => {
  const result = await against(
    http((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => res.write('<'), 40);
      res.on('close', () => clearInterval(timer));
    }),
  );
  const error = firstError(result);
  assert.equal(error.code, 11205);
  assert.match(error.message, /answered 200 but the body was still arriving after 0\.4 s \(\d+ bytes so far\)/);
});

for (const announced of [true, false]) {
  test(`sends 100 MB (${announced ? 'Content-Length' : 'chunked'}): 11750 and reading stops`, BOUND, async () => {
    let written = 0;
    const result = await against(
      http((_req, res) => {
        const total = 100 * 1024 * 1024;
        res.writeHead(
          200,
          announced ? { 'content-type': 'text/xml', 'content-length': String(total) } : { 'content-type': 'text/xml' },
        );
        const chunk = Buffer.alloc(256 * 1024, 'x');
        const pump = (): void => {
          while (written < total && !res.destroyed) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      }),
      { timeoutMs: 5000 },
    );
    assert.equal(firstError(result).code, 11750);
    assert.ok((result.body ?? '').length <= 64 * 1024);
    assert.ok(written < 20 * 1024 * 1024, `${written} bytes were written before the client hung up`);
  });
}

test('redirects to itself forever: 11215', BOUND, async () => {
  const result = await against(
    http((req, res) => {
      res.writeHead(301, { location: req.url });
      res.end();
    }),
  );
  assert.equal(firstError(result).code, 11215);
});

test('speaks garbage instead of HTTP: 11200 invalid HTTP', BOUND, async () => {
  const result = await against(tcp((socket) => socket.write('\x00\xffHELLO this is not http\r\n\r\n')));
  assert.equal(firstError(result).code, 11200);
  assert.match(firstError(result).message, /did not answer with valid HTTP/);
});

test('accepts and hangs up without a word: 11200', BOUND, async () => {
  const result = await against(tcp((socket) => socket.once('data', () => socket.destroy())));
  assert.equal(firstError(result).code, 11200);
  assert.match(firstError(result).message, /closed the connection before answering/);
});

test('sends headers far too large: 11200', BOUND, async () => {
  const result = await against(
    tcp((socket) => socket.write(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`)),
  );
  assert.equal(firstError(result).code, 11200);
});

test('sends binary under text/xml: 12100 describing binary data', BOUND, async () => {
  const result = await against(
    http((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xde, 0xad]));
    }),
  );
  assert.equal(firstError(result).code, 12100);
  assert.match(firstError(result).message, /binary data \(starts 50 4b 03 04/);
  assert.match(result.body ?? '', /^<10 bytes of binary data/);
});

test('closes mid-body: 11200 with bytes received of announced', BOUND, async () => {
  const result = await against(
    http((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '1000' });
      res.write('<Response>'.padEnd(100, ' '), () => res.destroy());
    }),
  );
  assert.equal(firstError(result).code, 11200);
  assert.match(firstError(result).message, /closed mid-body after 100 bytes of the 1000 announced/);
});

test('sends latin-1 bytes without saying so: 12100 pointing at the byte', BOUND, async () => {
  const result = await against(
    http((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(Buffer.from('<Response><Message>Jalape\xf1o</Message></Response>', 'latin1'));
    }),
  );
  assert.equal(firstError(result).code, 12100);
  assert.match(firstError(result).message, /not valid UTF-8 \(byte 0xf1 at offset 25\)/);
});

test('the Auth Token never appears in results, messages, logs or requests', BOUND, async () => {
  const TOKEN = 'SENTINEL-f00dfacecafe-5ecret';
  const echo = http((req, res, body) => {
    res.writeHead(200, { 'content-type': 'text/xml', 'x-echo': String(req.headers['x-twilio-signature']) });
    res.end(`<Response><Message>${JSON.stringify({ url: req.url, headers: req.headers, body })}</Message></Response>`);
  });
  const seenByServers: string[] = [];
  const recording = (server: Promise<TestServer>): Promise<TestServer> =>
    server.then((s) => ({ ...s, close: async () => (seenByServers.push(JSON.stringify(s.requests)), s.close()) }));
  const results: ReplayResult[] = [
    await against(recording(echo), { authToken: TOKEN }),
    await against(recording(echo), { authToken: TOKEN, method: 'GET', sample: 'voice' }),
    // A token pasted into the URL or a parameter by mistake is scrubbed from what is shown.
    await against(recording(echo), {
      authToken: TOKEN,
      path: `/sms?token=${TOKEN}`,
      params: { Body: `my token is ${TOKEN}` },
    }),
    await against(
      http(() => undefined),
      { authToken: TOKEN },
    ),
    await against(
      tcp((s) => s.write('garbage\r\n\r\n')),
      { authToken: TOKEN },
    ),
    await against(
      http((_q, r) => (r.writeHead(500, { 'content-type': 'text/plain' }), r.end(`boom ${TOKEN}`))),
      { authToken: TOKEN },
    ),
    await against(
      http((q, r) => (r.writeHead(302, { location: q.url }), r.end())),
      { authToken: TOKEN },
    ),
    await replayWebhook({
      reader: READER,
      url: `http://127.0.0.1:${await closedPort()}/sms?${TOKEN}`,
      authToken: TOKEN,
    }),
    await replayWebhook({ reader: READER, url: `not a url ${TOKEN}`, authToken: TOKEN }),
  ];
  assert.equal(results[0].signed, true);
  for (const result of results) {
    const outputs = [JSON.stringify(result), formatExchange(result, { secrets: [TOKEN] }), summarize(result)];
    for (const output of outputs) assert.ok(!output.includes(TOKEN), `token leaked in: ${output.slice(0, 300)}`);
  }
  // Only the requests whose URL/params carried the token on purpose may show it to the app.
  assert.ok(!seenByServers[0].includes(TOKEN) && !seenByServers[1].includes(TOKEN));
  // The formatter scrubs even a result that was built by hand with the token in it.
  const handMade = { ...results[0], body: TOKEN, problems: [{ severity: 'error' as const, message: TOKEN }] };
  assert.ok(!formatExchange(handMade, { secrets: [TOKEN] }).includes(TOKEN));
});
