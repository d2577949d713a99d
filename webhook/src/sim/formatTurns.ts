/**
 * The human output of a conversation: it reads like a phone (what the texter sent, what the app
 * answered, with segments and encoding), then a compact request log and the turn's problems.
 */
import type { Turn } from '../conversation/types';

/** Options of {@link formatTurn}. */
export interface FormatOptions {
  /** Add each request's headers and bodies. */
  verbose?: boolean;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

// A GET carries every inbound parameter in its query: the compact log shows its start only.
function compactUrl(url: string): string {
  const query = url.indexOf('?');
  return query === -1 || url.length - query <= 60 ? url : `${url.slice(0, query + 60)}…`;
}

/** One turn as text: "You: ...", each "App: ...", the request log, the problems. */
export function formatTurn(turn: Turn, number: number, options: FormatOptions = {}): string {
  const lines: string[] = [`── Turn ${number} ──`, `You: ${turn.input.Body ?? ''}`];
  const numMedia = Number(turn.input.NumMedia ?? '0');
  for (let i = 0; i < numMedia; i++) lines.push(`     [media] ${turn.input[`MediaUrl${i}`]}`);
  if (turn.replies.length === 0) lines.push('App: (no reply)');
  for (const reply of turn.replies) {
    lines.push(`App: ${reply.body.replace(/\n/g, '\n     ')}`);
    for (const media of reply.media) lines.push(`     [media] ${media}`);
    const plural = reply.segments === 1 ? '' : 's';
    lines.push(`     (${reply.segments} segment${plural}, ${reply.encoding})`);
  }
  lines.push('Requests:');
  for (const request of turn.requests) {
    const status = request.status ?? (request.error ? `no answer (${request.error})` : '-');
    lines.push(
      `  ${request.method} ${options.verbose ? request.url : compactUrl(request.url)} ${status} ${request.ms} ms ${request.why}`,
    );
    if (options.verbose) {
      for (const [name, value] of Object.entries(request.requestHeaders ?? {})) lines.push(`      > ${name}: ${value}`);
      if (request.requestBody) lines.push(`      > ${request.requestBody}`);
      if (request.responseBody) lines.push(indent(request.responseBody, '      < '));
    }
  }
  for (const problem of turn.problems) {
    const code = problem.code !== undefined ? ` ${problem.code}` : '';
    lines.push(`${problem.severity}${code}: ${problem.message}`);
  }
  return lines.join('\n');
}
