/**
 * SDK builder results as LSP shapes: findings become diagnostics exactly as TwiML findings do;
 * hints become inlay hints after the literal.
 */
import { InlayHintKind, type Diagnostic, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyLevels, findingsToDiagnostics, type RuleLevels } from '../../languageService';
import type { BuilderAnalysis } from './builderCalls';

/**
 * The builder findings as diagnostics, through the same pipeline as TwiML findings: the user's
 * rule levels, then the one finding-to-diagnostic converter (codes, severities, Twilio links).
 */
export function builderDiagnostics(host: TextDocument, builders: BuilderAnalysis, levels?: RuleLevels): Diagnostic[] {
  return findingsToDiagnostics(host, applyLevels(builders.findings, levels));
}

/** The hints inside `range`, as inlay hints after the literal. */
export function builderInlayHints(
  host: TextDocument,
  builders: BuilderAnalysis | undefined,
  range: Range,
): InlayHint[] {
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
