/**
 * The host languages: the one table (hostLanguages.json) of every language whose documents TwiML
 * Tools reads, and what each side derives from it. The client's document selector and
 * activation, the server's host kinds and template syntaxes, the tree-sitter grammar loader, the
 * build's WASM list, the VSIX allow-list and the fuzzer all read these rows, and
 * test/unit/manifest.test.ts compares them with package.json. The data is JSON so the build
 * scripts (plain .mjs, run before anything is compiled) read the same file.
 */
import rows from './hostLanguages.json';

/** The languages whose code is parsed with a tree-sitter grammar. */
export type CodeLanguage = 'python' | 'javascript' | 'typescript' | 'tsx' | 'php' | 'ruby' | 'java' | 'csharp' | 'go';

/**
 * The template syntaxes read. `erb` covers EJS too: both write `<% %>` and `<%= %>`, and the
 * reader tells Ruby from JavaScript control flow by the code inside.
 */
export type TemplateSyntax = 'jinja' | 'mustache' | 'erb' | 'php';

/** A TextMate grammar of ours injected into the host language's own grammar. */
export interface InjectionGrammar {
  scopeName: string;
  /** Relative to the package root, as package.json writes it. */
  path: string;
  /** The host grammars' scopes. */
  injectTo: readonly string[];
}

/** One host language. */
export interface HostLanguage {
  /** The row's name (for messages and tests). */
  name: string;
  /**
   * How a document is read: TwiML itself, a template whose text is TwiML with tags, or program
   * code whose string literals (and SDK calls) may hold TwiML.
   */
  kind: 'twiml' | 'template' | 'code';
  /** VS Code's language ids (which Neovim and Helix users configure too). */
  languageIds: readonly string[];
  /** File extensions, lower case with their dot: the kind of a document whose id is unknown. */
  extensions: readonly string[];
  /** Code only: the tree-sitter language, its grammar file, whether SDK builder calls are read. */
  code?: { language: CodeLanguage; grammar: string; sdkBuilders: boolean };
  /**
   * The template syntax its text is written in; for a template without one (`html`) the syntax
   * is detected from the content. PHP code has one too: its output outside `<?php` is a template.
   */
  templateSyntax?: TemplateSyntax;
  /** Our TextMate injection that colours TwiML inside it, if any. */
  injection?: InjectionGrammar;
}

/** Every host language, one row each (shared/hostLanguages.json). */
export const HOST_LANGUAGES: readonly HostLanguage[] = rows as readonly HostLanguage[];

/**
 * Language ids (VS Code's) of the documents the client hands to the server besides `twiml`: code
 * whose string literals may hold TwiML, and templates. Plain XML is not among them: the client
 * turns an XML file with a `<Response>` root into `twiml` itself (client/src/xmlDetection.ts).
 */
export const HOST_LANGUAGE_IDS: readonly string[] = HOST_LANGUAGES.filter((row) => row.kind !== 'twiml').flatMap(
  (row) => row.languageIds,
);

/** Every language id the extension activates on and the server reads (`twiml` and `xml` included). */
export const ALL_LANGUAGE_IDS: readonly string[] = HOST_LANGUAGES.flatMap((row) => row.languageIds);

/** The rows of code parsed with tree-sitter, with their `code` part. */
export const CODE_HOSTS: readonly (HostLanguage & { code: NonNullable<HostLanguage['code']> })[] =
  HOST_LANGUAGES.filter((row): row is HostLanguage & { code: NonNullable<HostLanguage['code']> } => !!row.code);

/** The tree-sitter languages, in table order. */
export const CODE_LANGUAGES: readonly CodeLanguage[] = CODE_HOSTS.map((row) => row.code.language);

/** The grammar file (in @vscode/tree-sitter-wasm, copied to dist/wasm/) of each tree-sitter language. */
export const GRAMMAR_FILE = Object.fromEntries(
  CODE_HOSTS.map((row) => [row.code.language, row.code.grammar]),
) as Record<CodeLanguage, string>;

/** The tree-sitter languages whose Twilio SDK builder calls (`resp.message(...)`) are read. */
export const SDK_BUILDER_LANGUAGES: readonly CodeLanguage[] = CODE_HOSTS.filter((row) => row.code.sdkBuilders).map(
  (row) => row.code.language,
);

/** VS Code's language id for a file extension (`.py` → `python`): its row's first id. */
export function languageIdOfExtension(extension: string): string | undefined {
  const lower = extension.toLowerCase();
  return HOST_LANGUAGES.find((row) => row.extensions.includes(lower))?.languageIds[0];
}
