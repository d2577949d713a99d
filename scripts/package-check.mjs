#!/usr/bin/env node
// Packages the VSIX with the project's own vsce and checks it: the files `vsce ls` reports are
// all on the allow-list (and the required ones are there), and the file is under 2 MB (issue 7/9).
// It prints what each part costs compressed, the figures of README's "Install size" table.
// Used by CI, by test/ui/vsix.test.ts, and by hand:
//   node scripts/package-check.mjs [--out FILE (default twiml-tools.vsix)] [--json]
// Run `npm run build` first. Exits 1 when a check fails.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { wasmFiles } from './hostLanguages.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The VSIX may hold these files and nothing else (mirrors .vscodeignore's allow-list). */
export const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^language-configuration\.json$/,
  /^images\/icon\.png$/,
  /^dist\/(client|server|preview|conversation)\.js$/,
  /^syntaxes\/[^/]+\.json$/,
  /^snippets\/[^/]+\.code-snippets$/,
  /^media\/[^/]+\.(css|svg)$/,
  // The tree-sitter runtime and the host languages' grammars, as the build copies them.
  new RegExp(
    `^dist/wasm/(${wasmFiles()
      .map((file) => file.replace(/\./g, '\\.'))
      .join('|')})$`,
  ),
];

/** Files the extension does not work without. */
export const REQUIRED = [
  'package.json',
  'README.md',
  'dist/client.js',
  'dist/server.js',
  'dist/preview.js',
  'dist/conversation.js',
  'syntaxes/twiml.tmLanguage.json',
  'snippets/twiml.code-snippets',
  'language-configuration.json',
  'images/icon.png',
  'dist/wasm/tree-sitter.wasm',
  'dist/wasm/tree-sitter-python.wasm',
];

/**
 * The VSIX must stay under 2 MB (decimal, as stores show sizes). The tree-sitter grammars of the
 * nine host languages are 12.6 MB of WebAssembly, 1.2 MB compressed (C# alone 5 MB raw), most of
 * the VSIX; `partsOf` says what the rest costs.
 */
export const MAX_BYTES = 2_000_000;

/**
 * Groups of VSIX entries, first match wins; the rows of README's "Install size" table.
 * @type {[string, RegExp][]}
 */
export const PARTS = [
  ['tree-sitter grammars and runtime (dist/wasm)', /^extension\/dist\/wasm\//],
  ['language client, preview and Conversation engines (dist/client.js)', /^extension\/dist\/client\.js$/],
  ['language server (dist/server.js)', /^extension\/dist\/server\.js$/],
  ['preview and Conversation webviews (dist/*.js, media/)', /^extension\/(dist\/(preview|conversation)\.js|media\/)/],
  ['README, CHANGELOG, LICENSE', /^extension\/(readme\.md|changelog\.md|LICENSE(\.txt)?)$/i],
  ['syntax highlighting, snippets, language configuration', /^extension\/(syntaxes|snippets)\/|language-configuration/],
  ['manifest, icon, VSIX metadata', /./],
];

/**
 * Compressed and raw bytes of each of {@link PARTS} in `vsix`, read from the zip's central
 * directory (no unzip tool needed).
 * @param {string} vsix
 * @returns {{ part: string, files: number, compressed: number, raw: number }[]}
 */
export function partsOf(vsix) {
  const zip = fs.readFileSync(vsix);
  // The end-of-central-directory record is the last 22 bytes unless the zip has a comment.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${vsix} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  const parts = PARTS.map(([part]) => ({ part, files: 0, compressed: 0, raw: 0 }));
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const row = parts[PARTS.findIndex(([, pattern]) => pattern.test(name))];
    row.files++;
    row.compressed += zip.readUInt32LE(at + 20);
    row.raw += zip.readUInt32LE(at + 24);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

function vsce(args) {
  const cli = createRequire(path.join(repoRoot, 'package.json')).resolve('@vscode/vsce/vsce');
  return execFileSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
}

/**
 * vsce rewrites README's relative links against the repository, but only detects GitHub and
 * GitLab by itself; for any other host it refuses to package, so hand it the base URLs.
 */
export function baseUrlArgs() {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!url || /github\.com|gitlab\.com/.test(url)) return [];
  const base = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return ['--baseContentUrl', `${base}/blob/HEAD/`, '--baseImagesUrl', `${base}/raw/HEAD/`];
}

/**
 * Packages the extension and reports on the result.
 * @param {{ out?: string }} [options] `out` is resolved against the repository root
 * @returns {{ vsix: string, size: number, files: string[], unexpected: string[], missing: string[], ok: boolean }}
 */
export function packageAndCheck(options = {}) {
  const vsix = path.resolve(repoRoot, options.out ?? 'twiml-tools.vsix');
  vsce(['package', '--no-dependencies', '--out', vsix, ...baseUrlArgs()]);
  const files = vsce(['ls', '--no-dependencies'])
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const size = fs.statSync(vsix).size;
  const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
  const missing = REQUIRED.filter((file) => !files.includes(file));
  return {
    vsix,
    size,
    files,
    unexpected,
    missing,
    ok: size < MAX_BYTES && unexpected.length === 0 && missing.length === 0,
  };
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const result = packageAndCheck({ out: outIndex >= 0 ? args[outIndex + 1] : undefined });
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    console.log(
      `VSIX: ${result.vsix}\nsize: ${result.size} bytes (${(result.size / 1e6).toFixed(2)} MB; limit ${MAX_BYTES / 1e6} MB)`,
    );
    console.log('what each part costs (compressed in the VSIX / raw):');
    for (const row of partsOf(result.vsix))
      console.log(`  ${row.part}: ${(row.compressed / 1000).toFixed(0)} kB / ${(row.raw / 1000).toFixed(0)} kB`);
    console.log(`files (vsce ls):\n  ${result.files.join('\n  ')}`);
    if (result.unexpected.length) console.log(`NOT ALLOWED: ${result.unexpected.join(', ')}`);
    if (result.missing.length) console.log(`MISSING: ${result.missing.join(', ')}`);
    console.log(result.ok ? 'package check passed' : 'package check FAILED');
  }
  process.exit(result.ok ? 0 : 1);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  try {
    main();
  } catch (error) {
    console.error(
      `[package-check] ${error instanceof Error ? `${error.message}${'stderr' in error && error.stderr ? `\n${error.stderr}` : ''}` : error}`,
    );
    process.exit(1);
  }
}
