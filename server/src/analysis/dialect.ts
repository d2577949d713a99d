/**
 * Which TwiML dialect a document is written in. Order of precedence: a per-file comment
 * `<!-- twiml: voice -->` / `<!-- twiml: messaging -->` anywhere before the root's first child,
 * then the `twiml.dialect` setting, then detection from the verbs used.
 */
import type { Dialect } from '../data/schemaTypes';
import { isMessagingOnlyVerb, isVoiceOnlyVerb } from '../data/schemaIndex';
import type { XmlDocument, XmlElement, XmlNode } from '../parser/xmlModel';

/** Where the dialect came from, for hover and preview explanations. */
export type DialectSource = 'comment' | 'setting' | 'detected' | 'default';

export interface DialectChoice {
  dialect: Dialect;
  source: DialectSource;
}

const OVERRIDE = /^\s*twiml\s*:\s*(voice|messaging)\s*$/i;

/** Decides the dialect of `doc` under the given setting. */
export function chooseDialect(doc: XmlDocument, setting: 'auto' | Dialect): DialectChoice {
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
 * Voice when any element (in any case: `<say>` is still a voice mistake) is a voice-only verb;
 * messaging otherwise, since a reply of only `<Message>`/`<Redirect>` or an empty `<Response>`
 * is what the messaging guides show first.
 */
export function detectDialect(doc: XmlDocument): DialectChoice {
  let voice = 0, messaging = 0;
  const stack: XmlNode[] = [...doc.children];
  let visited = 0;
  while (stack.length > 0 && visited < 5000) {
    const node = stack.pop() as XmlNode;
    if (node.type !== 'element') continue;
    visited++;
    const name = canonicalCase(node.name);
    if (isVoiceOnlyVerb(name)) voice++;
    else if (isMessagingOnlyVerb(name)) messaging++;
    for (const child of node.children) stack.push(child);
  }
  if (voice === 0 && messaging === 0) return { dialect: 'messaging', source: 'default' };
  // Voice wins ties: a <Say> is a stronger signal than a <Message>, which voice once knew as <Sms>.
  return { dialect: voice >= messaging ? 'voice' : 'messaging', source: 'detected' };
}

/** `say` → `Say`: verbs are capitalised words, so this is enough for detection. */
function canonicalCase(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}
