/**
 * Which variables hold a Twilio response builder, and which methods are called on them. The
 * search starts from the text, not the tree: every `MessagingResponse`/`VoiceResponse` and every
 * later occurrence of a bound name is found with `indexOf`, and only the nodes above that offset
 * are read ({@link pathTo}), so the cost follows the number of hits, not the size of the file.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { pathTo, scopeIndex, type Syntax } from './syntax';
import type { Dialect } from '../../../../shared/settings';

/** The two TwiML dialects the SDKs build. */
export type ResponseKind = Dialect;

/** One `variable.method(...)` call. */
export interface MethodCall {
  method: string;
  /** The whole call expression. */
  call: Node;
  /** Its arguments, comments left out. */
  args: Node[];
  /** The nodes from the variable's scope down to `call`, outermost first. */
  path: Node[];
}

/** A variable bound exactly once, in one scope, whose method calls are all known. */
export interface Binding {
  name: string;
  scope: Node;
  /** Method calls on the variable in its own scope after the binding, in source order. */
  calls: MethodCall[];
}

/** A variable holding `MessagingResponse()` or `VoiceResponse()`. */
export interface ResponseBinding extends Binding {
  kind: ResponseKind;
}

const CONSTRUCTORS: Record<string, ResponseKind> = { MessagingResponse: 'messaging', VoiceResponse: 'voice' };

/** Every variable provably bound to a response construction in its scope. */
export function findResponseBindings(syntax: Syntax, text: string, tree: Tree): ResponseBinding[] {
  const out: ResponseBinding[] = [];
  const root = tree.rootNode;
  for (const [constructor, kind] of Object.entries(CONSTRUCTORS)) {
    for (const at of wordOccurrences(text, constructor, 0, text.length)) {
      const path = pathTo(root, at, at + constructor.length);
      const construction = constructionIndex(syntax, path, at, constructor.length);
      if (construction < 1) continue;
      const target = assignedIdentifier(syntax, path[construction], path[construction - 1]);
      const scope = path[scopeIndex(syntax, path, construction)];
      const binding = target && scope && trackVariable(syntax, text, target, scope);
      if (binding) out.push({ ...binding, kind });
    }
  }
  return out.sort((a, b) => a.scope.startIndex - b.scope.startIndex);
}

/**
 * Index in `path` of the construction (`X()`, `new X()`, `new twilio.twiml.X()`) whose class
 * name is the last node of the path, or -1.
 */
function constructionIndex(syntax: Syntax, path: readonly Node[], at: number, length: number): number {
  let index = path.length - 1;
  const name = path[index];
  if (name.startIndex !== at || name.endIndex !== at + length) return -1;
  if (name.type !== 'identifier' && name.type !== 'property_identifier') return -1;
  const member = path[index - 1];
  if (member?.type === syntax.member && member.childForFieldName(syntax.memberProperty)?.id === name.id) index--;
  const construction = path[index - 1];
  if (construction?.type !== syntax.construction) return -1;
  return construction.childForFieldName(syntax.constructionCallee)?.id === path[index].id ? index - 1 : -1;
}

/**
 * The identifier that `value` is assigned to when it is the whole right-hand side of a simple
 * assignment or declaration (`resp = value`, `const twiml = value`); `parent` is its parent.
 */
export function assignedIdentifier(syntax: Syntax, value: Node, parent: Node): Node | undefined {
  const [target, source] =
    syntax.language === 'python'
      ? parent.type === 'assignment'
        ? ['left', 'right']
        : []
      : parent.type === 'variable_declarator'
        ? ['name', 'value']
        : parent.type === 'assignment_expression'
          ? ['left', 'right']
          : [];
  if (!target || !source || parent.childForFieldName(source)?.id !== value.id) return undefined;
  const identifier = parent.childForFieldName(target);
  return identifier?.type === 'identifier' ? identifier : undefined;
}

/**
 * The method calls on the variable declared by `identifier` in `scope`, or undefined when the
 * variable is written anywhere else in the scope (nested functions included): then what it
 * holds at a given call is not provable, and nothing is reported for it.
 */
export function trackVariable(syntax: Syntax, text: string, identifier: Node, scope: Node): Binding | undefined {
  const name = identifier.text;
  const calls: MethodCall[] = [];
  for (const at of wordOccurrences(text, name, scope.startIndex, scope.endIndex)) {
    if (at === identifier.startIndex) continue;
    const path = pathTo(scope, at, at + name.length);
    const index = path.length - 1;
    const node = path[index];
    if (index < 1 || node.startIndex !== at || node.endIndex !== at + name.length) continue;
    // A destructuring shorthand (`{ twiml } = x`) writes the name without an identifier node.
    if (node.type === 'shorthand_property_identifier_pattern') return undefined;
    if (node.type !== 'identifier') continue;
    if (syntax.isWrite(node, path[index - 1])) return undefined;
    // Only calls in the scope itself: a nested function may run at any time, or never.
    if (at < identifier.endIndex || scopeIndex(syntax, path, index) !== 0) continue;
    const call = methodCallOn(syntax, path, index);
    if (call) calls.push(call);
  }
  return { name, scope, calls };
}

/** The call `receiver.method(...)` when `path[index]` is the object of a member that is called. */
export function methodCallOn(syntax: Syntax, path: readonly Node[], index: number): MethodCall | undefined {
  const receiver = path[index],
    member = path[index - 1],
    call = path[index - 2];
  if (member?.type !== syntax.member || member.childForFieldName('object')?.id !== receiver.id) return undefined;
  if (call?.type !== syntax.call || call.childForFieldName('function')?.id !== member.id) return undefined;
  const method = member.childForFieldName(syntax.memberProperty)?.text;
  if (!method) return undefined;
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (arg): arg is Node => arg !== null && arg.type !== 'comment',
  );
  return { method, call, args, path: path.slice(0, index - 1) };
}

const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/**
 * Offsets in [from, to) where `word` stands alone, not inside a longer identifier. Whether the
 * hit is code at all (not a string or comment) is for the caller's node check to say.
 */
export function wordOccurrences(text: string, word: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + word.length] ?? '';
    if (before && IDENTIFIER_CHAR.test(before)) continue;
    if (after && IDENTIFIER_CHAR.test(after)) continue;
    out.push(at);
  }
  return out;
}
