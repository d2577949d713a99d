/**
 * What the route finders report: one webhook route of the user's web app, found in the syntax
 * tree of the file that declares it. Pure data, so the lens builder and the tests read it alike.
 */
import type { Range } from 'vscode-languageserver-types';

/** What a route answers, when its handler shows it: a messaging reply or a voice document. */
export type RouteMode = 'text' | 'call';

/** The upper-case HTTP methods a route accepts; `ALL` when it accepts any (Express `all`, Django). */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'ALL';

/**
 * The HTTP methods by the lower-case name frameworks give their routing shortcuts (Express's
 * `app.post`, Flask's `@app.post`); `all` (Express) matches every method.
 */
export const ROUTE_METHOD_BY_NAME: Readonly<Record<string, RouteMethod>> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  delete: 'DELETE',
  patch: 'PATCH',
  head: 'HEAD',
  options: 'OPTIONS',
  all: 'ALL',
};

/** A route of a web framework, in host positions. */
export interface WebhookRoute {
  /** The URL path, prefix included (`/api/sms`), as written: parameters like `<id>` or `:id` stay. */
  path: string;
  /** The methods it accepts (never empty). */
  methods: RouteMethod[];
  /** The decorator, or the registering call: the lens sits above its first line. */
  range: Range;
  /** `call` for voice TwiML, `text` for messaging, undefined when the handler does not tell. */
  mode: RouteMode | undefined;
  /** The handler function, when it is in the same file. */
  handlerRange?: Range;
}
