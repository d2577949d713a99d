/**
 * The pieces of the VS Code API the commands use, as one injected port: extension.ts passes the
 * real `vscode` module, unit tests a fake (test/fixtures/replay/fakeVscode.ts). A command module
 * imports `vscode` for types only, so it loads outside VS Code without patching `require`.
 * Command modules name the port parameter `vscode`, so their calls read as the API's own.
 */
import type * as vscode from 'vscode';

/** A narrow view of the `vscode` module; the module itself satisfies it. */
export interface VscodePort {
  readonly commands: Pick<typeof vscode.commands, 'registerCommand' | 'executeCommand'>;
  readonly window: Pick<
    typeof vscode.window,
    | 'activeTextEditor'
    | 'showInformationMessage'
    | 'showWarningMessage'
    | 'showErrorMessage'
    | 'showInputBox'
    | 'showQuickPick'
    | 'setStatusBarMessage'
    | 'withProgress'
  >;
  readonly workspace: Pick<typeof vscode.workspace, 'getConfiguration'>;
  readonly env: Pick<typeof vscode.env, 'openExternal'>;
  readonly Uri: typeof vscode.Uri;
  readonly ProgressLocation: typeof vscode.ProgressLocation;
  readonly InputBoxValidationSeverity: typeof vscode.InputBoxValidationSeverity;
}
