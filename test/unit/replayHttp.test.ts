import test from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { decodeForm } from '../../webhook/src/replay/form';
import { replayWebhook } from '../../webhook/src/replay/replay';
import { closedPort, startHttpServer, type BodyHandler, type TestServer } from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

const twilio = require('twilio') as {
  validateRequest(token: string, signature: string, url: string, params: Record<string, unknown>): boolean;
};

const TOKEN = '0123456789abcdef0123456789abcdef';
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks!</Message></Response>';

async function withServer(handler: BodyHandler, body: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startHttpServer(handler);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

function replyXml(res: ServerResponse, xml = TWIML, type = 'text/xml'): void {
  res.writeHead(200, { 'content-type': type });
  res.end(xml);
}

test('POST: form body, Twilio headers and a signature the twilio SDK accepts', async () => {
  let valid: boolean | undefined;
  await withServer(
    (req, res, body) => {
      const url = `http://${req.headers.host}${req.url}`;
      valid = twilio.validateRequest(TOKEN, String(req.headers['x-twilio-signature']), url, decodeForm(body));
      replyXml(res);
    },
    async (server) => {
      const result = await replayWebhook({
        reader: READER,
        url: `${server.origin}/sms?tenant=a%20b`,
        authToken: TOKEN,
        body: 'héllo & <bye>',
      });
      const [request] = server.requests;
      assert.equal(request.method, 'POST');
      assert.deepEqual(decodeForm(request.body), result.params);
      assert.equal(result.params.Body, 'héllo & <bye>');
      assert.equal(request.headers['user-agent'], 'TwilioProxy/1.1');
      assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded');
      assert.equal(request.headers.accept, '*/*');
      assert.equal(request.headers['cache-control'], 'max-age=259200');
      assert.match(String(request.headers['i-twilio-idempotency-token']), /^[0-9a-f-]{36}$/);
      assert.equal(request.headers['x-twilio-signature'], result.signature);
      assert.equal(valid, true);
      assert.equal(result.signed, true);
      assert.equal(result.status, 200);
      assert.equal(result.twiml, TWIML);
      assert.deepEqual(result.problems, []);
      assert.equal(result.ok, true);
    },
  );
});

test('without a token the request goes unsigned and the result says so', async () => {
  await withServer(
    (_req, res) => replyXml(res),
    async (server) => {
      const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms` });
      assert.equal(server.requests[0].headers['x-twilio-signature'], undefined);
      assert.equal(result.signed, false);
      assert.equal(result.signature, undefined);
      assert.ok(result.problems.some((p) => p.severity === 'info' && /unsigned/i.test(p.message)));
      assert.equal(result.ok, true);
    },
  );
});

test('GET: parameters in the query, no body, the signed URL validates', async () => {
  let valid: boolean | undefined;
  await withServer(
    (req, res) => {
      valid = twilio.validateRequest(
        TOKEN,
        String(req.headers['x-twilio-signature']),
        `http://${req.headers.host}${req.url}`,
        {},
      );
      replyXml(res);
    },
    async (server) => {
      const result = await replayWebhook({
        reader: READER,
        url: `${server.origin}/sms?x=1`,
        method: 'GET',
        authToken: TOKEN,
        sample: 'whatsapp',
      });
      const [request] = server.requests;
      assert.equal(request.method, 'GET');
      assert.equal(request.body, '');
      const query = new URL(request.url, server.origin).searchParams;
      assert.equal(query.get('x'), '1');
      assert.equal(query.get('From'), result.params.From);
      assert.equal(request.headers['content-type'], undefined);
      assert.equal(valid, true);
    },
  );
});

test('redirects: 307 repeats the signed POST, 301/302 become a GET (with a warning)', async () => {
  for (const status of [301, 302, 307]) {
    let validAtTarget: boolean | undefined;
    await withServer(
      (req, res, body) => {
        if (req.url === '/old') {
          res.writeHead(status, { location: '/new' });
          res.end();
          return;
        }
        const params = req.method === 'POST' ? decodeForm(body) : {};
        validAtTarget = twilio.validateRequest(
          TOKEN,
          String(req.headers['x-twilio-signature']),
          `http://${req.headers.host}${req.url}`,
          params,
        );
        replyXml(res);
      },
      async (server) => {
        const result = await replayWebhook({ reader: READER, url: `${server.origin}/old`, authToken: TOKEN });
        assert.equal(result.status, 200, `status ${status}`);
        assert.equal(result.finalUrl, `${server.origin}/new`);
        assert.equal(result.redirects.length, 1);
        assert.equal(validAtTarget, true, 'each hop is signed for its own URL');
        const second = server.requests[1];
        if (status === 307) {
          assert.equal(second.method, 'POST');
          assert.deepEqual(decodeForm(second.body), result.params);
          assert.ok(result.problems.every((p) => p.severity !== 'warning'));
        } else {
          assert.equal(second.method, 'GET');
          assert.ok(result.problems.some((p) => p.severity === 'warning' && /GET/.test(p.message)));
        }
      },
    );
  }
});

test('redirect loops and long chains end with 11215', async () => {
  await withServer(
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const match = /^\/chain\/(\d+)$/.exec(path);
      const location = match ? `/chain/${Number(match[1]) + 1}` : path === '/a' ? '/b' : '/a';
      res.writeHead(302, { location });
      res.end();
    },
    async (server) => {
      const loop = await replayWebhook({ reader: READER, url: `${server.origin}/a`, method: 'GET' });
      assert.equal(loop.outcome, 'too-many-redirects');
      const loopProblem = loop.problems.find((p) => p.code === 11215);
      assert.match(loopProblem?.message ?? '', /redirect loop \(.*\/a\?.*… → .*\/b → .*\/a → .*\/b\)/);
      // /a?params, /b, /a: the next request (/b) would repeat one already sent.
      assert.equal(server.requests.length, 3, 'the loop is noticed when a request repeats');
      const chain = await replayWebhook({ reader: READER, url: `${server.origin}/chain/0`, method: 'GET' });
      assert.equal(chain.outcome, 'too-many-redirects');
      assert.match(chain.problems.find((p) => p.code === 11215)?.message ?? '', /more than 10 redirects/);
      assert.equal(server.requests.length - 3, 11, 'Twilio follows at most 10 redirects');
    },
  );
});

test('a server that never answers times out with 11205', async () => {
  await withServer(
    () => undefined,
    async (server) => {
      const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms`, timeoutMs: 300 });
      assert.equal(result.outcome, 'timeout');
      assert.equal(result.problems[0].code, 11205);
      assert.equal(result.problems[0].docUrl, 'https://www.twilio.com/docs/api/errors/11205');
      assert.match(result.problems[0].message, /no response within 0\.3 s/);
    },
  );
});

test('a 100 MB body: reading stops just past 64 kB and 11750 is reported', async () => {
  let written = 0;
  let finished = false;
  await withServer(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (written < 100 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        finished = !res.destroyed;
        res.end();
      };
      res.on('close', () => undefined);
      pump();
    },
    async (server) => {
      const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms` });
      assert.equal(result.problems[0].code, 11750);
      assert.ok((result.body ?? '').length <= 64 * 1024);
      assert.equal(finished, false, 'the server never got to write the whole body');
      assert.ok(written < 20 * 1024 * 1024, `client kept reading: ${written} bytes written`);
    },
  );
});

test('content types: image/png is 12300, text/plain becomes the reply message', async () => {
  await withServer(
    (req, res) => {
      if (req.url === '/png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      } else {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Hi <you> & "me" 👋');
      }
    },
    async (server) => {
      const png = await replayWebhook({ reader: READER, url: `${server.origin}/png` });
      assert.equal(png.problems[0].code, 12300);
      assert.match(png.problems[0].message, /image\/png/);
      assert.equal(png.twiml, undefined);
      const text = await replayWebhook({ reader: READER, url: `${server.origin}/text` });
      assert.equal(text.ok, true);
      assert.match(text.twiml ?? '', /<Response><Message>Hi &lt;you&gt; &amp; "me" 👋<\/Message><\/Response>/);
      const voice = await replayWebhook({ reader: READER, url: `${server.origin}/text`, sample: 'voice' });
      assert.match(voice.twiml ?? '', /<Response><Say>Hi &lt;you&gt;/);
    },
  );
});

test('refused connection: 11200 asking whether the app runs there', async () => {
  const port = await closedPort();
  const result = await replayWebhook({ reader: READER, url: `http://127.0.0.1:${port}/sms` });
  assert.equal(result.outcome, 'network-error');
  assert.equal(result.problems[0].code, 11200);
  assert.match(result.problems[0].message, new RegExp(`Is your app running on 127\\.0\\.0\\.1:${port}\\?`));
});

test('HTTP 500 is 11200 with the status', async () => {
  await withServer(
    (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Traceback</h1>');
    },
    async (server) => {
      const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms` });
      assert.equal(result.status, 500);
      assert.equal(result.problems[0].code, 11200);
      assert.match(result.problems[0].message, /500 Internal Server Error/);
      assert.equal(result.body, '<h1>Traceback</h1>');
      assert.equal(result.ok, false);
    },
  );
});

test('malformed TwiML is 12100 with a position; a wrong root is 12102, as the editor says', async () => {
  await withServer(
    (req, res) => replyXml(res, req.url === '/bad' ? '<Response>\n  <Message>hi</Mesage>\n</Response>' : '<Reply/>'),
    async (server) => {
      const bad = await replayWebhook({ reader: READER, url: `${server.origin}/bad` });
      assert.equal(bad.problems[0].code, 12100);
      assert.match(bad.problems[0].message, /line 2/);
      assert.equal(bad.twiml, '<Response>\n  <Message>hi</Mesage>\n</Response>', 'the broken TwiML is still shown');
      const root = await replayWebhook({ reader: READER, url: `${server.origin}/root` });
      assert.equal(root.problems[0].code, 12102);
      assert.match(
        root.problems[0].message,
        /^The root element must be Response: .*not <Reply>.*\(line 1, column 2\)$/,
      );
    },
  );
});

test('an AbortSignal cancels a pending replay', async () => {
  await withServer(
    () => undefined,
    async (server) => {
      const controller = new AbortController();
      const pending = replayWebhook({ reader: READER, url: `${server.origin}/sms`, signal: controller.signal });
      // Cancel once the server has the request, so the abort hits an open exchange.
      while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
      controller.abort();
      const result = await pending;
      assert.equal(result.outcome, 'cancelled');
      assert.equal(result.problems[0].message, 'Replay cancelled.');
    },
  );
});

test('Basic auth: credentials go only in answer to a 401 challenge and never into the result', async () => {
  const expected = `Basic ${Buffer.from('twilio:s3cret-pw').toString('base64')}`;
  let valid: boolean | undefined;
  await withServer(
    (req, res, body) => {
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="hooks"' });
        res.end();
        return;
      }
      valid = twilio.validateRequest(
        TOKEN,
        String(req.headers['x-twilio-signature']),
        `http://${req.headers.host}${req.url}`,
        decodeForm(body),
      );
      replyXml(res);
    },
    async (server) => {
      const url = `http://twilio:s3cret-pw@127.0.0.1:${server.port}/sms`;
      const result = await replayWebhook({ reader: READER, url, authToken: TOKEN });
      assert.equal(result.status, 200);
      assert.deepEqual(
        server.requests.map((r) => r.headers.authorization),
        [undefined, expected],
      );
      assert.equal(valid, true, 'the signature covers the URL without credentials');
      const shown = JSON.stringify(result);
      assert.ok(!shown.includes('s3cret-pw') && !shown.includes(expected.slice(6)), shown);
    },
  );
});

test('an app that rejects the signature (403) gets a hint about the Auth Token', async () => {
  await withServer(
    (req, res, body) => {
      // Validates like a real app, but with another token.
      const ok = twilio.validateRequest(
        'another-token-entirely-000000000',
        String(req.headers['x-twilio-signature'] ?? ''),
        `http://${req.headers.host}${req.url}`,
        decodeForm(body),
      );
      res.writeHead(ok ? 200 : 403, { 'content-type': 'text/plain' });
      res.end(ok ? 'fine' : 'Forbidden');
    },
    async (server) => {
      const result = await replayWebhook({ reader: READER, url: `${server.origin}/sms`, authToken: TOKEN });
      assert.equal(result.status, 403);
      assert.ok(result.problems.some((p) => p.code === 11200));
      assert.ok(
        result.problems.some((p) => /Auth Token/.test(p.message)),
        JSON.stringify(result.problems),
      );
      assert.ok(!JSON.stringify(result).includes(TOKEN), 'the token stays out of the result');
    },
  );
});
