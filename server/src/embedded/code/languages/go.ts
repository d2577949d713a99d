/**
 * Go string literals: interpreted "…" (escapes) and raw `…`; `%s` / `%v` / `%d` fmt verbs are
 * placeholders (`fmt.Sprintf` templates). Joined by `+`, appended with `+=`.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { VirtualDocumentBuilder } from '../../virtualDocument';
import { cStyleEscaper, escaperFrom, readEscape, readPrintf, type EscapeForms } from '../escapes';
import {
  binaryOperands,
  field,
  joinedValueExtractor,
  namedChildren,
  parenthesised,
  type JoinRules,
} from '../joinedValue';
import { loopOrConditional, type FlowRules } from '../appendFlow';
import { emitPieces, type Step } from '../literalPieces';

const ESCAPES: EscapeForms = {
  simple: { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' },
  hex: 2,
  hexExact: true,
  u4: true,
  u8: true,
  octal: 3,
};

const interpreted: Step = (text, i, end) => readEscape(text, i, end, ESCAPES) ?? readPrintf(text, i, end, true);
const raw: Step = (text, i, end) => readPrintf(text, i, end, true);

// A raw string cannot hold a backtick: close it, add an interpreted one, reopen.
const RAW_ESCAPER = escaperFrom([['`', '` + "`" + `']]);

function emit(node: Node, text: string, b: VirtualDocumentBuilder): void {
  const isRaw = node.type === 'raw_string_literal';
  b.beginLiteral(isRaw ? RAW_ESCAPER : cStyleEscaper('"'));
  emitPieces(
    b,
    text,
    [{ kind: 'text', start: node.startIndex + 1, end: node.endIndex - 1 }],
    isRaw ? raw : interpreted,
  );
}

/** The single expression of an expression_list, or undefined. */
function single(list: Node | undefined): Node | undefined {
  const items = list && list.type === 'expression_list' ? namedChildren(list) : [];
  return items.length === 1 ? items[0] : undefined;
}

const BINARY = new Set(['binary_expression']);
const PLUS = new Set(['+']);

/** `for` bodies (every form) are loops; `if`/`else if`/`else` arms are branches. */
const FLOW: FlowRules = {
  block: loopOrConditional(new Set(['for_statement']), {
    conditionals: new Set(['if_statement']),
    clauses: new Set(),
    // A block holds a statement_list that holds the statements.
    blockTypes: new Set(['block', 'statement_list']),
  }),
  names: new Set(['identifier']),
  // Functions nest only as literals (expressions); a local type is the only definition statement.
  definitions: new Set(['type_declaration']),
};

const rules: JoinRules = {
  literals: new Set(['interpreted_string_literal', 'raw_string_literal']),
  emit,
  operands: (node) => binaryOperands(node, BINARY, PLUS) ?? parenthesised(node, 'parenthesized_expression'),
  assignedTo(value) {
    const list = value.parent;
    if (!list || single(list)?.startIndex !== value.startIndex) return undefined;
    const owner = list.parent;
    if (owner?.type === 'var_spec') {
      const name = field(owner, 'name');
      return name && owner.parent ? { name: name.text, statement: owner.parent } : undefined;
    }
    if (owner?.type !== 'short_var_declaration' && owner?.type !== 'assignment_statement') return undefined;
    const left = single(field(owner, 'left'));
    return left?.type === 'identifier' ? { name: left.text, statement: owner } : undefined;
  },
  appendedBy(statement, name) {
    if (statement.type !== 'assignment_statement' || field(statement, 'operator')?.type !== '+=') return undefined;
    const left = single(field(statement, 'left')),
      right = single(field(statement, 'right'));
    return left?.type === 'identifier' && left.text === name && right ? [right] : undefined;
  },
  flow: FLOW,
};

/** The Go extractor. */
export const extractGo = joinedValueExtractor(rules);
