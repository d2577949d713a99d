/**
 * Blade (Laravel's `.blade.php` views) in the text a PHP file writes: `{{ x }}` and `{!! x !!}`
 * write output, `{{-- --}}` is a comment, `@yield('body')`/`@include('menu')`/`@stack` write
 * what another view gives them, `@if`/`@foreach`/… open and close blocks as in PHP, and the
 * other directives (`@extends`, `@section`, `@csrf`…) are statements. `@@if` and `@{{` write
 * `@if` and `{{`. Only a known directive after a non-word character is one (Blade's own rule), so
 * `user@example.com` and a lone `@` are text.
 *
 * A file is read as Blade only when its text shows Blade ({@link looksLikeBlade}): in a plain
 * PHP file `{{` is sent as written.
 */
import { findTagEnd, type BlockAction, type TagLexer, type TemplateToken } from './templateTokens';

/** Directives whose place in the reply is filled with what another view or expression writes. */
const OUTPUT_DIRECTIVES = new Set([
  'yield',
  'include',
  'includeif',
  'includewhen',
  'includeunless',
  'includefirst',
  'each',
  'stack',
  'show',
  'parent',
  'json',
  'lang',
  'choice',
  'method',
  'csrf',
  'component',
  'livewire',
  'vite',
]);
const BRANCHES = new Set([
  'if',
  'unless',
  'isset',
  'auth',
  'guest',
  'env',
  'production',
  'hassection',
  'sectionmissing',
  'can',
  'cannot',
  'canany',
  'error',
  'switch',
]);
const LOOPS = new Set(['foreach', 'forelse', 'for', 'while']);
const ARMS = new Set(['elseif', 'else', 'elseauth', 'elseguest', 'elsecan', 'elsecannot', 'case', 'default']);
/** Blocks that are neither loop nor branch (their end closes them). */
const BLOCKS = new Set(['section', 'push', 'prepend', 'once', 'slot', 'verbatim', 'pushonce', 'fragment']);
const STATEMENTS = new Set([
  'extends',
  'stop',
  'append',
  'overwrite',
  'break',
  'continue',
  'props',
  'aware',
  'inject',
  'use',
  'dump',
  'dd',
  'endphp',
  'php',
]);

/** True when `text` uses Blade: a directive at the start of a line, a `{!! !!}` or a `{{-- --}}`. */
export function looksLikeBlade(text: string): boolean {
  return /(?:^|\n)[ \t]*@(?:extends|section|yield|endsection|include|stack|push|foreach|endforeach|if|endif|php)\b|\{!!|\{\{--/.test(
    text,
  );
}

/** The offset just after the balanced `( … )` starting at `open`, or -1. */
function argumentsEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = findTagEnd(text, i + 1, c, '');
      if (close < 0) return -1;
      i = close;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** What a directive does to the blocks, by name (lower-cased). */
function actionsOf(name: string, args: string): BlockAction[] | undefined {
  if (name === 'empty') return args ? [{ type: 'open', kind: 'branch' }] : [{ type: 'arm' }]; // `@forelse … @empty`
  if (name === 'section' || name === 'push' || name === 'prepend') {
    // `@section('title', 'Hello')` is whole; `@section('body')` runs to its `@endsection`/`@show`/`@stop`.
    return /,/.test(args) ? undefined : [{ type: 'open', kind: 'none' }];
  }
  if (name === 'show' || name === 'stop' || name === 'append' || name === 'overwrite') return [{ type: 'close' }];
  if (BRANCHES.has(name)) return [{ type: 'open', kind: 'branch' }];
  if (LOOPS.has(name)) return [{ type: 'open', kind: 'loop' }];
  if (ARMS.has(name)) return [{ type: 'arm' }];
  if (BLOCKS.has(name)) return [{ type: 'open', kind: 'none' }];
  if (name.startsWith('end')) return [{ type: 'close' }];
  return undefined;
}

function known(name: string): boolean {
  return (
    OUTPUT_DIRECTIVES.has(name) ||
    BRANCHES.has(name) ||
    LOOPS.has(name) ||
    ARMS.has(name) ||
    BLOCKS.has(name) ||
    STATEMENTS.has(name) ||
    name === 'empty' ||
    (name.startsWith('end') && name.length > 3)
  );
}

/** Reads Blade's echo tags and directives. */
export const bladeLexer: TagLexer = {
  next(text, from) {
    const re = /\{\{|\{!!|@/g;
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  },

  read(text, at) {
    if (text.startsWith('@{{', at))
      return { tokens: [{ type: 'decoded', start: at, end: at + 3, text: '{{' }], end: at + 3 };
    if (text.startsWith('{{--', at)) {
      const close = text.indexOf('--}}', at + 4);
      if (close < 0) return undefined;
      return { tokens: [{ type: 'statement', start: at, end: close + 4, expression: '' }], end: close + 4 };
    }
    if (text.startsWith('{!!', at) || text.startsWith('{{', at)) {
      const raw = text[at + 1] === '!';
      const closer = raw ? '!!}' : '}}';
      const close = findTagEnd(text, at + (raw ? 3 : 2), closer);
      if (close < 0) return undefined;
      const end = close + closer.length;
      return {
        tokens: [{ type: 'output', start: at, end, expression: text.slice(at + (raw ? 3 : 2), close).trim() }],
        end,
      };
    }
    // A directive: `@name`, not after a word character, optionally `(arguments)`.
    if (at > 0 && /\w/.test(text[at - 1])) return undefined;
    if (text[at + 1] === '@') {
      const word = /^@@(\w+)/.exec(text.slice(at, at + 64));
      if (!word || !known(word[1].toLowerCase())) return undefined;
      return { tokens: [{ type: 'decoded', start: at, end: at + 2, text: '@' }], end: at + 2 };
    }
    const match = /^@(\w+)/.exec(text.slice(at, at + 64));
    if (!match) return undefined;
    const name = match[1].toLowerCase();
    if (!known(name)) return undefined;
    let end = at + match[0].length;
    let args = '';
    const spaced = /^[ \t]*\(/.exec(text.slice(end, end + 64));
    if (spaced) {
      const close = argumentsEnd(text, end + spaced[0].length - 1);
      if (close < 0) return undefined;
      args = text.slice(end + spaced[0].length, close - 1).trim();
      end = close;
    }
    if (name === 'php' && !args) {
      // `@php … @endphp` is code: one statement.
      const stop = text.indexOf('@endphp', end);
      if (stop < 0) return undefined;
      end = stop + '@endphp'.length;
      return { tokens: [{ type: 'statement', start: at, end, expression: text.slice(at, end) }], end };
    }
    const expression = text.slice(at + 1, end);
    const token: TemplateToken = OUTPUT_DIRECTIVES.has(name)
      ? { type: 'output', start: at, end, expression }
      : { type: 'statement', start: at, end, expression, actions: actionsOf(name, args) };
    return { tokens: [token], end };
  },
};
