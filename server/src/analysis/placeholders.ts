/**
 * Placeholders and template blocks: how the analysis sees the parts of a TwiML document that a
 * host file fills in at run time. A placeholder is one character of Unicode's Private Use Area
 * (U+E000 + index): the scanner and the rules see a non-blank character they can recognise.
 * The readers of host files (`embedded/`) write them; the analysis and the rules consult them.
 * The webview's copy of the base (`PREVIEW_PLACEHOLDER_BASE` in shared/protocol.ts) is pinned to
 * this one by a unit test.
 */

/** First character of the placeholder range (Unicode Private Use Area). */
export const PLACEHOLDER_BASE = 0xe000;
/** How many distinct placeholder characters exist before they repeat. */
export const PLACEHOLDER_COUNT = 0x1900;

/** A template block: a loop body (may run 0..n times) or one arm of a conditional. */
export interface TemplateBlock {
  kind: 'loop' | 'branch';
  /** Virtual span of the block's content. */
  start: number;
  end: number;
}

/** True when `code` is a placeholder character. */
export function isPlaceholderCode(code: number): boolean {
  return code >= PLACEHOLDER_BASE && code < PLACEHOLDER_BASE + PLACEHOLDER_COUNT;
}

/** True when `text` holds at least one placeholder character. */
export function hasPlaceholder(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isPlaceholderCode(text.charCodeAt(i))) return true;
  return false;
}

/** The text without its placeholder characters. */
export function withoutPlaceholders(text: string): string {
  return hasPlaceholder(text) ? text.replace(/[\ue000-\uf8ff]/g, '') : text;
}
