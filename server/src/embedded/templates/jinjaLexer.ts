/**
 * Jinja2 and Django templates: `{{ output }}`, `{% statement %}`, `{# comment #}`, with Jinja's
 * whitespace control (`{%-`, `-%}`, `{{-`) and the raw blocks whose content is text
 * (`{% raw %}`, Django's `{% verbatim %}`; Django's `{% comment %}` block is one statement).
 */
import {
  findTagEnd,
  firstWord,
  type BlockAction,
  type TagLexer,
  type TagToken,
  type TemplateToken,
  type Trim,
} from './templateTokens';

/** Statements that open a block which is neither a loop nor a branch: their `end…` closes it. */
const PLAIN_BLOCKS = new Set([
  'with',
  'block',
  'macro',
  'call',
  'filter',
  'autoescape',
  'trans',
  'spaceless',
  'blocktrans',
  'blocktranslate',
  'localize',
  'localtime',
  'timezone',
]);
/** Conditionals (Django's `ifchanged`/`ifequal` included). */
const BRANCHES = new Set(['if', 'ifchanged', 'ifequal', 'ifnotequal']);
/** Single tags that write text where they stand (Jinja's `include`, Django's `url`, `static`, ...). */
const WRITING_TAGS = new Set([
  'include',
  'url',
  'static',
  'now',
  'cycle',
  'firstof',
  'csrf_token',
  'widthratio',
  'lorem',
  'templatetag',
  'translate',
  'get_static_prefix',
  'get_media_prefix',
]);

/**
 * True when a `{% … %}` tag writes text: a placeholder, not a statement, so `<Play>{% static
 * "a.mp3" %}</Play>` is not an empty `<Play>`. `{% url 'x' as y %}` assigns instead, and
 * `trans` writes only in Django's one-tag form `{% trans "Hi" %}` (Jinja's is a block).
 */
function writesText(code: string): boolean {
  const word = firstWord(code);
  if (/\sas\s+\w+\s*$/.test(code)) return false;
  if (word === 'trans') return /^trans\s+["'_]/.test(code);
  return WRITING_TAGS.has(word);
}

/** Blocks whose content is not template code. */
const RAW_BLOCKS: Record<string, string> = { raw: 'endraw', verbatim: 'endverbatim' };

/** What a `{% … %}` statement does to the block structure. */
function actionsOf(code: string): BlockAction[] | undefined {
  const word = firstWord(code);
  if (word === 'for') return [{ type: 'open', kind: 'loop', name: 'for' }];
  if (BRANCHES.has(word)) return [{ type: 'open', kind: 'branch', name: word }];
  // `for … else` (Jinja) and `for … empty` (Django) run when the loop runs no time: an arm.
  if (word === 'elif' || word === 'else' || word === 'empty') return [{ type: 'arm' }];
  // `{% set x = 1 %}` assigns; `{% set x %}…{% endset %}` captures its content.
  if (word === 'set') return /=/.test(code) ? undefined : [{ type: 'open', kind: 'none', name: 'set' }];
  if (PLAIN_BLOCKS.has(word)) return [{ type: 'open', kind: 'none', name: word }];
  if (word.startsWith('end') && word.length > 3) return [{ type: 'close', name: word.slice(3) }];
  return undefined;
}

/** The inside of a tag without its whitespace-control markers, and what they trim. */
function unmark(inner: string): { code: string; trimBefore?: Trim; trimAfter?: Trim } {
  let code = inner;
  let trimBefore: Trim | undefined, trimAfter: Trim | undefined;
  if (code.startsWith('-')) {
    trimBefore = 'all';
    code = code.slice(1);
  } else if (code.startsWith('+')) code = code.slice(1);
  if (code.endsWith('-')) {
    trimAfter = 'all';
    code = code.slice(0, -1);
  } else if (code.endsWith('+')) code = code.slice(0, -1);
  return { code: code.trim(), trimBefore, trimAfter };
}

/** The `{% name %}` tag ending a raw block, searched from `from`: [start, end) or undefined. */
function findEndTag(text: string, from: number, name: string): [number, number] | undefined {
  const pattern = new RegExp(`\\{%[-+]?\\s*${name}\\s*[-+]?%\\}`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

function tag(type: TagToken['type'], start: number, end: number, inner: string, actions?: BlockAction[]): TagToken {
  const { code, trimBefore, trimAfter } = unmark(inner);
  return { type, start, end, expression: code, actions, trimBefore, trimAfter };
}

/** Reads Jinja and Django tags. */
export const jinjaLexer: TagLexer = {
  next(text, from) {
    for (let i = text.indexOf('{', from); i >= 0; i = text.indexOf('{', i + 1)) {
      const c = text[i + 1];
      if (c === '{' || c === '%' || c === '#') return i;
    }
    return -1;
  },

  read(text, at) {
    const kind = text[at + 1];
    if (kind === '#') {
      const close = text.indexOf('#}', at + 2);
      if (close < 0) return undefined;
      const token = tag('statement', at, close + 2, text.slice(at + 2, close));
      return { tokens: [{ ...token, expression: '' }], end: close + 2 };
    }
    if (kind === '{') {
      const close = findTagEnd(text, at + 2, '}}');
      if (close < 0) return undefined;
      return { tokens: [tag('output', at, close + 2, text.slice(at + 2, close))], end: close + 2 };
    }
    const close = findTagEnd(text, at + 2, '%}');
    if (close < 0) return undefined;
    const end = close + 2;
    const opening = tag('statement', at, end, text.slice(at + 2, close));
    const word = firstWord(opening.expression);
    const rawEnd = RAW_BLOCKS[word];
    if (rawEnd !== undefined || word === 'comment') {
      const ending = findEndTag(text, end, rawEnd ?? 'endcomment');
      const contentEnd = ending ? ending[0] : text.length;
      const blockEnd = ending ? ending[1] : text.length;
      if (word === 'comment') return { tokens: [{ ...opening, end: blockEnd, expression: '' }], end: blockEnd };
      const tokens: TemplateToken[] = [opening, { type: 'text', start: end, end: contentEnd }];
      if (ending) tokens.push(tag('statement', ending[0], ending[1], text.slice(ending[0] + 2, ending[1] - 2)));
      return { tokens, end: blockEnd };
    }
    if (writesText(opening.expression)) return { tokens: [{ ...opening, type: 'output' }], end };
    opening.actions = actionsOf(opening.expression);
    return { tokens: [opening], end };
  },
};
