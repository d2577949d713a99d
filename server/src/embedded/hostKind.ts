/**
 * What kind of host a document is, from its language id (VS Code's ids, which Neovim and Helix
 * users configure too) or, for an id we do not know, its file extension: TwiML itself, a
 * template whose text is TwiML with tags, or program code whose string literals may hold TwiML.
 */
import {
  HOST_LANGUAGES,
  type CodeLanguage,
  type HostLanguage,
  type TemplateSyntax,
} from '../../../shared/hostLanguages';

export type { TemplateSyntax };

/** How a document is read. */
export type HostKind =
  | { kind: 'twiml' }
  | { kind: 'template'; syntax: TemplateSyntax | undefined }
  | { kind: 'code'; language: CodeLanguage };

/** The host kind of a row of the host-language table. */
function kindOfRow(row: HostLanguage): HostKind {
  if (row.code) return { kind: 'code', language: row.code.language };
  if (row.kind === 'template') return { kind: 'template', syntax: row.templateSyntax };
  return { kind: 'twiml' };
}

const BY_LANGUAGE_ID: Record<string, HostKind> = Object.fromEntries(
  HOST_LANGUAGES.flatMap((row) => row.languageIds.map((id) => [id, kindOfRow(row)])),
);

const BY_EXTENSION: Record<string, HostKind> = Object.fromEntries(
  HOST_LANGUAGES.flatMap((row) => row.extensions.map((extension) => [extension, kindOfRow(row)])),
);

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
