import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { revealLine } from '../../client/src/preview/reveal';
import { activateExtension, fixtureUri, openFixture, replaceAll, resetEditors, waitFor } from './helpers';

/** The open preview tab: a webview tab whose view type ends with twiml.preview. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('twiml.preview'));
}

suite('Preview', () => {
  teardown(resetEditors);

  test('opens beside the editor and follows edits', async () => {
    const extension = await activateExtension();
    const api = extension.exports;
    assert.equal(typeof api?.getLastPreviewModel, 'function', 'activate() exports getLastPreviewModel()');
    const uri = fixtureUri('preview.twiml');
    const editor = await openFixture('preview.twiml');

    await vscode.commands.executeCommand('twiml.showPreviewToSide');
    const tab = await waitFor(previewTab, 'a twiml.preview webview tab');
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'the preview opened beside the editor');

    const firstBody = () => {
      const model = api.getLastPreviewModel();
      if (!model || vscode.Uri.parse(model.uri).toString() !== uri.toString()) return undefined;
      const step = model.messaging[0];
      return step?.kind === 'message' ? step.body : undefined;
    };
    await waitFor(
      () => firstBody() === 'Original preview text',
      () => `the preview model of preview.twiml (last body: ${firstBody()})`,
    );

    const edited = editor.document.getText().replace('Original preview text', 'Edited while the preview is open');
    await replaceAll(editor.document, edited);
    await waitFor(
      () => firstBody() === 'Edited while the preview is open',
      () => `the preview to follow the edit (last body: ${firstBody()})`,
    );
  });

  // The webview's own half (keys typed into the sample bubble never bubble up to VS Code's
  // keybinding forwarding) is in test/unit/preview-events.test.ts: this suite cannot type into
  // a webview's DOM. This is the host's half: a message from the preview never moves the focus.
  test('a click in the preview reveals the line without taking the focus from the preview', async () => {
    await activateExtension();
    const editor = await openFixture('preview.twiml');
    const before = editor.document.getText();
    // Focus the preview, as a click into its sample bubble does.
    await vscode.commands.executeCommand('twiml.showPreviewToSide');
    const isPreviewActive = () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab?.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('twiml.preview');
    };
    await waitFor(isPreviewActive, 'the preview to be the active tab');

    // What the host does on the webview's 'reveal' message.
    await revealLine(editor.document.uri, 1, vscode.ViewColumn.Two);
    assert.ok(isPreviewActive(), 'the preview keeps the focus (keys in flight stay in the webview)');
    assert.equal(vscode.window.activeTextEditor, undefined, 'no text editor took the focus');
    const shown = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === editor.document.uri.toString(),
    );
    assert.equal(shown?.selection.active.line, 1, 'the line is revealed in the source editor');

    // Keys at machine speed right after: select all and type go nowhere near the TwiML document.
    await vscode.commands.executeCommand('editor.action.selectAll');
    await vscode.commands.executeCommand('type', { text: 'typed fast' });
    assert.equal(editor.document.getText(), before, 'the TwiML document is unchanged');
    assert.equal(editor.document.isDirty, false, 'and not dirty');
  });

  test('changing twiml.dialect re-renders the open preview under the new dialect', async () => {
    const api = (await activateExtension()).exports;
    const uri = fixtureUri('preview.twiml');
    await openFixture('preview.twiml');
    await vscode.commands.executeCommand('twiml.showPreviewToSide');
    const shownDialect = () => {
      const model = api.getLastPreviewModel();
      return model && vscode.Uri.parse(model.uri).toString() === uri.toString() ? model.dialect : undefined;
    };
    await waitFor(
      () => shownDialect() === 'messaging',
      () => `the messaging preview (shown: ${shownDialect()})`,
    );
    const config = vscode.workspace.getConfiguration('twiml');
    try {
      // No edit, no editor switch: only the setting changes.
      await config.update('dialect', 'voice', vscode.ConfigurationTarget.Global);
      await waitFor(
        () => shownDialect() === 'voice',
        () => `the preview redrawn as a call script (shown: ${shownDialect()})`,
      );
      assert.ok((api.getLastPreviewModel()?.voice.length ?? 0) > 0, 'the call script has steps');
    } finally {
      await config.update('dialect', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(
      () => shownDialect() === 'messaging',
      () => `back to messaging (shown: ${shownDialect()})`,
    );
  });
});
