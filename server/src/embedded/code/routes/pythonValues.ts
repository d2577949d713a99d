/**
 * Small readers of Python call syntax shared by the Flask/FastAPI and Django finders: a call's
 * positional and keyword arguments, and the exact value of a string literal.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import { literalValue } from '../../sdk/literalValue';
import { namedChildrenOf } from './treeWalk';

/** The arguments of a Python `call` node: positional in order, keywords by name. */
export interface PythonArguments {
  positional: Node[];
  keywords: Map<string, Node>;
}

/** Reads the argument list of `call` (`*args`/`**kwargs` are left out: their contents are unknown). */
export function pythonArguments(call: Node): PythonArguments {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const list = call.childForFieldName('arguments');
  if (list?.type === 'argument_list') {
    for (const argument of namedChildrenOf(list)) {
      if (argument.type === 'keyword_argument') {
        const name = argument.childForFieldName('name')?.text;
        const value = argument.childForFieldName('value');
        if (name && value) keywords.set(name, value);
      } else if (argument.type !== 'list_splat' && argument.type !== 'dictionary_splat') positional.push(argument);
    }
  }
  return { positional, keywords };
}

/** The text of a string literal known at edit time (no f-string field), else undefined. */
export function pythonString(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const value = literalValue('python', node);
  return value?.exact ? value.text : undefined;
}

/** The last name of a callee: `Blueprint` for both `Blueprint(...)` and `flask.Blueprint(...)`. */
export function calleeName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}
