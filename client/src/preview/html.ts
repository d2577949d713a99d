/**
 * Builds the preview webview's HTML. Pure (no `vscode` import) so it can be unit-tested.
 *
 * Security model, after VS Code's markdown preview: `default-src 'none'`, the one script allowed
 * by a fresh crypto nonce, styles and fonts only from the extension (`webview.cspSource`, so no
 * inline `style` attributes either), images only over http(s). The initial state travels as
 * HTML-attribute-escaped JSON in `data-state`, never as an inline script.
 */
import { randomBytes } from 'node:crypto';
import type { InitialState } from '../../../shared/previewMessages';

/** Inputs of {@link buildPreviewHtml}; URIs are already converted with `webview.asWebviewUri`. */
export interface PreviewHtmlInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URI of `dist/preview.js`. */
  scriptUri: string;
  /** Webview URI of `media/preview.css`. */
  styleUri: string;
  /** Webview URI of `media/bubbles.css`, the bubble colours shared with the Conversation panel. */
  bubbleStyleUri?: string;
  /** From {@link createNonce}; a new one per render. */
  nonce: string;
  state: InitialState;
  /** Document title (shown to screen readers). */
  title: string;
}

/** A new 128-bit nonce, hex-encoded (hex needs no escaping anywhere). */
export function createNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The exact Content-Security-Policy of the preview. */
export function previewCsp(cspSource: string, nonce: string): string {
  return (
    `default-src 'none'; img-src https: http: ${cspSource}; style-src ${cspSource}; ` +
    `script-src 'nonce-${nonce}'; font-src ${cspSource};`
  );
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for a double-quoted HTML attribute value (also safe in text content). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);
}

/** Renders the page. Throws on a nonce that is not plain base64/hex, which would break the CSP. */
export function buildPreviewHtml(input: PreviewHtmlInput): string {
  return buildWebviewHtml({ ...input, root: '<main id="preview-root" aria-live="polite"></main>' });
}

/** What {@link buildWebviewHtml} needs: the page's inputs and its one root element. */
export interface WebviewHtmlInput {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** A second stylesheet, linked after the page's own (the shared bubble colours). */
  bubbleStyleUri?: string;
  nonce: string;
  /** Any JSON-serialisable state the webview starts from. */
  state: unknown;
  /** Document title (shown to screen readers). */
  title: string;
  /** The root element the webview script draws into, as markup we write (never user text). */
  root: string;
}

/**
 * The page of every webview of the extension (the preview, the Conversation panel) under the
 * security model above. Throws on a nonce that is not plain base64/hex, which would break the CSP.
 */
export function buildWebviewHtml(input: WebviewHtmlInput): string {
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
    ...(input.bubbleStyleUri ? [`<link rel="stylesheet" href="${attr(input.bubbleStyleUri)}">`] : []),
    `<title>${attr(input.title)}</title>`,
    '</head>',
    `<body data-state="${attr(JSON.stringify(input.state))}">`,
    input.root,
    `<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
