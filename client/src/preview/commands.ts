/**
 * The preview commands `twiml.showPreview` and `twiml.showPreviewToSide`.
 */
import * as vscode from 'vscode';
import type { PreviewManager } from './previewManager';

/**
 * Registers both preview commands. Each takes an optional `Uri` (the editor title button passes
 * one) and otherwise previews the active editor's document.
 */
export function registerPreviewCommands(manager: PreviewManager): vscode.Disposable {
  const show = (toSide: boolean) => (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Open a TwiML file to preview its reply.');
      return;
    }
    manager.showPreview(target, { toSide });
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('twiml.showPreview', show(false)),
    vscode.commands.registerCommand('twiml.showPreviewToSide', show(true)),
  );
}
