/**
 * Which variables hold a Twilio response builder, and which methods are called on them. The
 * search starts from the text, not the tree: every `MessagingResponse`/`VoiceResponse` and every
 * later occurrence of a bound name is found with `indexOf`, and only the node at that offset is
 * asked for (`descendantForIndex`), so the cost follows the number of hits, not the file size.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { scopeOf, type Syntax } from './syntax';

/** The two TwiML dialects the SDKs build. */
export type ResponseKind = 'messaging' | 'voice';

/** One `variable.method(...)` call. */
export interface MethodCall {
  method: string;
  /** The whole call expression. */
  call: Node;
  /** Its arguments, comments left out. */
  args: Node[];
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
  for (const [constructor, kind] of Object.entries(CONSTRUCTORS)) {
    for (const at of wordOccurrences(text, constructor, 0, text.length)) {
      const construction = constructionAt(syntax, tree, at, constructor.length);
      const target = construction && assignedIdentifier(syntax, construction);
      const binding = target && trackVariable(syntax, text, tree, target);
      if (binding) out.push({ ...binding, kind });
    }
  }
  return out.sort((a, b) => a.scope.startIndex - b.scope.startIndex);
}

/** The construction (`X()`, `new X()`, `new twilio.twiml.X()`) whose class name is at `at`. */
function constructionAt(syntax: Syntax, tree: Tree, at: number, length: number): Node | undefined {
  const name = tree.rootNode.descendantForIndex(at, at + length);
  if (!name || name.startIndex !== at || name.endIndex !== at + length) return undefined;
  if (name.type !== 'identifier' && name.type !== 'property_identifier') return undefined;
  let callee = name;
  const parent = name.parent;
  if (parent?.type === syntax.member && parent.childForFieldName(syntax.memberProperty)?.id === name.id) callee = parent;
  const construction = callee.parent;
  if (construction?.type !== syntax.construction) return undefined;
  return construction.childForFieldName(syntax.constructionCallee)?.id === callee.id ? construction : undefined;
}

/**
 * The identifier that `value` is assigned to when it is the whole right-hand side of a simple
 * assignment or declaration (`resp = value`, `const twiml = value`).
 */
export function assignedIdentifier(syntax: Syntax, value: Node): Node | undefined {
  const parent = value.parent;
  if (!parent) return undefined;
  const [target, source] = syntax.language === 'python'
    ? (parent.type === 'assignment' ? ['left', 'right'] : [])
    : parent.type === 'variable_declarator' ? ['name', 'value']
      : parent.type === 'assignment_expression' ? ['left', 'right'] : [];
  if (!target || !source || parent.childForFieldName(source)?.id !== value.id) return undefined;
  const identifier = parent.childForFieldName(target);
  return identifier?.type === 'identifier' ? identifier : undefined;
}

/**
 * The method calls on the variable declared by `identifier`, or undefined when the variable is
 * written anywhere else in its scope (nested functions included): then what it holds at a given
 * call is not provable, and nothing is reported for it.
 */
export function trackVariable(syntax: Syntax, text: string, tree: Tree, identifier: Node): Binding | undefined {
  const scope = scopeOf(syntax, identifier);
  if (!scope) return undefined;
  const name = identifier.text;
  const calls: MethodCall[] = [];
  for (const at of wordOccurrences(text, name, scope.startIndex, scope.endIndex)) {
    if (at === identifier.startIndex) continue;
    const node = tree.rootNode.descendantForIndex(at, at + name.length);
    if (!node || node.startIndex !== at || node.endIndex !== at + name.length) continue;
    // A destructuring shorthand (`{ twiml } = x`) writes the name without an identifier node.
    if (node.type === 'shorthand_property_identifier_pattern') return undefined;
    if (node.type !== 'identifier') continue;
    if (syntax.isWrite(node)) return undefined;
    if (at < identifier.endIndex || scopeOf(syntax, node)?.id !== scope.id) continue;
    const call = methodCallOn(syntax, node);
    if (call) calls.push(call);
  }
  return { name, scope, calls };
}

/** The call `receiver.method(...)` when `receiver` is the object of a member that is called. */
export function methodCallOn(syntax: Syntax, receiver: Node): MethodCall | undefined {
  const member = receiver.parent;
  if (member?.type !== syntax.member || member.childForFieldName('object')?.id !== receiver.id) return undefined;
  const call = member.parent;
  if (call?.type !== syntax.call || call.childForFieldName('function')?.id !== member.id) return undefined;
  const method = member.childForFieldName(syntax.memberProperty)?.text;
  if (!method) return undefined;
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((arg): arg is Node => arg !== null && arg.type !== 'comment');
  return { method, call, args };
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
