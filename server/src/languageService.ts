/**
 * The TwiML language service: one factory returning bound methods, each taking a text document
 * (and, where useful, its already analysed TwiML) — the vscode-html-languageservice pattern.
 * Pure: no `vscode` import and no LSP connection, so the server, the CLI, the preview model and
 * the tests all use it the same way.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type TwimlSettings } from '../../shared/protocol';
import { analyzeTwiml, type TwimlDocument } from './analysis/twimlDocument';
import { buildPreviewModel } from './services/previewModel';
import { validate } from './services/validation/validate';
import type { PreviewModel } from '../../shared/protocol';

/** The language service API. */
export interface TwimlLanguageService {
  /** Parses and analyses a document (do this once per version and pass the result on). */
  analyze(document: TextDocument, settings?: Partial<TwimlSettings>): TwimlDocument;
  /** Diagnostics for a document. */
  doValidation(document: TextDocument, twiml?: TwimlDocument, settings?: Partial<TwimlSettings>): Diagnostic[];
  /** What Twilio will do with the document, for the preview pane. */
  getPreviewModel(document: TextDocument, twiml?: TwimlDocument, settings?: Partial<TwimlSettings>): PreviewModel;
  /** Convenience for tests and the CLI: validates raw text. */
  validateText(text: string, settings?: Partial<TwimlSettings>): Diagnostic[];
}

/** Creates a language service. Cheap: the schema indexes are built once per process. */
export function createLanguageService(): TwimlLanguageService {
  const analyze = (document: TextDocument, settings?: Partial<TwimlSettings>): TwimlDocument =>
    analyzeTwiml(document.getText(), settings?.dialect ?? DEFAULT_SETTINGS.dialect);
  const doValidation = (document: TextDocument, twiml?: TwimlDocument, settings?: Partial<TwimlSettings>): Diagnostic[] =>
    validate(document, twiml ?? analyze(document, settings), settings?.maxDiagnostics ?? DEFAULT_SETTINGS.maxDiagnostics);
  const getPreviewModel = (document: TextDocument, twiml?: TwimlDocument, settings?: Partial<TwimlSettings>): PreviewModel => {
    const analysed = twiml ?? analyze(document, settings);
    return buildPreviewModel(document, analysed, doValidation(document, analysed, settings));
  };
  return {
    analyze,
    doValidation,
    getPreviewModel,
    validateText: (text, settings) => doValidation(TextDocument.create('untitled:twiml', 'twiml', 0, text), undefined, settings),
  };
}
