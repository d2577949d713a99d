/**
 * `.xml` files whose root element is `<Response>` are TwiML: switch their language to `twiml`.
 * Other XML files are left alone. Only the first few kilobytes are looked at.
 */
import * as vscode from 'vscode';

const ROOT_IS_RESPONSE = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<Response[\s>/]/;

/** True when `text` starts (after the declaration and comments) with a `<Response>` element. */
export function looksLikeTwiml(text: string): boolean {
  return ROOT_IS_RESPONSE.test(text.slice(0, 4096));
}

/** Switches matching XML documents to TwiML now and whenever one is opened. */
export function registerXmlDetection(): vscode.Disposable {
  const check = (document: vscode.TextDocument): void => {
    if (document.languageId === 'xml' && looksLikeTwiml(document.getText())) {
      void vscode.languages.setTextDocumentLanguage(document, 'twiml');
    }
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
