/**
 * Reads one TwiML document the app returned, as Twilio's messaging interpreter would: the
 * language service judges it (the same diagnostics as the editor, under the messaging dialect, so
 * voice verbs are reported as they are there), then its verbs are run top to bottom. Each
 * <Message> (or legacy <Sms>) is a reply; the requests a verb makes next (its URL and method) come
 * from the interpreter's request facts (server/src/data/requests.ts), not from rules written here.
 * Sources: https://www.twilio.com/docs/messaging/twiml (verbs run in order, everything after a
 * transfer is unreachable), https://www.twilio.com/docs/messaging/twiml/message (<Body>, <Media>).
 */
import { rootNameKind } from '../data/twimlSchema';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ReadDocument, Step } from '../../../shared/replyReading';
import { countSegments } from '../../../shared/smsSegments';
import type { Reply, TurnProblem } from '../../../shared/turns';
import { nextRequests } from '../analysis/interpreter';
import type { TwimlDocument } from '../analysis/twimlDocument';
import type { TwimlLanguageService } from '../languageService';
import { childElements, directText, type XmlElement } from '../parser/xmlModel';
import type { DiagnosticData } from '../services/validation/validate';

function replyOf(body: string, media: string[]): Reply {
  const { segments, encoding } = countSegments(body);
  return { body, media, segments, encoding };
}

/** A fetched document as the language service reads and judges it. */
export interface JudgedDocument {
  twiml: TwimlDocument;
  problems: TurnProblem[];
  /** The `<Response>` root when Twilio would run the document (well-formed, rooted in <Response>). */
  root?: XmlElement;
}

/**
 * Judges `text`, a TwiML document fetched from `url` (named in the problems), under `dialect`:
 * the editor's own diagnostics, Errors and Warnings, as turn problems.
 */
export function judgeDocument(
  service: TwimlLanguageService,
  text: string,
  url: string,
  dialect: 'messaging' | 'voice',
): JudgedDocument {
  const document = TextDocument.create(url, 'twiml', 0, text);
  const settings = { dialect };
  const twiml = service.analyze(document, settings);
  const problems: TurnProblem[] = [];
  for (const diagnostic of service.doValidation(document, twiml, settings)) {
    const severity =
      diagnostic.severity === DiagnosticSeverity.Error
        ? 'error'
        : diagnostic.severity === DiagnosticSeverity.Warning
          ? 'warning'
          : undefined;
    if (!severity) continue;
    const code = (diagnostic.data as DiagnosticData | undefined)?.twilioCode;
    const line = diagnostic.range.start.line + 1;
    problems.push({ code, severity, message: `${diagnostic.message} (${url}, line ${line})` });
  }
  const root = twiml.root;
  // A document that is not <Response> (a 12100/12102 error) runs nothing.
  const runs = root && rootNameKind(root.name) === 'exact' && twiml.xml.problems.length === 0;
  return { twiml, problems, root: runs ? root : undefined };
}

/** Judges and reads `text`, a TwiML document fetched from `url` (named in the problems). */
export function readMessagingDocument(service: TwimlLanguageService, text: string, url: string): ReadDocument {
  const { twiml, problems, root } = judgeDocument(service, text, url, 'messaging');
  const steps: Step[] = [];
  if (!root) return { problems, steps };
  for (const verb of childElements(root)) {
    if (twiml.flow.unreachable.has(verb)) continue;
    const spec = twiml.resolved.get(verb)?.spec;
    if (spec?.dialect !== 'messaging') continue;
    const requests = nextRequests(verb, spec);
    if (spec.name === 'Message' || spec.name === 'Sms') {
      // Text directly inside <Message> and every <Body> make one body; each <Media> one attachment.
      let body = directText(verb);
      const media: string[] = [];
      for (const noun of childElements(verb)) {
        const name = twiml.resolved.get(noun)?.spec?.name;
        if (name === 'Body') body += directText(noun);
        else if (name === 'Media') media.push(directText(noun).trim());
      }
      const attribute = (name: string): string | undefined =>
        verb.attributes.find((a) => a.name === name)?.value?.trim() || undefined;
      steps.push({
        kind: 'message',
        message: { reply: replyOf(body.trim(), media), to: attribute('to'), from: attribute('from'), requests },
      });
    } else if (spec.name === 'Redirect') {
      const request = requests.find((r) => r.purpose === 'document');
      if (request) steps.push({ kind: 'redirect', request });
    }
    if (twiml.flow.transfers.has(verb) && !twiml.flow.transfers.get(verb)?.fallsThrough) break;
  }
  return { problems, steps };
}
