/**
 * Mustache and Handlebars (TwiML Bins use Mustache: `{{From}}`, `{{#e164}}{{To}}{{/e164}}`):
 * `{{x}}`, `{{{x}}}`, `{{&x}}` and partials `{{> p}}` write output; sections `{{#x}}` loop (a
 * Mustache section runs once per item of a list, so 0..n times); `{{^x}}`, Handlebars'
 * `{{#if}}`/`{{#unless}}`/`{{#with}}` branch, with `{{else}}`, `{{else if y}}` and `{{^}}` as
 * arms; `{{! }}` and `{{!-- --}}` are comments; `~` trims whitespace; `{{{{raw}}}}…{{{{/raw}}}}`
 * content is text. Set-delimiter tags (`{{=<% %>=}}`) are read as statements and the new
 * delimiters are not followed.
 */
import { findTagEnd, type BlockAction, type TagLexer, type TagToken, type Trim } from './templateTokens';

/** Handlebars helpers whose block renders at most once. */
const BRANCH_HELPERS = new Set(['if', 'unless', 'with']);

/** The helper or section name of `{{#each items}}`, `{{/each}}`: its first word. */
function nameOf(code: string): string {
  return /^\s*([^\s}]*)/.exec(code)![1];
}

/** A tag's type, expression and block actions from its inside (markers and `~` removed). */
function classify(code: string): Pick<TagToken, 'type' | 'expression' | 'actions'> {
  const sigil = code[0];
  const rest = code.slice(1).trim();
  if (sigil === '#') {
    // `{{#*inline "x"}}` defines a partial and `{{#> layout}}` calls one with a block: neither repeats.
    if (rest.startsWith('*') || rest.startsWith('>'))
      return {
        type: 'statement',
        expression: rest,
        actions: [{ type: 'open', kind: 'none', name: nameOf(rest.slice(1)) }],
      };
    const name = nameOf(rest);
    const kind = BRANCH_HELPERS.has(name) ? 'branch' : 'loop';
    return { type: 'statement', expression: rest, actions: [{ type: 'open', kind, name }] };
  }
  if (sigil === '^') {
    if (rest === '') return { type: 'statement', expression: '', actions: [{ type: 'arm' }] };
    return { type: 'statement', expression: rest, actions: [{ type: 'open', kind: 'branch', name: nameOf(rest) }] };
  }
  if (sigil === '/') return { type: 'statement', expression: rest, actions: [{ type: 'close', name: nameOf(rest) }] };
  if (sigil === '=') return { type: 'statement', expression: '' };
  if (/^else(?:\s|$)/.test(code))
    return { type: 'statement', expression: code, actions: [{ type: 'arm' } as BlockAction] };
  if (sigil === '&' || sigil === '>') return { type: 'output', expression: rest };
  return { type: 'output', expression: code };
}

/** The inside of a tag without Handlebars' `~` markers, and what they trim. */
function unmark(inner: string): { code: string; trimBefore?: Trim; trimAfter?: Trim } {
  let code = inner;
  let trimBefore: Trim | undefined, trimAfter: Trim | undefined;
  if (code.startsWith('~')) {
    trimBefore = 'all';
    code = code.slice(1);
  }
  if (code.endsWith('~')) {
    trimAfter = 'all';
    code = code.slice(0, -1);
  }
  return { code: code.trim(), trimBefore, trimAfter };
}

/** Reads `{{{{raw}}}}…{{{{/raw}}}}`: the content is text. */
function readRawBlock(text: string, at: number): ReturnType<TagLexer['read']> {
  const close = text.indexOf('}}}}', at + 4);
  if (close < 0) return undefined;
  const name = nameOf(text.slice(at + 4, close));
  const ending = `{{{{/${name}}}}}`;
  const endAt = text.indexOf(ending, close + 4);
  const contentEnd = endAt < 0 ? text.length : endAt;
  const tokens: ReturnType<TagLexer['read']> & object = {
    tokens: [
      { type: 'statement', start: at, end: close + 4, expression: name },
      { type: 'text', start: close + 4, end: contentEnd },
    ],
    end: endAt < 0 ? text.length : endAt + ending.length,
  };
  if (endAt >= 0) tokens.tokens.push({ type: 'statement', start: endAt, end: endAt + ending.length, expression: name });
  return tokens;
}

/** Reads Mustache and Handlebars tags. */
export const mustacheLexer: TagLexer = {
  next(text, from) {
    return text.indexOf('{{', from);
  },

  read(text, at) {
    if (text.startsWith('{{{{', at)) return readRawBlock(text, at);
    // Comments first: `{{!-- --}}` may hold `}}`, and no quote in a comment is a string.
    const comment = /^\{\{(~?)!(--)?/.exec(text.slice(at, at + 6));
    if (comment) {
      const closer = comment[2] ? '--' : '';
      const close = findCommentEnd(text, at + comment[0].length, closer);
      if (close < 0) return undefined;
      const end = text.indexOf('}}', close) + 2;
      return {
        tokens: [
          {
            type: 'statement',
            start: at,
            end,
            expression: '',
            trimBefore: comment[1] ? 'all' : undefined,
            trimAfter: text[end - 3] === '~' ? 'all' : undefined,
          },
        ],
        end,
      };
    }
    // Triple braces write unescaped output (`{{~{x}~}}`, the trimming spelling of it, is not read).
    const triple = text.startsWith('{{{', at);
    const closer = triple ? '}}}' : '}}';
    const close = findTagEnd(text, at + closer.length, closer);
    if (close < 0) return undefined;
    const end = close + closer.length;
    const inner = text.slice(at + closer.length, close);
    if (triple) {
      const marks = unmark(inner);
      return {
        tokens: [
          {
            type: 'output',
            start: at,
            end,
            expression: marks.code,
            trimBefore: marks.trimBefore,
            trimAfter: marks.trimAfter,
          },
        ],
        end,
      };
    }
    const marks = unmark(inner);
    return {
      tokens: [{ start: at, end, ...classify(marks.code), trimBefore: marks.trimBefore, trimAfter: marks.trimAfter }],
      end,
    };
  },
};

/** Where a comment's body ends: at `--}}` or `--~}}` for long comments, at `}}` otherwise. */
function findCommentEnd(text: string, from: number, dashes: string): number {
  const pattern = dashes ? /--~?\}\}/g : /~?\}\}/g;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : -1;
}
