/**
 * Django routes: the `path(route, view)` and `re_path(regex, view)` entries of a `urls.py`
 * (https://docs.djangoproject.com/en/stable/ref/urls/#path). Django routes have no leading slash
 * and accept every method (a view restricts them itself), so each path gets a `/` in front and
 * the methods are ALL. `include()` entries mount another URLconf and are skipped: their routes are
 * in the other file. The view is usually `views.name` from another module, so the mode is read
 * only when the view is a function of this file.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import { calleeName, pythonArguments, pythonString } from './pythonValues';
import { replyModeOf } from './replyMode';
import { collectNodes, rangeOf } from './treeWalk';
import type { WebhookRoute } from './types';

const WANTED: ReadonlySet<string> = new Set(['call', 'function_definition']);

/** The `path()`/`re_path()` routes of a Django URLconf. */
export function djangoRoutes(tree: Tree): WebhookRoute[] {
  const nodes = collectNodes(tree, WANTED);
  const functions = new Map<string, Node>();
  for (const definition of nodes.get('function_definition') ?? []) {
    const name = definition.childForFieldName('name')?.text;
    if (name && !functions.has(name)) functions.set(name, definition);
  }
  const routes: WebhookRoute[] = [];
  for (const call of nodes.get('call') ?? []) {
    const callee = calleeName(call);
    if (callee !== 'path' && callee !== 're_path') continue;
    const args = pythonArguments(call);
    const view = args.positional[1] ?? args.keywords.get('view');
    if (!view || (view.type === 'call' && calleeName(view) === 'include')) continue;
    const written = pythonString(args.positional[0] ?? args.keywords.get('route'));
    if (written === undefined) continue;
    const path = callee === 'path' ? written : regexPath(written);
    if (path === undefined) continue;
    const handler = view.type === 'identifier' ? functions.get(view.text) : undefined;
    routes.push({
      path: path.startsWith('/') ? path : `/${path}`,
      methods: ['ALL'],
      range: rangeOf(call),
      mode: handler ? replyModeOf([handler]) : undefined,
      ...(handler ? { handlerRange: rangeOf(handler) } : {}),
    });
  }
  return routes;
}

/**
 * The one URL a `re_path` pattern matches, when it is a plain path between `^` and `$`
 * (`^sms/$` → `sms/`); undefined for a pattern that matches many (groups, classes, repeats).
 */
function regexPath(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  return /[\\()[\]{}*+?|.^$]/.test(body) ? undefined : body;
}
