/**
 * Ruby string literals: '…', "…" and %q / %Q / % with `#{expr}` holes, heredocs `<<XML`,
 * `<<-XML`, `<<~XML` (the squiggly one loses the common indentation of its lines) and their
 * quoted `<<~'XML'` raw form. Joined by `+` (and adjacent literals), appended with `+=` and
 * `<<`. `%s`-style verbs are placeholders (`format` templates). A heredoc is read on its own:
 * `<<~XML + x` joins are not followed.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import { escaperFrom, readEscape, readPrintf, type EscapeForms } from '../escapes';
import { binaryOperands, field, joinedValueExtractor, namedChildren, type JoinRules } from '../joinedValue';
import { loopOrConditional, statementsOf, type FlowRules } from '../appendFlow';
import {
  commonIndent,
  dedent,
  emitPieces,
  holeOf,
  lineStartOf,
  piecesOf,
  type Piece,
  type Step,
} from '../literalPieces';

const DOUBLE: EscapeForms = {
  simple: { n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v' },
  hex: 2,
  u4: true,
  uBraces: true,
  octal: 3,
  continuation: true,
  unknownDropsBackslash: true,
};

/** Steps for raw text: `escapes` undefined reads no escape (a quoted heredoc). */
function stepWith(escapes: EscapeForms | undefined): Step {
  return (text, i, end) => (escapes ? readEscape(text, i, end, escapes) : undefined) ?? readPrintf(text, i, end);
}

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** '…', "…", %q(…), %Q(…), %(…): the delimiters decide escapes and interpolation. */
function emitString(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const match = /^(?:%([qQ]?)(.)|(['"]))/.exec(text.slice(node.startIndex, node.startIndex + 3));
  if (!match) return;
  const percent = match[2] !== undefined;
  const open = percent ? match[2] : match[3];
  const close = CLOSING[open] ?? open;
  const interpolates = percent ? match[1] !== 'q' : open === '"';
  const delimiters = [...new Set([open, close])];
  const escapes: EscapeForms = interpolates
    ? {
        ...DOUBLE,
        simple: { ...DOUBLE.simple, '\\': '\\', '#': '#', ...Object.fromEntries(delimiters.map((d) => [d, d])) },
      }
    : { simple: { '\\': '\\', ...Object.fromEntries(delimiters.map((d) => [d, d])) } };
  const table: Array<[string, string]> = [['\\', '\\\\'], ...delimiters.map((d): [string, string] => [d, '\\' + d])];
  if (interpolates) table.push(['#', '\\#']);
  b.beginLiteral(escaperFrom(table));
  const start = node.startIndex + (percent ? 2 + match[1].length : 1);
  const pieces = piecesOf(node, start, node.endIndex - 1, (child) =>
    child.type === 'interpolation' ? holeOf(child, text, 2, 1) : undefined,
  );
  emitPieces(b, text, pieces, stepWith(escapes));
}

/** How the heredoc whose body this is was opened (`<<~`, quoted), from the line it starts on. */
function heredocOpening(body: Node, text: string): { squiggly: boolean; raw: boolean } | undefined {
  const end = field(body, 'heredoc_end') ?? body.namedChild(body.namedChildCount - 1);
  const id = end ? text.slice(end.startIndex, end.endIndex) : '';
  const line = text.slice(lineStartOf(text, body.startIndex), body.startIndex);
  for (const match of line.matchAll(/<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/g)) {
    if (match[3] === id) return { squiggly: match[1] === '~', raw: match[2] === "'" };
  }
  return undefined;
}

function emitHeredoc(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const opening = heredocOpening(node, text);
  const end = node.namedChild(node.namedChildCount - 1);
  if (!opening || end?.type !== 'heredoc_end') return;
  const first = text.indexOf('\n', node.startIndex);
  const start = first + 1;
  const stop = lineStartOf(text, end.startIndex);
  if (first < 0 || stop < start) return;
  const indent = opening.squiggly ? commonIndent(text, start, stop) : 0;
  const lineIndent: [string, string] = ['\n', '\n' + ' '.repeat(indent)];
  b.beginLiteral(escaperFrom(opening.raw ? [lineIndent] : [['\\', '\\\\'], ['#', '\\#'], lineIndent]));
  const pieces: Piece[] = opening.raw
    ? [{ kind: 'text', start, end: stop }]
    : piecesOf(node, start, stop, (child) => (child.type === 'interpolation' ? holeOf(child, text, 2, 1) : undefined));
  emitPieces(
    b,
    text,
    dedent(pieces, text, indent),
    stepWith(opening.raw ? undefined : { ...DOUBLE, simple: { ...DOUBLE.simple, '\\': '\\', '"': '"', '#': '#' } }),
  );
}

const BINARY = new Set(['binary']);
const PLUS = new Set(['+']);
const APPEND = new Set(['<<']);

/** `name << a << b` as `[a, b]`, when the chain starts at `name`. */
function appendChain(statement: Node, name: string): Node[] | undefined {
  const values: Node[] = [];
  let node: Node | undefined = statement;
  for (let pair = node && binaryOperands(node, BINARY, APPEND); pair; pair = binaryOperands(node, BINARY, APPEND)) {
    values.unshift(pair[1]);
    node = pair[0];
  }
  return values.length && node?.type === 'identifier' && node.text === name ? values : undefined;
}

const BODIES = new Set(['then', 'do', 'body_statement', 'block_body']);
const loopOrBranch = loopOrConditional(new Set(['for', 'while', 'until', 'while_modifier', 'until_modifier']), {
  conditionals: new Set(['if', 'unless', 'if_modifier', 'unless_modifier']),
  clauses: new Set(['elsif', 'else']),
  blockTypes: BODIES,
});
/** Iterators whose block runs once per element: `ms.each do |m| … end` is a loop. */
const ITERATORS = new Set(['each', 'each_with_index', 'each_value', 'each_pair', 'times', 'upto', 'downto']);

/** The body of `receiver.each do … end` / `{ … }`, when `statement` is such a call. */
function iteratorBody(statement: Node): Node[] | undefined {
  if (statement.type !== 'call' || !ITERATORS.has(field(statement, 'method')?.text ?? '')) return undefined;
  const body = field(statement, 'block') && field(field(statement, 'block')!, 'body');
  return body ? statementsOf(body, BODIES) : undefined;
}

/** `for`/`while`/`until` and `each`-style blocks are loops; `if`/`unless`/`elsif`/`else` arms and modifiers are branches. */
const FLOW: FlowRules = {
  block(statement) {
    const body = iteratorBody(statement);
    return body ? { kind: 'loop', arms: [body] } : loopOrBranch(statement);
  },
  names: new Set(['identifier']),
  definitions: new Set(['method', 'singleton_method', 'class', 'module']),
};

const rules: JoinRules = {
  literals: new Set(['string', 'heredoc_body']),
  emit: (node, text, b) => (node.type === 'heredoc_body' ? emitHeredoc(node, text, b) : emitString(node, text, b)),
  operands: (node) =>
    binaryOperands(node, BINARY, PLUS) ??
    (node.type === 'chained_string' ? namedChildren(node) : undefined) ??
    (node.type === 'parenthesized_statements' && namedChildren(node).length === 1 ? namedChildren(node) : undefined),
  assignedTo(value) {
    const parent = value.parent;
    if (
      parent?.type !== 'assignment' &&
      !(parent?.type === 'operator_assignment' && field(parent, 'operator')?.type === '+=')
    )
      return undefined;
    const left = field(parent, 'left');
    if (left?.type !== 'identifier' || field(parent, 'right')?.startIndex !== value.startIndex) return undefined;
    return { name: left.text, statement: parent };
  },
  appendedBy(statement, name) {
    if (statement.type === 'operator_assignment' && field(statement, 'operator')?.type === '+=') {
      const left = field(statement, 'left'),
        right = field(statement, 'right');
      return left?.type === 'identifier' && left.text === name && right ? [right] : undefined;
    }
    return appendChain(statement, name);
  },
  flow: FLOW,
};

/** The Ruby extractor. */
export const extractRuby = joinedValueExtractor(rules);
