/**
 * The preview commands `twiml.showPreview` and `twiml.showPreviewToSide`.
 */
import type { CommandHandlers } from '../commands/registry';
import type { VscodePort } from '../commands/port';
import type { PreviewManager } from './previewManager';

/**
 * The handlers of both preview commands. Each takes an optional `Uri` (the editor title button
 * passes one) and otherwise previews the active editor's document.
 */
export function previewCommands(
  vscode: VscodePort,
  manager: Pick<PreviewManager, 'showPreview'>,
): CommandHandlers<'preview'> {
  const show = (toSide: boolean) => (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Open a TwiML file to preview its reply.');
      return;
    }
    manager.showPreview(target, { toSide });
  };
  return { 'twiml.showPreview': show(false), 'twiml.showPreviewToSide': show(true) };
}
