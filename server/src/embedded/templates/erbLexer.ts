/**
 * ERB (Rails, Sinatra) and EJS (Express) templates, which share their tags: `<%= x %>` (and
 * Rails' `<%== x %>`) write output; `<% code %>` is a statement whose Ruby or JavaScript code may
 * open or close a block; `<%# %>` is a comment; `<%%` writes a literal `<%`. Whitespace control:
 * `-%>` drops the line break after the tag, `<%_`/`_%>` (EJS) the blanks before/after it.
 *
 * `<%-` means two things: EJS's unescaped output, ERB's statement trimming its indentation. It
 * is read as a statement when its code opens or closes a block or the tag ends with `-%>` (the
 * ERB habit: `<%- if x -%>`), as output otherwise (`<%- include('header') %>`).
 */
import { blockActions, scriptTokens } from './codeBlocks';
import { findTagEnd, type TagLexer, type TagToken, type Trim } from './templateTokens';

/** Reads ERB and EJS tags. */
export const erbLexer: TagLexer = {
  next(text, from) {
    return text.indexOf('<%', from);
  },

  read(text, at) {
    if (text[at + 2] === '%') return { tokens: [{ type: 'decoded', start: at, end: at + 3, text: '<%' }], end: at + 3 };
    const comment = text[at + 2] === '#';
    // Quotes in a comment are prose (`<%# don't %>`), not strings.
    const close = comment ? text.indexOf('%>', at + 2) : findTagEnd(text, at + 2, '%>', `"'\``);
    if (close < 0) return undefined;
    const end = close + 2;
    const opener = /^<%(==|=|-|_|#)?/.exec(text.slice(at, at + 4))![1] ?? '';
    let codeEnd = close;
    let trimAfter: Trim | undefined;
    const marker = text[close - 1];
    if (close - 1 >= at + 2 + opener.length && (marker === '-' || marker === '_')) {
      codeEnd = close - 1;
      trimAfter = marker === '-' ? 'newline' : 'all';
    }
    const code = text.slice(at + 2 + opener.length, codeEnd).trim();
    const trimBefore: Trim | undefined = opener === '_' || opener === '-' ? 'blanks' : undefined;
    const base = { start: at, end, trimBefore, trimAfter };
    if (comment) return { tokens: [{ ...base, type: 'statement', expression: '' }], end };
    if (opener === '=' || opener === '==')
      return { tokens: [{ ...base, type: 'output', expression: code, trimBefore: undefined }], end };
    const actions = blockActions(scriptTokens(code), 'script');
    if (opener === '-' && !actions && marker !== '-')
      return { tokens: [{ ...base, type: 'output', expression: code, trimBefore: undefined }], end };
    const token: TagToken = { ...base, type: 'statement', expression: code, actions };
    return { tokens: [token], end };
  },
};
