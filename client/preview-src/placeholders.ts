/**
 * Placeholders of TwiML written in a template or a string literal (`{{Body}}`, `${name}`) are
 * drawn as chips: one that reads a Twilio webhook parameter shows the sample message's value
 * (filled), any other shows its expression as written. Built with textContent only.
 */
import { PREVIEW_PLACEHOLDER_BASE, type PreviewPlaceholder } from '../../shared/protocol';
import type { SampleMessage } from '../../shared/previewMessages';
import { el } from './dom';

/** What the chips are filled from. */
export interface ChipContext {
  placeholders: readonly PreviewPlaceholder[];
  sample: SampleMessage;
}

/** Sample values by webhook parameter; the rest of the sample is in the replay's defaults. */
function sampleValue(parameter: string, sample: SampleMessage): string | undefined {
  if (parameter === 'Body') return sample.body;
  if (parameter === 'From' || parameter === 'Caller') return sample.from;
  return undefined;
}

/**
 * Appends `text` to `element`, with a chip for each placeholder character. Characters of the
 * Private Use Area that are not placeholders of this model stay as they are.
 */
export function appendTemplated(
  doc: Document,
  element: HTMLElement,
  text: string,
  chips: ChipContext | undefined,
): void {
  if (!chips || chips.placeholders.length === 0) {
    element.append(text);
    return;
  }
  let plain = '';
  for (const char of text) {
    const index = char.charCodeAt(0) - PREVIEW_PLACEHOLDER_BASE;
    const placeholder = char.length === 1 && index >= 0 ? chips.placeholders[index] : undefined;
    if (!placeholder) {
      plain += char;
      continue;
    }
    if (plain) element.append(plain);
    plain = '';
    element.append(chip(doc, placeholder, chips.sample));
  }
  if (plain) element.append(plain);
}

function chip(doc: Document, placeholder: PreviewPlaceholder, sample: SampleMessage): HTMLElement {
  const value = placeholder.parameter ? sampleValue(placeholder.parameter, sample) : undefined;
  const node = el(doc, 'span', value !== undefined ? 'chip chip--filled' : 'chip', value ?? placeholder.label);
  node.setAttribute(
    'title',
    value !== undefined
      ? `${placeholder.label}: the ${placeholder.parameter} of the sample message`
      : `${placeholder.label}: filled in by your app`,
  );
  return node;
}

/** True when `text` holds a placeholder of this model. */
export function hasChips(text: string, chips: ChipContext | undefined): boolean {
  if (!chips || chips.placeholders.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const index = text.charCodeAt(i) - PREVIEW_PLACEHOLDER_BASE;
    if (index >= 0 && index < chips.placeholders.length) return true;
  }
  return false;
}
