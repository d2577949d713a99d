/** What the SDK builder analysis reports, in host-file offsets (UTF-16 indexes). */
import type { Finding } from '../../languageService';

/** An inlay hint after a literal message body. */
export interface BuilderHint {
  /** Host offset just after the literal body argument. */
  offset: number;
  /** Shown inline, e.g. "42 chars · GSM-7 · 1 segment". */
  label: string;
  tooltip?: string;
}

/** The rules the builder analysis can break. */
export type BuilderRule = 'message-body-too-long' | 'unreachable-verb';

/**
 * A problem found in builder calls: an ordinary rule finding (in host offsets), so the rule table
 * gives its severity and the user's rule settings and disable comments apply as to any other.
 */
export interface BuilderFinding extends Finding {
  rule: BuilderRule;
}

/** Everything found in one host file. */
export interface BuilderAnalysis {
  hints: BuilderHint[];
  findings: BuilderFinding[];
}
