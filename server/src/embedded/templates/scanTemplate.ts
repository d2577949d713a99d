/**
 * The scanning loop shared by the text template syntaxes: host text up to the nearest tag
 * opener of any syntax in use, then that syntax's tag, and so on. An opener that turns out to
 * be no tag (`{{` never closed) is text, so typing a tag never blanks the rest of the file.
 */
import type { TagLexer, TemplateToken } from './templateTokens';

/** The tokens of `text` read with `lexers`; at one offset the first lexer listed wins. */
export function scanTemplate(text: string, lexers: readonly TagLexer[]): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  const nextAt = lexers.map((lexer) => lexer.next(text, 0));
  let textStart = 0;
  let from = 0;
  for (;;) {
    let best = -1;
    for (let k = 0; k < lexers.length; k++) {
      if (nextAt[k] >= 0 && nextAt[k] < from) nextAt[k] = lexers[k].next(text, from);
      if (nextAt[k] >= 0 && (best < 0 || nextAt[k] < nextAt[best])) best = k;
    }
    if (best < 0) break;
    const at = nextAt[best];
    const read = lexers[best].read(text, at);
    if (!read) {
      from = at + 1;
      nextAt[best] = lexers[best].next(text, from);
      continue;
    }
    if (at > textStart) tokens.push({ type: 'text', start: textStart, end: at });
    tokens.push(...read.tokens);
    textStart = from = Math.max(read.end, at + 1);
  }
  if (textStart < text.length) tokens.push({ type: 'text', start: textStart, end: text.length });
  return tokens;
}
