/**
 * The one entry of the template readers: a template file holding TwiML in, its virtual TwiML
 * document out, with template tags as placeholders and statements and the template's loops and
 * branches as blocks.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';
import { parserFor } from '../code/treeSitter';
import type { EmbeddedDocument } from '../virtualDocument';
import { emitTemplate } from './emitTemplate';
import { erbLexer } from './erbLexer';
import { jinjaLexer } from './jinjaLexer';
import { mustacheLexer } from './mustacheLexer';
import { readPhpTemplates } from './phpTemplate';
import { scanTemplate } from './scanTemplate';
import type { TemplateSyntax } from './templateSyntax';
import type { TagLexer } from './templateTokens';
import { startsWithResponse } from './twimlStart';

const LEXERS: Record<Exclude<TemplateSyntax, 'php'>, TagLexer> = {
  jinja: jinjaLexer,
  mustache: mustacheLexer,
  erb: erbLexer,
};

/**
 * The TwiML document of the template `text` written in `syntaxes` (see `detectTemplateSyntax`
 * and `templateSyntaxOfLanguage`), or undefined when, once its tags are read, it does not start
 * (after blanks, comments and the XML declaration) with a `<Response>` element.
 *
 * PHP is read from its tree-sitter tree: `phpTree` when the caller keeps one (`CodeTrees`), else
 * a parse made here, which needs the grammar loaded (`ensureLanguage('php')`); without it the
 * result is undefined and the caller tries again once it has loaded. A PHP file is read as PHP
 * only, whatever other syntax its text seems to hold.
 */
export function readTemplate(
  text: string,
  syntaxes: readonly TemplateSyntax[],
  phpTree?: Tree,
): EmbeddedDocument | undefined {
  return readTemplates(text, syntaxes, phpTree)[0];
}

/**
 * Every TwiML document of the template: one, except for PHP, where each alternative output (a
 * branch ending the request with `exit`/`die`/`return`, and what follows it) is one.
 */
export function readTemplates(text: string, syntaxes: readonly TemplateSyntax[], phpTree?: Tree): EmbeddedDocument[] {
  if (syntaxes.includes('php')) {
    if (phpTree) return readPhpTemplates(text, phpTree);
    const tree = parserFor('php')?.parse(text);
    if (!tree) return [];
    try {
      return readPhpTemplates(text, tree);
    } finally {
      tree.delete();
    }
  }
  const lexers = syntaxes.map((syntax) => LEXERS[syntax as Exclude<TemplateSyntax, 'php'>]).filter(Boolean);
  const doc = emitTemplate(text, scanTemplate(text, lexers));
  return startsWithResponse(doc.text) ? [doc] : [];
}
