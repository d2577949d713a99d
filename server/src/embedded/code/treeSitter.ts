/**
 * Loads tree-sitter (WebAssembly, from @vscode/tree-sitter-wasm: the grammars VS Code itself
 * ships) and one grammar per host language on first use. Pure WASM, so the same code can run in
 * a browser later. Loading is asynchronous; everything after it is synchronous, so the caller
 * asks {@link loadedLanguage} and, when it is not there yet, awaits {@link ensureLanguage} and
 * tries again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';
// Which file holds each language's grammar is a column of the host-language table.
import { GRAMMAR_FILE, type CodeLanguage } from '../../../../shared/hostLanguages';

/** The host languages read with a tree-sitter grammar. */
export type { CodeLanguage };

let runtime: Promise<void> | undefined;
const languages = new Map<CodeLanguage, Language>();
const loading = new Map<CodeLanguage, Promise<Language | undefined>>();
const failures = new Map<CodeLanguage, string>();

/**
 * Where the .wasm files are: next to the bundle (`dist/wasm/`, copied by the build) or, when
 * running from compiled tests, in the package itself.
 */
function wasmPath(file: string): string {
  const bundled = path.join(__dirname, 'wasm', file);
  if (fs.existsSync(bundled)) return bundled;
  return path.join(path.dirname(require.resolve(WASM_PACKAGE)), file);
}

/** Resolved at run time only (compiled tests); the bundle reads its own copy in dist/wasm/. */
const WASM_PACKAGE: string = '@vscode/tree-sitter-wasm';

function initRuntime(): Promise<void> {
  runtime ??= Parser.init({ locateFile: (file: string) => wasmPath(file) });
  return runtime;
}

/** Loads the grammar of `language` (once); resolves to undefined when it cannot be loaded. */
export function ensureLanguage(language: CodeLanguage): Promise<Language | undefined> {
  const known = languages.get(language);
  if (known) return Promise.resolve(known);
  let pending = loading.get(language);
  if (!pending) {
    pending = initRuntime()
      .then(() => Language.load(wasmPath(GRAMMAR_FILE[language])))
      .then((loaded) => {
        languages.set(language, loaded);
        return loaded;
      })
      .catch((error: unknown) => {
        failures.set(language, String(error));
        return undefined;
      });
    loading.set(language, pending);
  }
  return pending;
}

/** The grammar of `language` when it has finished loading. */
export function loadedLanguage(language: CodeLanguage): Language | undefined {
  return languages.get(language);
}

/** The grammars loaded so far (the bench and tests check that none loads before it is needed). */
export function loadedLanguages(): CodeLanguage[] {
  return [...languages.keys()];
}

/** Why a grammar could not be loaded, if it failed. */
export function loadFailure(language: CodeLanguage): string | undefined {
  return failures.get(language);
}

const parsers = new Map<CodeLanguage, Parser>();

/** A parser set to `language` (one per language, reused), or undefined before it is loaded. */
export function parserFor(language: CodeLanguage): Parser | undefined {
  let parser = parsers.get(language);
  if (parser) return parser;
  const grammar = languages.get(language);
  if (!grammar) return undefined;
  parser = new Parser();
  parser.setLanguage(grammar);
  parsers.set(language, parser);
  return parser;
}
