/**
 * Settings shared by every preview panel: its type, webview options, title and icon.
 */
import * as vscode from 'vscode';

/** The webview panel type, also the serializer's key. */
export const PREVIEW_VIEW_TYPE = 'twiml.preview';

/** Language id of the documents a preview follows. */
export const TWIML_LANGUAGE_ID = 'twiml';

/** Webview options: scripts on, command URIs off, local files only from dist/ and media/. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** "Preview reply.twiml". */
export function previewTitle(uri: vscode.Uri): string {
  return `Preview ${uri.path.split('/').pop() || uri.toString()}`;
}

/** Applies options, title and icon; a panel restored after a reload keeps no options, so always. */
export function setUpPanel(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, resource: vscode.Uri): void {
  panel.webview.options = previewWebviewOptions(extensionUri);
  panel.title = previewTitle(resource);
  panel.iconPath = {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'preview-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'preview-dark.svg'),
  };
}
