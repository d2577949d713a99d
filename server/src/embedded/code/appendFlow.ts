/**
 * Follows the appends to one variable through the statements after its assignment, into the
 * loops and conditional arms among them, as a plan of values and blocks: `for m in ms: x += m`
 * is a loop block holding `m`. Statements that do not mention the variable are passed over; any
 * other use of it (reassignment, a call, `return x`) or a nested definition ends the chain, and a
 * loop or conditional whose body ends it is not entered at all: a wrong join is a false alarm,
 * a chain cut short is only a fragment.
 */
import type { Node } from '@vscode/tree-sitter-wasm';

/** What a language says about its statements, for the appends to be followed across them. */
export interface FlowRules {
  /**
   * When `statement` is a loop or a conditional: its kind and the statements of each arm (a loop
   * has one arm, a missing `else` is no arm). Whatever of the statement is not in an arm (the
   * condition, the iterable) must not mention the variable.
   */
  block(statement: Node): { kind: 'loop' | 'branch'; arms: Node[][] } | undefined;
  /** Node types that name a variable (`identifier`, PHP `variable_name`): their text is the name. */
  names: ReadonlySet<string>;
  /** Statement types of nested functions and classes: the chain stops at them. */
  definitions: ReadonlySet<string>;
}

/** One step of the built value: an appended value, or a block whose arms hold further steps. */
export type FlowStep = { kind: 'value'; node: Node } | { kind: 'loop' | 'branch'; arms: FlowStep[][] };

/** What the flow needs besides {@link FlowRules}: the single-statement append reader. */
export interface AppendReader {
  /** The values `statement` appends to `name`, else undefined. */
  appendedBy(statement: Node, name: string): Node[] | undefined;
  flow: FlowRules;
}

/** Statements after `statement` among its siblings (comments skipped). */
function followingStatements(statement: Node): Node[] {
  const out: Node[] = [];
  for (let next = statement.nextNamedSibling; next; next = next.nextNamedSibling) {
    if (!next.type.includes('comment')) out.push(next);
  }
  return out;
}

/** The steps that append to `name` after `statement`, up to the first statement that ends the chain. */
export function appendsAfter(statement: Node, name: string, reader: AppendReader): FlowStep[] {
  return walk(followingStatements(statement), name, reader).steps;
}

/** Reads `statements` in order; `stopped` tells that one of them ended the chain. */
function walk(statements: Node[], name: string, reader: AppendReader): { steps: FlowStep[]; stopped: boolean } {
  const steps: FlowStep[] = [];
  for (const statement of statements) {
    const step = stepOf(statement, name, reader);
    if (step === 'stop') return { steps, stopped: true };
    if (step) steps.push(...step);
  }
  return { steps, stopped: false };
}

/** The steps one statement adds, `[]` when it is unrelated, `'stop'` when it ends the chain. */
function stepOf(statement: Node, name: string, reader: AppendReader): FlowStep[] | 'stop' {
  const { flow } = reader;
  if (statement.type.includes('comment')) return [];
  if (flow.definitions.has(statement.type)) return 'stop';
  // Most statements do not hold the name at all: a text search spares walking their nodes.
  if (!statement.text.includes(name)) return [];
  const added = reader.appendedBy(statement, name);
  if (added) {
    // `x += x` or `x += f(x)` reads the variable: not a plain append.
    return added.some((value) => mentions(value, name, flow.names))
      ? 'stop'
      : added.map((node) => ({ kind: 'value', node }));
  }
  const block = flow.block(statement);
  if (block) {
    const armStatements = block.arms.flat();
    if (mentions(statement, name, flow.names, armStatements)) return 'stop';
    const arms: FlowStep[][] = [];
    for (const arm of block.arms) {
      const read = walk(arm, name, reader);
      if (read.stopped) return 'stop';
      arms.push(read.steps);
    }
    // A block that appends nothing writes nothing.
    return arms.some((arm) => arm.length > 0) ? [{ kind: block.kind, arms }] : [];
  }
  return mentions(statement, name, flow.names) ? 'stop' : [];
}

/**
 * True when a node of a `names` type with the text `name` lies in `node`, outside the nodes in
 * `skip` (read separately). Field and method names of the same spelling count too: when unsure,
 * the chain stops.
 */
export function mentions(node: Node, name: string, names: ReadonlySet<string>, skip: readonly Node[] = []): boolean {
  const stack: Node[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (
      skip.some(
        (s) => s.startIndex === current.startIndex && s.endIndex === current.endIndex && s.type === current.type,
      )
    )
      continue;
    if (names.has(current.type) && current.text === name) return true;
    for (let i = 0; i < current.childCount; i++) {
      const child = current.child(i);
      if (child) stack.push(child);
    }
  }
  return false;
}

/** The value nodes of `steps`, in host order. */
export function valuesOf(steps: readonly FlowStep[]): Node[] {
  return steps.flatMap((step) => (step.kind === 'value' ? [step.node] : step.arms.flatMap(valuesOf)));
}

/**
 * The statements of a body: the named children of a node of a `blockTypes` type (nested ones,
 * such as Go's `block` → `statement_list`, opened too), or the node itself when it is a single
 * statement (`for (…) x += 'a';`). Comments are dropped.
 */
export function statementsOf(body: Node, blockTypes: ReadonlySet<string>): Node[] {
  if (!blockTypes.has(body.type)) return body.type.includes('comment') ? [] : [body];
  const out: Node[] = [];
  for (let i = 0; i < body.namedChildCount; i++) {
    const child = body.namedChild(i);
    if (child) out.push(...statementsOf(child, blockTypes));
  }
  return out;
}

/** How a grammar writes its conditionals, for {@link conditionalArms}. */
export interface ConditionalShape {
  /** Conditional statement types (`if_statement`; Ruby `if`, `unless`, `if_modifier`). */
  conditionals: ReadonlySet<string>;
  /** `elif`/`else` clause types that wrap an arm (`elif_clause`, `else_clause`, Ruby `elsif`, `else`). */
  clauses: ReadonlySet<string>;
  /** Node types whose children are statements (`block`, `statement_block`, Ruby `then`). */
  blockTypes: ReadonlySet<string>;
}

/**
 * The arms of a conditional, `else if` chains flattened into one list: the arm in field
 * `consequence` (or `body`), then those of each `alternative` (a clause, a nested `if`, or a
 * plain block). Undefined when `statement` is no conditional.
 */
export function conditionalArms(statement: Node, shape: ConditionalShape): Node[][] | undefined {
  if (!shape.conditionals.has(statement.type)) return undefined;
  const arms: Node[][] = [];
  const visit = (node: Node): void => {
    if (!shape.conditionals.has(node.type) && !shape.clauses.has(node.type)) {
      arms.push(statementsOf(node, shape.blockTypes));
      return;
    }
    const main = node.childForFieldName('consequence') ?? node.childForFieldName('body');
    const alternatives = node.childrenForFieldName('alternative').filter((alt): alt is Node => alt !== null);
    if (main) visit(main);
    else if (shape.clauses.has(node.type)) {
      // A clause without fields holds its arm directly (JS `else stmt`, Ruby `else … end`).
      const inner = namedStatements(node, alternatives);
      if (inner.length === 1 && shape.conditionals.has(inner[0].type)) visit(inner[0]);
      else arms.push(inner.flatMap((child) => statementsOf(child, shape.blockTypes)));
    }
    for (const alternative of alternatives) visit(alternative);
  };
  visit(statement);
  return arms;
}

/** Named children of a clause, without comments and without its `alternative`s. */
function namedStatements(node: Node, alternatives: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (!child || child.type.includes('comment')) continue;
    if (alternatives.some((alt) => alt.startIndex === child.startIndex && alt.type === child.type)) continue;
    out.push(child);
  }
  return out;
}

/** The statements of a loop's `body` field when `statement` is one of `loops`, else undefined. */
export function loopBody(
  statement: Node,
  loops: ReadonlySet<string>,
  blockTypes: ReadonlySet<string>,
): Node[] | undefined {
  if (!loops.has(statement.type)) return undefined;
  const body = statement.childForFieldName('body');
  return body ? statementsOf(body, blockTypes) : undefined;
}

/** The usual {@link FlowRules.block}: a loop of `loops`, else a conditional of `shape`. */
export function loopOrConditional(loops: ReadonlySet<string>, shape: ConditionalShape): FlowRules['block'] {
  return (statement) => {
    const body = loopBody(statement, loops, shape.blockTypes);
    if (body) return { kind: 'loop', arms: [body] };
    const arms = conditionalArms(statement, shape);
    return arms ? { kind: 'branch', arms } : undefined;
  };
}
