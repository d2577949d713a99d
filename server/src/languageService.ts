/**
 * The TwiML language service: one factory returning bound methods, each taking a text document
 * (and, where useful, its already analysed TwiML) — the vscode-html-languageservice pattern.
 * Pure: no `vscode` import and no LSP connection, so the server, the CLI, the preview model and
 * the tests all use it the same way.
 */
import type {
  CodeAction,
  CodeActionContext,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type TwimlSettings } from '../../shared/settings';
import { analyzeTwiml, type TwimlDocument } from './analysis/twimlDocument';
import { doCodeActions } from './services/codeActions';
import { doComplete } from './services/completion';
import { findDocumentSymbols } from './services/documentSymbols';
import { getFoldingRanges } from './services/folding';
import { doHover } from './services/hover';
import { findLinkedEditingRanges } from './services/linkedEditing';
import { buildPreviewModel } from './services/previewModel';
import type { CompletionContext, LinkedEditingRanges } from './services/requestShapes';
import type { NamedRule } from './services/validation/finding';
import type { FailureReporter } from './services/validation/internalError';
import { validate } from './services/validation/validate';
import type { PreviewModel } from '../../shared/protocol';

/** The language service API. */
export interface TwimlLanguageService {
  /** Parses and analyses a document (do this once per version and pass the result on). */
  analyze(document: TextDocument, settings?: Partial<TwimlSettings>): TwimlDocument;
  /** Diagnostics for a document. */
  doValidation(document: TextDocument, twiml?: TwimlDocument, settings?: Partial<TwimlSettings>): Diagnostic[];
  /** What Twilio will do with the document, for the preview pane. */
  getPreviewModel(
    document: TextDocument,
    twiml?: TwimlDocument,
    settings?: Partial<TwimlSettings>,
    diagnostics?: Diagnostic[],
  ): PreviewModel;
  /** Convenience for tests and the CLI: validates raw text. */
  validateText(text: string, settings?: Partial<TwimlSettings>): Diagnostic[];
  /** Element names, closing tags, attributes and values valid at `position`. */
  doComplete(
    document: TextDocument,
    position: Position,
    twiml?: TwimlDocument,
    context?: CompletionContext,
  ): CompletionList;
  /** What the element or attribute under `position` is (and a <Message>'s segment count). */
  doHover(document: TextDocument, position: Position, twiml?: TwimlDocument): Hover | null;
  /** The outline: Response > verbs > nouns. */
  findDocumentSymbols(document: TextDocument, twiml?: TwimlDocument): DocumentSymbol[];
  /** Multi-line elements and comments; at most `rangeLimit` when given. */
  getFoldingRanges(document: TextDocument, twiml?: TwimlDocument, rangeLimit?: number): FoldingRange[];
  /** Start and end tag names of the element under `position`, edited together. */
  findLinkedEditingRanges(
    document: TextDocument,
    position: Position,
    twiml?: TwimlDocument,
  ): LinkedEditingRanges | null;
  /**
   * Quick fixes for the diagnostics in `context`, and "fix all case mistakes" (also as the
   * `source.fixAll.twiml` action, for which the document's diagnostics are computed here).
   */
  doCodeActions(
    document: TextDocument,
    range: Range,
    context: CodeActionContext,
    twiml?: TwimlDocument,
    settings?: Partial<TwimlSettings>,
  ): CodeAction[];
}

/** How the service contains its own bugs. */
export interface LanguageServiceOptions {
  /** Told of each rule group that threw (the service has no connection: the caller logs). */
  onFailure?: FailureReporter;
  /** Rules run after the built-in ones: the seam tests use to inject a failing rule. */
  extraRules?: readonly NamedRule[];
}

/** Creates a language service. Cheap: the schema indexes are built once per process. */
export function createLanguageService(options: LanguageServiceOptions = {}): TwimlLanguageService {
  const guard = { extraRules: options.extraRules, onFailure: options.onFailure };
  const analyze = (document: TextDocument, settings?: Partial<TwimlSettings>): TwimlDocument =>
    analyzeTwiml(document.getText(), settings?.dialect ?? DEFAULT_SETTINGS.dialect);
  const doValidation = (
    document: TextDocument,
    twiml?: TwimlDocument,
    settings?: Partial<TwimlSettings>,
  ): Diagnostic[] =>
    validate(
      document,
      twiml ?? analyze(document, settings),
      settings?.maxDiagnostics ?? DEFAULT_SETTINGS.maxDiagnostics,
      settings?.rules,
      guard,
    );
  const getPreviewModel = (
    document: TextDocument,
    twiml?: TwimlDocument,
    settings?: Partial<TwimlSettings>,
    diagnostics?: Diagnostic[],
  ): PreviewModel => {
    const analysed = twiml ?? analyze(document, settings);
    return buildPreviewModel(document, analysed, diagnostics ?? doValidation(document, analysed, settings));
  };
  return {
    analyze,
    doValidation,
    getPreviewModel,
    validateText: (text, settings) =>
      doValidation(TextDocument.create('untitled:twiml', 'twiml', 0, text), undefined, settings),
    doComplete: (document, position, twiml, context) =>
      doComplete(document, position, twiml ?? analyze(document), context),
    doHover: (document, position, twiml) => doHover(document, position, twiml ?? analyze(document)),
    findDocumentSymbols: (document, twiml) => findDocumentSymbols(document, twiml ?? analyze(document)),
    getFoldingRanges: (document, twiml, rangeLimit) =>
      getFoldingRanges(document, twiml ?? analyze(document), rangeLimit),
    findLinkedEditingRanges: (document, position, twiml) =>
      findLinkedEditingRanges(document, position, twiml ?? analyze(document)),
    // The range is implied by the diagnostics the client sends; fix-all needs every diagnostic, uncapped.
    doCodeActions: (document, _range, context, twiml, settings) =>
      doCodeActions(document, context, () =>
        doValidation(document, twiml ?? analyze(document, settings), {
          ...settings,
          maxDiagnostics: Number.MAX_SAFE_INTEGER,
        }),
      ),
  };
}

// The service's facade for the layers above it (the host-file readers in embedded/, the server,
// the CLI): what they may use of services/ goes through here, so services/ can change inside.
export { doCodeActions } from './services/codeActions';
export type { CompletionContext, LinkedEditingRanges } from './services/requestShapes';
export {
  applyLevels,
  directiveRuleIds,
  NO_DISABLE_FIX,
  unknownRuleMessage,
  type RuleLevels,
} from './services/validation/ruleConfig';
export { isRuleId, RULE_IDS } from './services/validation/ruleTable';
export { findingsToDiagnostics, type DiagnosticData, type DiagnosticFix } from './services/validation/validate';
export type { Finding, FixProposal, NamedRule } from './services/validation/finding';
export { internalErrorFinding, type FailureReporter, type InternalFailure } from './services/validation/internalError';
export { nextRequests, type VerbRequest } from './analysis/interpreter';
export { directText, childElements, type XmlElement } from './parser/xmlModel';
export type { TwimlDocument } from './analysis/twimlDocument';
