/**
 * The findings a replay reports, shaped like entries in Twilio's Debugger: a severity, the
 * Twilio error code when one applies, a link to the error's page and a sentence for a human.
 */
import { titled, twilioErrorUrl } from '../../../server/src/data/errorCodes';

/** How bad a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding about a replayed exchange. */
export interface Problem {
  severity: Severity;
  /** Twilio error/warning code (from the catalogue, server/src/data/errorCodes.ts), when Twilio would log one. */
  code?: number;
  /** https://www.twilio.com/docs/api/errors/NNNNN when `code` is set. */
  docUrl?: string;
  message: string;
}

/**
 * A finding with a Twilio code and its doc link; its message is the code's title from the
 * catalogue, then `detail` ("HTTP retrieval failure: " + "your app answered 500.").
 */
export function twilioProblem(severity: Severity, code: number, detail: string): Problem {
  return { severity, code, docUrl: twilioErrorUrl(code), message: titled(code, detail) };
}

/** A finding with no Twilio code (e.g. a hint about the replay itself). */
export function note(severity: Severity, message: string): Problem {
  return { severity, message };
}
