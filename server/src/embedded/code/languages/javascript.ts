/**
 * JavaScript / TypeScript / JSX / TSX string literals: '…', "…" and template literals (tagged
 * ones too) whose `${expr}` holes are placeholders; joined by `+` and parentheses, appended with
 * `+=`. JSX text is markup, not a string: a `<Response>` JSX element is never read.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import { cStyleEscaper, escaperFrom, readEscape, type EscapeForms } from '../escapes';
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
import { emitPieces, holeOf, piecesOf, type Step } from '../literalPieces';

const ESCAPES: EscapeForms = {
  simple: { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '`': '`', $: '$' },
  hex: 2,
  hexExact: true,
  u4: true,
  uBraces: true,
  continuation: true,
  unknownDropsBackslash: true,
};

/** `\0` not followed by a digit is NUL; legacy octal escapes are not read (strict mode has none). */
const step: Step = (text, i, end) => {
  if (text.charCodeAt(i) === 92 && text[i + 1] === '0' && !/[0-9]/.test(text[i + 2] ?? ''))
    return { kind: 'decoded', length: 2, text: '\0' };
  return readEscape(text, i, end, ESCAPES);
};

const TEMPLATE_ESCAPER = escaperFrom([
  ['\\', '\\\\'],
  ['`', '\\`'],
  ['${', '\\${'],
]);

function emit(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const quote = text[node.startIndex];
  b.beginLiteral(node.type === 'template_string' ? TEMPLATE_ESCAPER : cStyleEscaper(quote));
  const pieces = piecesOf(node, node.startIndex + 1, node.endIndex - 1, (child) =>
    child.type === 'template_substitution' ? holeOf(child, text, 2, 1) : undefined,
  );
  emitPieces(b, text, pieces, step);
}

const BINARY = new Set(['binary_expression']);
const PLUS = new Set(['+']);

/** `for`/`for…of`/`for…in`/`while`/`do` bodies are loops; `if`/`else if`/`else` arms are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(['else_clause']),
    blockTypes: new Set(['statement_block']),
  }),
  // `{ twiml }` in an object literal names the variable too.
  names: new Set(['identifier', 'shorthand_property_identifier']),
  definitions: new Set([
    'function_declaration',
    'generator_function_declaration',
    'class_declaration',
    'abstract_class_declaration',
  ]),
};

const rules: JoinRules = {
  literals: new Set(['string', 'template_string']),
  emit,
  operands: (node) => binaryOperands(node, BINARY, PLUS) ?? parenthesised(node, 'parenthesized_expression'),
  assignedTo(value) {
    const parent = value.parent;
    if (!parent) return undefined;
    if (parent.type === 'variable_declarator') {
      const name = field(parent, 'name');
      const statement = parent.parent;
      if (name?.type !== 'identifier' || field(parent, 'value')?.startIndex !== value.startIndex || !statement)
        return undefined;
      return { name: name.text, statement };
    }
    return assignmentStatement(value, ['assignment_expression', 'augmented_assignment_expression']);
  },
  appendedBy: compoundAppend('augmented_assignment_expression', '+='),
  flow: FLOW,
};

/** The extractor of JavaScript, TypeScript, JSX and TSX (their grammars share these node types). */
export const extractJavaScript = joinedValueExtractor(rules);
