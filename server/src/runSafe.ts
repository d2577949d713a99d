/**
 * The server's last line of defence, after vscode-languageservice's `runSafe`: a request handler
 * that throws answers its empty result (never a JSON-RPC error the editor shows as a failed
 * request), and the failure is logged once per document and handler with its stack, so a bug hit
 * on every keystroke does not flood the output.
 */
import type { InternalFailure } from './languageService';

/** The log keeps this many (URI, id) pairs before it forgets the oldest (a long session opens many files). */
const REMEMBERED = 2000;

/** Logs each failure's stack once per document URI and failing id. */
export class FailureLog {
  private readonly seen = new Set<string>();

  /** `write` is the sink (the server: `connection.console.error`). */
  constructor(private readonly write: (line: string) => void) {}

  /** Logs `failure` unless the same id already failed on the same document. */
  report(failure: InternalFailure): void {
    const key = `${failure.id}\u0000${failure.uri}`;
    if (this.seen.has(key)) return;
    if (this.seen.size >= REMEMBERED) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(key);
    this.write(
      `TwiML Tools internal error in ${failure.id} on ${failure.uri || '(no document)'}: ${describe(failure.error)}`,
    );
  }
}

/** The stack when there is one (it names the file and line of our bug), else the thrown value. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `non-Error thrown: ${JSON.stringify(error)}`;
  } catch {
    return `non-Error thrown: ${String(error)}`;
  }
}

/** `run()`, or `fallback` when it throws; the throw is reported to `log` under `id` and `uri`. */
export function runSafe<T, F>(log: FailureLog, id: string, uri: string, fallback: F, run: () => T): T | F {
  try {
    return run();
  } catch (error) {
    log.report({ uri, id, error });
    return fallback;
  }
}

/** {@link runSafe} for handlers that wait (a code lens waits for its grammar): a rejection is a throw. */
export async function runSafeAsync<T, F>(
  log: FailureLog,
  id: string,
  uri: string,
  fallback: F,
  run: () => Promise<T>,
): Promise<T | F> {
  try {
    return await run();
  } catch (error) {
    log.report({ uri, id, error });
    return fallback;
  }
}
