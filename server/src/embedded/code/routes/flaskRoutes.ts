/**
 * Flask and FastAPI routes: decorators on a function, whatever the receiver is called (`app`,
 * `bp`, `router`, ...).
 *
 * - Flask: `@x.route(rule, methods=[...])`, default GET
 *   (https://flask.palletsprojects.com/en/stable/api/#flask.Flask.route), and the shortcuts
 *   `@x.get/post/put/delete/patch(rule)` (https://flask.palletsprojects.com/en/stable/api/#flask.Flask.post).
 *   A `Blueprint(name, import_name, url_prefix=...)` assigned in the same file prefixes its routes
 *   (https://flask.palletsprojects.com/en/stable/api/#flask.Blueprint).
 * - FastAPI: `@x.get/post/...(path)` and `@x.api_route(path, methods=[...])`, default GET
 *   (https://fastapi.tiangolo.com/reference/apirouter/); an `APIRouter(prefix=...)` assigned in
 *   the same file prefixes its routes. A prefix given elsewhere (`register_blueprint`,
 *   `include_router` in another module) is not known here, so the route's own path is used.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { calleeName, pythonArguments, pythonString } from './pythonValues';
import { replyModeOf } from './replyMode';
import { namedChildrenOf, queryNodes, rangeOf } from './treeWalk';
import { ROUTE_METHOD_BY_NAME, type RouteMethod, type WebhookRoute } from './types';

/** Decorator methods taking `methods=[...]` (default GET in both frameworks). */
const WITH_METHODS: ReadonlySet<string> = new Set(['route', 'api_route']);

/** Constructors whose keyword argument prefixes every route registered on the object. */
const PREFIX_KEYWORD: Readonly<Record<string, string>> = { Blueprint: 'url_prefix', APIRouter: 'prefix' };

/** Candidates: decorated functions, and assignments of a call with keyword arguments (prefixes). */
const CANDIDATES = `
(decorated_definition definition: (function_definition)) @decorated_definition
(assignment left: (identifier) right: (call arguments: (argument_list (keyword_argument)))) @assignment
`;

/** The Flask and FastAPI routes of a Python file. */
export function flaskRoutes(tree: Tree): WebhookRoute[] {
  const nodes = queryNodes(tree, CANDIDATES);
  const prefixes = routePrefixes(nodes.get('assignment') ?? []);
  const routes: WebhookRoute[] = [];
  for (const definition of nodes.get('decorated_definition') ?? []) {
    const handler = definition.childForFieldName('definition');
    if (handler?.type !== 'function_definition') continue;
    let mode: WebhookRoute['mode'] | null = null; // read once per handler, when it has a route
    for (const decorator of namedChildrenOf(definition)) {
      if (decorator.type !== 'decorator') continue;
      const route = decoratorRoute(decorator, prefixes);
      if (!route) continue;
      if (mode === null) mode = replyModeOf([handler]);
      routes.push({ ...route, range: rangeOf(decorator), mode, handlerRange: rangeOf(handler) });
    }
  }
  return routes;
}

/** `name = Blueprint(..., url_prefix='/api')` / `name = APIRouter(prefix='/api')`: name → prefix. */
function routePrefixes(assignments: readonly Node[]): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const assignment of assignments) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    const keyword = PREFIX_KEYWORD[calleeName(right) ?? ''];
    if (!keyword) continue;
    const prefix = pythonString(pythonArguments(right).keywords.get(keyword));
    if (prefix) prefixes.set(left.text, prefix);
  }
  return prefixes;
}

/** The path and methods a route decorator declares, or undefined when it is not one. */
function decoratorRoute(
  decorator: Node,
  prefixes: ReadonlyMap<string, string>,
): { path: string; methods: RouteMethod[] } | undefined {
  const call = decorator.namedChild(0);
  if (call?.type !== 'call') return undefined;
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  // Flask has no `@app.all`: every other shortcut names its method.
  const shortcut = method === 'all' ? undefined : ROUTE_METHOD_BY_NAME[method];
  if (!shortcut && !WITH_METHODS.has(method)) return undefined;
  const args = pythonArguments(call);
  const rule = pythonString(args.positional[0] ?? args.keywords.get('rule') ?? args.keywords.get('path'));
  // Both frameworks require a rule starting with '/': anything else is another library's `.get()`.
  if (!rule?.startsWith('/')) return undefined;
  const receiver = callee.childForFieldName('object');
  const prefix = receiver?.type === 'identifier' ? (prefixes.get(receiver.text) ?? '') : '';
  const methods = shortcut ? [shortcut] : declaredMethods(args.keywords.get('methods'));
  return { path: joinPath(prefix, rule), methods };
}

/** `methods=["GET", "POST"]`; GET when absent; ALL when it is not a literal list (we cannot tell). */
function declaredMethods(node: Node | undefined): RouteMethod[] {
  if (!node) return ['GET'];
  if (node.type !== 'list' && node.type !== 'tuple' && node.type !== 'set') return ['ALL'];
  const methods: RouteMethod[] = [];
  for (const item of namedChildrenOf(node)) {
    const value = pythonString(item)?.toUpperCase();
    if (value && isRouteMethod(value)) methods.push(value);
    else return ['ALL'];
  }
  return methods.length ? methods : ['GET'];
}

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);

/** True for an HTTP method the routes report. */
export function isRouteMethod(value: string): value is RouteMethod {
  return METHODS.has(value);
}

/** A prefix and a route joined with one slash between them (`/api/` + `/sms` → `/api/sms`). */
export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  return prefix.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
