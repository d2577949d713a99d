/**
 * What kind of host a document is, from its language id (VS Code's ids, which Neovim and Helix
 * users configure too) or, for an id we do not know, its file extension: TwiML itself, a
 * template whose text is TwiML with tags, or program code whose string literals may hold TwiML.
 */
import type { CodeLanguage } from './code/treeSitter';
import type { TemplateSyntax } from './templates/templateSyntax';

export type { TemplateSyntax };

/** How a document is read. */
export type HostKind =
  | { kind: 'twiml' }
  | { kind: 'template'; syntax: TemplateSyntax | undefined }
  | { kind: 'code'; language: CodeLanguage };

const BY_LANGUAGE_ID: Record<string, HostKind> = {
  twiml: { kind: 'twiml' },
  xml: { kind: 'twiml' },
  python: { kind: 'code', language: 'python' },
  javascript: { kind: 'code', language: 'javascript' },
  javascriptreact: { kind: 'code', language: 'javascript' },
  typescript: { kind: 'code', language: 'typescript' },
  typescriptreact: { kind: 'code', language: 'tsx' },
  php: { kind: 'code', language: 'php' },
  ruby: { kind: 'code', language: 'ruby' },
  java: { kind: 'code', language: 'java' },
  csharp: { kind: 'code', language: 'csharp' },
  go: { kind: 'code', language: 'go' },
  handlebars: { kind: 'template', syntax: 'mustache' },
  mustache: { kind: 'template', syntax: 'mustache' },
  erb: { kind: 'template', syntax: 'erb' },
  ejs: { kind: 'template', syntax: 'erb' },
  jinja: { kind: 'template', syntax: 'jinja' },
  'jinja-html': { kind: 'template', syntax: 'jinja' },
  'jinja-xml': { kind: 'template', syntax: 'jinja' },
  'django-html': { kind: 'template', syntax: 'jinja' },
  'django-txt': { kind: 'template', syntax: 'jinja' },
  html: { kind: 'template', syntax: undefined },
};

const BY_EXTENSION: Record<string, HostKind> = {
  '.twiml': { kind: 'twiml' },
  '.xml': { kind: 'twiml' },
  '.py': { kind: 'code', language: 'python' },
  '.js': { kind: 'code', language: 'javascript' },
  '.mjs': { kind: 'code', language: 'javascript' },
  '.cjs': { kind: 'code', language: 'javascript' },
  '.jsx': { kind: 'code', language: 'javascript' },
  '.ts': { kind: 'code', language: 'typescript' },
  '.mts': { kind: 'code', language: 'typescript' },
  '.cts': { kind: 'code', language: 'typescript' },
  '.tsx': { kind: 'code', language: 'tsx' },
  '.php': { kind: 'code', language: 'php' },
  '.rb': { kind: 'code', language: 'ruby' },
  '.java': { kind: 'code', language: 'java' },
  '.cs': { kind: 'code', language: 'csharp' },
  '.go': { kind: 'code', language: 'go' },
  '.hbs': { kind: 'template', syntax: 'mustache' },
  '.handlebars': { kind: 'template', syntax: 'mustache' },
  '.mustache': { kind: 'template', syntax: 'mustache' },
  '.erb': { kind: 'template', syntax: 'erb' },
  '.ejs': { kind: 'template', syntax: 'erb' },
  '.j2': { kind: 'template', syntax: 'jinja' },
  '.jinja': { kind: 'template', syntax: 'jinja' },
  '.jinja2': { kind: 'template', syntax: 'jinja' },
};

/** File extensions `twiml-lint` reads when it walks a folder. */
export const HOST_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The extension of a path or URI, lower case, with its dot ('' when none). */
export function extensionOf(pathOrUri: string): string {
  const name = pathOrUri.slice(pathOrUri.lastIndexOf('/') + 1).split(/[?#]/)[0];
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * The host kind of a document; undefined when we do not read it. An `.erb`/`.j2` file keeps its
 * template syntax even under a generic id such as `xml` or `html`.
 */
export function hostKindOf(languageId: string, pathOrUri: string): HostKind | undefined {
  const byExtension = BY_EXTENSION[extensionOf(pathOrUri)];
  if (byExtension?.kind === 'template' && (languageId === 'xml' || languageId === 'twiml' || languageId === 'html'))
    return byExtension;
  return BY_LANGUAGE_ID[languageId] ?? byExtension;
}
