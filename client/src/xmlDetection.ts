/**
 * `.xml` files whose root element is `<Response>` are TwiML: switch their language to `twiml`.
 * Other XML files are left alone. Only the first few kilobytes are looked at. A `.twiml` file
 * holding the twiml_template Ruby DSL becomes Ruby.
 */
import * as vscode from 'vscode';
import { looksLikeRubyDsl } from '../../shared/rubyDsl';

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
    } else if (document.languageId === 'twiml' && looksLikeRubyDsl(document.getText())) {
      // The twiml_template gem's Ruby DSL in a .twiml file: Ruby, coloured as such when VS Code has Ruby.
      void vscode.languages.getLanguages().then((ids) => {
        if (ids.includes('ruby')) void vscode.languages.setTextDocumentLanguage(document, 'ruby');
      });
    }
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
