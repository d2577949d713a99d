/**
 * C# string literals: "…", verbatim @"…" (`""` is a quote), interpolated $"…{x}…", $@"…",
 * raw """…""" and $$"""…{{x}}…""" (the closing line's indentation removed from every line).
 * `{0}` composite-format items are placeholders in strings that do not interpolate: they are
 * `string.Format` templates more often than not. Joined by `+`, appended with `+=`.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import {
  cStyleEscaper,
  escaperFrom,
  readDoubledBrace,
  readEscape,
  readFormatField,
  type EscapeForms,
} from '../escapes';
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
import { dedent, emitPieces, lineStartOf, piecesOf, type Piece, type Step } from '../literalPieces';

const ESCAPES: EscapeForms = {
  simple: {
    "'": "'",
    '"': '"',
    '\\': '\\',
    '0': '\0',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  },
  hex: 4,
  u4: true,
  u8: true,
};

/** What the opening of a literal says: `$` count, verbatim `@`, raw quote count. */
interface Opening {
  dollars: number;
  verbatim: boolean;
  quotes: number;
  length: number;
}

function openingOf(node: Node, text: string): Opening | undefined {
  const match = /^(\$*)(@?)(\$*)("+)/.exec(text.slice(node.startIndex, node.startIndex + 24));
  if (!match) return undefined;
  // @"""x""" is a verbatim string starting with an escaped quote, not a raw one.
  const quotes = match[2] !== '@' && match[4].length >= 3 ? match[4].length : 1;
  return {
    dollars: match[1].length + match[3].length,
    verbatim: match[2] === '@',
    quotes,
    length: match[1].length + match[2].length + match[3].length + quotes,
  };
}

function stepFor(opening: Opening): Step {
  const braces = opening.dollars > 0 && opening.quotes === 1;
  return (text, i, end) => {
    if (opening.verbatim && opening.quotes === 1) {
      if (text[i] === '"' && text[i + 1] === '"') return { kind: 'decoded', length: 2, text: '"' };
    } else if (opening.quotes === 1) {
      const escape = readEscape(text, i, end, ESCAPES);
      if (escape) return escape;
    }
    if (braces) return readDoubledBrace(text, i);
    return opening.dollars === 0 ? readFormatField(text, i, end) : undefined;
  };
}

function escaperFor(opening: Opening, indent: string) {
  const braces: Array<[string, string]> =
    opening.dollars > 0 && opening.quotes === 1
      ? [
          ['{', '{{'],
          ['}', '}}'],
        ]
      : [];
  if (opening.quotes > 1) return escaperFrom([['\n', '\n' + indent]]);
  if (opening.verbatim) return escaperFrom([['"', '""'], ...braces]);
  return cStyleEscaper('"', braces);
}

/** Raw strings spanning lines: content between the opening and closing lines, less the closing indentation. */
function rawRange(node: Node, text: string, opening: Opening): { start: number; end: number; indent: string } {
  const start = node.startIndex + opening.length,
    close = node.endIndex - opening.quotes;
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= close) return { start, end: close, indent: '' };
  const closeLine = lineStartOf(text, close);
  let end = Math.max(firstBreak + 1, closeLine - 1);
  if (text[end - 1] === '\r') end--;
  return { start: firstBreak + 1, end, indent: text.slice(closeLine, close) };
}

function emit(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const opening = openingOf(node, text);
  if (!opening) return;
  const range =
    opening.quotes > 1
      ? rawRange(node, text, opening)
      : { start: node.startIndex + opening.length, end: node.endIndex - 1, indent: '' };
  b.beginLiteral(escaperFor(opening, range.indent));
  let pieces: Piece[] = piecesOf(node, range.start, range.end, (child) => {
    if (child.type !== 'interpolation') return undefined;
    const expression = child.namedChildren.find((c) => c && c.type !== 'interpolation_brace');
    return { kind: 'hole', start: child.startIndex, end: child.endIndex, expression: expression?.text ?? '' };
  });
  if (range.indent) pieces = dedent(pieces, text, range.indent.length);
  emitPieces(b, text, pieces, stepFor(opening));
}

const BINARY = new Set(['binary_expression']);
const PLUS = new Set(['+']);

/** `for`/`foreach`/`while`/`do` bodies are loops; `if`/`else if`/`else` arms are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement', 'foreach_statement', 'while_statement', 'do_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(),
    blockTypes: new Set(['block']),
  }),
  names: new Set(['identifier']),
  definitions: new Set(['local_function_statement', 'class_declaration']),
};

const rules: JoinRules = {
  literals: new Set([
    'string_literal',
    'verbatim_string_literal',
    'interpolated_string_expression',
    'raw_string_literal',
  ]),
  emit,
  operands: (node) => binaryOperands(node, BINARY, PLUS) ?? parenthesised(node, 'parenthesized_expression'),
  assignedTo(value) {
    const parent = value.parent;
    if (parent?.type === 'variable_declarator') {
      const name = field(parent, 'name');
      const statement = parent.parent?.parent;
      if (name?.type !== 'identifier' || statement?.type !== 'local_declaration_statement') return undefined;
      return { name: name.text, statement };
    }
    return assignmentStatement(value, ['assignment_expression']);
  },
  appendedBy: compoundAppend('assignment_expression', '+='),
  flow: FLOW,
};

/** The C# extractor. */
export const extractCSharp = joinedValueExtractor(rules);
