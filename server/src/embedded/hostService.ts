/**
 * The TwiML language service for any host document: a `.twiml` file, a template, or program code
 * with TwiML in its string literals. It finds the TwiML parts ({@link HostReader}), runs the
 * unchanged TwiML service on each, and maps every result back through {@link PartMapper}.
 * Pure like the TwiML service: the server, the CLI and the tests use it alike.
 */
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PreviewModel } from '../../../shared/protocol';
import { DEFAULT_SETTINGS, type TwimlSettings } from '../../../shared/settings';
import type { TwimlDocument } from '../analysis/twimlDocument';
import {
  applyLevels,
  createLanguageService,
  doCodeActions,
  findingsToDiagnostics,
  internalErrorFinding,
  type Finding,
  type CompletionContext,
  type FailureReporter,
  type LinkedEditingRanges,
  type NamedRule,
} from '../languageService';
import { HostReader, type ExtraHostReader, type HostAnalysis, type TwimlPart } from './hostAnalysis';
import { applyHostComments, COMMENT_SYNTAX, type AnchoredDiagnostic, type CommentSyntax } from './hostComments';
import { PartMapper } from './mapResults';
import { previewPlaceholders } from './previewPlaceholders';
import { routeLenses } from './routeLenses';
import { builderDiagnostics, builderInlayHints } from './sdk/builderResults';

/** The language service over host documents. */
export interface HostLanguageService {
  /** Finds and analyses the TwiML of a host document (once per version; pass the result on). */
  analyze(host: TextDocument, settings?: Partial<TwimlSettings>): HostAnalysis;
  /** Diagnostics of every TwiML part, in host positions (an empty list when there is no TwiML). */
  doValidation(host: TextDocument, analysis: HostAnalysis, settings?: Partial<TwimlSettings>): Diagnostic[];
  doComplete(
    host: TextDocument,
    position: Position,
    analysis: HostAnalysis,
    context?: CompletionContext,
  ): CompletionList | null;
  doHover(host: TextDocument, position: Position, analysis: HostAnalysis): Hover | null;
  /** Outline, folding and linked editing serve TwiML and template files; code has its own. */
  findDocumentSymbols(host: TextDocument, analysis: HostAnalysis): DocumentSymbol[];
  getFoldingRanges(host: TextDocument, analysis: HostAnalysis, rangeLimit?: number): FoldingRange[];
  findLinkedEditingRanges(host: TextDocument, position: Position, analysis: HostAnalysis): LinkedEditingRanges | null;
  doCodeActions(
    host: TextDocument,
    range: Range,
    context: CodeActionContext,
    analysis: HostAnalysis,
    settings?: Partial<TwimlSettings>,
  ): CodeAction[];
  /** The preview of the part under `position` (or the first part); null when there is no TwiML. */
  getPreviewModel(
    host: TextDocument,
    analysis: HostAnalysis,
    settings?: Partial<TwimlSettings>,
    position?: Position,
  ): PreviewModel | null;
  /** The part under `position`, if any. */
  partAt(host: TextDocument, analysis: HostAnalysis, position: Position): TwimlPart | undefined;
  /** Inlay hints of SDK builder calls (a literal message body's characters and segments) within `range`. */
  getInlayHints(host: TextDocument, analysis: HostAnalysis, range: Range): InlayHint[];
  /**
   * "Text this route" / "Call this route" above the webhook routes of a Twilio app's code.
   * `pending` is set while the host language's grammar loads: ask again when it settles.
   */
  getCodeLenses(host: TextDocument): { lenses: CodeLens[]; pending: Promise<unknown> | undefined };
  /** Frees what is kept for a closed document. */
  forget(uri: string): void;
}

/** How the host service contains its own bugs, and the seams tests use to inject failing ones. */
export interface HostLanguageServiceOptions {
  /** Told of each rule group or host reader that threw, with the document's URI: log it there. */
  onFailure?: FailureReporter;
  /** Rules run after the built-in ones on every TwiML part. */
  extraRules?: readonly NamedRule[];
  /** Readers run after the built-in ones on every host document. */
  extraReaders?: readonly ExtraHostReader[];
}

/** Creates the host service (one per server or CLI run: it keeps the syntax trees of open files). */
export function createHostLanguageService(options: HostLanguageServiceOptions = {}): HostLanguageService {
  const { onFailure } = options;
  const twiml = createLanguageService({ onFailure, extraRules: options.extraRules });
  const reader = new HostReader({ onFailure, extraReaders: options.extraReaders });
  // Per analysis: the validation of a version is shared by diagnostics, fix-all and the preview,
  // as long as the rule levels are the same.
  const memo = new WeakMap<TwimlDocument, { rules: string; diagnostics: Diagnostic[] }>();
  const limit = (settings?: Partial<TwimlSettings>): number =>
    settings?.maxDiagnostics ?? DEFAULT_SETTINGS.maxDiagnostics;

  const partDiagnostics = (host: TextDocument, part: TwimlPart, settings?: Partial<TwimlSettings>): Diagnostic[] => {
    const rules = JSON.stringify(settings?.rules ?? {});
    const kept = memo.get(part.twiml);
    if (kept?.rules === rules) return kept.diagnostics;
    const virtual = twiml.doValidation(part.virtual, part.twiml, {
      ...settings,
      maxDiagnostics: Number.MAX_SAFE_INTEGER,
    });
    // A rule's failure is about the whole document, not a place in it: it goes to the host's
    // start, which always maps (the part's own start may be synthetic fragment text).
    const failed = virtual.filter(isInternalError).map((diagnostic) => ({ ...diagnostic, range: DOCUMENT_START }));
    const diagnostics = [
      ...failed,
      ...new PartMapper(part, host).diagnostics(virtual.filter((diagnostic) => !isInternalError(diagnostic))),
    ];
    memo.set(part.twiml, { rules, diagnostics });
    return diagnostics;
  };

  /** One `internal-error` per reader that failed on this version, at the user's level for it. */
  const readerDiagnostics = (
    host: TextDocument,
    analysis: HostAnalysis,
    settings?: Partial<TwimlSettings>,
  ): Diagnostic[] =>
    findingsToDiagnostics(
      host,
      applyLevels(
        analysis.failures.map((name) => internalErrorFinding(`the "${name}" reader`)),
        settings?.rules,
      ),
    );

  const allDiagnostics = (
    host: TextDocument,
    analysis: HostAnalysis,
    settings?: Partial<TwimlSettings>,
  ): Diagnostic[] =>
    oneInternalErrorEach([
      ...readerDiagnostics(host, analysis, settings),
      ...partsDiagnostics(host, analysis, settings),
    ]);

  const partsDiagnostics = (
    host: TextDocument,
    analysis: HostAnalysis,
    settings?: Partial<TwimlSettings>,
  ): Diagnostic[] => {
    if (!analysis.kind || (analysis.kind.kind === 'twiml' && !analysis.templateSyntax)) {
      return analysis.parts.flatMap((part) => partDiagnostics(host, part, settings));
    }
    // In code and templates the directives and the disable fix use the host's own comments.
    const anchored: AnchoredDiagnostic[] = [];
    for (const part of analysis.parts) {
      const syntax = commentSyntaxOf(analysis, part);
      for (const diagnostic of partDiagnostics(host, part, settings))
        anchored.push(anchor(host, part, diagnostic, syntax));
    }
    if (analysis.injections.length > 0) {
      const syntax = commentSyntaxOf(analysis, undefined);
      for (const diagnostic of findingsToDiagnostics(host, applyLevels(analysis.injections, settings?.rules)))
        anchored.push({ diagnostic, anchorLine: diagnostic.range.start.line, syntax });
    }
    if (analysis.builders) {
      const syntax = commentSyntaxOf(analysis, undefined);
      for (const diagnostic of builderDiagnostics(host, analysis.builders, settings?.rules))
        anchored.push({ diagnostic, anchorLine: diagnostic.range.start.line, syntax });
    }
    return applyHostComments(host, anchored);
  };

  const partAt = (host: TextDocument, analysis: HostAnalysis, position: Position): TwimlPart | undefined => {
    const offset = host.offsetAt(position);
    return analysis.parts.find((part) => !part.map || part.map.toVirtual(offset) !== undefined);
  };

  /** Runs `use` on the part under `position` with the position in its coordinates. */
  const atPosition = <T>(
    host: TextDocument,
    analysis: HostAnalysis,
    position: Position,
    use: (part: TwimlPart, virtual: Position, mapper: PartMapper) => T,
  ): T | null => {
    const part = partAt(host, analysis, position);
    if (!part) return null;
    const mapper = new PartMapper(part, host);
    const virtual = mapper.toVirtualPosition(position);
    return virtual ? use(part, virtual, mapper) : null;
  };

  const isMarkupHost = (analysis: HostAnalysis): boolean => analysis.kind?.kind !== 'code';

  return {
    analyze: (host, settings) =>
      reader.analyze(host, settings?.dialect ?? DEFAULT_SETTINGS.dialect, settings?.escapeFunctions),
    doValidation: (host, analysis, settings) =>
      capped(
        [
          ...findingsToDiagnostics(host, applyLevels(limitFindings(analysis), settings?.rules)),
          ...allDiagnostics(host, analysis, settings),
        ],
        limit(settings),
      ),
    doComplete: (host, position, analysis, context) =>
      atPosition(host, analysis, position, (part, virtual, mapper) =>
        mapper.completion(twiml.doComplete(part.virtual, virtual, part.twiml, context)),
      ),
    doHover: (host, position, analysis) =>
      atPosition(host, analysis, position, (part, virtual, mapper) =>
        mapper.hover(twiml.doHover(part.virtual, virtual, part.twiml)),
      ),
    findDocumentSymbols: (host, analysis) =>
      isMarkupHost(analysis)
        ? analysis.parts.flatMap((part) =>
            new PartMapper(part, host).symbols(twiml.findDocumentSymbols(part.virtual, part.twiml)),
          )
        : [],
    getFoldingRanges: (host, analysis, rangeLimit) =>
      isMarkupHost(analysis)
        ? analysis.parts.flatMap((part) =>
            new PartMapper(part, host).folding(twiml.getFoldingRanges(part.virtual, part.twiml, rangeLimit)),
          )
        : [],
    findLinkedEditingRanges: (host, position, analysis) =>
      isMarkupHost(analysis)
        ? atPosition(host, analysis, position, (part, virtual, mapper) =>
            mapper.linkedEditing(twiml.findLinkedEditingRanges(part.virtual, virtual, part.twiml)),
          )
        : null,
    // Fixes already travel in host coordinates in each diagnostic's data; fix-all needs them all.
    doCodeActions: (host, _range, context, analysis, settings) =>
      doCodeActions(host, context, () => allDiagnostics(host, analysis, settings)),
    getPreviewModel: (host, analysis, settings, position) => {
      const part = (position && partAt(host, analysis, position)) || analysis.parts[0];
      if (!part) return null;
      const shown = mappedDocument(host, part);
      const model = twiml.getPreviewModel(shown, part.twiml, settings, partDiagnostics(host, part, settings));
      if (part.embedded)
        model.placeholders = previewPlaceholders(host, part.embedded, reader.placeholderParameters(analysis));
      return model;
    },
    partAt,
    getInlayHints: (host, analysis, range) => builderInlayHints(host, analysis.builders, range),
    getCodeLenses: (host) => {
      const found = reader.routes(host);
      return { lenses: routeLenses(found.routes), pending: found.pending };
    },
    forget: (uri) => reader.forget(uri),
  };
}

/**
 * The one finding of a document a work bound cut short, at its start. Over Twilio's size limit it
 * is the `document-too-large` Error (11750) the full analysis would also give; a code file too
 * large or with too many TwiML strings is `analysis-limit` (Information: the file is fine, only
 * our check is partial). Both take the user's levels like any rule.
 */
function limitFindings(analysis: HostAnalysis): Finding[] {
  const limited = analysis.limited;
  if (!limited) return [];
  const rule = limited.kind === 'document-too-large' ? 'document-too-large' : 'analysis-limit';
  return [{ rule, range: { start: 0, end: 0 }, message: limited.message }];
}

/**
 * How the host writes a comment that outputs nothing, for one part (or the SDK calls): code in
 * its language's syntax, TwiML outside `<?php ?>` in a PHP block, a template in its own; a plain
 * TwiML file keeps XML comments (undefined).
 */
function commentSyntaxOf(analysis: HostAnalysis, part: TwimlPart | undefined): CommentSyntax | undefined {
  const kind = analysis.kind;
  if (!kind) return undefined;
  if (kind.kind === 'code') {
    if (part?.embedded?.origin === 'template') return kind.language === 'php' ? COMMENT_SYNTAX.php : undefined;
    return kind.language === 'python' || kind.language === 'ruby' ? COMMENT_SYNTAX.hash : COMMENT_SYNTAX.slashes;
  }
  return analysis.templateSyntax ? COMMENT_SYNTAX[analysis.templateSyntax] : undefined;
}

/** A diagnostic with the host line a disable comment goes above: where its string literal starts. */
function anchor(
  host: TextDocument,
  part: TwimlPart,
  diagnostic: Diagnostic,
  syntax: CommentSyntax | undefined,
): AnchoredDiagnostic {
  const line = diagnostic.range.start.line;
  if (part.embedded?.origin !== 'literal' || !part.map) return { diagnostic, anchorLine: line, syntax };
  const start = part.map.literalStartAt(host.offsetAt(diagnostic.range.start));
  return { diagnostic, anchorLine: start === undefined ? line : host.positionAt(start).line, syntax };
}

const DOCUMENT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isInternalError(diagnostic: Diagnostic): boolean {
  return diagnostic.code === 'internal-error';
}

/**
 * The same rule failing in every part of a file (each literal of a Python file) is one bug: one
 * `internal-error` per message, not one per part.
 */
function oneInternalErrorEach(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    if (!isInternalError(diagnostic)) return true;
    if (seen.has(diagnostic.message)) return false;
    seen.add(diagnostic.message);
    return true;
  });
}

/** At most `max` diagnostics plus one summary, as the TwiML service caps them. */
function capped(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept = diagnostics.slice(0, max);
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: 'twiml',
    code: 'too-many-diagnostics',
    message: `${diagnostics.length - max} more problems not shown (limit ${max}, setting twiml.maxDiagnostics). Fix the ones above first.`,
  });
  return kept;
}

/**
 * The part's text under the host's URI and version, with positions in host coordinates: the
 * preview model points at verbs with `positionAt`, and those positions must be the host's.
 */
function mappedDocument(host: TextDocument, part: TwimlPart): TextDocument {
  const map = part.map;
  if (!map) return host;
  const shown = TextDocument.create(host.uri, 'twiml', host.version, part.virtual.getText());
  return Object.assign(shown, { positionAt: (offset: number): Position => host.positionAt(map.toHost(offset)) });
}
