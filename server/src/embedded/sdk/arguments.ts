/**
 * Which argument of a builder method carries its text. The SDKs differ: twilio-python takes the
 * text first (`message(body=None, to=None, ...)`, `body(message)`, `redirect(url)`) with
 * attributes as keywords; twilio-node takes `(attributes, text)` but treats a string first
 * argument as the text (`message('hi')`).
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { BuilderLanguage } from './syntax';

/** The Python keyword naming the text parameter of each method. */
const PYTHON_KEYWORD: Record<string, string> = { message: 'body', body: 'message', redirect: 'url', say: 'message' };

const JS_STRINGS = new Set(['string', 'template_string', 'binary_expression']);

/** The argument node holding the text of `method`'s call, if the call passes one. */
export function textArgument(language: BuilderLanguage, method: string, args: readonly Node[]): Node | undefined {
  if (language === 'python') {
    const positional = args.find(
      (arg) => arg.type !== 'keyword_argument' && arg.type !== 'dictionary_splat' && arg.type !== 'list_splat',
    );
    if (positional) return args.indexOf(positional) === 0 ? positional : undefined;
    const keyword = args.find(
      (arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === PYTHON_KEYWORD[method],
    );
    return keyword?.childForFieldName('value') ?? undefined;
  }
  if (args.length === 0) return undefined;
  return JS_STRINGS.has(args[0].type) || args.length === 1 ? args[0] : args[1];
}
