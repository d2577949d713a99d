/**
 * Which TwiML dialect a document is written in. Order of precedence: a per-file comment
 * `<!-- twiml: voice -->` / `<!-- twiml: messaging -->` anywhere before the root's first child,
 * then the `twiml.dialect` setting, then detection from the verbs used.
 */
import type { Dialect, DialectSetting } from '../../../shared/settings';
import { isMessagingOnlyVerb, isVoiceOnlyVerb } from '../data/schemaIndex';
import type { XmlDocument, XmlElement, XmlNode } from '../parser/xmlModel';

/** Where the dialect came from, for hover and preview explanations. */
export type DialectSource = 'comment' | 'setting' | 'detected' | 'default';

export interface DialectChoice {
  dialect: Dialect;
  source: DialectSource;
  /** For a detected dialect: the verbs that decided it, as written (at most three). */
  evidence?: string[];
}

const OVERRIDE = /^\s*twiml\s*:\s*(voice|messaging)\s*$/i;

/** Decides the dialect of `doc` under the given setting. */
export function chooseDialect(doc: XmlDocument, setting: DialectSetting): DialectChoice {
  const fromComment = commentOverride(doc);
  if (fromComment) return { dialect: fromComment, source: 'comment' };
  if (setting !== 'auto') return { dialect: setting, source: 'setting' };
  return detectDialect(doc);
}

function commentOverride(doc: XmlDocument): Dialect | undefined {
  const candidates: XmlNode[] = [...doc.children];
  const root = doc.children.find((node): node is XmlElement => node.type === 'element');
  if (root) candidates.push(...root.children.slice(0, 8));
  for (const node of candidates) {
    if (node.type !== 'comment') continue;
    const match = OVERRIDE.exec(node.value);
    if (match) return match[1].toLowerCase() as Dialect;
  }
  return undefined;
}

/**
 * Decided by the verbs directly under the root: voice when more of them (in any case: `<say>` is
 * still a voice mistake) are voice-only verbs than messaging-only ones. A voice verb nested in a
 * `<Message>` (`<Message>Hi<Say>Thanks</Say></Message>`) is a nesting mistake in an SMS reply,
 * not a sign of a call. Only when the top level says nothing do nested elements decide; with no
 * sign at all the reply is messaging, which the messaging guides show first.
 */
export function detectDialect(doc: XmlDocument): DialectChoice {
  const root = doc.children.find((node): node is XmlElement => node.type === 'element');
  const top = root ? tally(root.children, false) : undefined;
  const counts = top && (top.voice.length || top.messaging.length) ? top : tally(doc.children, true);
  const { voice, messaging } = counts;
  if (voice.length === 0 && messaging.length === 0) return { dialect: 'messaging', source: 'default' };
  // Voice wins ties: a <Say> is a stronger signal than a <Message>, which voice once knew as <Sms>.
  const dialect: Dialect = voice.length >= messaging.length ? 'voice' : 'messaging';
  const evidence = [...new Set(dialect === 'voice' ? voice : messaging)].slice(0, 3);
  return { dialect, source: 'detected', evidence };
}

/** Voice-only and messaging-only verb names among `nodes` (and, with `descend`, the first 5,000 elements below). */
function tally(nodes: readonly XmlNode[], descend: boolean): { voice: string[]; messaging: string[] } {
  const voice: string[] = [],
    messaging: string[] = [];
  const stack: XmlNode[] = [...nodes].reverse();
  let visited = 0;
  while (stack.length > 0 && visited < 5000) {
    const node = stack.pop() as XmlNode;
    if (node.type !== 'element') continue;
    if (descend) visited++;
    const name = canonicalCase(node.name);
    if (isVoiceOnlyVerb(name)) voice.push(node.name);
    else if (isMessagingOnlyVerb(name)) messaging.push(node.name);
    if (descend) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return { voice, messaging };
}

/** `say` → `Say`: verbs are capitalised words, so this is enough for detection. */
function canonicalCase(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}
