/**
 * The VS Code side of the signature features, driven through a fake VS Code port: a replay
 * with `twiml.replay.publicUrl` rejected by an app that ignores X-Forwarded-Proto offers
 * "Diagnose Signature" with its request count; running it reports the URL and the fix.
 * `twiml.checkSignature` says whether a pasted signature matches.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from '../fixtures/replay/fakeVscode';
import { authTokenCommands } from '../../client/src/commands/authToken';
import type { VscodePort } from '../../client/src/commands/port';
import { registerCommandGroups } from '../../client/src/commands/registry';
import { replayCommands } from '../../client/src/commands/replayWebhook';
import { signatureCommands } from '../../client/src/commands/signature';
import type { CheckSignatureResult } from '../../webhook/src/replay/checkSignature';
import { decodeForm } from '../../webhook/src/replay/form';
import type { ReplayResult } from '../../webhook/src/replay/replay';
import { signRequest } from '../../webhook/src/replay/signature';
import { startHttpServer } from '../fixtures/replay/servers';
import { READER } from './helpers/reader';

const port = vscode as unknown as VscodePort;
const twilio = require('twilio') as {
  validateRequest(token: string, signature: string, url: string, params: Record<string, unknown>): boolean;
};

const TOKEN = 'abcdef0123456789abcdef0123456789';
const context = vscode.fakeContext();
const output: string[] = [];
const channel = { appendLine: (line: string) => output.push(line), show: () => undefined } as never;
registerCommandGroups(port, {
  replay: replayCommands(port, context as never, {
    reader: READER,
    output: channel,
    showReply: async () => undefined,
    openReply: vscode.openReply as never,
  }),
  authToken: authTokenCommands(port, context as never),
  signature: signatureCommands(port, context as never, channel),
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a rejected tunnelled replay offers the diagnosis with its request count; the diagnosis names URL and fix', async () => {
  // An app that rebuilds http://<Host><path>, like Express without `trust proxy`.
  const server = await startHttpServer((req, res, body) => {
    const valid = twilio.validateRequest(
      TOKEN,
      String(req.headers['x-twilio-signature']),
      `http://${req.headers.host}${req.url}`,
      decodeForm(body),
    );
    res.writeHead(valid ? 200 : 403, { 'content-type': 'text/xml', 'x-powered-by': 'Express' });
    res.end(valid ? '<Response/>' : 'Forbidden');
  });
  try {
    process.env.TWILIO_AUTH_TOKEN = TOKEN;
    Object.assign(vscode.script, {
      config: { 'twiml.replay.publicUrl': 'https://myapp.ngrok.app/sms' },
      messages: [],
      documents: [],
    });
    vscode.script.warningChoice = (actions) => actions.find((a) => a.startsWith('Diagnose Signature'));
    const result = (await vscode.commands.executeCommand('twiml.replayWebhook', {
      url: `${server.origin}/sms`,
    })) as ReplayResult;
    assert.equal(result.status, 403);
    assert.equal(result.rejected, true);
    await until(() => output.some((line) => line.startsWith('Signature diagnosis')), 'the diagnosis');
    const warning = vscode.script.messages.find((m) => m.kind === 'warning');
    assert.ok(warning, JSON.stringify(vscode.script.messages));
    assert.match(
      warning.text,
      /Twilio signed https:\/\/myapp\.ngrok\.app\/sms; your app received http:\/\/127\.0\.0\.1:\d+\/sms \(Host myapp\.ngrok\.app\)/,
    );
    assert.match(warning.actions[0], /^Diagnose Signature \(up to \d+ requests to your app\)$/);
    assert.ok(!vscode.script.messages.some((m) => m.kind === 'error'), 'no separate 11200 error');
    assert.ok(output.some((line) => line.startsWith('What Twilio signed:')));
    await until(
      () => vscode.script.messages.some((m) => m.kind === 'info' && /validates X-Twilio-Signature/.test(m.text)),
      'the advice',
    );
    const advice = vscode.script.messages.find(
      (m) => m.kind === 'info' && /validates X-Twilio-Signature/.test(m.text),
    )!;
    assert.match(advice.text, /against http:\/\/myapp\.ngrok\.app\/sms/);
    assert.match(advice.text, /Fix \(Express\)/);
    assert.deepEqual(advice.actions, ['Open Twilio Security Docs', 'Show Output']);
    assert.ok(!output.join('\n').includes(TOKEN));
  } finally {
    delete process.env.TWILIO_AUTH_TOKEN;
    vscode.script.warningChoice = undefined;
    await server.close();
  }
});

test('twiml.checkSignature: a match, and the variant that would have matched', async () => {
  process.env.TWILIO_AUTH_TOKEN = TOKEN;
  try {
    const params = { Body: 'hi', From: '+14155550100' };
    const signature = signRequest({ authToken: TOKEN, method: 'POST', url: 'https://myapp.ngrok.app/sms', params });
    const ok = (await vscode.commands.executeCommand('twiml.checkSignature', {
      url: 'https://myapp.ngrok.app/sms',
      params,
      signature,
    })) as CheckSignatureResult;
    assert.equal(ok.valid, true);
    vscode.script.inputBox = ['http://myapp.ngrok.app/sms', 'Body=hi&From=%2B14155550100', signature];
    const prompted = (await vscode.commands.executeCommand('twiml.checkSignature')) as CheckSignatureResult;
    assert.equal(prompted.valid, false);
    assert.equal(prompted.matched?.url, 'https://myapp.ngrok.app/sms');
    assert.ok(
      vscode.script.messages.some(
        (m) => m.kind === 'warning' && /matches https:\/\/myapp\.ngrok\.app\/sms/.test(m.text),
      ),
    );
  } finally {
    delete process.env.TWILIO_AUTH_TOKEN;
  }
});
