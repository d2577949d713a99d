/**
 * Entry point of the preview feature for `extension.ts`.
 */
import type * as vscode from 'vscode';
import type { ModelProvider } from './preview';
import { PreviewManager, type PreviewContext } from './previewManager';
import type { SettingsChange } from '../settings';

export type { ModelProvider } from './preview';
export { previewCommands } from './commands';
export { PreviewManager, type PreviewPanelInfo, type ShowPreviewOptions } from './previewManager';
export type { SampleMessage } from '../../../shared/previewMessages';

/**
 * Creates the preview manager (which registers the panel serializer, so call this during
 * activation), disposed with the extension. Its commands are `previewCommands` (./commands),
 * registered with the others by commands/registry.ts.
 */
export function activatePreview(
  context: PreviewContext & Pick<vscode.ExtensionContext, 'subscriptions'>,
  onSettingsChange: vscode.Event<SettingsChange>,
  getModel: ModelProvider,
): PreviewManager {
  const manager = new PreviewManager(context, getModel, onSettingsChange);
  context.subscriptions.push(manager);
  return manager;
}
