/**
 * The reading requests (shared/requests.ts) over the built server's --stdio, as the extension's
 * Conversation panel and replay send them: the language server judges an app's reply and reads
 * its verbs. Needs `npm run build` first (npm test does it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { LspClient } from '../../fuzz/lspClient';
import type { ReadDocument, ReadVoiceDocument, WellFormedVerdict } from '../../shared/replyReading';
import { CheckWellFormedRequest, ReadMessagingReplyRequest, ReadVoiceReplyRequest } from '../../shared/requests';
import { TWILIO_CATALOGUE, TWILIO_CODES } from '../../server/src/data/errorCodes';

const SERVER = path.join(repoRoot(), 'dist', 'server.js');
const URL_SMS = 'https://app.example/sms';
const URL_VOICE = 'https://app.example/voice';

describe('reading requests over --stdio', () => {
  let client: LspClient;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    client = new LspClient(SERVER);
    assert.equal((await client.initialize()).error, undefined);
  });

  after(() => {
    if (client.process.exitCode === null) client.process.kill('SIGKILL');
  });

  /** Sends one request and returns its result; a JSON-RPC error fails the test. */
  async function ask<T>(method: string, params: unknown): Promise<T> {
    const response = await client.request(method, params);
    assert.equal(response.error, undefined, `${method}: ${JSON.stringify(response.error)}`);
    return response.result as T;
  }

  test('checkWellFormed: a broken reply is a 12100 at its place, a clean one has no issues', async () => {
    const broken = await ask<WellFormedVerdict>(CheckWellFormedRequest.method, {
      text: '<Response>\n  <Say>hi</Response>',
    });
    assert.equal(broken.root, 'Response');
    assert.equal(broken.issues.length, 1, JSON.stringify(broken.issues));
    const [issue] = broken.issues;
    assert.equal(issue.level, 'error');
    assert.equal(issue.code, TWILIO_CODES.documentParseFailure);
    assert.deepEqual([issue.line, issue.column], [2, 4]);
    assert.match(issue.message, /<Say> is not closed/);
    assert.doesNotMatch(issue.message, /Twilio 12100/, 'the editor suffix is left to the reader of the code');

    const clean = await ask<WellFormedVerdict>(CheckWellFormedRequest.method, {
      text: '<Response><Say>hi</Say></Response>',
    });
    assert.deepEqual(clean, { root: 'Response', issues: [] });

    const notTwiml = await ask<WellFormedVerdict>(CheckWellFormedRequest.method, { text: '<html><body/></html>' });
    assert.equal(notTwiml.root, 'html');
    assert.deepEqual(
      notTwiml.issues.map((i) => i.code),
      [TWILIO_CODES.rootMustBeResponse],
    );
  });

  test('readMessagingReply: the messages in order, up to the <Redirect>', async () => {
    const read = await ask<ReadDocument>(ReadMessagingReplyRequest.method, {
      text:
        '<Response><Message to="+15005550006">Hello</Message>' +
        '<Message statusCallback="/status">Two<Media>https://e.example/a.png</Media></Message>' +
        '<Redirect>/next</Redirect></Response>',
      url: URL_SMS,
    });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.steps.map((step) => step.kind),
      ['message', 'message', 'redirect'],
    );
    const [first, second, redirect] = read.steps;
    assert.ok(first.kind === 'message' && second.kind === 'message' && redirect.kind === 'redirect');
    assert.equal(first.message.reply.body, 'Hello');
    assert.equal(first.message.to, '+15005550006');
    assert.equal(second.message.reply.body, 'Two');
    assert.deepEqual(second.message.reply.media, ['https://e.example/a.png']);
    assert.deepEqual(
      second.message.requests.map((r) => [r.attribute, r.url, r.purpose]),
      [['statusCallback', '/status', 'status']],
    );
    assert.deepEqual(redirect.request, { url: '/next', method: 'POST', purpose: 'document' });
  });

  test('readMessagingReply: a broken reply is a 12100 problem naming its URL, and runs nothing', async () => {
    const read = await ask<ReadDocument>(ReadMessagingReplyRequest.method, {
      text: '<Response><Message>hi</Response>',
      url: URL_SMS,
    });
    assert.deepEqual(read.steps, []);
    const parse = read.problems.filter((p) => p.code === TWILIO_CODES.documentParseFailure);
    assert.equal(parse.length, 1, JSON.stringify(read.problems));
    assert.equal(parse[0].severity, 'error');
    // The title comes from the catalogue, as in the editor's diagnostic.
    assert.ok(parse[0].message.includes(TWILIO_CATALOGUE.documentParseFailure.title), parse[0].message);
    assert.ok(parse[0].message.includes(URL_SMS), parse[0].message);
  });

  test('readVoiceReply: a <Gather> waits with its action and nested <Say>, then the next verb is heard', async () => {
    const read = await ask<ReadVoiceDocument>(ReadVoiceReplyRequest.method, {
      text: '<Response><Gather numDigits="1" action="/menu"><Say>Press 1</Say></Gather><Say>Bye</Say></Response>',
      url: URL_VOICE,
    });
    assert.deepEqual(read.problems, []);
    assert.ok(read.steps, 'a clean document has steps');
    assert.deepEqual(
      read.steps.map((step) => [step.kind, step.verb]),
      [
        ['wait', 'Gather'],
        ['heard', 'Say'],
      ],
    );
    const [gather, bye] = read.steps;
    assert.deepEqual(gather.item.attributes, { numDigits: '1', action: '/menu' });
    assert.deepEqual(
      gather.item.nested?.map((item) => [item.verb, item.text]),
      [['Say', 'Press 1']],
    );
    assert.deepEqual(gather.requests, [{ url: '/menu', method: 'POST', purpose: 'document', attribute: 'action' }]);
    assert.equal(bye.item.text, 'Bye');
  });

  test('readVoiceReply: a document Twilio cannot run has problems and no steps', async () => {
    const read = await ask<ReadVoiceDocument>(ReadVoiceReplyRequest.method, {
      text: '<Say>no Response</Say>',
      url: URL_VOICE,
    });
    assert.equal(read.steps, undefined);
    assert.ok(
      read.problems.some((p) => p.code === TWILIO_CODES.rootMustBeResponse && p.severity === 'error'),
      JSON.stringify(read.problems),
    );
  });

  test('malformed params answer null (logged once), and the server reads the next reply', async () => {
    const from = client.notifications.length;
    for (const method of [
      CheckWellFormedRequest.method,
      ReadMessagingReplyRequest.method,
      ReadVoiceReplyRequest.method,
    ]) {
      for (const params of [null, {}, { text: 42, url: URL_SMS }, 'text', []]) {
        const answer = await ask<unknown>(method, params);
        assert.equal(answer, null, `${method} ${JSON.stringify(params)}: ${JSON.stringify(answer)}`);
      }
    }
    assert.equal(client.process.exitCode, null, `server died: ${client.stderr}`);
    const logged = client.notifications
      .slice(from)
      .filter((m) => m.method === 'window/logMessage')
      .map((m) => (m.params as { message: string }).message);
    assert.ok(
      logged.some((line) => line.includes('check well-formed') && line.includes('needs { text: string }')),
      logged.join('\n'),
    );
    const after = await ask<WellFormedVerdict>(CheckWellFormedRequest.method, { text: '<Response/>' });
    assert.deepEqual(after, { root: 'Response', issues: [] });
  });
});
