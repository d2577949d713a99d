/// <reference lib="dom" />
// The reference keeps this file compiling under the root tsconfig (lib ES2022 only), which pulls
// it in through the jsdom unit tests.
/**
 * The only way the preview builds DOM: elements by name, text by `textContent`, attributes by
 * `setAttribute`. No HTML string is ever parsed, so document text cannot become markup.
 */

/** Creates `<tag class="className">text</tag>` in `doc`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Returns the URL normalised if it is absolute http(s), else `undefined`. The webview checks
 * this itself rather than trusting the model's `safe` flag: it decides what the browser fetches.
 */
export function httpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Marks `element` as a clickable step that reveals zero-based `line` in the editor. */
export function makeStep(element: HTMLElement, line: number): void {
  element.classList.add('step');
  element.setAttribute('data-line', String(Math.max(0, Math.trunc(line))));
  element.setAttribute('tabindex', '0');
  element.setAttribute('title', `Show line ${Math.max(0, Math.trunc(line)) + 1} in the editor`);
}

/** `1 segment`, `2 segments`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A paragraph saying why a step never runs. */
export function unreachableNote(doc: Document, message: string): HTMLElement {
  const note = el(doc, 'p', 'unreachable-note');
  note.append(el(doc, 'span', 'unreachable-note__label', 'Never reached'), ` — ${message}`);
  return note;
}

/**
 * A "continues at URL" marker; the URL is text, never a link. Voice models give a sentence
 * instead of a URL for verbs that end the call (e.g. "the call ends"): text with spaces is shown
 * as that sentence.
 */
export function continuesAt(
  doc: Document,
  target: string,
  options: { method?: string; className?: string } = {},
): HTMLElement {
  const marker = el(doc, 'p', options.className ?? 'continues');
  const arrow = el(doc, 'span', 'continues__arrow', '↪');
  arrow.setAttribute('aria-hidden', 'true');
  if (!options.method && /\s/.test(target.trim())) {
    marker.append(arrow, ' ', el(doc, 'span', 'continues__text', target));
    return marker;
  }
  marker.append(arrow, ' continues at ', el(doc, 'code', 'continues__url', target));
  if (options.method) marker.append(' ', el(doc, 'span', 'continues__method', options.method));
  return marker;
}
