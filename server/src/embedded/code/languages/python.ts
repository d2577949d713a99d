/**
 * Python string literals: '…', "…", triple-quoted, raw, f-strings (`{expr!r:>10}` holes, `{{`
 * braces), joined by `+`, implicit concatenation and parentheses, appended with `+=`. In plain
 * strings `%s` / `%(name)s` and `{}` / `{name}` are placeholders: TwiML templates are often
 * module constants `.format()`ed elsewhere, and a placeholder can never cause a false alarm.
 * Bytes literals are skipped.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import type { Escaper } from '../../sourceMap';
import {
  cStyleEscaper,
  escaperFrom,
  readDoubledBrace,
  readEscape,
  readFormatField,
  readPrintf,
  type EscapeForms,
} from '../escapes';
import {
  binaryOperands,
  field,
  joinedValueExtractor,
  namedChildren,
  parenthesised,
  compoundAppend,
  type JoinRules,
} from '../joinedValue';
import { loopOrConditional, type FlowRules } from '../appendFlow';
import { emitPieces, holeOf, piecesOf, type Step } from '../literalPieces';

const ESCAPES: EscapeForms = {
  simple: { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' },
  hex: 2,
  hexExact: true,
  u4: true,
  u8: true,
  octal: 3,
  continuation: true,
};

/** The parts of a string's opening: prefix letters and quote. */
interface Opening {
  prefix: string;
  quote: string;
}

function openingOf(node: Node, text: string): Opening | undefined {
  const match = /^([A-Za-z]*)('''|"""|'|")/.exec(text.slice(node.startIndex, node.startIndex + 6));
  return match ? { prefix: match[1].toLowerCase(), quote: match[2] } : undefined;
}

function stepFor(opening: Opening): Step {
  const raw = opening.prefix.includes('r');
  const format = opening.prefix.includes('f');
  return (text, i, end) => {
    if (!raw) {
      const escape = readEscape(text, i, end, ESCAPES);
      if (escape) return escape;
    }
    if (format) return readDoubledBrace(text, i);
    return readPrintf(text, i, end) ?? readFormatField(text, i, end);
  };
}

/** Inserted text written so the literal keeps its value. */
function escaperFor(opening: Opening): Escaper {
  const braces: Array<[string, string]> = opening.prefix.includes('f')
    ? [
        ['{', '{{'],
        ['}', '}}'],
      ]
    : [];
  // A raw string cannot escape: text goes in as is (a quote there is left to the user).
  if (opening.prefix.includes('r')) return escaperFrom(braces);
  if (opening.quote.length === 3) {
    const q = opening.quote[0];
    return escaperFrom([['\\', '\\\\'], [q + q + q, `\\${q}\\${q}\\${q}`], ...braces]);
  }
  return cStyleEscaper(opening.quote, braces);
}

function emit(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const opening = openingOf(node, text);
  if (!opening || opening.prefix.includes('b')) return;
  const start = node.startIndex + opening.prefix.length + opening.quote.length;
  const end = node.endIndex - opening.quote.length;
  b.beginLiteral(escaperFor(opening));
  const pieces = piecesOf(node, start, end, (child) =>
    child.type === 'interpolation' ? holeOf(child, text, 1, 1) : undefined,
  );
  for (const piece of pieces) {
    // The expression of `{name!r:>10}` is `name`.
    if (piece.kind === 'hole')
      piece.expression = piece.expression.replace(/(?:![rsa])?(?::[^{}]*)?$/, '').replace(/=\s*$/, '');
  }
  emitPieces(b, text, pieces, stepFor(opening));
}

const BINARY = new Set(['binary_operator']);
const PLUS = new Set(['+']);

/** `for`/`while` bodies are loops; `if`/`elif`/`else` arms are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement', 'while_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(['elif_clause', 'else_clause']),
    blockTypes: new Set(['block']),
  }),
  names: new Set(['identifier']),
  definitions: new Set(['function_definition', 'class_definition', 'decorated_definition']),
};

const rules: JoinRules = {
  literals: new Set(['string']),
  emit,
  operands: (node) =>
    binaryOperands(node, BINARY, PLUS) ??
    (node.type === 'concatenated_string' ? namedChildren(node) : undefined) ??
    parenthesised(node, 'parenthesized_expression'),
  assignedTo(value) {
    const assignment = value.parent;
    if (!assignment || (assignment.type !== 'assignment' && assignment.type !== 'augmented_assignment'))
      return undefined;
    const left = field(assignment, 'left'),
      right = field(assignment, 'right');
    if (!left || left.type !== 'identifier' || !right || right.startIndex !== value.startIndex) return undefined;
    const statement = assignment.parent;
    return statement?.type === 'expression_statement' ? { name: left.text, statement } : undefined;
  },
  appendedBy: compoundAppend('augmented_assignment', '+='),
  flow: FLOW,
};

/** The Python extractor. */
export const extractPython = joinedValueExtractor(rules);
