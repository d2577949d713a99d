/**
 * The block structure of the code in a template's statement tags, for the templates whose tags
 * hold a programming language: Ruby (ERB), JavaScript (EJS) and PHP. The code of one tag is
 * rarely a whole statement (`<% if x %>`, `<% } else { %>`, `<?php endforeach; ?>`), so it is
 * not parsed: its words and braces are enough to tell what it opens and closes.
 */
import type { BlockAction } from './templateTokens';

/** Which language's keywords apply: Ruby and JavaScript share ERB's tags, PHP has its own. */
export type CodeDialect = 'script' | 'php';

/** Calls whose block runs once per item (Ruby iterators, `forEach`, `map`); names lower-cased. */
const ITERATORS = new Set([
  'each',
  'each_with_index',
  'each_with_object',
  'each_slice',
  'each_cons',
  'each_pair',
  'each_key',
  'each_value',
  'find_each',
  'in_groups_of',
  'map',
  'collect',
  'flat_map',
  'times',
  'upto',
  'downto',
  'step',
  'select',
  'filter',
  'reject',
  'cycle',
  'loop',
  'foreach',
  'for',
  'while',
  'until',
  'do',
]);
const ARMS = new Set(['else', 'elsif', 'elseif']);
const PHP_ENDS = /^end(?:if|foreach|for|while|switch|declare)$/;

/**
 * Words (lower-cased) and punctuation of a Ruby or JavaScript snippet; string literals become
 * one `"` token and comments are dropped, so braces and keywords inside them do not count.
 */
export function scriptTokens(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out.push('"');
      i = j + 1;
      continue;
    }
    if (code.startsWith('//', i) || (c === '#' && code[i + 1] !== '{')) {
      const eol = code.indexOf('\n', i);
      i = eol < 0 ? code.length : eol + 1;
      continue;
    }
    if (code.startsWith('/*', i)) {
      const close = code.indexOf('*/', i + 2);
      i = close < 0 ? code.length : close + 2;
      continue;
    }
    const word = /^[A-Za-z_$@][\w$]*[?!]?|^\d[\w.]*/.exec(code.slice(i, i + 200));
    if (word) {
      out.push(word[0].toLowerCase());
      i += word[0].length;
      continue;
    }
    out.push(c);
    i++;
  }
  return out;
}

/** What a block opened by `tokens` (braces, a PHP `:` or a Ruby keyword) is. */
function kindOf(tokens: readonly string[]): 'loop' | 'branch' | 'case' | 'none' {
  const head = tokens[0];
  if (head === 'if' || head === 'unless') return 'branch';
  if (head === 'switch' || head === 'case') return 'case';
  return tokens.some((t) => ITERATORS.has(t)) ? 'loop' : 'none';
}

/** What a Ruby statement without braces opens: `if x`, `for x in y`, `items.each do |i|`. */
function rubyOpener(tokens: readonly string[]): 'loop' | 'branch' | 'case' | 'none' | undefined {
  const head = tokens[0];
  // `if x then y end` in one tag opens nothing.
  if (tokens.includes('end')) return undefined;
  if (head === 'if' || head === 'unless' || head === 'case' || head === 'while' || head === 'until' || head === 'for')
    return kindOf(tokens);
  if (head === 'begin') return 'none';
  const doAt = tokens.lastIndexOf('do');
  if (doAt < 0) return undefined;
  // `do` ends the tag, or only block parameters follow it: `do |item, index|`.
  const after = tokens.slice(doAt + 1);
  if (after.length > 0 && (after[0] !== '|' || after[after.length - 1] !== '|')) return undefined;
  return kindOf(tokens.slice(0, doAt));
}

/**
 * The block actions of one statement tag's code, given as {@link scriptTokens} (or PHP's
 * tokens in the same form), or undefined when it opens and closes nothing.
 */
export function blockActions(tokens: readonly string[], dialect: CodeDialect): BlockAction[] | undefined {
  let i = 0,
    closes = 0;
  while (i < tokens.length && (tokens[i] === '}' || tokens[i] === ')' || tokens[i] === ';')) {
    if (tokens[i] === '}') closes++;
    i++;
  }
  const rest = tokens.slice(i);
  const head = rest[0] ?? '';
  const last = rest[rest.length - 1] ?? '';
  const actions: BlockAction[] = [];
  const close = (n: number) => {
    for (let k = 0; k < n; k++) actions.push({ type: 'close' });
  };
  let balance = 0;
  for (const t of rest) balance += t === '{' ? 1 : t === '}' ? -1 : 0;

  // `} else {`, `} elseif ($y) {`, `} catch (e) {`: the closing brace ends an arm, not the block.
  if (closes > 0 && (ARMS.has(head) || head === 'catch' || head === 'finally')) {
    close(closes - 1);
    actions.push({ type: 'arm' });
    return actions;
  }
  close(closes);
  // `} while (x);` ends a do-while loop.
  if (closes > 0 && head === 'while' && balance <= 0) return actions;
  if (dialect === 'php' && PHP_ENDS.test(head)) return [...actions, { type: 'close' }];
  if (dialect === 'script' && head === 'end') return [...actions, { type: 'close' }];
  if (ARMS.has(head) && (last === ':' || (dialect === 'script' && balance <= 0))) return [...actions, { type: 'arm' }];
  if (head === 'when' && dialect === 'script') return [...actions, { type: 'arm' }];
  if ((head === 'case' || head === 'default') && last === ':') return [...actions, { type: 'arm' }];

  if (balance > 0 || (dialect === 'php' && last === ':')) {
    actions.push({ type: 'open', kind: kindOf(rest) });
    // Further braces opened in the same tag (`function () { if (x) {`) are plain blocks.
    for (let extra = 1; extra < balance; extra++) actions.push({ type: 'open', kind: 'none' });
  } else if (balance < 0) {
    close(-balance);
  } else if (dialect === 'script') {
    const kind = rubyOpener(rest);
    if (kind) actions.push({ type: 'open', kind });
  }
  return actions.length ? actions : undefined;
}
