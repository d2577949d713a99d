import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, resetEditors, waitForDiagnostic } from './helpers';

/** The part of the extension's API this suite uses. */
interface ReplyApi {
  showReplyDocument(
    reply: { method: string; url: string; status?: number; body: string },
    options?: { preserveFocus?: boolean },
  ): Promise<vscode.TextDocument>;
}

suite('Reply documents', () => {
  teardown(resetEditors);

  test('a reply opens read-only, named after its request, as TwiML the server validates', async () => {
    const extension = await activateExtension();
    const api = extension.exports as unknown as ReplyApi;
    const document = await api.showReplyDocument({
      method: 'POST',
      url: 'http://localhost:5000/sms?x=1',
      status: 200,
      body: '<Response><Message></Message></Response>',
    });
    assert.equal(document.uri.scheme, 'twiml-reply');
    assert.equal(document.languageId, 'twiml');
    assert.equal(document.isUntitled, false, 'never an Untitled document that asks to be saved');
    assert.equal(document.isDirty, false);
    assert.ok(document.uri.path.endsWith('/POST \u2215sms · 200 · reply.twiml'), document.uri.path);
    const tab = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find(
        (candidate) =>
          candidate.input instanceof vscode.TabInputText && candidate.input.uri.toString() === document.uri.toString(),
      );
    assert.equal(tab?.label, 'POST \u2215sms · 200 · reply.twiml');

    // The language server validates it: an empty <Message> is 14103.
    await waitForDiagnostic(document.uri, 'message-empty');

    // Read-only where the user types: typing into its editor changes nothing and leaves it clean.
    await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(document.getText(), '<Response><Message></Message></Response>');
    assert.equal(document.isDirty, false);

    // A second reply with the same request is a new document; the first stays addressable.
    const second = await api.showReplyDocument({
      method: 'POST',
      url: 'http://localhost:5000/sms',
      status: 200,
      body: '<Response/>',
    });
    assert.notEqual(second.uri.toString(), document.uri.toString());
    const again = await vscode.workspace.openTextDocument(document.uri);
    assert.equal(again.getText(), '<Response><Message></Message></Response>');
  });
});
