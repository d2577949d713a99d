/**
 * What Twilio's interpreter does with the verbs of a document: it runs them top to bottom until
 * one hands control to another URL or ends the call. This one interpreter decides reachability
 * for both the diagnostics and the preview.
 * Sources: https://www.twilio.com/docs/messaging/twiml (control flow, "All verbs remaining in the
 * document will be unreachable and ignored"), https://www.twilio.com/docs/voice/twiml and each
 * verb's page (Gather falls through unless actionOnEmptyResult="true"; Record transfers after a
 * recording and falls through on an empty one).
 */
import type { VerbRequest } from '../../../shared/replyReading';
import { MESSAGING_VERB_REQUESTS, VOICE_VERB_REQUESTS } from '../data/requests';
import type { ElementSpec } from '../data/schemaTypes';
import { attributeNamed, directText, type XmlElement } from '../parser/xmlModel';
import { sameTemplatePath, type TemplateContext } from './templateContext';

/** A verb that takes control away from the rest of the document. */
export interface Transfer {
  verb: XmlElement;
  /** The URL control goes to, when the verb names one (action, Redirect's text). */
  url: string | undefined;
  /** Our sentence for why control leaves, from the schema's flow data. */
  reason: string;
  /** True when the next verb still runs on no input (`<Record>` with an empty recording). */
  fallsThrough?: boolean;
}

/** The outcome of interpreting the verbs directly under `<Response>`. */
export interface FlowResult {
  /** Each verb that hands control away, in order (only the first one matters for reachability). */
  transfers: Map<XmlElement, Transfer>;
  /** Each verb that never runs, with the transfer that made it unreachable. */
  unreachable: Map<XmlElement, Transfer>;
}

/** Resolves a verb element to its schema definition (undefined for unknown elements). */
export type SpecLookup = (element: XmlElement) => ElementSpec | undefined;

/**
 * Interprets the verbs of `root` in order. In a template, a transfer inside a conditional arm or
 * a loop only makes the verbs on the same template path unreachable.
 */
export function interpretFlow(
  root: XmlElement | undefined,
  specOf: SpecLookup,
  template?: TemplateContext,
): FlowResult {
  const result: FlowResult = { transfers: new Map(), unreachable: new Map() };
  if (!root) return result;
  const taken: Transfer[] = [];
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    const takenBy = taken.find((transfer) => sameTemplatePath(template, transfer.verb.start, child.start));
    if (takenBy) {
      result.unreachable.set(child, takenBy);
      continue;
    }
    const transfer = transferOf(child, specOf(child));
    if (transfer) {
      result.transfers.set(child, transfer);
      if (!transfer.fallsThrough) taken.push(transfer);
    }
  }
  return result;
}

/** The transfer a verb makes, if its flow rule says it hands control away. */
export function transferOf(verb: XmlElement, spec: ElementSpec | undefined): Transfer | undefined {
  const flow = spec?.flow;
  if (!flow || flow.kind === 'continue') return undefined;
  if (flow.kind === 'transfer') return { verb, url: urlOf(verb), reason: flow.reason };
  if (flow.kind === 'transferOnInput') return { verb, url: urlOf(verb), reason: flow.reason, fallsThrough: true };
  const attribute = attributeNamed(verb, flow.attribute);
  if (!attribute) return undefined;
  if (flow.value !== undefined && (attribute.value ?? '').trim().toLowerCase() !== flow.value.toLowerCase())
    return undefined;
  return { verb, url: urlOf(verb), reason: flow.reason };
}

/** Redirect's URL is its text; other verbs name it in `action`. */
function urlOf(verb: XmlElement): string | undefined {
  const action = attributeNamed(verb, 'action')?.value;
  if (action) return action.trim();
  if (verb.name === 'Redirect') {
    const text = verb.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .trim();
    return text || undefined;
  }
  return undefined;
}

// The request shape is plain data the webhook engines receive across the reader port.
export type { VerbRequest };

/**
 * The requests `verb` makes after it runs, in order, from the request facts in data/requests.ts
 * (messaging verbs; voice verbs and <Dial>'s nouns); an empty list means the verb makes none.
 */
export function nextRequests(verb: XmlElement, spec: ElementSpec | undefined): VerbRequest[] {
  if (!spec) return [];
  const facts = (spec.dialect === 'messaging' ? MESSAGING_VERB_REQUESTS : VOICE_VERB_REQUESTS)[spec.name] ?? [];
  const requests: VerbRequest[] = [];
  for (const fact of facts) {
    const raw = fact.urlFrom.kind === 'text' ? directText(verb) : attributeNamed(verb, fact.urlFrom.name)?.value;
    const url = raw?.trim() || (fact.defaultsToCurrentDocument ? '' : undefined);
    if (url === undefined) continue;
    const written = fact.methodAttribute
      ? attributeNamed(verb, fact.methodAttribute)?.value?.trim().toUpperCase()
      : undefined;
    const known = written === 'GET' || written === 'POST';
    const request: VerbRequest = { url, method: known ? written : fact.defaultMethod, purpose: fact.purpose };
    if (fact.urlFrom.kind === 'attribute') request.attribute = fact.urlFrom.name;
    if (written !== undefined && !known) request.badMethod = true;
    requests.push(request);
  }
  return requests;
}
