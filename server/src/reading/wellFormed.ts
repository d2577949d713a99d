/**
 * The root verdict of a reply: would Twilio parse it as TwiML? The language service's own
 * findings answer it: the well-formedness rules (12100 "Document parse failure"), the XML version
 * (12101) and the root rules (12102 "The root element must be Response"), the same diagnostics the
 * editor shows, so the replay and the editor cannot disagree about a document.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { WellFormedVerdict, XmlIssue } from '../../../shared/replyReading';
import { TWILIO_CODES } from '../data/errorCodes';
import type { TwimlLanguageService } from '../languageService';
import type { DiagnosticData } from '../services/validation/validate';

/** The codes that mean Twilio does not run the document at all. */
const PARSE_CODES: ReadonlySet<number> = new Set([
  TWILIO_CODES.documentParseFailure,
  TWILIO_CODES.invalidXmlVersion,
  TWILIO_CODES.rootMustBeResponse,
]);

/** Judges `text` (any dialect: well-formedness and the root do not depend on it). */
export function checkWellFormed(service: TwimlLanguageService, text: string): WellFormedVerdict {
  const document = TextDocument.create('twiml-reply:reply.xml', 'twiml', 0, text);
  const twiml = service.analyze(document);
  const issues: XmlIssue[] = [];
  for (const diagnostic of service.doValidation(document, twiml)) {
    const code = (diagnostic.data as DiagnosticData | undefined)?.twilioCode;
    if (code === undefined || !PARSE_CODES.has(code)) continue;
    const level = diagnostic.severity === DiagnosticSeverity.Error ? 'error' : 'warning';
    issues.push({
      level,
      code,
      message: plainMessage(diagnostic, code),
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
    });
  }
  return { root: twiml.root?.name, issues };
}

/** The finding's sentence without the " (Twilio 12100 ...)" the editor appends (the replay shows the code itself). */
function plainMessage(diagnostic: Diagnostic, code: number): string {
  const suffix = diagnostic.message.lastIndexOf(` (Twilio ${code}`);
  return suffix > 0 ? diagnostic.message.slice(0, suffix) : diagnostic.message;
}
