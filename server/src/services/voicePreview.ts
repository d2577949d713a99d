/**
 * The call script of a voice document for the preview: each verb with what the caller hears or
 * what happens, its settings, nested nouns/verbs, and where control goes next.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { UnreachableReason, VoiceStep } from '../../../shared/protocol';
import { effectiveName, type TwimlDocument } from '../analysis/twimlDocument';
import { childElements, directText, type XmlElement } from '../parser/xmlModel';

/** Sentences for verbs that end the call or say nothing by themselves. */
const FIXED_TEXT: Record<string, string> = {
  Hangup: 'The call ends.',
  Reject: 'The call is rejected without being answered.',
  Leave: 'The caller leaves the queue.',
  Pause: 'Silence.',
  Record: 'Records the caller.',
  Gather: 'Waits for the caller to press keys or speak.',
  Start: 'Starts in the background:',
  Stop: 'Stops:',
  Connect: 'Connects the call to:',
  Dial: 'Calls:',
};

const MAX_DEPTH = 6;

/** Steps for the verbs under `<Response>`, nested children included (to a bounded depth). */
export function voiceSteps(
  document: TextDocument,
  doc: TwimlDocument,
  unreachable: (verb: XmlElement) => UnreachableReason | undefined,
): VoiceStep[] {
  if (!doc.root) return [];
  return childElements(doc.root).map((verb) => step(document, doc, verb, 0, unreachable));
}

function step(
  document: TextDocument,
  doc: TwimlDocument,
  element: XmlElement,
  depth: number,
  unreachable: (verb: XmlElement) => UnreachableReason | undefined,
): VoiceStep {
  const text = directText(element).trim();
  const transfer = doc.flow.transfers.get(element);
  const children =
    depth < MAX_DEPTH ? childElements(element).map((child) => step(document, doc, child, depth + 1, unreachable)) : [];
  // The recognised name (<hangup/> is drawn as the Hangup it was meant to be); the document's
  // diagnostics already say the case is wrong.
  const name = effectiveName(element, doc.resolved);
  return {
    verb: name,
    position: document.positionAt(element.start),
    text: text || FIXED_TEXT[name] || '',
    details: element.attributes.map((attribute) => ({ label: attribute.name, value: attribute.value ?? '' })),
    children,
    continuesAt: transfer ? (transfer.url ?? transfer.reason) : undefined,
    unreachable: depth === 0 ? unreachable(element) : undefined,
  };
}
