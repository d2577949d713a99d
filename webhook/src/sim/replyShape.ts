/**
 * The element structure of a TwiML reply as text, for the injection probe: which elements a reply
 * has, in order, and which are open where the texter's words were echoed. Only used on replies the
 * reader has judged well-formed (or to find the echo in the benign one), so a tag scan is enough;
 * the probe must also work in the VS Code extension, which carries no XML parser.
 */

/** A start tag (`<Name attr="v">` or `<Name/>`) or an end tag; attribute values may hold `>`. */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Comments, CDATA, processing instructions and the doctype: blanked so their text is no tag. */
const NOT_TAGS = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;

interface Tag {
  name: string;
  kind: 'start' | 'end' | 'empty';
  start: number;
  end: number;
}

function tags(text: string): Tag[] {
  // Same length, so offsets still point into the original text.
  const blanked = text.replace(NOT_TAGS, (match) => ' '.repeat(match.length));
  const found: Tag[] = [];
  for (const match of blanked.matchAll(TAG)) {
    const kind = match[1] ? 'end' : match[4] ? 'empty' : 'start';
    found.push({ name: match[2] ?? '', kind, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The names of the document's elements in document order (`Response`, `Message`, ...). */
export function elementNames(text: string): string[] {
  return tags(text)
    .filter((tag) => tag.kind !== 'end')
    .map((tag) => tag.name);
}

/**
 * The elements open (outermost first) around the first place `needle` appears as text content,
 * e.g. `['Response', 'Message']` for `<Response><Message>You said: hello</Message></Response>`;
 * undefined when the reply does not echo it between tags (not at all, or only in an attribute).
 */
export function openElementsAt(text: string, needle: string): string[] | undefined {
  const stack: string[] = [];
  let textStart = 0;
  for (const tag of [...tags(text), { name: '', kind: 'end' as const, start: text.length, end: text.length }]) {
    if (text.slice(textStart, tag.start).includes(needle)) return [...stack];
    if (tag.kind === 'start') stack.push(tag.name);
    else if (tag.kind === 'end') stack.pop();
    textStart = tag.end;
  }
  return undefined;
}

/**
 * What `after` has that `before` has not, and the reverse, counting repeats (one more <Message>
 * is an added <Message>), each in the order it appears.
 */
export function elementDifference(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const take = (from: readonly string[], minus: readonly string[]): string[] => {
    const left = new Map<string, number>();
    for (const name of minus) left.set(name, (left.get(name) ?? 0) + 1);
    return from.filter((name) => {
      const count = left.get(name) ?? 0;
      left.set(name, count - 1);
      return count <= 0;
    });
  };
  return { added: take(after, before), removed: take(before, after) };
}
