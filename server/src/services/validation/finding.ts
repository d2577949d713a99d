/**
 * A finding is a rule's result in offsets, before it becomes an LSP diagnostic. Quick fixes are
 * computed together with the finding (where the knowledge is) and travel in the diagnostic's
 * `data`, so the code-action service only has to read them back.
 */
import type { TwilioCode } from '../../data/errorCodes';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import type { OffsetRange } from '../../parser/xmlModel';
import type { RuleId, RuleSeverity } from './ruleTable';

/** A text replacement in offsets. */
export interface OffsetEdit {
  range: OffsetRange;
  newText: string;
}

/** A quick fix attached to a finding. */
export interface FixProposal {
  title: string;
  edits: OffsetEdit[];
  /** Marks the fix VS Code applies with "auto fix". */
  isPreferred?: boolean;
  /** Fixes of the same group can be applied together ("fix all case mistakes"). */
  group?: 'case';
}

/** One rule result. */
export interface Finding {
  rule: RuleId;
  range: OffsetRange;
  message: string;
  /** Overrides the rule's default severity (used sparingly, e.g. hints for growing enums). */
  severity?: RuleSeverity;
  /** Overrides the rule's Twilio code where one check predicts different codes by context. */
  twilioCode?: TwilioCode;
  /** Rendered faded by editors (unreachable verbs). */
  unnecessary?: boolean;
  deprecated?: boolean;
  fixes?: FixProposal[];
  /** Another place that explains this finding (e.g. the <Redirect> that made a verb unreachable). */
  related?: { range: OffsetRange; message: string };
}

/** A validation rule: reads the analysed document and reports findings. */
export type Rule = (doc: TwimlDocument, report: (finding: Finding) => void) => void;

/** A rule group with the id its failures are reported under (function names do not survive minifying). */
export interface NamedRule {
  id: string;
  check: Rule;
}
