/**
 * The webhook routes of a host file: picks the finder of the file's framework family and caps the
 * result. Each finder makes one pass over the tree (strings and comments not entered) and reads
 * each handler once, so the work is linear in the file.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';
import { djangoRoutes } from './djangoRoutes';
import { expressRoutes } from './expressRoutes';
import { flaskRoutes } from './flaskRoutes';
import type { RouteFamily } from './webhookApp';
import type { WebhookRoute } from './types';

export type { RouteMethod, RouteMode, WebhookRoute } from './types';
export { webhookAppFamily, type RouteFamily } from './webhookApp';

/** More lenses than this in one file would be noise; the first ones are kept. */
export const MAX_ROUTES = 500;

/** The routes of a file of `family` whose syntax tree is `tree`, in document order. */
export function findRoutes(family: RouteFamily, tree: Tree): WebhookRoute[] {
  const routes =
    family === 'django' ? djangoRoutes(tree) : family === 'python' ? flaskRoutes(tree) : expressRoutes(tree);
  routes.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return routes.slice(0, MAX_ROUTES);
}
