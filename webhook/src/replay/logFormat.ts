/**
 * Formats a replay for an output channel or a log file: the request line, headers and
 * parameters, the response line, problems and the start of the body. Takes the secrets to
 * keep out (the Auth Token) and redacts them from everything it prints.
 */
import type { ReplayResult } from './replay';
import { redact } from './secrets';

/** Options of {@link formatExchange}. */
export interface LogFormatOptions {
  /** Strings that must never be printed (e.g. the Auth Token). */
  secrets?: readonly (string | undefined)[];
  /** Most body characters printed (default 2000). */
  maxBodyChars?: number;
  /** Timestamp printed in the heading (omitted when absent). */
  time?: Date;
}

function indentLines(text: string, prefix = '    '): string {
  return text
    .split(/\r?\n/)
    .map((line) => prefix + line)
    .join('\n');
}

function requestSection(result: ReplayResult): string[] {
  const signed = result.signed
    ? result.publicUrl && result.signedUrl
      ? `signed for ${result.signedUrl}`
      : 'signed'
    : 'unsigned';
  const lines = [`→ ${result.method} ${result.url} (${result.sample}, ${signed})`];
  for (const [name, value] of Object.entries(result.requestHeaders)) lines.push(`    ${name}: ${value}`);
  const params = Object.entries(result.params);
  if (params.length > 0) {
    lines.push('  parameters:');
    for (const [name, value] of params) lines.push(`    ${name}=${JSON.stringify(value)}`);
  }
  for (const step of result.redirects) lines.push(`  ↪ ${step.status} → ${step.method} ${step.to}`);
  return lines;
}

function responseSection(result: ReplayResult, maxBodyChars: number): string[] {
  const status = result.status !== undefined ? String(result.status) : `no response (${result.outcome})`;
  const lines = [`← ${status} ${result.contentType ?? ''} in ${result.durationMs} ms`.replace(/ {2,}/g, ' ')];
  for (const problem of result.problems) {
    const code = problem.code !== undefined ? ` ${problem.code}` : '';
    const link = problem.docUrl ? ` (${problem.docUrl})` : '';
    lines.push(`  ${problem.severity}${code}: ${problem.message}${link}`);
  }
  if (result.body) {
    const body =
      result.body.length > maxBodyChars
        ? `${result.body.slice(0, maxBodyChars)}… (${result.body.length} characters)`
        : result.body;
    lines.push('  body:', indentLines(body));
  }
  if (result.twiml && result.twiml !== result.body) lines.push('  TwiML Twilio runs:', indentLines(result.twiml));
  return lines;
}

/** One replay as printable text, with every secret redacted. */
export function formatExchange(result: ReplayResult, options: LogFormatOptions = {}): string {
  const heading = options.time ? [`[${options.time.toISOString()}] webhook replay`] : [];
  const lines = [...heading, ...requestSection(result), ...responseSection(result, options.maxBodyChars ?? 2000)];
  return redact(lines.join('\n'), options.secrets ?? []);
}

/** A one-line summary, e.g. for a notification or a quick-pick entry. */
export function summarize(result: ReplayResult): string {
  const first = result.problems.find((p) => p.severity === 'error');
  if (first) return `${first.code !== undefined ? `Twilio ${first.code}: ` : ''}${first.message}`;
  return `${result.status ?? ''} ${result.contentType ?? ''} in ${result.durationMs} ms`.trim();
}
