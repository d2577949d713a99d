/**
 * Java string literals: "…" and text blocks `"""…"""`, whose incidental indentation (the least
 * indentation of the non-blank lines and of the closing delimiter's line) and trailing blanks are
 * stripped as the JLS says. `%s`-style verbs are placeholders always (`String.format`,
 * `.formatted`). Joined by `+`, appended with `+=`; StringBuilder chains are not followed.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import { cStyleEscaper, escaperFrom, readEscape, readPrintf, type EscapeForms } from '../escapes';
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
import {
  commonIndent,
  dedent,
  emitPieces,
  lineStartOf,
  onlyBlanksBefore,
  type Piece,
  type Step,
} from '../literalPieces';

const ESCAPES: EscapeForms = {
  simple: { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', s: ' ', '"': '"', "'": "'", '\\': '\\' },
  u4: true,
  octal: 3,
  continuation: true,
};

const step: Step = (text, i, end) => readEscape(text, i, end, ESCAPES) ?? readPrintf(text, i, end);

function emitTextBlock(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const start = text.indexOf('\n', node.startIndex + 3) + 1;
  const close = node.endIndex - 3;
  if (start <= 0 || start > close) return;
  // A closing delimiter on its own line: its indentation counts, and that blank line is no content.
  const ownLine = onlyBlanksBefore(text, close);
  const closeLine = lineStartOf(text, close);
  const end = ownLine ? closeLine : close;
  let indent = commonIndent(text, start, end);
  if (ownLine) indent = Math.min(indent, close - closeLine);
  b.beginLiteral(
    escaperFrom([
      ['\\', '\\\\'],
      ['"""', '\\"""'],
      ['\n', '\n' + ' '.repeat(indent)],
    ]),
  );
  const raw: Piece[] = [{ kind: 'text', start, end }];
  emitPieces(b, text, dedent(raw, text, indent, true), step);
}

function emit(node: Node, text: string, b: VirtualDocumentBuilder): void {
  if (text.startsWith('"""', node.startIndex)) {
    emitTextBlock(node, text, b);
    return;
  }
  b.beginLiteral(cStyleEscaper('"'));
  emitPieces(b, text, [{ kind: 'text', start: node.startIndex + 1, end: node.endIndex - 1 }], step);
}

const BINARY = new Set(['binary_expression']);
const PLUS = new Set(['+']);

/** `for`/enhanced `for`/`while`/`do` bodies are loops; `if`/`else if`/`else` arms are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(),
    blockTypes: new Set(['block']),
  }),
  names: new Set(['identifier']),
  definitions: new Set(['class_declaration', 'interface_declaration', 'record_declaration', 'enum_declaration']),
};

const rules: JoinRules = {
  literals: new Set(['string_literal']),
  emit,
  operands: (node) => binaryOperands(node, BINARY, PLUS) ?? parenthesised(node, 'parenthesized_expression'),
  assignedTo(value) {
    const parent = value.parent;
    if (parent?.type === 'variable_declarator') {
      const name = field(parent, 'name');
      const statement = parent.parent;
      if (
        name?.type !== 'identifier' ||
        field(parent, 'value')?.startIndex !== value.startIndex ||
        statement?.type !== 'local_variable_declaration'
      )
        return undefined;
      return { name: name.text, statement };
    }
    return assignmentStatement(value, ['assignment_expression']);
  },
  appendedBy: compoundAppend('assignment_expression', '+='),
  flow: FLOW,
};

/** The Java extractor. */
export const extractJava = joinedValueExtractor(rules);
