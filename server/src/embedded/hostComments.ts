/**
 * `twiml-disable` comments written in the host's own comment syntax, and the "Disable RULE for
 * this line" fix that writes them. In code and templates an XML comment would be part of the
 * reply Twilio receives (or would not even be TwiML: a Python line above a string literal), so
 * the directive lives in a comment of the host:
 *
 *     # twiml-disable-next-line element-case          (Python, Ruby)
 *     // twiml-disable-next-line element-case         (JS/TS, PHP, Java, C#, Go)
 *     {# twiml-disable-next-line element-case #}      (Jinja/Django)
 *     {{! twiml-disable-next-line element-case }}     (Mustache/Handlebars)
 *     <%# twiml-disable-next-line element-case %>     (ERB/EJS)
 *     <?php // twiml-disable-next-line element-case ?> (TwiML outside <?php ?>)
 *
 * `disable-next-line` silences the line after the comment, and for a string literal that starts
 * on that line, every line of the literal; `twiml-disable` … `twiml-enable` silence a region.
 * Directives in XML comments inside the TwiML keep working through the TwiML service itself.
 */
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  directiveRuleIds,
  isRuleId,
  NO_DISABLE_FIX,
  unknownRuleMessage,
  type DiagnosticData,
  type DiagnosticFix,
} from '../languageService';

/** How a host writes a comment that outputs nothing. */
export interface CommentSyntax {
  open: string;
  close: string;
}

/** The comment syntaxes by host: code languages and template syntaxes. */
export const COMMENT_SYNTAX = {
  hash: { open: '# ', close: '' },
  slashes: { open: '// ', close: '' },
  jinja: { open: '{# ', close: ' #}' },
  mustache: { open: '{{! ', close: ' }}' },
  erb: { open: '<%# ', close: ' %>' },
  php: { open: '<?php // ', close: ' ?>' },
} as const satisfies Record<string, CommentSyntax>;

/** A diagnostic in host positions and the host line a directive must precede to silence it. */
export interface AnchoredDiagnostic {
  diagnostic: Diagnostic;
  /** 0-based host line: the line a string literal holding the finding starts on, else the finding's own. */
  anchorLine: number;
  /** How a comment is written where the fix goes; undefined keeps the TwiML's own (XML) fix. */
  syntax: CommentSyntax | undefined;
}

interface Directive {
  rules: ReadonlySet<string> | undefined;
  line?: number;
  start?: number;
  end?: number;
}

const DIRECTIVE = /twiml-(disable-next-line|disable|enable)(?![\w-])([^\n]*)/g;
/** What may open a host comment before a directive on its line (an XML comment is the TwiML's own). */
const OPENERS = /(?:#|\/\/|\/\*|\{#|\{\{!|<%#)[^\n]*$/;
const CLOSERS = /(\*\/|#\}|\}\}|%>|\?>)[\s\S]*$/;

/**
 * Applies the host's directives: drops silenced diagnostics, adds `unknown-rule` for ids no rule
 * has, and replaces each XML "Disable RULE for this line" fix with one writing a host comment
 * (or drops it where no comment can go).
 */
export function applyHostComments(host: TextDocument, anchored: readonly AnchoredDiagnostic[]): Diagnostic[] {
  const text = host.getText();
  const problems: Diagnostic[] = [];
  const directives = readDirectives(host, text, problems);
  const out: Diagnostic[] = [];
  for (const { diagnostic, anchorLine, syntax } of anchored) {
    if (directives.length && silenced(host, diagnostic, anchorLine, directives)) continue;
    out.push(syntax ? withHostFix(host, text, syntax, diagnostic, anchorLine) : diagnostic);
  }
  return [...out, ...problems];
}

function readDirectives(host: TextDocument, text: string, problems: Diagnostic[]): Directive[] {
  const directives: Directive[] = [];
  const open = new Map<string, number>();
  for (const match of text.matchAll(DIRECTIVE)) {
    const at = match.index ?? 0;
    const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    if (!OPENERS.test(before) || /<!--\s*$/.test(before)) continue;
    const ids = directiveRuleIds(match[2].replace(CLOSERS, ''));
    const known = new Set(ids.filter((id) => isRuleId(id)));
    for (const id of ids.filter((id) => !isRuleId(id))) problems.push(unknownRule(host, id, at, at + match[0].length));
    if (ids.length && known.size === 0) continue;
    const rules = ids.length ? known : undefined;
    const line = host.positionAt(at).line;
    if (match[1] === 'disable-next-line') directives.push({ rules, line: line + 1 });
    else if (match[1] === 'disable')
      for (const id of rules ?? ['*']) {
        if (!open.has(id)) open.set(id, at);
      }
    else {
      for (const id of rules ?? [...open.keys()]) {
        const start = open.get(id);
        if (start === undefined) continue;
        open.delete(id);
        directives.push({ rules: id === '*' ? undefined : new Set([id]), start, end: at });
      }
    }
  }
  for (const [id, start] of open)
    directives.push({ rules: id === '*' ? undefined : new Set([id]), start, end: Number.MAX_SAFE_INTEGER });
  return directives;
}

function silenced(
  host: TextDocument,
  diagnostic: Diagnostic,
  anchorLine: number,
  directives: readonly Directive[],
): boolean {
  const rule = String(diagnostic.code ?? '');
  if (rule === 'unknown-rule') return false;
  const offset = host.offsetAt(diagnostic.range.start);
  return directives.some((directive) => {
    if (directive.rules && !directive.rules.has(rule)) return false;
    if (directive.line !== undefined)
      return directive.line === diagnostic.range.start.line || directive.line === anchorLine;
    return offset >= (directive.start ?? 0) && offset < (directive.end ?? 0);
  });
}

function withHostFix(
  host: TextDocument,
  text: string,
  syntax: CommentSyntax,
  diagnostic: Diagnostic,
  anchorLine: number,
): Diagnostic {
  const data = diagnostic.data as DiagnosticData | undefined;
  const rule = String(diagnostic.code ?? '');
  if (!data || NO_DISABLE_FIX.has(rule)) return diagnostic;
  const title = `Disable ${rule} for this line`;
  const fixes = data.fixes.filter((fix) => fix.title !== title);
  const fix = disableFix(host, text, syntax, rule, anchorLine);
  if (fix) fixes.push(fix);
  return { ...diagnostic, data: { ...data, fixes } };
}

/**
 * The fix writing the host comment above `line`, with its indentation; undefined where a line
 * cannot be inserted there (the line above ends with a `\` continuation).
 */
function disableFix(
  host: TextDocument,
  text: string,
  syntax: CommentSyntax,
  rule: string,
  line: number,
): DiagnosticFix | undefined {
  const lineStart = host.offsetAt({ line, character: 0 });
  if (
    line > 0 &&
    /\\\r?\n?$/.test(text.slice(host.offsetAt({ line: line - 1, character: 0 }), lineStart).replace(/\r?\n$/, ''))
  )
    return undefined;
  let at = lineStart;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const indent = text.slice(lineStart, at);
  const position: Position = host.positionAt(at);
  return {
    title: `Disable ${rule} for this line`,
    edits: [
      {
        range: { start: position, end: position },
        newText: `${syntax.open}twiml-disable-next-line ${rule}${syntax.close}\n${indent}`,
      },
    ],
  };
}

function unknownRule(host: TextDocument, id: string, start: number, end: number): Diagnostic {
  return {
    range: { start: host.positionAt(start), end: host.positionAt(end) },
    severity: 2,
    source: 'twiml',
    code: 'unknown-rule',
    message: unknownRuleMessage(id, 'in this comment'),
    data: { fixes: [] },
  };
}
