/**
 * Shared helpers of the real-VS-Code suite: bounded polling, fixtures, the extension's API and
 * diagnostics lookups. Everything that waits goes through {@link waitFor}; no fixed sleeps.
 */
import * as vscode from 'vscode';
import type { PreviewModel } from '../../shared/protocol';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'twiml-tools.twiml-tools';

/**
 * What the suite expects `activate()` to return. `getLastPreviewModel` is the model last posted
 * to a preview webview (what the user sees), so the suite can follow the preview without
 * reading the webview's DOM.
 */
export interface TwimlTestApi {
  getLastPreviewModel(): PreviewModel | undefined;
}

/**
 * Polls `probe` until it returns something other than undefined/false/null.
 * @param what described in the timeout error, so a failure says what never happened (a function
 *   is called at timeout, to describe the state then)
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string | (() => string),
  timeoutMs = 20_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      const description = typeof what === 'function' ? what() : what;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The extension under test, activated, with its exported API. */
export async function activateExtension(): Promise<vscode.Extension<TwimlTestApi>> {
  const extension = vscode.extensions.getExtension<TwimlTestApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded; is extensionDevelopmentPath the repo root?`);
  await extension.activate();
  return extension;
}

/** A file of the test workspace (a temporary copy of test/fixtures/workspace). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (test/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor of the first column. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** The open document for `uri`, as VS Code holds it now (a language change swaps the object). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** A diagnostic's code as a plain value (servers may send `{ value, target }` to link docs). */
export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? code.value : code;
}

/** Our server's diagnostics for `uri` (source `twiml`). */
export function twimlDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'twiml');
}

/** Waits for a `twiml` diagnostic with the given code on `uri`. */
export function waitForDiagnostic(uri: vscode.Uri, code: string, timeoutMs?: number): Promise<vscode.Diagnostic> {
  return waitFor(
    () => twimlDiagnostics(uri).find((diagnostic) => codeOf(diagnostic) === code),
    `a '${code}' diagnostic on ${uri.path}`,
    timeoutMs,
  );
}

/** Replaces the whole text of the editor's document (not saved). */
export async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${document.uri.path}`);
}

/**
 * Reverts unsaved changes and closes every editor, so tests do not see each other's edits and
 * no "save changes?" dialog can block the run.
 */
export async function resetEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Parses JSON with comments and trailing commas, as VS Code allows in .code-snippets files. */
export function parseJsonc(text: string): unknown {
  return JSON.parse(
    rewriteOutsideStrings(rewriteOutsideStrings(text, /\/\/[^\n]*|\/\*[\s\S]*?\*\//y, ''), /,(?=\s*[}\]])/y, ''),
  );
}

/** Replaces matches of the sticky `pattern` that start outside JSON string literals. */
function rewriteOutsideStrings(text: string, pattern: RegExp, replacement: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match) {
      out += replacement;
      i += match[0].length;
    } else {
      out += text[i++];
    }
  }
  return out;
}
