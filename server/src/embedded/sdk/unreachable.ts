/**
 * Builder calls Twilio never runs: a verb added to a response after `.redirect()` lands after
 * <Redirect> in the TwiML, and Twilio follows the redirect before reaching it. Only straight-line
 * code is judged (the same block, statements that always fall through); a redirect in a branch,
 * or a call after a branch, loop or return, is not, since whether it runs depends on run time.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import { textArgument } from './arguments';
import type { MethodCall, ResponseBinding } from './bindings';
import { literalValue } from './literalValue';
import type { Syntax } from './syntax';
import type { BuilderFinding } from './types';

/** Builder methods that append a verb (or any child) to the response. */
const APPENDING = new Set([
  'message',
  'redirect',
  'say',
  'play',
  'pause',
  'gather',
  'dial',
  'record',
  'hangup',
  'reject',
  'enqueue',
  'leave',
  'connect',
  'start',
  'stop',
  'refer',
  'pay',
  'prompt',
  'echo',
  'queue',
  'sms',
  'append',
  'add_child',
  'addChild',
]);

/** One warning per call made on `binding` after one of its redirects in straight-line code. */
export function unreachableCalls(syntax: Syntax, binding: ResponseBinding): BuilderFinding[] {
  const findings: BuilderFinding[] = [];
  const flagged = new Set<number>();
  const statementsOf = new Map<number, Node[]>();
  for (const redirect of binding.calls) {
    if (redirect.method !== 'redirect' || flagged.has(redirect.call.id)) continue;
    const place = statementOf(syntax, redirect.path);
    if (!place || !syntax.straightLine.has(place.statement.type)) continue;
    let statements = statementsOf.get(place.block.id);
    if (!statements)
      statementsOf.set(place.block.id, (statements = place.block.namedChildren.filter((n): n is Node => n !== null)));
    for (const later of binding.calls) {
      if (later.call.startIndex < redirect.call.endIndex || !APPENDING.has(later.method) || flagged.has(later.call.id))
        continue;
      if (!runsAfter(syntax, statements, place, later.path)) continue;
      flagged.add(later.call.id);
      findings.push(finding(syntax, redirect, later));
    }
  }
  return findings;
}

/** A statement and the block holding it. */
interface Place {
  block: Node;
  statement: Node;
}

/**
 * The statement holding the last node of `path` directly in a block (the innermost block, or
 * `block` when given), or undefined when the way there passes a conditional expression
 * (`a and resp.redirect()`) or another scope, so the call may not run.
 */
function statementOf(syntax: Syntax, path: readonly Node[], block?: Node): Place | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    const up = path[i];
    if (block ? up.id === block.id : syntax.blocks.has(up.type)) return { block: up, statement: path[i + 1] };
    if (syntax.conditional(up) || syntax.scopes.has(up.type)) return undefined;
  }
  return undefined;
}

/** True when the call at the end of `path` sits in a later statement of the redirect's block, with only fall-through statements between. */
function runsAfter(syntax: Syntax, statements: readonly Node[], redirect: Place, path: readonly Node[]): boolean {
  const later = statementOf(syntax, path, redirect.block);
  if (!later || later.statement.id === redirect.statement.id) return false;
  const from = statements.findIndex((n) => n.id === redirect.statement.id);
  for (let i = from + 1; i < statements.length; i++) {
    if (!syntax.straightLine.has(statements[i].type)) return false;
    if (statements[i].id === later.statement.id) return true;
  }
  return false;
}
function finding(syntax: Syntax, redirect: MethodCall, later: MethodCall): BuilderFinding {
  const line = redirect.call.startPosition.row + 1;
  const urlArgument = textArgument(syntax.language, 'redirect', redirect.args);
  const url = urlArgument && literalValue(syntax.language, urlArgument);
  const target = url?.exact ? url.text : 'another URL';
  return {
    rule: 'unreachable-verb',
    range: { start: later.call.startIndex, end: later.call.endIndex },
    message: `Twilio never runs this: <Redirect> on line ${line} hands control to ${target} first.`,
  };
}
