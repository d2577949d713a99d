/**
 * Express routes in JavaScript and TypeScript (https://expressjs.com/en/4x/api.html#app.METHOD):
 * `app.post('/sms', handler)`, `router.get(...)`, `app.all(...)` on any receiver name, and the
 * chained form `app.route('/x').get(h1).post(h2)` (https://expressjs.com/en/4x/api.html#app.route).
 * The handler is the last argument (middleware such as `twilio.webhook()` comes before it): an
 * inline function, or a name whose function is declared in the same file. A mount prefix
 * (`app.use('/api', router)`) usually lives in another module and is not applied.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { literalValue } from '../../sdk/literalValue';
import { replyModeOf } from './replyMode';
import { namedChildrenOf, queryNodes, rangeOf } from './treeWalk';
import { ROUTE_METHOD_BY_NAME, type RouteMethod, type WebhookRoute } from './types';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['arrow_function', 'function_expression', 'function']);
/**
 * Candidates: method calls whose first argument is a string (`app.post('/sms', ...)`,
 * `app.route('/x')`), and the functions a route may name as its handler.
 */
const CANDIDATES = `
(call_expression function: (member_expression) arguments: (arguments . [(string) (template_string)])) @call_expression
(function_declaration) @function_declaration
(variable_declarator value: [(arrow_function) (function_expression)]) @variable_declarator
`;

/** The Express routes of a JavaScript or TypeScript file. */
export function expressRoutes(tree: Tree): WebhookRoute[] {
  const nodes = queryNodes(tree, CANDIDATES);
  const functions = namedFunctions(nodes);
  const handlerOf = (argument: Node | undefined): Node | undefined => {
    if (!argument) return undefined;
    if (FUNCTION_TYPES.has(argument.type)) return argument;
    return argument.type === 'identifier' ? functions.get(argument.text) : undefined;
  };
  const routes: WebhookRoute[] = [];
  for (const call of nodes.get('call_expression') ?? []) {
    const member = memberCall(call);
    if (!member) continue;
    const args = namedChildrenOf(call.childForFieldName('arguments')!);
    if (member.name === 'route') {
      const path = routePath(args[0]);
      if (path && args.length === 1) routes.push(chainedRoute(call, path, handlerOf));
      continue;
    }
    const method = ROUTE_METHOD_BY_NAME[member.name];
    // `app.get('title')` reads a setting: a route has a path and at least one handler.
    const path = method && args.length >= 2 ? routePath(args[0]) : undefined;
    if (!method || !path) continue;
    const handler = handlerOf(args[args.length - 1]);
    routes.push({
      path,
      methods: [method],
      range: rangeOf(call),
      mode: handler ? replyModeOf([handler]) : undefined,
      ...(handler ? { handlerRange: rangeOf(handler) } : {}),
    });
  }
  return routes;
}

/** `receiver.name(...)` (any receiver): the method name, or undefined for any other call. */
function memberCall(call: Node): { name: string } | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'member_expression') return undefined;
  const name = callee.childForFieldName('property')?.text;
  const args = call.childForFieldName('arguments');
  return name && args?.type === 'arguments' ? { name } : undefined;
}

/** A literal path starting with '/' (a regex or an array of paths has no single URL). */
function routePath(node: Node | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'template_string')) return undefined;
  const value = literalValue('javascript', node);
  return value?.exact && value.text.startsWith('/') ? value.text : undefined;
}

/** `x.route(path).get(h).post(h2)...`: one route with every chained method and handler. */
function chainedRoute(
  routeCall: Node,
  path: string,
  handlerOf: (argument: Node | undefined) => Node | undefined,
): WebhookRoute {
  const methods: RouteMethod[] = [];
  const handlers: Node[] = [];
  let current = routeCall;
  for (;;) {
    const member = current.parent;
    const next = member?.parent;
    if (member?.type !== 'member_expression' || next?.type !== 'call_expression') break;
    if (member.childForFieldName('object')?.id !== current.id) break;
    const method = ROUTE_METHOD_BY_NAME[member.childForFieldName('property')?.text ?? ''];
    if (!method) break;
    methods.push(method);
    const args = namedChildrenOf(next.childForFieldName('arguments')!);
    const handler = handlerOf(args[args.length - 1]);
    if (handler) handlers.push(handler);
    current = next;
  }
  return {
    path,
    methods: methods.length ? methods : ['ALL'],
    range: rangeOf(routeCall),
    mode: handlers.length ? replyModeOf(handlers) : undefined,
    ...(handlers.length ? { handlerRange: rangeOf(handlers[0]) } : {}),
  };
}

/** Functions of the file by name: `function sms(...)` and `const sms = (...) => ...`. */
function namedFunctions(nodes: ReadonlyMap<string, Node[]>): Map<string, Node> {
  const functions = new Map<string, Node>();
  for (const declaration of nodes.get('function_declaration') ?? []) {
    const name = declaration.childForFieldName('name')?.text;
    if (name && !functions.has(name)) functions.set(name, declaration);
  }
  for (const declarator of nodes.get('variable_declarator') ?? []) {
    const name = declarator.childForFieldName('name');
    const value = declarator.childForFieldName('value');
    if (name?.type === 'identifier' && value && FUNCTION_TYPES.has(value.type) && !functions.has(name.text))
      functions.set(name.text, value);
  }
  return functions;
}
