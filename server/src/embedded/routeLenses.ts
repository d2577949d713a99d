/**
 * Route lenses: above each webhook route of a Twilio app, "Text this route" and/or "Call this
 * route", running the client's {@link OPEN_CONVERSATION_COMMAND} with the route's path. A route
 * whose handler shows what it answers gets the one lens that fits; one that does not tell gets
 * both. Twilio sends webhooks with GET or POST only, so a route taking neither gets none.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import { OPEN_CONVERSATION_COMMAND, type OpenConversationArgs } from '../../../shared/protocol';
import type { RouteMode, WebhookRoute } from './code/routes/findRoutes';

const TITLES: Readonly<Record<RouteMode, string>> = {
  text: '$(comment) Text this route',
  call: '$(call-outgoing) Call this route',
};

/** The lenses of `routes`, in their order. */
export function routeLenses(routes: readonly WebhookRoute[]): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const route of routes) {
    const method = webhookMethod(route);
    if (!method) continue;
    const line = route.range.start;
    const range = { start: line, end: line };
    for (const mode of route.mode ? [route.mode] : (['text', 'call'] as const)) {
      // "Call this route" places the call at once (a call starts with Twilio's request); "Text
      // this route" waits for the message the user types.
      const args: OpenConversationArgs =
        mode === 'call' ? { path: route.path, mode, method, start: true } : { path: route.path, mode, method };
      lenses.push({ range, command: { title: TITLES[mode], command: OPEN_CONVERSATION_COMMAND, arguments: [args] } });
    }
  }
  return lenses;
}

/** POST when the route takes POST (or any method: Twilio's default), GET when it takes GET only. */
function webhookMethod(route: WebhookRoute): 'GET' | 'POST' | undefined {
  if (route.methods.includes('POST') || route.methods.includes('ALL')) return 'POST';
  return route.methods.includes('GET') ? 'GET' : undefined;
}
