import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  fixtureUri,
  openFixture,
  resetEditors,
  waitFor,
  waitForDiagnostic,
} from './helpers';

suite('Quick fixes', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('the element-case quick fix renames <message> to <Message>', async () => {
    const uri = fixtureUri('quick-fix.twiml');
    const editor = await openFixture('quick-fix.twiml');
    const diagnostic = await waitForDiagnostic(uri, 'element-case');
    const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
      20,
    );
    // Commands come back as plain `Command`s, whose `command` is a string; code actions carry an object there.
    const fixes = actions.filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
    const fix = fixes.find((action) => action.diagnostics?.some((d) => codeOf(d) === 'element-case')) ?? fixes[0];
    assert.ok(fix, `no quick fix offered; got: ${actions.map((action) => action.title).join(', ') || 'nothing'}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the fix edit applies');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const text = await waitFor(() => {
      const current = editor.document.getText();
      return current.includes('<Message>') && !current.includes('<message>') ? current : undefined;
    }, 'the document to contain <Message> instead of <message>');
    assert.match(text, /<Message>The quick fix renames this to Message\.<\/Message>/);
  });
});
