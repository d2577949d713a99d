/**
 * The language-neutral half of reading one string literal: its content as host spans of raw
 * text and holes (interpolations), indentation removal for heredocs and text blocks, and the
 * scan that turns raw text into verbatim runs, decoded escapes and format placeholders.
 * Each language supplies only a {@link Step}: what starts at a given offset of the raw text.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../virtualDocument';

/** A stretch of a literal's content: raw text to decode, or an interpolation. */
export type Piece =
  { kind: 'text'; start: number; end: number } | { kind: 'hole'; start: number; end: number; expression: string };

/** What a language reads at one offset of raw literal text. */
export type Token =
  { kind: 'decoded'; length: number; text: string } | { kind: 'placeholder'; length: number; expression: string };

/** Reads the token at `text[i]` (limited to `end`), or undefined for an ordinary character. */
export type Step = (text: string, i: number, end: number) => Token | undefined;

/** Writes the pieces to the builder; `step` decodes the raw text. */
export function emitPieces(b: VirtualDocumentBuilder, text: string, pieces: readonly Piece[], step: Step): void {
  for (const piece of pieces) {
    if (piece.kind === 'hole') b.placeholder(piece.start, piece.end, piece.expression);
    else emitRaw(b, text, piece.start, piece.end, step);
  }
}

/** Scans `text[start, end)`: ordinary characters are copied in runs, tokens are written whole. */
export function emitRaw(b: VirtualDocumentBuilder, text: string, start: number, end: number, step: Step): void {
  let run = start;
  let i = start;
  while (i < end) {
    const token = step(text, i, end);
    if (!token) {
      i++;
      continue;
    }
    b.verbatim(text.slice(run, i), run);
    const stop = Math.min(end, i + token.length);
    if (token.kind === 'decoded') b.decoded(token.text, i, stop);
    else b.placeholder(i, stop, token.expression);
    i = run = stop;
  }
  b.verbatim(text.slice(run, end), run);
}

/**
 * The content of a literal node between `start` and `end`: raw text around the children that
 * `isHole` picks (interpolations), each hole carrying its expression source.
 */
export function piecesOf(node: Node, start: number, end: number, hole: (child: Node) => Piece | undefined): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child || child.endIndex <= start || child.startIndex >= end) continue;
    const found = hole(child);
    if (!found) continue;
    if (found.start > at) pieces.push({ kind: 'text', start: at, end: found.start });
    pieces.push(found);
    at = found.end;
  }
  if (end > at) pieces.push({ kind: 'text', start: at, end });
  return pieces;
}

/** A hole spanning the child, whose expression is the child's text without `open`/`close` delimiters. */
export function holeOf(child: Node, text: string, open: number, close: number): Piece {
  return {
    kind: 'hole',
    start: child.startIndex,
    end: child.endIndex,
    expression: text.slice(child.startIndex + open, child.endIndex - close),
  };
}

const isBlank = (code: number): boolean => code === 32 || code === 9;

/**
 * Removes up to `indent` leading blanks from every line of the pieces (the first line included
 * when `firstLineStarts`), and, with `trimTrailing`, the blanks ending each line (Java text
 * blocks). Removed host characters simply map to nothing.
 */
export function dedent(
  pieces: readonly Piece[],
  text: string,
  indent: number,
  trimTrailing = false,
  firstLineStarts = true,
): Piece[] {
  const out: Piece[] = [];
  // Contiguous text stays one piece, so an escape before a line break (`\` newline) is read whole.
  const keep = (start: number, end: number): void => {
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.end === start) last.end = end;
    else out.push({ kind: 'text', start, end });
  };
  let atLineStart = firstLineStarts;
  for (const piece of pieces) {
    if (piece.kind === 'hole') {
      out.push(piece);
      atLineStart = false;
      continue;
    }
    let i = piece.start;
    while (i < piece.end) {
      if (atLineStart) {
        let skipped = 0;
        while (i < piece.end && skipped < indent && isBlank(text.charCodeAt(i))) {
          i++;
          skipped++;
        }
        if (i >= piece.end) break;
        atLineStart = false;
      }
      const newline = text.indexOf('\n', i);
      const lineEnd = newline < 0 || newline >= piece.end ? piece.end : newline;
      let keepEnd = lineEnd;
      if (trimTrailing && lineEnd < piece.end) {
        while (keepEnd > i && (isBlank(text.charCodeAt(keepEnd - 1)) || text.charCodeAt(keepEnd - 1) === 13)) keepEnd--;
      }
      if (keepEnd > i) keep(i, keepEnd);
      if (lineEnd < piece.end) {
        keep(lineEnd, lineEnd + 1);
        atLineStart = true;
      }
      i = lineEnd + 1;
    }
  }
  return out;
}

/** The smallest indentation of the non-blank lines of `text[start, end)` (blank lines do not count). */
export function commonIndent(
  text: string,
  start: number,
  end: number,
  counted: (lineStart: number) => boolean = () => true,
): number {
  let min = Infinity;
  let lineStart = start;
  while (lineStart <= end) {
    let i = lineStart;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const code = text.charCodeAt(i);
    if (i < end && code !== 10 && code !== 13 && counted(lineStart)) min = Math.min(min, i - lineStart);
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0 || newline >= end) break;
    lineStart = newline + 1;
  }
  return min === Infinity ? 0 : min;
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Blanks only between the line start and `offset`? */
export function onlyBlanksBefore(text: string, offset: number): boolean {
  for (let i = lineStartOf(text, offset); i < offset; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}
