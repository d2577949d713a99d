import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
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
});
