/**
 * Builds the preview's model from the analysed document: what the person texting (or calling)
 * will experience, step by step. Reachability comes from the same interpreter the diagnostics use.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MessagingStep, PreviewMedia, PreviewModel, UnreachableReason } from '../../../shared/protocol';
import type { Transfer } from '../analysis/interpreter';
import { effectiveName, type TwimlDocument } from '../analysis/twimlDocument';
import { attributeNamed, childElements, directText, type XmlElement } from '../parser/xmlModel';
import { countSegments } from '../../../shared/smsSegments';
import { withoutPlaceholders } from '../analysis/placeholders';
import { messageBody } from '../analysis/messageBody';
import { describeTransfer } from '../analysis/describeTransfer';
import { voiceSteps } from './voicePreview';

const IMAGE_URL = /\.(png|jpe?g|gif|webp|bmp|svg)(\?.*)?$/i;

/** The preview model of one document version. `diagnostics` feed the error banner. */
export function buildPreviewModel(document: TextDocument, doc: TwimlDocument, diagnostics: Diagnostic[]): PreviewModel {
  const errors = diagnostics
    .filter((d) => d.severity === 1)
    .slice(0, 20)
    .map((d) => ({ message: d.message, line: d.range.start.line + 1, code: String(d.code ?? '') }));
  const model: PreviewModel = {
    uri: document.uri,
    version: document.version,
    dialect: doc.dialect.dialect,
    errors,
    messaging: [],
    voice: [],
  };
  if (!doc.root) return model;
  const unreachable = (verb: XmlElement): UnreachableReason | undefined => {
    const transfer = doc.flow.unreachable.get(verb);
    return transfer ? reason(document, doc, transfer) : undefined;
  };
  if (doc.dialect.dialect === 'voice') model.voice = voiceSteps(document, doc, unreachable);
  else model.messaging = messagingSteps(document, doc, doc.root, unreachable);
  return model;
}

function reason(document: TextDocument, doc: TwimlDocument, transfer: Transfer): UnreachableReason {
  return {
    verb: effectiveName(transfer.verb, doc.resolved),
    position: document.positionAt(transfer.verb.start),
    message: `Never runs: ${describeTransfer(doc, transfer)}.`,
  };
}

function messagingSteps(
  document: TextDocument,
  doc: TwimlDocument,
  root: XmlElement,
  unreachable: (verb: XmlElement) => UnreachableReason | undefined,
): MessagingStep[] {
  const steps: MessagingStep[] = [];
  for (const verb of childElements(root)) {
    const position = document.positionAt(verb.start);
    // A <message> written in the wrong case is still drawn: the banner already says what is wrong.
    const name = effectiveName(verb, doc.resolved);
    if (name === 'Message' || name === 'Sms') {
      const body = messageBody(verb);
      steps.push({
        kind: 'message',
        position,
        body,
        media: childElements(verb)
          .filter((c) => effectiveName(c, doc.resolved) === 'Media')
          .map((m) => mediaOf(directText(m).trim())),
        to: attributeNamed(verb, 'to')?.value,
        from: attributeNamed(verb, 'from')?.value,
        segments: countSegments(doc.template ? withoutPlaceholders(body) : body),
        action: attributeNamed(verb, 'action')?.value,
        unreachable: unreachable(verb),
      });
    } else if (name === 'Redirect') {
      steps.push({
        kind: 'redirect',
        position,
        url: directText(verb).trim(),
        method: attributeNamed(verb, 'method')?.value,
        unreachable: unreachable(verb),
      });
    }
  }
  return steps;
}

/** A media item; only absolute http(s) URLs are marked safe to load. */
export function mediaOf(url: string): PreviewMedia {
  const safe = /^https?:\/\/[^\s]+$/i.test(url);
  return { url, kind: safe && IMAGE_URL.test(url) ? 'image' : 'other', safe };
}
