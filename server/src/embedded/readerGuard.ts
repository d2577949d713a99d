/**
 * Contains a host reader's bug: a reader (a language's literal finder, a template reader, the SDK
 * builder reader, fragment completion, ...) that throws loses only its own TwiML for that document;
 * the failure is reported once to the caller (who logs the stack) and remembered on the analysis,
 * which then shows one `internal-error` diagnostic for it.
 */
import type { FailureReporter } from '../languageService';

/** Where a guarded reader records that it failed: the analysis of one host document. */
export interface FailureRecord {
  host: { uri: string };
  /** Names of the readers that threw on this document version, each once. */
  failures: string[];
}

/** Runs host readers so that one throwing does not take the others (or the server) down. */
export class ReaderGuard {
  constructor(private readonly onFailure: FailureReporter | undefined) {}

  /** `read()`, or `fallback` when it throws (recorded on `record` and reported). */
  run<T>(record: FailureRecord, reader: string, fallback: T, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (!record.failures.includes(reader)) record.failures.push(reader);
      this.onFailure?.({ uri: record.host.uri, id: `reader:${reader}`, error });
      return fallback;
    }
  }
}
