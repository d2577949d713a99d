import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  fixtureUri,
  openFixture,
  resetEditors,
  twimlDiagnostics,
  waitFor,
  waitForDiagnostic,
} from './helpers';

suite('TwiML in code', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a Flask f-string reply: case error on its line, the quick fix edits the Python, the preview opens beside', async () => {
    const uri = fixtureUri('flask_reply.py');
    const editor = await openFixture('flask_reply.py');
    assert.equal(editor.document.languageId, 'python');
    const diagnostic = await waitForDiagnostic(uri, 'element-case');
    assert.equal(diagnostic.range.start.line, 11, 'the <message> of the f-string is on line 12');
    assert.equal(editor.document.getText(diagnostic.range), 'message');
    assert.ok(
      !twimlDiagnostics(uri).some((d) => codeOf(d) === 'invalid-attribute-value'),
      'the interpolated to= is not an invalid number',
    );

    const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
      20,
    );
    const fixes = actions.filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
    const fix = fixes.find((action) => action.title === 'Change to <Message>');
    assert.ok(fix?.edit, `no quick fix offered; got: ${actions.map((action) => action.title).join(', ') || 'nothing'}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor(
      () => editor.document.getText().includes(`<Message to="{request.values.get('From')}">You said: {body}</Message>`),
      'the f-string to read <Message ...>...</Message>',
    );
    await waitFor(() => !twimlDiagnostics(uri).some((d) => codeOf(d) === 'element-case'), 'the case error to go away');

    editor.selection = new vscode.Selection(11, 10, 11, 10);
    await vscode.commands.executeCommand('twiml.showPreviewToSide');
    const api = (await activateExtension()).exports as {
      getLastPreviewModel():
        | { uri: string; messaging: Array<{ kind: string; body?: string }>; placeholders?: Array<{ label: string }> }
        | undefined;
      activePreviewPanels(): Array<{ uri: string; viewColumn: vscode.ViewColumn | undefined }>;
    };
    const model = await waitFor(() => {
      const last = api.getLastPreviewModel();
      return last && last.uri === uri.toString() && last.messaging.length > 0 ? last : undefined;
    }, 'the preview to show the f-string reply');
    assert.equal(model.messaging[0].kind, 'message');
    assert.deepEqual(
      model.placeholders?.map((p) => p.label),
      ["{request.values.get('From')}", '{body}'],
    );
    const tab = await waitFor(
      () =>
        vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .find(
            (candidate) =>
              candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.includes('twiml.preview'),
          ),
      'a twiml.preview webview tab',
    );
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'the preview opened beside the Python editor');
    assert.ok(api.activePreviewPanels().some((panel) => panel.uri === uri.toString()));
  });

  test('a .twiml file holding the twiml_template Ruby DSL becomes Ruby and gets no TwiML findings', async () => {
    const uri = fixtureUri('twiml-template-dsl.twiml');
    await openFixture('twiml-template-dsl.twiml');
    await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'ruby'),
      'the DSL file to be Ruby',
    );
    assert.deepEqual(twimlDiagnostics(uri), []);
  });
});

suite('TwiML in code: fragments and host comments', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a helper returning half a reply gets nothing; "Disable for this line" writes a Python comment above the statement', async () => {
    const uri = fixtureUri('ivr_helpers.py');
    const editor = await openFixture('ivr_helpers.py');
    const diagnostic = await waitForDiagnostic(uri, 'element-case');
    assert.equal(diagnostic.range.start.line, 14, 'the <say> of the triple-quoted f-string');
    assert.deepEqual(
      twimlDiagnostics(uri).map((d) => codeOf(d)),
      ['element-case'],
      'the fragment of gather_start() is not "never closed"',
    );

    const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
      20,
    );
    const disable = actions.find(
      (action): action is vscode.CodeAction =>
        action.title === 'Disable element-case for this line' && 'edit' in action,
    );
    assert.ok(disable?.edit, `no disable fix; got: ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    await waitFor(
      () => editor.document.lineAt(13).text === '    # twiml-disable-next-line element-case',
      'the Python comment above the return',
    );
    assert.equal(editor.document.lineAt(14).text, '    return f"""<Response>', 'the string itself is untouched');
    await waitFor(() => (twimlDiagnostics(uri).length === 0 ? true : undefined), 'the comment to silence the finding');
  });
});
