import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, resetEditors, waitFor } from './helpers';

/** A completion item's label as plain text without angle brackets. */
function labelOf(item: vscode.CompletionItem): string {
  const label = typeof item.label === 'string' ? item.label : item.label.label;
  return label.replace(/^</, '').replace(/>$/, '');
}

suite('Completion', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('inside <Response> after "<", Message is offered', async () => {
    const uri = fixtureUri('completion.twiml');
    const editor = await openFixture('completion.twiml');
    const line = editor.document.lineAt(2);
    const position = new vscode.Position(2, line.text.indexOf('<') + 1);
    // The server may still be starting: ask again until it answers with elements.
    const labels = await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        position,
        '<',
      );
      // Word-based suggestions (kind Text) would offer "Message" from other open files; skip them.
      const found = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Text).map(labelOf);
      return found.includes('Message') ? found : undefined;
    }, 'a completion list containing Message');
    assert.ok(labels.includes('Redirect'), `Redirect is offered too; got ${labels.join(', ')}`);
  });
});
