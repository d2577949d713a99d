/**
 * The language-neutral extractor: from each candidate offset, climb to the string literal
 * holding it, then to the whole value it is joined into (`+`, `.`, implicit concatenation),
 * follow the appends to the same variable in the statements after it (into loops and conditional
 * arms, written as the builder's `loop` and `branch` blocks), and write the value as one
 * {@link EmbeddedDocument} when it starts with `<Response` or `<?xml … ?><Response`.
 * Only the nodes at the candidates and the statements after an assigned value are visited (those
 * that do not hold the variable's name by a text search only): never the whole tree.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import { VirtualDocumentBuilder, type EmbeddedDocument } from '../virtualDocument';
import { mentionsTwilio, startsAsTwiml } from './literalStart';
import { appendsAfter, valuesOf, type FlowRules, type FlowStep } from './appendFlow';
import type { ExtractContext, LiteralExtractor } from './literalExtractor';
import { pathTo } from '../sdk/syntax';

/** What a language tells the shared extractor. */
export interface JoinRules {
  /** Node types of whole string literals (the node a candidate is climbed to). */
  literals: ReadonlySet<string>;
  /** Writes one literal: `beginLiteral(escaper)` then its pieces. */
  emit(node: Node, text: string, b: VirtualDocumentBuilder): void;
  /** The operands, in order, when `node` is a join (`a + b`, `"a" "b"`, `(a)`), else undefined. */
  operands(node: Node): Node[] | undefined;
  /** When `value` is the whole right side of `name = value` (or `name += value`): the variable and the statement. */
  assignedTo(value: Node): { name: string; statement: Node } | undefined;
  /** The values `statement` appends to `name` (`name += v`, `name .= v`, `name << a << b`), else undefined. */
  appendedBy(statement: Node, name: string): Node[] | undefined;
  /** Loops, conditionals, names and definitions: how appends are followed across statements. */
  flow: FlowRules;
  /** Optional: the literal for a candidate node the generic climb does not reach. */
  literalFor?(node: Node): Node | undefined;
}

/** A candidate at most this deep below its literal is still read (climbing stops beyond). */
const MAX_CLIMB = 64;

/**
 * A join of more operands than this is not read: nobody writes a reply as a thousand `+`s, but a
 * minified file chains tens of thousands, and reading them is quadratic (ARCHITECTURE.md,
 * "Bounded work").
 */
export const MAX_JOIN_DEPTH = 1000;

/** Builds the {@link LiteralExtractor} of a language from its rules. */
export function joinedValueExtractor(rules: JoinRules): LiteralExtractor {
  return (context) => extract(context, rules);
}

function extract({ text, tree, candidates }: ExtractContext, rules: JoinRules): EmbeddedDocument[] {
  const documents: EmbeddedDocument[] = [];
  const seen: Array<{ start: number; end: number }> = [];
  let twilio: boolean | undefined;
  const paths = new AncestorPaths(tree.rootNode);
  const roots = new Map<number, Node | null>();
  for (const offset of candidates) {
    if (seen.some((range) => offset >= range.start && offset < range.end)) continue;
    const literal = literalAt(paths, offset, rules);
    if (!literal) continue;
    const value = valueRoot(literal, rules, paths.at(offset), roots);
    if (!value || !unbroken(value)) continue;
    const steps: FlowStep[] = [{ kind: 'value', node: value }, ...appends(value, rules)];
    // Only the values written are taken: another literal between two appends is read on its own.
    for (const node of valuesOf(steps)) seen.push({ start: node.startIndex, end: node.endIndex });
    const b = new VirtualDocumentBuilder('literal');
    if (trimmedBeforeSent(value, text, rules)) b.dropLeadingBlanks();
    writeSteps(steps, text, rules, b);
    if (startsAsTwiml(b.currentText, (twilio ??= mentionsTwilio(text)))) documents.push(b.build());
  }
  return documents;
}

/** Method calls that remove a string's leading blanks (`.trim()`, `.strip()`, `.Trim()`, `.squish`). */
const TRIM_METHODS = 'trim|trimStart|trimLeft|strip|lstrip|stripLeading|stripIndent|Trim|TrimStart|squish';
/** Functions that do (`trim($x)`, `strings.TrimSpace(x)`). */
const TRIM_FUNCTIONS = 'trim|ltrim|TrimSpace|TrimLeft|TrimPrefix';
const TRIM_AFTER = new RegExp(`^\\s*\\)*\\s*\\??\\.\\s*(?:${TRIM_METHODS})\\b`);
const TRIM_AROUND = new RegExp(`\\b(?:${TRIM_FUNCTIONS})\\s*\\(\\s*$`);

/**
 * True when the value's leading blanks are removed before it is sent: a trim call on the value
 * itself, or on the variable it is assigned to anywhere after the assignment. (Only the leading
 * blanks are dropped for it: a loose match costs at most a finding about blanks before `<?xml`.)
 */
function trimmedBeforeSent(value: Node, text: string, rules: JoinRules): boolean {
  if (TRIM_AFTER.test(text.slice(value.endIndex, value.endIndex + 64))) return true;
  if (TRIM_AROUND.test(text.slice(Math.max(0, value.startIndex - 64), value.startIndex))) return true;
  const target = rules.assignedTo(value);
  if (!target) return false;
  const name = target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = new RegExp(
    `(?<![\\w$])${name}\\s*\\??\\.\\s*(?:${TRIM_METHODS})\\b|\\b(?:${TRIM_FUNCTIONS})\\s*\\(\\s*${name}(?!\\w)`,
  );
  return use.test(text.slice(target.statement.endIndex));
}

/**
 * The nodes from the root down to the one holding a candidate's `<`, outermost first, for
 * candidates in text order. Never a zero-width node (a MISSING token of error recovery):
 * tree-sitter finds a zero-width node's parent by recursing from the root once per level, which
 * overflows the WebAssembly stack in a deep tree (C# `<x><x>…` unclosed generics) and corrupts
 * its memory: every later parse fails. And not climbing with `Node.parent`, which searches from
 * the root at every step: the path of the previous candidate is kept, cut back to the first node
 * holding the next one, and extended down from there. Thousands of candidates 4,000 levels deep
 * took 40 s by climbing, 5 s by descending each from the root.
 */
export class AncestorPaths {
  private readonly path: Node[];

  constructor(root: Node) {
    this.path = [root];
  }

  /** The path to the node holding [offset, offset + 1); valid until the next call. */
  at(offset: number): readonly Node[] {
    const path = this.path;
    while (path.length > 1 && !holds(path[path.length - 1], offset)) path.pop();
    path.push(...pathTo(path[path.length - 1], offset, offset + 1).slice(1));
    return path;
  }
}

function holds(node: Node, offset: number): boolean {
  return node.startIndex <= offset && offset + 1 <= node.endIndex;
}

/** The string literal holding the candidate at `offset` (a comment holds none). */
function literalAt(paths: AncestorPaths, offset: number, rules: JoinRules): Node | undefined {
  const path = paths.at(offset);
  const node = path[path.length - 1];
  if (node.type.includes('comment')) return undefined;
  const special = rules.literalFor?.(node);
  if (special) return special;
  for (let i = path.length - 1, depth = 0; i >= 0 && depth < MAX_CLIMB; i--, depth++) {
    // A literal the parser could not read whole (unterminated, or cut by a syntax error) has no
    // known text: where it ends is the parser's guess, so it is not read as TwiML.
    if (rules.literals.has(path[i].type)) return unbroken(path[i]) ? path[i] : undefined;
  }
  return undefined;
}

/**
 * False when the literal or joined value is a parse error, holds one, or is a fragment the parser
 * could not attach (its parent is an error). An error elsewhere in the file, even one the parser
 * wraps around this function, leaves it readable.
 */
function unbroken(node: Node): boolean {
  return !node.hasError && !node.isMissing && node.parent?.type !== 'ERROR';
}

/**
 * Climbs from a literal through the joins it is an operand of, along `path` (the literal's
 * ancestors, outermost first) where the literal is on it: `Node.parent` searches from the root at
 * every step. Undefined past {@link MAX_JOIN_DEPTH} joins.
 */
function valueRoot(
  literal: Node,
  rules: JoinRules,
  path: readonly Node[],
  roots: Map<number, Node | null>,
): Node | undefined {
  let index = path.length - 1;
  while (index >= 0 && !sameNode(path[index], literal)) index--;
  const parentOf = (node: Node): Node | null =>
    index > 0 && sameNode(path[index], node) ? path[--index] : ((index = -1), node.parent);
  // Every join climbed through has the same root (or is part of the same too-large join): the
  // next literal of the chain stops at the first join already climbed.
  const climbed: Node[] = [];
  let value = literal;
  let root: Node | null | undefined;
  for (let parent = parentOf(value); parent; parent = parentOf(value)) {
    if (!rules.operands(parent)?.some((child) => sameNode(child, value))) break;
    root = roots.get(parent.id);
    if (root !== undefined) break;
    if (climbed.length >= MAX_JOIN_DEPTH) {
      root = null;
      break;
    }
    climbed.push(parent);
    value = parent;
  }
  const result = root === undefined ? value : root;
  for (const node of climbed) roots.set(node.id, result);
  return result ?? undefined;
}

/** The appends to the variable the value is assigned to, in the statements after the assignment. */
function appends(value: Node, rules: JoinRules): FlowStep[] {
  const target = rules.assignedTo(value);
  return target ? appendsAfter(target.statement, target.name, rules) : [];
}

/** Writes values in order, loops and conditional arms as the builder's blocks. */
function writeSteps(steps: readonly FlowStep[], text: string, rules: JoinRules, b: VirtualDocumentBuilder): void {
  for (const step of steps) {
    if (step.kind === 'value') {
      writeOperand(step.node, text, rules, b);
      continue;
    }
    b.openBlock(step.kind);
    step.arms.forEach((arm, i) => {
      if (i > 0) b.nextArm();
      writeSteps(arm, text, rules, b);
    });
    b.closeBlock();
  }
}

/**
 * Writes a value: a literal as the language emits it, the operands of a join in order, anything
 * else (a variable, a call) as one placeholder.
 */
export function writeOperand(
  node: Node,
  text: string,
  rules: Pick<JoinRules, 'literals' | 'emit' | 'operands'>,
  b: VirtualDocumentBuilder,
): void {
  // An explicit stack, not recursion: a minified file can chain tens of thousands of `+`s, which
  // tree-sitter nests as deep as that and which would overflow the call stack.
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (rules.literals.has(next.type)) {
      rules.emit(next, text, b);
      continue;
    }
    const operands = rules.operands(next);
    if (operands) {
      for (let i = operands.length - 1; i >= 0; i--) stack.push(operands[i]);
      continue;
    }
    b.placeholder(next.startIndex, next.endIndex, text.slice(next.startIndex, next.endIndex));
  }
}

function sameNode(a: Node, b: Node): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/**
 * The statement `name = value;` (or `name += value;`) that `value` is the right side of, where
 * the assignment node is one of `assignmentTypes` and the name a `nameType`; else undefined.
 */
export function assignmentStatement(
  value: Node,
  assignmentTypes: readonly string[],
  nameType = 'identifier',
): { name: string; statement: Node } | undefined {
  const parent = value.parent;
  if (!parent || !assignmentTypes.includes(parent.type)) return undefined;
  const left = field(parent, 'left');
  const statement = parent.parent;
  if (
    left?.type !== nameType ||
    field(parent, 'right')?.startIndex !== value.startIndex ||
    statement?.type !== 'expression_statement'
  )
    return undefined;
  return { name: left.text, statement };
}

/**
 * The `appendedBy` of most grammars: a statement `name OP value;` (e.g. `xml += '...'`,
 * `$xml .= '...'`), whose assignment node is `assignmentType`, read as `[value]`.
 */
export function compoundAppend(
  assignmentType: string,
  operator: string,
  nameType = 'identifier',
): (statement: Node, name: string) => Node[] | undefined {
  return (statement, name) => {
    const inner = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
    if (!inner || inner.type !== assignmentType || field(inner, 'operator')?.type !== operator) return undefined;
    const left = field(inner, 'left'),
      right = field(inner, 'right');
    return left?.type === nameType && left.text === name && right ? [right] : undefined;
  };
}

/** The child in field `field`, or undefined. */
export function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** Named children, without comments. */
export function namedChildren(node: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && !child.type.includes('comment')) out.push(child);
  }
  return out;
}

/** `[left, right]` of a binary node whose operator is one of `ops`, else undefined. */
export function binaryOperands(node: Node, types: ReadonlySet<string>, ops: ReadonlySet<string>): Node[] | undefined {
  if (!types.has(node.type)) return undefined;
  const operator = field(node, 'operator');
  const left = field(node, 'left'),
    right = field(node, 'right');
  if (!operator || !left || !right || !ops.has(operator.type)) return undefined;
  return [left, right];
}

/** The only named child of a parenthesised expression. */
export function parenthesised(node: Node, type: string): Node[] | undefined {
  if (node.type !== type) return undefined;
  const inner = namedChildren(node);
  return inner.length === 1 ? inner : undefined;
}

/** The source of `node` when it is a plain identifier-like node of one of `types`. */
export function identifierText(node: Node | undefined, types: ReadonlySet<string>, text: string): string | undefined {
  return node && types.has(node.type) ? text.slice(node.startIndex, node.endIndex) : undefined;
}
