/**
 * Code actions: the quick fixes the rules already computed (they travel in `Diagnostic.data`),
 * plus "Fix all TwiML case mistakes", offered as a quick fix when there are several and as the
 * `source.fixAll.twiml` action that editors run on save.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData, DiagnosticFix } from './validation/validate';

/** The kind of the fix-all source action, under the standard `source.fixAll`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.twiml`;

/** The code action kinds this service produces, for the server's capabilities. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const FIX_ALL_TITLE = 'Fix all TwiML case mistakes';

/**
 * Actions for the diagnostics in `context`. `documentDiagnostics` returns the whole document's
 * current diagnostics; it is only called when a fix-all needs them.
 */
export function doCodeActions(
  document: TextDocument,
  context: CodeActionContext,
  documentDiagnostics: () => Diagnostic[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const quickFixes = wants(context.only, CodeActionKind.QuickFix);
  if (quickFixes) for (const diagnostic of context.diagnostics) actions.push(...fixesFor(document, diagnostic));
  const askedForCase = quickFixes && context.diagnostics.some((diagnostic) => caseFixOf(diagnostic) !== undefined);
  // Source actions appear only on request, so Neovim/Helix menus are not cluttered by them.
  const askedForSource = context.only !== undefined && wants(context.only, FIX_ALL_KIND);
  if (!askedForCase && !askedForSource) return actions;
  const caseDiagnostics = documentDiagnostics().filter((diagnostic) => caseFixOf(diagnostic) !== undefined);
  if (askedForCase && caseDiagnostics.length >= 2)
    actions.push(fixAll(document, caseDiagnostics, CodeActionKind.QuickFix));
  if (askedForSource && caseDiagnostics.length >= 1) actions.push(fixAll(document, caseDiagnostics, FIX_ALL_KIND));
  return actions;
}

/** True when `kind` is requested: no filter, or a filter entry equal to it or a parent of it. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** The fixes carried by a TwiML diagnostic (none for other sources or malformed data). */
export function fixesOf(diagnostic: Diagnostic): DiagnosticFix[] {
  if (diagnostic.source !== 'twiml') return [];
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

function caseFixOf(diagnostic: Diagnostic): DiagnosticFix | undefined {
  return fixesOf(diagnostic).find((fix) => fix.group === 'case');
}

function fixesFor(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  return fixesOf(diagnostic).map((fix) => {
    const action: CodeAction = {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } },
    };
    if (fix.isPreferred) action.isPreferred = true;
    return action;
  });
}

function fixAll(document: TextDocument, diagnostics: Diagnostic[], kind: string): CodeAction {
  const edits = diagnostics.flatMap((diagnostic) => (caseFixOf(diagnostic) as DiagnosticFix).edits);
  return {
    title: FIX_ALL_TITLE,
    kind,
    diagnostics,
    edit: { changes: { [document.uri]: withoutOverlaps(edits) } },
  };
}

/** Sorted edits with duplicates and overlapping ones dropped: a workspace edit must not overlap. */
export function withoutOverlaps(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && compare(edit.range.start, previous.range.end) < 0) continue;
    if (
      previous &&
      compare(edit.range.start, previous.range.start) === 0 &&
      compare(edit.range.end, previous.range.end) === 0
    )
      continue;
    kept.push({ range: edit.range, newText: edit.newText });
  }
  return kept;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
