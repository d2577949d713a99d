// Bundles the extension client, the language server, the CLI linter, the twiml-sim CLI and the preview webview
// script with esbuild. `--watch` rebuilds on change. Type checking is `npm run typecheck`.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { generateGrammar } from './generate-grammar.mjs';
import { wasmFiles } from './hostLanguages.mjs';

const watch = process.argv.includes('--watch');
/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, sourcemap: true, minify: !watch, logLevel: 'info', legalComments: 'none' };

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['server/src/cli/lint.ts'],
    outfile: 'dist/twiml-lint.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['webhook/src/sim/cli.ts'],
    outfile: 'dist/twiml-sim.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: ['client/conversation-src/index.ts'],
    outfile: 'dist/conversation.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: ['client/preview-src/index.ts'],
    outfile: 'dist/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

/**
 * The tree-sitter runtime and the grammars of the host languages (read by
 * server/src/embedded/code/treeSitter.ts from dist/wasm/): copied, not bundled. The list comes
 * from the host-language table.
 */
const WASM_FILES = wasmFiles();

function copyWasm() {
  const source = path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'));
  fs.mkdirSync('dist/wasm', { recursive: true });
  for (const file of WASM_FILES) fs.copyFileSync(path.join(source, file), path.join('dist/wasm', file));
}

copyWasm();
// The grammar's verb and noun lists come from the schema (see scripts/generate-grammar.mjs).
if (await generateGrammar()) console.log('syntaxes/twiml.tmLanguage.json: element names updated from the schema');
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
