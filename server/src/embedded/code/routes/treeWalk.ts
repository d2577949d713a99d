/**
 * Node searches shared by the route finders. They run inside tree-sitter (a query, or
 * `descendantsOfType`), not node by node from JavaScript, and a query hands back only the nodes
 * shaped like a route: on a 5,000-line file without routes that is a few milliseconds, where
 * walking every node from JavaScript took ~50. Strings and comments hold no call or decorator
 * nodes, so a route written in a docstring or a comment is never found.
 */
import { Query, type Language, type Node, type Tree } from '@vscode/tree-sitter-wasm';
import type { Range } from 'vscode-languageserver-types';

/** The nodes of `types` under `root` (a tree or a node) in document order, grouped by type. */
export function collectNodes(root: Tree | Node, types: ReadonlySet<string>): Map<string, Node[]> {
  const found = new Map<string, Node[]>();
  const node = 'rootNode' in root ? root.rootNode : root;
  for (const match of node.descendantsOfType([...types])) {
    if (!match) continue;
    let list = found.get(match.type);
    if (!list) found.set(match.type, (list = []));
    list.push(match);
  }
  return found;
}

/** Compiled queries by grammar and source: compiling takes longer than running. */
const compiled = new WeakMap<Language, Map<string, Query>>();

/**
 * The nodes `source` (a tree-sitter query) captures in `tree`, grouped by capture name, in
 * document order. The query must only name node types of the tree's grammar.
 */
export function queryNodes(tree: Tree, source: string): Map<string, Node[]> {
  let queries = compiled.get(tree.language);
  if (!queries) compiled.set(tree.language, (queries = new Map()));
  let query = queries.get(source);
  if (!query) queries.set(source, (query = new Query(tree.language, source)));
  const found = new Map<string, Node[]>();
  for (const capture of query.captures(tree.rootNode)) {
    let list = found.get(capture.name);
    if (!list) found.set(capture.name, (list = []));
    list.push(capture.node);
  }
  return found;
}

/** The LSP range of a node (web-tree-sitter counts columns in UTF-16 units, as LSP does). */
export function rangeOf(node: Node): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** The named children of `node`, comments left out (web-tree-sitter types them as possibly null). */
export function namedChildrenOf(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
}
