/**
 * PHP echo chains: TwiML written over several statements (`echo "<Response>"; … echo
 * "</Response>";`, as Twilio's older PHP quickstarts do) read as ONE document, so an element
 * opened by one `echo` and closed by another is not reported as never closed.
 *
 * A chain starts at an `echo`/`print` whose value starts as TwiML and runs over the statements
 * after it in the same statement list until `exit`, `die`, `return` or the end of the list.
 * Echoed values are written as the literal extractor writes them (one host literal each, `$x`
 * and calls as placeholders); `printf` writes its format; the inline text of `?>…<?php` is
 * copied; loops become `loop` blocks and `if`/`elseif`/`else` arms `branch` blocks; an
 * assignment writes nothing and any other call an output placeholder (it may print) until the
 * root is closed: after `</Response>` an unread call adds nothing (its output is not seen). An arm
 * that prints a whole document of its own and then ends the request is left out: it is an
 * alternative response, read as a chain of its own.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { OffsetRange } from '../../../parser/xmlModel';
import { VirtualDocumentBuilder, type EmbeddedDocument } from '../../virtualDocument';
import { phpJoinRules } from '../languages/php';
import { AncestorPaths, field, namedChildren, writeOperand } from '../joinedValue';
import type { ExtractContext } from '../literalExtractor';
import { startsAsTwiml } from '../literalStart';

/** The chains of a file and the host spans of the statements whose output they hold. */
export interface EchoChains {
  documents: EmbeddedDocument[];
  /** Echo/print/printf statements written into a chain: their literals are not documents of their own. */
  consumed: OffsetRange[];
}

/** Nodes holding a list of statements a chain runs along. */
const LISTS = new Set(['program', 'compound_statement', 'colon_block']);
const LOOPS = new Set(['foreach_statement', 'for_statement', 'while_statement', 'do_statement']);
/** Declarations print nothing where they stand. */
const SILENT_STATEMENTS = new Set([
  'function_definition',
  'class_declaration',
  'interface_declaration',
  'trait_declaration',
  'enum_declaration',
  'namespace_definition',
  'namespace_use_declaration',
  'const_declaration',
  'global_declaration',
  'function_static_declaration',
  'empty_statement',
  'unset_statement',
  'php_tag',
  'php_end_tag',
]);
/** Expressions that print nothing (an assignment's right side is not followed: it rarely prints). */
const SILENT_EXPRESSIONS = new Set([
  'assignment_expression',
  'augmented_assignment_expression',
  'reference_assignment_expression',
  'update_expression',
]);
/** Calls known to print nothing, common in webhooks before and between the echoes. */
const SILENT_CALLS = new Set([
  'header',
  'http_response_code',
  'setcookie',
  'session_start',
  'error_log',
  'date_default_timezone_set',
  'ob_start',
  'define',
]);
const ENDS = new Set(['exit', 'die']);
/** The root `<Response>` has been closed (or was self-closing) in what the chain wrote so far. */
const ROOT_CLOSED = /<\/Response\s*>|<Response\b[^<>]*\/>/;
/** How far up from a candidate the literal and its echo are looked for. */
const MAX_CLIMB = 64;

/** Lower-cased name of the function a call expression calls, when it is a plain name. */
function calledName(call: Node): string | undefined {
  const name = field(call, 'function');
  return name?.type === 'name' ? name.text.toLowerCase() : undefined;
}

/** True when the expression statement is `exit`, `die`, `exit(…)` or `die(…)`. */
function isEndCall(inner: Node): boolean {
  if (inner.type === 'name') return ENDS.has(inner.text.toLowerCase());
  return inner.type === 'function_call_expression' && ENDS.has(calledName(inner) ?? '');
}

/** The values an `echo a, b;` writes, in order. */
function echoedValues(node: Node): Node[] {
  return namedChildren(node).flatMap((child) => (child.type === 'sequence_expression' ? echoedValues(child) : [child]));
}

/** The statements of a loop body or an `if` arm: a `{…}`/`:` block's content, or the one statement. */
function bodyStatements(owner: Node, body: Node | undefined): Node[] {
  if (!body) return [];
  const out = LISTS.has(body.type) ? namedChildren(body) : [body];
  // `foreach (…): ?>text<?php endforeach;` puts the text after the (empty) colon block, in the loop node.
  for (
    let next = body.nextNamedSibling;
    next && next.parent && sameNode(next.parent, owner);
    next = next.nextNamedSibling
  ) {
    if (next.type !== 'else_if_clause' && next.type !== 'else_clause' && !next.type.includes('comment')) out.push(next);
  }
  return out;
}

/** The arms of an `if`, each as its statements. */
function armsOf(node: Node): Node[][] {
  const arms = [bodyStatements(node, field(node, 'body'))];
  for (const clause of namedChildren(node)) {
    if (clause.type !== 'else_if_clause' && clause.type !== 'else_clause') continue;
    const children = namedChildren(clause);
    arms.push(bodyStatements(clause, field(clause, 'body') ?? children[children.length - 1]));
  }
  return arms;
}

/** Writes the output of statements into one builder. */
class ChainWriter {
  readonly builder = new VirtualDocumentBuilder('literal');
  readonly consumed: OffsetRange[] = [];
  /** The virtual text written before the first inline text, once there is inline text. */
  beforeInline: string | undefined;

  /** @param probing set while an arm is tried alone: its own arms are then not tried (that would cost 2^depth) */
  constructor(
    private readonly text: string,
    private readonly probing = false,
  ) {}

  /** Writes `statements` in order; true when one of them ends the request. */
  list(statements: readonly Node[]): boolean {
    for (const statement of statements) if (this.statement(statement)) return true;
    return false;
  }

  private statement(node: Node): boolean {
    const type = node.type;
    if (type === 'echo_statement') {
      this.values(node, echoedValues(node));
      return false;
    }
    if (type === 'text_interpolation') {
      for (const child of namedChildren(node)) this.statement(child);
      return false;
    }
    if (type === 'text') {
      this.inline(node);
      return false;
    }
    if (type === 'exit_statement' || type === 'return_statement') return true;
    if (type === 'expression_statement') return this.expression(node);
    if (type === 'if_statement') {
      this.branches(node);
      return false;
    }
    if (LOOPS.has(type)) {
      this.loop(node);
      return false;
    }
    if (LISTS.has(type)) return this.list(namedChildren(node));
    if (SILENT_STATEMENTS.has(type) || type.includes('comment')) return false;
    // A switch, a try, an include: it may print, and what it prints is not read.
    this.opaque(node);
    return false;
  }

  private expression(statement: Node): boolean {
    const inner = statement.namedChild(0);
    if (!inner) return false;
    if (isEndCall(inner)) return true;
    if (inner.type === 'print_intrinsic') {
      this.values(statement, namedChildren(inner));
      return false;
    }
    if (SILENT_EXPRESSIONS.has(inner.type)) return false;
    if (inner.type === 'function_call_expression') {
      const name = calledName(inner);
      if (name && SILENT_CALLS.has(name)) return false;
      const format = name === 'printf' ? field(inner, 'arguments')?.namedChild(0)?.namedChild(0) : undefined;
      // printf's format is written; its `%s` verbs are the placeholders of the other arguments.
      if (format) {
        this.values(statement, [format]);
        return false;
      }
    }
    this.opaque(statement);
    return false;
  }

  private values(statement: Node, values: readonly Node[]): void {
    this.consumed.push({ start: statement.startIndex, end: statement.endIndex });
    for (const value of values) writeOperand(value, this.text, phpJoinRules, this.builder);
  }

  private inline(node: Node): void {
    if (this.beforeInline === undefined) this.beforeInline = this.builder.currentText;
    // Text outside PHP is sent as written: no escaping for a fix written into it.
    this.builder.beginLiteral().verbatim(this.text.slice(node.startIndex, node.endIndex), node.startIndex);
  }

  private opaque(node: Node): void {
    // After the reply's root is closed an unread statement (`mail(…)`, an include) is not text
    // after the root: whether it prints is not seen, so it adds nothing.
    if (ROOT_CLOSED.test(this.builder.currentText)) return;
    this.builder.placeholder(node.startIndex, node.endIndex, this.text.slice(node.startIndex, node.endIndex));
  }

  private loop(node: Node): void {
    this.builder.openBlock('loop');
    this.list(bodyStatements(node, field(node, 'body')));
    this.builder.closeBlock();
  }

  private branches(node: Node): void {
    this.builder.openBlock('branch');
    armsOf(node).forEach((arm, index) => {
      if (index > 0) this.builder.nextArm();
      if (!this.isAlternative(arm)) this.list(arm);
    });
    this.builder.closeBlock();
  }

  /** True when the arm prints a document of its own and ends the request. */
  private isAlternative(arm: readonly Node[]): boolean {
    if (this.probing) return false;
    const probe = new ChainWriter(this.text, true);
    return probe.list(arm) && startsAsTwiml(probe.builder.currentText);
  }
}

/** The `echo` statement (or `print` expression statement) whose first value holds `node`'s literal. */
function echoAt(path: readonly Node[]): Node | undefined {
  for (let i = path.length - 1, depth = 0; i >= 0 && depth < MAX_CLIMB; i--, depth++) {
    const current = path[i];
    if (current.type === 'echo_statement') return current;
    if (current.type === 'print_intrinsic')
      return path[i - 1]?.type === 'expression_statement' ? path[i - 1] : undefined;
    if (LISTS.has(current.type) || current.type.includes('comment')) return undefined;
  }
  return undefined;
}

/** Reads every echo chain that starts at one of the candidates (offsets of `<Response`/`<?xml`). */
export function readEchoChains({ text, tree, candidates }: ExtractContext): EchoChains {
  const chains: EchoChains = { documents: [], consumed: [] };
  const paths = new AncestorPaths(tree.rootNode);
  for (const offset of candidates) {
    if (chains.consumed.some((range) => offset >= range.start && offset < range.end)) continue;
    const echo = echoAt(paths.at(offset));
    const list = echo?.parent;
    if (!echo || !list || !LISTS.has(list.type)) continue;
    const siblings = namedChildren(list);
    const from = siblings.findIndex((sibling) => sameNode(sibling, echo));
    const writer = new ChainWriter(text);
    const run = siblings.slice(from);
    // A run the parser could not read whole (a missing `;`) has no known output: PHP would not
    // even run it, and where its strings end is the parser's guess.
    if (run.some((statement) => statement.hasError || statement.isMissing)) continue;
    writer.list(run);
    // What the echoes print before any inline text decides: `echo '<?xml…?>'; ?><Response>…` is
    // the template reader's document, not a chain.
    if (!startsAsTwiml(writer.beforeInline ?? writer.builder.currentText)) continue;
    chains.documents.push(writer.builder.build());
    chains.consumed.push(...writer.consumed);
  }
  return chains;
}

function sameNode(a: Node, b: Node): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
