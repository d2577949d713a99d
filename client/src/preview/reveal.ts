/**
 * Reveals a line of the previewed document when the user clicks a step in the preview.
 */
import * as vscode from 'vscode';

/**
 * Shows `uri` with the cursor on zero-based `line` (clamped to the document). Reuses a visible
 * editor of the document; otherwise opens one away from the preview's column so the preview
 * stays in view.
 *
 * The keyboard focus never moves: this runs on a message from the webview, and keys the user
 * types meanwhile (e.g. into the sample bubble just after a click) must keep going to the
 * webview. Taking focus here once sent a select-all and typing into the TwiML document.
 */
export async function revealLine(
  uri: vscode.Uri,
  line: number,
  previewColumn: vscode.ViewColumn | undefined,
): Promise<void> {
  const key = uri.toString();
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key);
  const editor = visible
    ? await vscode.window.showTextDocument(visible.document, { viewColumn: visible.viewColumn, preserveFocus: true })
    : await vscode.window.showTextDocument(uri, {
        viewColumn: previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One,
        preserveFocus: true,
      });
  const target = Math.min(Math.max(0, line), Math.max(0, editor.document.lineCount - 1));
  const start = new vscode.Position(target, editor.document.lineAt(target).firstNonWhitespaceCharacterIndex);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
