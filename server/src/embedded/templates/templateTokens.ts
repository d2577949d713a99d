/**
 * What a template lexer sees in the host text, before the builder turns it into the virtual
 * document: host text, output tags, statements with the block structure they open or close.
 * Keeping lexing (per syntax) apart from emitting (shared) lets one driver handle the block
 * stack, whitespace control and the leading statements for every syntax alike.
 */

/** How much whitespace a whitespace-control marker removes next to its tag. */
export type Trim = 'all' | 'blanks' | 'newline';

/** What a statement does to the block structure. */
export type BlockAction =
  /** Starts a block: a loop, a conditional's first arm, a `case` (its arms start at `when`), or a block that is neither. */
  | { type: 'open'; kind: 'loop' | 'branch' | 'case' | 'none'; name?: string }
  /** Ends the current arm and starts the next (`else`, `elif`, `when`). */
  | { type: 'arm' }
  /** Ends the innermost block, or the innermost one called `name` (`endfor`, `{{/each}}`). */
  | { type: 'close'; name?: string };

/** Host text copied as is. */
export interface TextToken {
  type: 'text';
  start: number;
  end: number;
}

/** A host span that stands for other text (`<%%` writes `<%`). */
export interface DecodedToken {
  type: 'decoded';
  start: number;
  end: number;
  text: string;
}

/** A template tag: an output tag, or a statement (control flow, comment) that writes nothing. */
export interface TagToken {
  type: 'output' | 'statement';
  start: number;
  end: number;
  /** The code inside, trimmed (`Body`, `for m in messages`), '' for comments. */
  expression: string;
  actions?: BlockAction[];
  /** Whitespace the tag removes before it (`{%-`, `{{~`, `<%_`). */
  trimBefore?: Trim;
  /** Whitespace the tag removes after it (`-%}`, `~}}`, `-%>`). */
  trimAfter?: Trim;
}

export type TemplateToken = TextToken | DecodedToken | TagToken;

/** One template syntax's reader of tags, for the shared scanning loop. */
export interface TagLexer {
  /** The offset of the next possible tag opener at or after `from`, or -1. */
  next(text: string, from: number): number;
  /**
   * Reads the tag at `at` (a raw block reads through its end): its tokens and the offset reading
   * resumes at; undefined when there is no tag there after all (then the opener is text).
   */
  read(text: string, at: number): { tokens: TemplateToken[]; end: number } | undefined;
}

/**
 * The offset of `closer` after `from`, skipping string literals in the tag's code so that
 * `{{ "}}" }}` and `<%= "%>" %>` end at the right place. A quote left open at the end of its
 * line is taken as a stray character (an apostrophe in a broken tag), not as a string; a tag
 * whose quotes never let it close ends at the first `closer` instead. -1 when there is none.
 */
export function findTagEnd(text: string, from: number, closer: string, quotes = `"'`): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (text.startsWith(closer, i)) return i;
    if (quotes.includes(text[i])) {
      const close = stringEnd(text, i, code);
      if (close >= 0) {
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return text.indexOf(closer, from);
}

/** The offset of the quote closing the string opened at `open`, or -1 when the line ends first. */
function stringEnd(text: string, open: number, quote: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      i++;
      continue;
    }
    if (code === quote) return i;
    if (code === 10 && quote !== 96 /* template literals span lines */) return -1;
  }
  return -1;
}

/** The first word of `code` (`for` in `for m in messages`), lower-cased. */
export function firstWord(code: string): string {
  const match = /^\s*([A-Za-z_][\w]*)/.exec(code);
  return match ? match[1].toLowerCase() : '';
}
