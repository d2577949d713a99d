import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, resetEditors, waitFor } from './helpers';
import { startWebhookApp, unavailableReason, type WebhookApp } from './webhookApp';

const ROBOTS = 'The Robots are coming! Head for the hills!';

/** The parts of the replay command's result this suite relies on. */
interface ReplayOutcome {
  status?: number;
  body?: string;
  signed?: boolean;
  signature?: string;
}

suite('Webhook replay', () => {
  let app: WebhookApp | undefined;
  const authToken = `test-token-${process.pid}-${Date.now().toString(16)}`;

  suiteSetup(async function () {
    // The host install provides Flask and twilio; without them this suite fails rather than
    // passing silently.
    const reason = unavailableReason();
    if (reason) throw new Error(`cannot run the replay round trip: ${reason} (run npm run host:install)`);
    const extension = await activateExtension();
    // The extension host is this process: the replay command reads the token from here.
    process.env.TWILIO_AUTH_TOKEN = authToken;
    app = await startWebhookApp(
      path.join(extension.extensionPath, 'test', 'fixtures', 'webhook-app', 'app.py'),
      authToken,
    );
  });

  // The command opens the reply's TwiML in an editor; close it before the next suite.
  teardown(resetEditors);

  suiteTeardown(() => {
    app?.stop();
    delete process.env.TWILIO_AUTH_TOKEN;
  });

  for (const method of ['POST', 'GET'] as const) {
    test(`a signed sample SMS (${method}) reaches the app and its reply comes back`, async () => {
      assert.ok(app);
      const result = await vscode.commands.executeCommand<ReplayOutcome | undefined>('twiml.replayWebhook', {
        url: app.url,
        sample: 'sms',
        method,
      });
      assert.ok(result, 'twiml.replayWebhook returns its result when called with arguments');
      assert.equal(result.status, 200, `status; body: ${result.body}`);
      assert.ok(result.body?.includes(ROBOTS), `the reply contains the robots message; got ${result.body}`);

      const seen = await app.last();
      assert.ok(seen, 'the app recorded the request');
      assert.equal(seen.method, method);
      assert.equal(seen.signatureValid, true, `X-Twilio-Signature validates with the token (url seen: ${seen.url})`);
      assert.match(seen.params.MessageSid ?? '', /^SM[0-9a-f]{32}$/);
      assert.match(seen.params.AccountSid ?? '', /^AC[0-9a-f]{32}$/);
      assert.match(seen.params.From ?? '', /^\+[1-9]\d{1,14}$/);
      assert.match(seen.params.To ?? '', /^\+[1-9]\d{1,14}$/);
      assert.ok(result.signature, 'the result carries the signature it sent');

      // The reply opens as a TwiML document and the preview draws it as a message bubble.
      const extension = await activateExtension();
      const bubble = await waitFor(
        () =>
          extension.exports
            .getLastPreviewModel()
            ?.messaging.find((step) => step.kind === 'message' && step.body === ROBOTS),
        'the preview to show the robots reply',
      );
      assert.equal(bubble.kind, 'message');
      const reply = vscode.workspace.textDocuments.find(
        (document) => document.languageId === 'twiml' && document.getText().includes(ROBOTS),
      );
      assert.ok(reply, 'the reply is open as a TwiML document');
      assert.equal(reply.uri.scheme, 'twiml-reply', 'a read-only reply document, not an untitled one');
      assert.ok(reply.uri.path.endsWith(` · 200 · reply.twiml`), reply.uri.path);
      assert.ok(!vscode.workspace.textDocuments.some((document) => document.isUntitled), 'nothing asks to be saved');
      // The preview's incoming bubble shows what was really sent.
      const api = extension.exports as unknown as { getSample(): { from: string; body: string } };
      assert.deepEqual(api.getSample(), { from: seen.params.From, body: seen.params.Body });
    });
  }
});
