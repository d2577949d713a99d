/**
 * Turns a lexer's tokens into the virtual document: shared by every template syntax, so the
 * block structure, whitespace control and unbalanced tags are handled once.
 */
import { VirtualDocumentBuilder, type EmbeddedDocument } from '../virtualDocument';
import type { BlockAction, TagToken, TemplateToken, Trim } from './templateTokens';

interface OpenEntry {
  kind: 'loop' | 'branch' | 'case' | 'none';
  name?: string;
  /** Whether the builder has a block open for this entry (a `case` has none until its first `when`). */
  opened: boolean;
}

/**
 * Follows the template's blocks and mirrors the loop/branch ones on the builder. A block's span
 * is its content only: an arm ends before the `else` tag and the next starts after it (closing
 * and reopening rather than {@link VirtualDocumentBuilder.nextArm}, which would count the
 * `else` statement's space into one of the arms). Stray closes and arms are ignored; a close
 * naming an outer block (`{% endfor %}` while an `if` is open) closes what is left open inside.
 */
class BlockTracker {
  private readonly stack: OpenEntry[] = [];

  constructor(private readonly builder: VirtualDocumentBuilder) {}

  /** Actions that end something: applied before the tag is written. */
  before(action: BlockAction): void {
    if (action.type === 'close') this.close(action.name);
    else if (action.type === 'arm') {
      const top = this.stack[this.stack.length - 1];
      if (top?.opened) {
        this.builder.closeBlock();
        top.opened = false;
      }
    }
  }

  /** Actions that start something: applied after the tag is written. */
  after(action: BlockAction): void {
    if (action.type === 'open') {
      const opened = action.kind === 'loop' || action.kind === 'branch';
      if (opened) this.builder.openBlock(action.kind as 'loop' | 'branch');
      this.stack.push({ kind: action.kind, name: action.name, opened });
    } else if (action.type === 'arm') {
      const top = this.stack[this.stack.length - 1];
      // An `else` of a `with` or `block` (none) has no arms to track.
      if (!top || top.kind === 'none') return;
      this.builder.openBlock('branch');
      top.opened = true;
      top.kind = top.kind === 'case' ? 'case' : 'branch';
    }
  }

  private close(name: string | undefined): void {
    let index = this.stack.length - 1;
    if (name !== undefined) while (index >= 0 && this.stack[index].name !== name) index--;
    if (index < 0) return;
    while (this.stack.length > index) {
      const entry = this.stack.pop()!;
      if (entry.opened) this.builder.closeBlock();
    }
  }
}

const TRIMMED: Record<Trim, RegExp> = { all: /[ \t\r\n]/, blanks: /[ \t]/, newline: /[\r\n]/ };

/** Narrows the text tokens next to whitespace-control markers, as the template engine would. */
function applyTrims(text: string, tokens: TemplateToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'output' && token.type !== 'statement') continue;
    const before = tokens[i - 1];
    if (token.trimBefore && before?.type === 'text') {
      while (before.end > before.start && TRIMMED[token.trimBefore].test(text[before.end - 1])) before.end--;
    }
    const after = tokens[i + 1];
    if (token.trimAfter === 'newline' && after?.type === 'text') {
      // ERB's `-%>` removes the line break that ends the tag's line, nothing more.
      if (text.startsWith('\r\n', after.start)) after.start += 2;
      else if (text[after.start] === '\n') after.start += 1;
    } else if (token.trimAfter && after?.type === 'text') {
      while (after.start < after.end && TRIMMED[token.trimAfter].test(text[after.start])) after.start++;
    }
  }
}

/** The virtual document of `text` read as `tokens` (host order, covering any part of it). */
export function emitTemplate(text: string, tokens: TemplateToken[]): EmbeddedDocument {
  const builder = new VirtualDocumentBuilder('template');
  const blocks = new BlockTracker(builder);
  applyTrims(text, tokens);
  for (const token of tokens) {
    if (token.type === 'text') builder.verbatim(text.slice(token.start, token.end), token.start);
    else if (token.type === 'decoded') builder.decoded(token.text, token.start, token.end);
    else writeTag(builder, blocks, token);
  }
  return builder.build();
}

function writeTag(builder: VirtualDocumentBuilder, blocks: BlockTracker, token: TagToken): void {
  for (const action of token.actions ?? []) blocks.before(action);
  if (token.type === 'output') builder.placeholder(token.start, token.end, token.expression);
  // A statement before anything was written (`{% load %}`, `<?php header(...) ?>`) writes nothing
  // in the output; its space would put text before an XML declaration that is not there.
  else if (builder.currentText.length > 0) builder.statement(token.start, token.end, token.expression);
  for (const action of token.actions ?? []) blocks.after(action);
}
