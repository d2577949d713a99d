/**
 * Keeps the latest tree-sitter tree of each host file and re-parses incrementally: the edit is
 * the span between the common prefix and the common suffix of the old and new text, so a
 * keystroke in a 5,000-line file re-parses in a few milliseconds instead of ~30.
 * Trees live in WebAssembly memory and must be deleted: {@link CodeTrees.delete} on close.
 */
import type { Point, Tree } from '@vscode/tree-sitter-wasm';
import { parserFor, type CodeLanguage } from './treeSitter';

interface Entry {
  language: CodeLanguage;
  text: string;
  tree: Tree;
}

/** Trees by document key (URI), one per document. */
export class CodeTrees {
  private readonly entries = new Map<string, Entry>();

  /** The tree of `text`, or undefined while the grammar is not loaded (or the parse failed). */
  parse(key: string, language: CodeLanguage, text: string): Tree | undefined {
    const parser = parserFor(language);
    if (!parser) return undefined;
    const previous = this.entries.get(key);
    if (previous && previous.language === language && previous.text === text) return previous.tree;
    let old: Tree | undefined;
    if (previous && previous.language === language) {
      old = previous.tree;
      old.edit(editBetween(previous.text, text));
    }
    const tree = parser.parse(text, old) ?? undefined;
    if (previous) previous.tree.delete();
    if (!tree) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.set(key, { language, text, tree });
    return tree;
  }

  /** Frees the tree of a closed document. */
  delete(key: string): void {
    this.entries.get(key)?.tree.delete();
    this.entries.delete(key);
  }

  /** Frees every tree. */
  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key);
  }
}

/** The single edit turning `before` into `after`, for `Tree.edit`. */
export function editBetween(before: string, after: string) {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  return {
    startIndex: prefix,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, prefix),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  };
}

/** Row and column (UTF-16 units, as web-tree-sitter counts them) of an offset. */
function pointAt(text: string, offset: number): Point {
  let row = 0,
    lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}
