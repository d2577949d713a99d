/**
 * PHP string literals inside `<?php … ?>`: '…' (only `\\` and `\'` escape), "…" and heredocs
 * with `$var`, `{$expr}`, `${var}` interpolation, nowdocs; the closing-marker indentation of
 * heredocs and nowdocs (PHP 7.3+) is removed from every line. Joined by `.`, appended with `.=`.
 * `%s`-style printf verbs are placeholders in every kind of string. TwiML outside `<?php ?>`
 * (the template part of the file) is not read here.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import type { Escaper } from '../../sourceMap';
import { escaperFrom, readEscape, readPrintf, type EscapeForms } from '../escapes';
import {
  binaryOperands,
  field,
  joinedValueExtractor,
  parenthesised,
  assignmentStatement,
  compoundAppend,
  type JoinRules,
} from '../joinedValue';
import { loopOrConditional, type FlowRules } from '../appendFlow';
import { dedent, emitPieces, lineStartOf, type Piece, type Step } from '../literalPieces';

const SINGLE: EscapeForms = { simple: { '\\': '\\', "'": "'" } };
const HEREDOC_SIMPLE = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$' };
// In a heredoc `\"` is not an escape (the backslash stays); in "…" it is.
const HEREDOC: EscapeForms = { simple: HEREDOC_SIMPLE, hex: 2, uBraces: true, octal: 3 };
const DOUBLE: EscapeForms = { ...HEREDOC, simple: { ...HEREDOC_SIMPLE, '"': '"' } };

function stepWith(forms: EscapeForms | undefined): Step {
  return (text, i, end) => (forms ? readEscape(text, i, end, forms) : undefined) ?? readPrintf(text, i, end);
}

/** Interpolations among the children of an interpolating string, `{$…}` kept whole. */
function interpolated(node: Node, text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  const push = (holeStart: number, holeEnd: number, expression: string) => {
    if (holeStart > at) pieces.push({ kind: 'text', start: at, end: holeStart });
    pieces.push({ kind: 'hole', start: holeStart, end: holeEnd, expression });
    at = holeEnd;
  };
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child || child.startIndex < at || child.startIndex >= end) continue;
    if (child.type === '{' && !child.isNamed && node.child(i + 1)?.isNamed) {
      let close = i + 1;
      while (close < node.childCount && node.child(close)?.type !== '}') close++;
      const closing = node.child(close);
      if (!closing) continue;
      push(child.startIndex, closing.endIndex, text.slice(child.endIndex, closing.startIndex));
      i = close;
    } else if (
      child.isNamed &&
      child.type !== 'string_content' &&
      child.type !== 'escape_sequence' &&
      child.type !== 'string_value'
    ) {
      const expression = text.slice(child.startIndex, child.endIndex);
      push(child.startIndex, child.endIndex, expression.startsWith('${') ? expression.slice(2, -1) : expression);
    }
  }
  if (end > at) pieces.push({ kind: 'text', start: at, end });
  return pieces;
}

function emitQuoted(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const double = node.type === 'encapsed_string';
  b.beginLiteral(
    double
      ? escaperFrom([
          ['\\', '\\\\'],
          ['"', '\\"'],
          ['$', '\\$'],
        ])
      : escaperFrom([
          ['\\', '\\\\'],
          ["'", "\\'"],
        ]),
  );
  const start = node.startIndex + 1,
    end = node.endIndex - 1;
  const pieces = double ? interpolated(node, text, start, end) : [{ kind: 'text' as const, start, end }];
  emitPieces(b, text, pieces, stepWith(double ? DOUBLE : SINGLE));
}

/** Heredoc and nowdoc: the lines between the opener and the closing marker, less its indentation. */
function emitDoc(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const opener = field(node, 'identifier');
  const closer = field(node, 'end_tag');
  if (!opener || !closer) return;
  const start = text.indexOf('\n', opener.endIndex) + 1;
  const closingLine = lineStartOf(text, closer.startIndex);
  if (start <= 0 || closingLine < start) return;
  // The line break before the closing line is not part of the value.
  let end = Math.max(start, closingLine - 1);
  if (end > start && text[end - 1] === '\r') end--;
  const indent = text.slice(closingLine, closer.startIndex);
  const nowdoc = node.type === 'nowdoc';
  const escaper: Escaper = nowdoc
    ? escaperFrom([['\n', '\n' + indent]])
    : escaperFrom([
        ['\\', '\\\\'],
        ['$', '\\$'],
        ['\n', '\n' + indent],
      ]);
  b.beginLiteral(escaper);
  const body = field(node, 'value');
  const raw = nowdoc || !body ? [{ kind: 'text' as const, start, end }] : interpolated(body, text, start, end);
  emitPieces(b, text, dedent(raw, text, indent.length), stepWith(nowdoc ? undefined : HEREDOC));
}

const BINARY = new Set(['binary_expression']);
const DOT = new Set(['.']);

/** `for`/`foreach`/`while`/`do` bodies are loops; `if`/`elseif`/`else` arms (braces or `:` … `endif`) are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement', 'foreach_statement', 'while_statement', 'do_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(['else_if_clause', 'else_clause']),
    blockTypes: new Set(['compound_statement', 'colon_block']),
  }),
  // `$twiml`, also inside "…$twiml…" strings.
  names: new Set(['variable_name']),
  definitions: new Set(['function_definition', 'class_declaration']),
};

/** PHP's join rules: also what the echo-chain reader writes echoed values with. */
export const phpJoinRules: JoinRules = {
  literals: new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']),
  emit: (node, text, b) =>
    node.type === 'heredoc' || node.type === 'nowdoc' ? emitDoc(node, text, b) : emitQuoted(node, text, b),
  operands: (node) => binaryOperands(node, BINARY, DOT) ?? parenthesised(node, 'parenthesized_expression'),
  assignedTo: (value) =>
    assignmentStatement(value, ['assignment_expression', 'augmented_assignment_expression'], 'variable_name'),
  appendedBy: compoundAppend('augmented_assignment_expression', '.=', 'variable_name'),
  flow: FLOW,
};

/** The PHP extractor. */
export const extractPhp = joinedValueExtractor(phpJoinRules);
