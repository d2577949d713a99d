/**
 * SDK builder results as LSP shapes: findings become diagnostics with the same codes, severities
 * and Twilio links as the TwiML rules they stand for; hints become inlay hints after the literal.
 */
import { DiagnosticSeverity, InlayHintKind, type Diagnostic, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { twilioError, twilioErrorUrl } from '../../data/errorCodes';
import { RULES } from '../../services/validation/ruleTable';
import type { BuilderAnalysis } from './builderCalls';

/** The builder findings as diagnostics (source `twiml`, code = the rule id). */
export function builderDiagnostics(host: TextDocument, builders: BuilderAnalysis): Diagnostic[] {
  return builders.findings.map((finding) => {
    const rule = RULES[finding.rule];
    const twilioCode = 'twilioCode' in rule ? rule.twilioCode : undefined;
    const title = twilioCode ? twilioError(twilioCode)?.title : undefined;
    const diagnostic: Diagnostic = {
      range: { start: host.positionAt(finding.range.start), end: host.positionAt(finding.range.end) },
      severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'twiml',
      code: finding.rule,
      message: twilioCode ? `${finding.message} (Twilio ${twilioCode}${title ? `: ${title}` : ''})` : finding.message,
      data: { fixes: [], twilioCode },
    };
    if (twilioCode) diagnostic.codeDescription = { href: twilioErrorUrl(twilioCode) };
    return diagnostic;
  });
}

/** The hints inside `range`, as inlay hints after the literal. */
export function builderInlayHints(host: TextDocument, builders: BuilderAnalysis | undefined, range: Range): InlayHint[] {
  if (!builders) return [];
  const start = host.offsetAt(range.start);
  const end = host.offsetAt(range.end);
  return builders.hints
    .filter((hint) => hint.offset >= start && hint.offset <= end)
    .map((hint) => ({
      position: host.positionAt(hint.offset),
      label: hint.label,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: hint.tooltip,
    }));
}
