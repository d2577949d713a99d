/**
 * Runs every rule over an analysed document and turns findings into LSP diagnostics: stable
 * `code`, `source: "twiml"`, Twilio's error page as `codeDescription`, faded/struck tags, the
 * related location, and quick fixes in `data`. Diagnostics past the cap are summarised.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver-types';
import { rootNameKind } from '../../data/twimlSchema';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import { twilioError, twilioErrorUrl } from '../../data/errorCodes';
import { attributeRule } from './attributeRules';
import { elementRule } from './elementRules';
import type { Finding, FixProposal, NamedRule } from './finding';
import { internalErrorFinding, type FailureReporter } from './internalError';
import { messagingRule } from './messagingRules';
import { reachabilityRule } from './reachabilityRules';
import { rootRule } from './rootRules';
import { applyRuleConfig, disableFixer, type RuleLevels } from './ruleConfig';
import { RULES, type RuleSeverity } from './ruleTable';
import { syntaxRule } from './syntaxRules';
import { voiceRule } from './voiceRules';

const SYNTAX: NamedRule = { id: 'syntax', check: syntaxRule };
const ROOT: NamedRule = { id: 'root', check: rootRule };

/** The rule groups, in the order their findings are listed; each is guarded on its own. */
const ALL_RULES: NamedRule[] = [
  SYNTAX,
  ROOT,
  { id: 'element', check: elementRule },
  { id: 'attribute', check: attributeRule },
  { id: 'reachability', check: reachabilityRule },
  { id: 'messaging', check: messagingRule },
  { id: 'voice', check: voiceRule },
];

const SEVERITY: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A quick fix as carried in `Diagnostic.data`, in LSP ranges. */
export interface DiagnosticFix {
  title: string;
  edits: Array<{ range: Diagnostic['range']; newText: string }>;
  isPreferred?: boolean;
  group?: 'case';
}

/** Shape of `Diagnostic.data` for TwiML diagnostics. */
export interface DiagnosticData {
  fixes: DiagnosticFix[];
  twilioCode?: number;
}

/**
 * Under a root that is not <Response> in any case (an HTML page saved as .xml) the document is not
 * TwiML at all: Twilio stops at 12102, so only the XML and root findings are reported.
 */
const NOT_TWIML_RULES: NamedRule[] = [SYNTAX, ROOT];

/** How validation contains our own bugs, and the seam tests use to inject a failing rule. */
export interface ValidationGuard {
  /** Run after the built-in rules on TwiML documents (tests inject a throwing one here). */
  extraRules?: readonly NamedRule[];
  /** Told of each rule group that threw, with the document's URI, to log the stack. */
  onFailure?: FailureReporter;
}

/**
 * Collects findings from all rules, in rule order. A rule group that throws loses only its own
 * findings and leaves one `internal-error` finding instead: one bug must not hide the rest.
 */
export function collectFindings(doc: TwimlDocument, uri = '', guard: ValidationGuard = {}): Finding[] {
  const findings: Finding[] = [];
  const notTwiml = doc.root !== undefined && rootNameKind(doc.root.name) === 'other';
  const rules = notTwiml ? NOT_TWIML_RULES : [...ALL_RULES, ...(guard.extraRules ?? [])];
  for (const rule of rules) {
    // Findings are kept aside until the group finishes, so a throw half-way leaves none of them.
    const own: Finding[] = [];
    try {
      rule.check(doc, (finding) => own.push(finding));
      findings.push(...own);
    } catch (error) {
      findings.push(internalErrorFinding(`the "${rule.id}" rules`));
      guard.onFailure?.({ uri, id: `rule:${rule.id}`, error });
    }
  }
  return findings;
}

/**
 * Validates an analysed document into at most `maxDiagnostics` diagnostics (plus one summary).
 * `rules` are the user's rule levels (settings, .twimlrc.json, --rule), applied with the inline
 * `twiml-disable` comments before the cap, so every caller gets them. `guard` says where rule
 * failures are reported (see {@link collectFindings}).
 */
export function validate(
  textDocument: TextDocument,
  doc: TwimlDocument,
  maxDiagnostics: number,
  rules?: RuleLevels,
  guard?: ValidationGuard,
): Diagnostic[] {
  // Document order reads best in the Problems panel and the CLI; sort is stable within a place.
  const findings = applyRuleConfig(doc, collectFindings(doc, textDocument.uri, guard), rules).sort(
    (a, b) => a.range.start - b.range.start,
  );
  const kept = findings.length > maxDiagnostics ? findings.slice(0, maxDiagnostics) : findings;
  const disable = disableFixer(doc);
  const diagnostics = kept.map((finding) => {
    const fix = disable(finding);
    return toDiagnostic(textDocument, fix ? { ...finding, fixes: [...(finding.fixes ?? []), fix] } : finding);
  });
  if (findings.length > kept.length) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'twiml',
      code: 'too-many-diagnostics',
      message: `${findings.length - kept.length} more problems not shown (limit ${maxDiagnostics}, setting twiml.maxDiagnostics). Fix the ones above first.`,
    });
  }
  return diagnostics;
}

/** Findings (already configured) as diagnostics of `textDocument`: the one converter every finding goes through. */
export function findingsToDiagnostics(textDocument: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(textDocument, finding));
}

function toDiagnostic(textDocument: TextDocument, finding: Finding): Diagnostic {
  const rule = RULES[finding.rule];
  const twilioCode = finding.twilioCode ?? ('twilioCode' in rule ? rule.twilioCode : undefined);
  const diagnostic: Diagnostic = {
    range: toRange(textDocument, finding.range),
    severity: SEVERITY[finding.severity ?? rule.severity],
    source: 'twiml',
    code: finding.rule,
    message: twilioCode ? `${finding.message} (Twilio ${twilioCode}${titleOf(twilioCode)})` : finding.message,
  };
  if (twilioCode) diagnostic.codeDescription = { href: twilioErrorUrl(twilioCode) };
  const tags: DiagnosticTag[] = [];
  if (finding.unnecessary) tags.push(DiagnosticTag.Unnecessary);
  if (finding.deprecated) tags.push(DiagnosticTag.Deprecated);
  if (tags.length) diagnostic.tags = tags;
  if (finding.related) diagnostic.relatedInformation = [related(textDocument, finding.related)];
  const data: DiagnosticData = { fixes: (finding.fixes ?? []).map((fix) => toFix(textDocument, fix)), twilioCode };
  diagnostic.data = data;
  return diagnostic;
}

function titleOf(code: number): string {
  const known = twilioError(code);
  return known ? `: ${known.title}` : '';
}

function related(textDocument: TextDocument, info: NonNullable<Finding['related']>): DiagnosticRelatedInformation {
  return { location: { uri: textDocument.uri, range: toRange(textDocument, info.range) }, message: info.message };
}

function toFix(textDocument: TextDocument, fix: FixProposal): DiagnosticFix {
  return {
    title: fix.title,
    isPreferred: fix.isPreferred,
    group: fix.group,
    edits: fix.edits.map((edit) => ({ range: toRange(textDocument, edit.range), newText: edit.newText })),
  };
}

function toRange(textDocument: TextDocument, range: { start: number; end: number }): Diagnostic['range'] {
  return {
    start: textDocument.positionAt(range.start),
    end: textDocument.positionAt(Math.max(range.start, range.end)),
  };
}
