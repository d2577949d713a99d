/**
 * The Conversation panel's HTML. Pure (no `vscode`), the preview's security model: a strict CSP
 * with one nonce'd script, styles from the extension only, images over http(s) only (reply media),
 * and the initial state as escaped JSON in an attribute, never an inline script.
 */
import { buildWebviewHtml, createNonce } from '../preview/html';

export { createNonce };

/** Inputs of {@link buildConversationHtml}; URIs already converted with `asWebviewUri`. */
export interface ConversationHtmlInput {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** `media/bubbles.css`, the bubble colours shared with the preview. */
  bubbleStyleUri?: string;
  nonce: string;
  /** Any JSON-serialisable state the webview starts from. */
  state: unknown;
}

/** The page. Throws on a nonce that would break the CSP. */
export function buildConversationHtml(input: ConversationHtmlInput): string {
  return buildWebviewHtml({ ...input, title: 'TwiML Conversation', root: '<div id="phone-root"></div>' });
}
