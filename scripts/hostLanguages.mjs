// The host-language table (shared/hostLanguages.json, typed by shared/hostLanguages.ts) as the
// build scripts read it: they run before anything is compiled, so they read the JSON itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const TABLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../shared/hostLanguages.json');

/** @returns {{ name: string, code?: { grammar: string } }[]} the rows of the table */
export function hostLanguages() {
  return JSON.parse(fs.readFileSync(TABLE, 'utf8'));
}

/**
 * The WebAssembly files the server loads from dist/wasm/: the tree-sitter runtime and the grammar
 * of each host language parsed with it.
 * @returns {string[]}
 */
export function wasmFiles() {
  const grammars = hostLanguages().flatMap((row) => (row.code ? [row.code.grammar] : []));
  return ['tree-sitter.wasm', ...grammars];
}
