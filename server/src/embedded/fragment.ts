/**
 * Fragments: TwiML in code that opens `<Response>` without closing it. A helper that returns
 * `"<Response><Gather>"`, a value passed on to another function before it is finished, a chain
 * whose end the reader cannot see: the rest of the document exists, elsewhere. Judging the
 * visible part as a whole document would report "<Response> is never closed" and offer a fix
 * that closes the document twice.
 *
 * So the visible part is completed with synthetic text that maps to no host character: each
 * element left open gets a placeholder (its content goes on elsewhere: it is not empty) and its
 * end tag. The unchanged service then judges what is visible (names, case, attributes, values,
 * what follows a `<Redirect>` inside the fragment) and nothing that needs the unseen rest:
 * findings on synthetic text are dropped, and a fix that would edit it is never offered.
 */
import { rootNameKind } from '../data/twimlSchema';
import { isPlaceholderCode, PLACEHOLDER_BASE } from '../analysis/placeholders';
import type { EmbeddedDocument } from './virtualDocument';

/** What the end of a text leaves open, as far as closing it goes. */
interface OpenState {
  /** Elements open at the end, outermost first, names as written. */
  elements: string[];
  /** Text that finishes an unterminated construct at the end (a tag, a value, a comment). */
  unfinished: string;
  /** True when the first element is a `<Response>` (any case) that is closed before the end. */
  rootClosed: boolean;
}

/** Synthetic placeholders read as this in messages and the preview: the rest of the document. */
export const FRAGMENT_REST = '…';

/**
 * The document completed as described above when it is a fragment (its `<Response>` root is
 * never closed), else the document itself.
 */
export function completeFragment(document: EmbeddedDocument): EmbeddedDocument {
  const state = openState(document.text);
  if (state.rootClosed || state.elements.length === 0) return document;
  if (rootNameKind(state.elements[0]) === 'other') return document;
  const at = document.map.hostRange.end;
  const placeholders = [...document.placeholders];
  let text = state.unfinished;
  for (let i = state.elements.length - 1; i >= 0; i--) {
    const index = placeholders.length;
    placeholders.push({
      hostRange: { start: at, end: at },
      virtualOffset: document.text.length + text.length,
      expression: FRAGMENT_REST,
      kind: 'output',
    });
    text += `${String.fromCharCode(PLACEHOLDER_BASE + index)}</${state.elements[i]}>`;
  }
  return {
    ...document,
    text: document.text + text,
    map: document.map.withSynthetic(document.text.length, text),
    placeholders,
    fragment: true,
  };
}

/**
 * Scans `text` for the elements left open at its end. End tags match case-insensitively and
 * pop to the nearest open element of that name (a mismatch inside the fragment is the parser's
 * to report); a stray end tag is ignored.
 */
export function openState(text: string): OpenState {
  const stack: string[] = [];
  let rootClosed = false;
  const unfinished = (rest: string, open = stack): OpenState => ({ elements: open, unfinished: rest, rootClosed });
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return unfinished('-->');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return unfinished(']]>');
      i = end + 3;
    } else if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return unfinished(text.startsWith('<?', lt) ? '?>' : '>');
      i = end + 1;
    } else if (text.startsWith('</', lt)) {
      const name = nameAt(text, lt + 2);
      const at = stack.map((open) => open.toLowerCase()).lastIndexOf(name.toLowerCase());
      if (at >= 0) stack.length = at;
      if (at === 0) rootClosed = true;
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return unfinished('>');
      i = end + 1;
    } else {
      const name = nameAt(text, lt + 1);
      if (!name) {
        i = lt + 1;
        continue;
      }
      const tag = tagEnd(text, lt + 1 + name.length);
      if (tag.unfinished !== undefined) return unfinished(tag.unfinished, [...stack, name]);
      if (!tag.selfClosing) stack.push(name);
      else if (stack.length === 0) rootClosed = true;
      i = tag.end;
    }
  }
  return unfinished('');
}

function nameAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && /[\w.:\-\u00b7-\uffff]/.test(text[end]) && !isPlaceholderCode(text.charCodeAt(end)))
    end++;
  return text.slice(start, end);
}

/** Where a start tag ends, whether it closes itself, or what would finish it. */
function tagEnd(text: string, start: number): { end: number; selfClosing: boolean; unfinished?: string } {
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '>') return { end: i + 1, selfClosing: text[i - 1] === '/' };
    // A broken tag (`<Say <Play>`) ends where the next one starts; the parser reports it.
    else if (c === '<') return { end: i, selfClosing: false };
  }
  return { end: text.length, selfClosing: false, unfinished: `${quote}>` };
}
