/**
 * Which template language a file holding TwiML is written in: by its name or language id when
 * the editor knows (`reply.xml.erb`, `sms.j2`, `jinja-xml`), else by a cheap look at its content
 * (a `.xml` or `.twiml` file rendered by Flask, a TwiML Bin with `{{From}}`).
 */
import * as path from 'node:path';
import { HOST_LANGUAGES, type TemplateSyntax } from '../../../../shared/hostLanguages';

export type { TemplateSyntax };

/** The rows of the host-language table written in a template syntax (PHP code is one too). */
const TEMPLATE_ROWS = HOST_LANGUAGES.flatMap((row) =>
  row.templateSyntax ? [{ ...row, syntax: row.templateSyntax }] : [],
);

const BY_LANGUAGE: Record<string, TemplateSyntax> = Object.fromEntries(
  TEMPLATE_ROWS.flatMap((row) => row.languageIds.map((id) => [id, row.syntax])),
);

const BY_EXTENSION: Record<string, TemplateSyntax> = Object.fromEntries(
  TEMPLATE_ROWS.flatMap((row) => row.extensions.map((extension) => [extension, row.syntax])),
);

/**
 * The template syntax a file is written in, judged by its language id and then its name
 * (the last extension: `reply.xml.erb` is ERB), or undefined for a plain XML/TwiML file.
 */
export function templateSyntaxOfLanguage(languageId: string, fileName: string): TemplateSyntax | undefined {
  const byId = BY_LANGUAGE[languageId.toLowerCase()];
  if (byId) return byId;
  return BY_EXTENSION[path.extname(fileName).toLowerCase()];
}

/** Markers only Mustache/Handlebars writes (sections, inverted sections, comments, triple braces). */
const MUSTACHE_MARKERS = /\{\{~?\s*(?:[#/^!&>]|\{|else\b)/;
/** Markers only Jinja/Django writes: statement and comment tags (`{{#` is Mustache's, not a comment). */
const JINJA_MARKERS = /(?<!\{)\{[%#]/;

/**
 * The template syntaxes `text` is written in, by content: for `.xml`/`.twiml` files, whose name
 * says nothing. Several may be returned (a Jinja file with ERB-looking text); the reader scans
 * for all of them. `{{ x }}` alone is read as Mustache, which reads it exactly as Jinja would
 * (an output tag), so the choice cannot change the virtual document.
 */
export function detectTemplateSyntax(text: string): TemplateSyntax[] {
  const found: TemplateSyntax[] = [];
  const braces = text.indexOf('{') >= 0;
  if (braces && JINJA_MARKERS.test(text)) found.push('jinja');
  else if (braces && (MUSTACHE_MARKERS.test(text) || text.includes('{{'))) found.push('mustache');
  if (text.includes('<%')) found.push('erb');
  if (/<\?(?:php\b|=)/i.test(text)) found.push('php');
  return found;
}
