/**
 * The replay, Auth Token and signature commands driven through a fake VS Code port
 * (test/fixtures/replay/fakeVscode.ts): scripted prompts, recorded messages and documents.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from '../fixtures/replay/fakeVscode';
import { authTokenCommands } from '../../client/src/commands/authToken';
import type { VscodePort } from '../../client/src/commands/port';
import { registerCommandGroups } from '../../client/src/commands/registry';
import { replayCommands } from '../../client/src/commands/replayWebhook';
import { signatureCommands } from '../../client/src/commands/signature';
import type { ReplayResult } from '../../webhook/src/replay/replay';
import { closedPort, startHttpServer, type TestServer } from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

const port = vscode as unknown as VscodePort;
const TOKEN = 'abcdef0123456789abcdef0123456789';
const context = vscode.fakeContext();
const output: string[] = [];
const shown: Array<{ result: ReplayResult; language?: string }> = [];
const channel = { appendLine: (line: string) => output.push(line), show: () => undefined } as never;
registerCommandGroups(port, {
  replay: replayCommands(port, context as never, {
    reader: READER,
    output: channel,
    showReply: async (result, document) =>
      void shown.push({ result, language: (document as unknown as { languageId: string }).languageId }),
    openReply: vscode.openReply as never,
  }),
  authToken: authTokenCommands(port, context as never),
  signature: signatureCommands(port, context as never, channel),
});

async function withServer(body: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startHttpServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(`<Response><Message>signed=${req.headers['x-twilio-signature'] !== undefined}</Message></Response>`);
  });
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

function reset(): void {
  Object.assign(vscode.script, {
    quickPick: [],
    inputBox: [],
    config: {},
    infoChoice: undefined,
    messages: [],
    documents: [],
    progressTitles: [],
    prompts: [],
  });
  output.length = 0;
  shown.length = 0;
}

test('programmatic replay without a token: unsigned, says so, opens the TwiML as a named reply', async () => {
  reset();
  delete process.env.TWILIO_AUTH_TOKEN;
  await withServer(async (server) => {
    const result = (await vscode.commands.executeCommand('twiml.replayWebhook', {
      url: `${server.origin}/sms`,
      body: 'hi',
    })) as ReplayResult;
    assert.equal(result.status, 200);
    assert.equal(result.signed, false);
    assert.equal(result.params.Body, 'hi');
    assert.ok(vscode.script.messages.some((m) => m.kind === 'info' && m.actions.includes('Set Auth Token')));
    assert.deepEqual(vscode.script.documents, [
      { language: 'twiml', content: result.twiml, name: 'POST \u2215sms · 200 · reply.twiml' },
    ]);
    assert.equal(shown[0].language, 'twiml');
    assert.match(output.join('\n'), /← 200 text\/xml/);
  });
});

test('interactive replay with a stored token: signed, settings used, token never in the output', async () => {
  reset();
  await context.secrets.store('twiml.replay.authToken', TOKEN);
  await withServer(async (server) => {
    vscode.script.config = {
      'twiml.replay.url': `${server.origin}/sms`,
      'twiml.replay.from': '+447700900123',
      'twiml.replay.accountSid': `AC${'ab'.repeat(16)}`,
    };
    vscode.script.quickPick.push((items) => items.find((i) => i.label === 'WhatsApp'));
    vscode.script.inputBox.push('typed body');
    const result = (await vscode.commands.executeCommand('twiml.replayWebhook')) as ReplayResult;
    assert.equal(result.signed, true);
    assert.equal(result.params.From, 'whatsapp:+447700900123');
    assert.equal(result.params.Body, 'typed body');
    assert.equal(result.params.AccountSid, `AC${'ab'.repeat(16)}`, 'the AccountSid setting is sent');
    assert.match(result.twiml ?? '', /signed=true/);
    assert.ok(vscode.script.messages.every((m) => !m.text.includes('unsigned')));
    assert.ok(!output.join('\n').includes(TOKEN));
  });
  await context.secrets.delete('twiml.replay.authToken');
});

test('cancelling the picker sends nothing', async () => {
  reset();
  vscode.script.quickPick.push(() => undefined);
  assert.equal(await vscode.commands.executeCommand('twiml.replayWebhook'), undefined);
  assert.equal(vscode.script.progressTitles.length, 0);
});

test('a failed replay shows the Twilio code as an error message', async () => {
  reset();
  const port = await closedPort();
  const result = (await vscode.commands.executeCommand('twiml.replayWebhook', {
    url: `http://127.0.0.1:${port}/sms`,
  })) as ReplayResult;
  assert.equal(result.ok, false);
  const error = vscode.script.messages.find((m) => m.kind === 'error');
  assert.match(error?.text ?? '', /^Twilio 11200: .*Is your app running on 127\.0\.0\.1:\d+\?/);
  assert.deepEqual(error?.actions, ['Open Error Docs', 'Show Output']);
  assert.equal(vscode.script.documents.length, 0);
});

test('replayRecent re-sends a remembered request; TWILIO_AUTH_TOKEN signs it', async () => {
  reset();
  await withServer(async (server) => {
    await vscode.commands.executeCommand('twiml.replayWebhook', { url: `${server.origin}/sms`, sample: 'voice' });
    process.env.TWILIO_AUTH_TOKEN = TOKEN;
    vscode.script.quickPick.push((items) => items.find((i) => i.label.startsWith('Voice call')));
    const again = (await vscode.commands.executeCommand('twiml.replayRecent')) as ReplayResult;
    delete process.env.TWILIO_AUTH_TOKEN;
    assert.equal(again.sample, 'voice');
    assert.equal(again.signed, true);
    assert.equal(server.requests.length, 2);
    assert.ok(!output.join('\n').includes(TOKEN));
  });
});

test('setAuthToken stores the trimmed token; clearAuthToken removes it', async () => {
  reset();
  vscode.script.inputBox.push(`  ${TOKEN}  `);
  assert.equal(await vscode.commands.executeCommand('twiml.setAuthToken'), true);
  assert.equal(context.stored.get('twiml.replay.authToken'), TOKEN);
  await vscode.commands.executeCommand('twiml.clearAuthToken');
  assert.equal(context.stored.size, 0);
});

test('"sent unsigned" is said once per session, not on every replay', async () => {
  // The first test already replayed unsigned in this session (same registration).
  reset();
  delete process.env.TWILIO_AUTH_TOKEN;
  await withServer(async (server) => {
    const result = (await vscode.commands.executeCommand('twiml.replayWebhook', {
      url: `${server.origin}/sms`,
    })) as ReplayResult;
    assert.equal(result.signed, false);
    assert.ok(
      vscode.script.messages.every((m) => !m.text.includes('unsigned')),
      JSON.stringify(vscode.script.messages),
    );
  });
});

test('the prompts show the URL the replay will call', async () => {
  reset();
  vscode.script.config = { 'twiml.replay.url': 'http://127.0.0.1:9/hooks/sms', 'twiml.replay.method': 'GET' };
  vscode.script.quickPick.push((items) => items.find((i) => i.label === 'SMS'));
  vscode.script.inputBox.push(undefined);
  assert.equal(await vscode.commands.executeCommand('twiml.replayWebhook'), undefined);
  const [pick, input] = vscode.script.prompts;
  assert.match(pick.title ?? '', /GET http:\/\/127\.0\.0\.1:9\/hooks\/sms/);
  assert.match(pick.placeHolder ?? '', /GET http:\/\/127\.0\.0\.1:9\/hooks\/sms/);
  assert.match(input.title ?? '', /GET http:\/\/127\.0\.0\.1:9\/hooks\/sms/);
});

test('twiml.replay.clearCookies empties the jar and tells how many it cleared', async () => {
  reset();
  const server = await startHttpServer((req, res) => {
    const cookie = req.headers.cookie ?? '';
    res.writeHead(200, { 'content-type': 'text/xml', 'set-cookie': ['a=1; Path=/', 'b=2; Path=/'] });
    res.end(`<Response><Message>cookie=${cookie}</Message></Response>`);
  });
  try {
    const url = `${server.origin}/sms`;
    await vscode.commands.executeCommand('twiml.replayWebhook', { url });
    const second = (await vscode.commands.executeCommand('twiml.replayWebhook', { url })) as ReplayResult;
    assert.match(second.twiml ?? '', /cookie=a=1; b=2/, 'the jar sends the cookies back');
    assert.equal(await vscode.commands.executeCommand('twiml.replay.clearCookies'), 2);
    assert.ok(vscode.script.messages.some((m) => m.kind === 'info' && m.text === 'Cleared 2 replay cookies.'));
    assert.equal(await vscode.commands.executeCommand('twiml.replay.clearCookies'), 0);
    assert.ok(vscode.script.messages.some((m) => m.text === 'The replay cookie jar was already empty.'));
    const third = (await vscode.commands.executeCommand('twiml.replayWebhook', { url })) as ReplayResult;
    assert.match(third.twiml ?? '', /cookie=<\/Message>/, 'no cookie after clearing');
  } finally {
    await server.close();
  }
});
