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
  'message', 'redirect', 'say', 'play', 'pause', 'gather', 'dial', 'record', 'hangup', 'reject', 'enqueue',
  'leave', 'connect', 'start', 'stop', 'refer', 'pay', 'prompt', 'echo', 'queue', 'sms',
  'append', 'add_child', 'addChild',
]);

/** One warning per call made on `binding` after one of its redirects in straight-line code. */
export function unreachableCalls(syntax: Syntax, binding: ResponseBinding): BuilderFinding[] {
  const findings: BuilderFinding[] = [];
  const flagged = new Set<number>();
  for (const redirect of binding.calls) {
    if (redirect.method !== 'redirect' || flagged.has(redirect.call.id)) continue;
    const statement = statementOf(syntax, redirect.call);
    if (!statement || !syntax.straightLine.has(statement.type)) continue;
    for (const later of binding.calls) {
      if (later.call.startIndex < redirect.call.endIndex || !APPENDING.has(later.method) || flagged.has(later.call.id)) continue;
      if (!runsAfter(syntax, statement, later.call)) continue;
      flagged.add(later.call.id);
      findings.push(finding(syntax, redirect, later));
    }
  }
  return findings;
}

/**
 * The statement holding `node` directly in a block, or undefined when the path there passes a
 * conditional expression (`a and resp.redirect()`), so the call may not run.
 */
function statementOf(syntax: Syntax, node: Node, block?: Node): Node | undefined {
  let child = node;
  for (let up = node.parent; up; child = up, up = up.parent) {
    if (block ? up.id === block.id : syntax.blocks.has(up.type)) return child;
    if (syntax.conditional(up) || syntax.scopes.has(up.type)) return undefined;
  }
  return undefined;
}

/** True when `call` sits in a later statement of the block of `redirect`, with only fall-through statements between. */
function runsAfter(syntax: Syntax, redirect: Node, call: Node): boolean {
  const block = redirect.parent;
  const statement = block && statementOf(syntax, call, block);
  if (!statement || statement.id === redirect.id) return false;
  for (let next = redirect.nextNamedSibling; next; next = next.nextNamedSibling) {
    if (!syntax.straightLine.has(next.type)) return false;
    if (next.id === statement.id) return true;
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
    severity: 'warning',
    message: `Twilio never runs this: <Redirect> on line ${line} hands control to ${target} first.`,
  };
}
