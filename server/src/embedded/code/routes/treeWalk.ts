/**
 * One pass over a syntax tree with a tree cursor (no node arrays allocated per level), collecting
 * the nodes of the types a route finder asks for. Strings and comments are not entered: nothing a
 * finder looks for lives inside them, and a route written in a docstring is not a route.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { Range } from 'vscode-languageserver-types';

/** Node types never entered (their text is data, not code). */
const OPAQUE: ReadonlySet<string> = new Set(['string', 'template_string', 'comment', 'concatenated_string']);

/** The nodes of `types` in document order, grouped by type. */
export function collectNodes(tree: Tree, types: ReadonlySet<string>): Map<string, Node[]> {
  const found = new Map<string, Node[]>();
  const cursor = tree.walk();
  try {
    for (;;) {
      const type = cursor.nodeType;
      if (types.has(type)) {
        let list = found.get(type);
        if (!list) found.set(type, (list = []));
        list.push(cursor.currentNode);
      }
      if (!OPAQUE.has(type) && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return found;
    }
  } finally {
    cursor.delete();
  }
}

/** The LSP range of a node (web-tree-sitter counts columns in UTF-16 units, as LSP does). */
export function rangeOf(node: Node): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** The named children of `node` (web-tree-sitter types them as possibly null). */
export function namedChildrenOf(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
}
