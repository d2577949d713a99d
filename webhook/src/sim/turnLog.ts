/**
 * The parts of a turn's output that messages and calls share: the compact request log (method,
 * URL, status, ms, why; headers and bodies with --verbose) and the problems with their codes.
 */
import type { RequestRecord, TurnProblem } from '../conversation/types';

/** Options of the turn formatters. */
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

/** "Requests:" and one line per request (with its headers and bodies when verbose). */
export function formatRequestLog(requests: readonly RequestRecord[], options: FormatOptions = {}): string[] {
  const lines = ['Requests:'];
  for (const request of requests) {
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
  return lines;
}

/** One line per problem: "error 11200: ...". */
export function formatProblems(problems: readonly TurnProblem[]): string[] {
  return problems.map((problem) => {
    const code = problem.code !== undefined ? ` ${problem.code}` : '';
    return `${problem.severity}${code}: ${problem.message}`;
  });
}
