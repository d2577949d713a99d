/**
 * What a failure of our own code becomes: one `internal-error` finding at the document start
 * (the failed rule's or reader's findings are dropped, the others stay) and one call to the
 * caller's reporter, which logs the stack. Pure: the service has no connection to log to.
 */
import type { Finding } from './finding';

/** A rule, host reader or service of ours that threw on one document. */
export interface InternalFailure {
  /** The document it failed on. */
  uri: string;
  /** What failed: `rule:<group>`, `reader:<name>` or a request handler's name. */
  id: string;
  error: unknown;
}

/** Receives every failure (the server logs it, deduplicated; the CLI and tests may collect it). */
export type FailureReporter = (failure: InternalFailure) => void;

/** The message of an `internal-error` diagnostic: whose bug it is, what is missing, where to report. */
export function internalErrorMessage(what: string): string {
  return (
    `TwiML Tools bug: ${what} failed on this document, so its checks are missing here (the others still ran). ` +
    'This is not a problem in your TwiML: please report it on the TwiML Tools issue tracker with the stack ' +
    'from the "TwiML Language Server" output. Set "internal-error": "off" in twiml.rules to hide this.'
  );
}

/** The finding for a failed `what`, at the document start where it cannot hide a user's finding. */
export function internalErrorFinding(what: string): Finding {
  return { rule: 'internal-error', range: { start: 0, end: 0 }, message: internalErrorMessage(what) };
}
