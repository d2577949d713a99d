/**
 * The Conversation panel's HTML. Pure (no `vscode`), the preview's security model: a strict CSP
 * with one nonce'd script, styles from the extension only, images over http(s) only (reply media),
 * and the initial state as escaped JSON in an attribute, never an inline script.
 */
import { createNonce, escapeAttribute, previewCsp } from '../preview/html';

export { createNonce };

/** Inputs of {@link buildConversationHtml}; URIs already converted with `asWebviewUri`. */
export interface ConversationHtmlInput {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** Any JSON-serialisable state the webview starts from. */
  state: unknown;
}

/** The page. Throws on a nonce that would break the CSP. */
export function buildConversationHtml(input: ConversationHtmlInput): string {
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(input.nonce)) throw new Error('invalid CSP nonce');
  const attr = escapeAttribute;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(input.cspSource, input.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${attr(input.styleUri)}">`,
    '<title>TwiML Conversation</title>',
    '</head>',
    `<body data-state="${attr(JSON.stringify(input.state))}">`,
    '<div id="phone-root"></div>',
    `<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
