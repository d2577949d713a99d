/**
 * Draws a messaging reply as a phone conversation: the sample incoming bubble, then each reply.
 */
import type { MessagingStep, PreviewMedia } from '../../shared/protocol';
import type { SampleMessage } from '../../shared/previewMessages';
import { continuesAt, el, httpUrl, makeStep, plural, unreachableNote } from './dom';
import { appendTemplated, hasChips, type ChipContext } from './placeholders';

type MessageStep = Extract<MessagingStep, { kind: 'message' }>;
type RedirectStep = Extract<MessagingStep, { kind: 'redirect' }>;

/** The thread: incoming sample, replies in order, or a note when there is no reply. */
export function renderThread(
  doc: Document,
  steps: MessagingStep[],
  sample: SampleMessage,
  chips?: ChipContext,
): HTMLElement {
  const thread = el(doc, 'ol', 'thread');
  thread.append(renderIncoming(doc, sample));
  for (const step of steps)
    thread.append(step.kind === 'message' ? renderMessage(doc, step, chips) : renderRedirect(doc, step));
  if (steps.length === 0) {
    thread.append(el(doc, 'li', 'thread__note', 'No reply: an empty <Response> answers the message with nothing.'));
  }
  return thread;
}

/** The sample incoming message, editable: edits become the replay's defaults. */
function renderIncoming(doc: Document, sample: SampleMessage): HTMLElement {
  const turn = el(doc, 'li', 'turn turn--incoming');
  const meta = el(doc, 'label', 'turn__meta sample-field');
  meta.append(
    el(doc, 'span', 'sample-field__label', 'From'),
    sampleInput(doc, 'input', 'from', sample.from, 'Sample sender'),
  );
  const bubble = el(doc, 'div', 'bubble bubble--incoming');
  bubble.append(sampleInput(doc, 'textarea', 'body', sample.body, 'Sample message body'));
  turn.append(meta, bubble, el(doc, 'p', 'turn__caption', 'Sample incoming message · edit to change the replay'));
  return turn;
}

/** An `<input>` or `<textarea>` bound to one sample field (wired by `events.ts`). */
export function sampleInput(
  doc: Document,
  tag: 'input' | 'textarea',
  field: 'from' | 'body',
  value: string,
  label: string,
): HTMLElement {
  const input = el(doc, tag, tag === 'input' ? 'sample-input' : 'sample-input bubble__input');
  input.value = value;
  input.setAttribute('data-sample-field', field);
  input.setAttribute('aria-label', label);
  input.setAttribute('spellcheck', 'false');
  if (tag === 'textarea') input.setAttribute('rows', '1');
  return input;
}

function renderMessage(doc: Document, step: MessageStep, chips: ChipContext | undefined): HTMLElement {
  const turn = el(doc, 'li', 'turn turn--outgoing');
  makeStep(turn, step.position.line);
  const addressing = [step.to ? `to ${step.to}` : '', step.from ? `from ${step.from}` : ''].filter(Boolean);
  if (addressing.length > 0) {
    const meta = el(doc, 'p', 'turn__meta');
    appendTemplated(doc, meta, addressing.join(' · '), chips);
    turn.append(meta);
  }
  const bubble = el(doc, 'div', 'bubble bubble--outgoing');
  if (step.body.length > 0 || step.media.length === 0) {
    const text = el(doc, 'p', step.body.length > 0 ? 'bubble__text' : 'bubble__text bubble__text--empty');
    // dir=auto plus CSS isolation keep bidi overrides in the body from reordering our own labels.
    text.setAttribute('dir', 'auto');
    if (step.body.length > 0) appendTemplated(doc, text, step.body, chips);
    else text.textContent = '(empty message)';
    bubble.append(text);
  }
  for (const media of step.media)
    bubble.append(hasChips(media.url, chips) ? templatedMedia(doc, media.url, chips) : renderMedia(doc, media));
  const { characters, encoding, segments } = step.segments;
  // With placeholders the app decides part of the text: the counts are for the written part.
  const floor = hasChips(step.body, chips) ? 'at least ' : '';
  turn.append(
    bubble,
    el(
      doc,
      'p',
      'turn__caption',
      `${floor}${plural(characters, 'character')} · ${encoding} · ${floor}${plural(segments, 'segment')}`,
    ),
  );
  if (step.action) turn.append(continuesAt(doc, step.action));
  if (step.unreachable) {
    turn.classList.add('is-unreachable');
    turn.append(unreachableNote(doc, step.unreachable.message));
  }
  return turn;
}

/** An image for safe http(s) image media; a card with the URL as text for anything else. */
export function renderMedia(doc: Document, media: PreviewMedia): HTMLElement {
  const src = media.safe ? httpUrl(media.url) : undefined;
  if (media.kind === 'image' && src) {
    const img = el(doc, 'img', 'bubble__image');
    img.setAttribute('src', src);
    img.setAttribute('alt', 'Image attachment');
    img.setAttribute('title', media.url);
    img.setAttribute('loading', 'lazy');
    img.setAttribute('referrerpolicy', 'no-referrer');
    return img;
  }
  const card = el(doc, 'div', src ? 'media-card' : 'media-card media-card--unsafe');
  card.append(
    el(doc, 'span', 'media-card__label', src ? 'Attachment' : 'Not an http(s) URL: Twilio cannot fetch it'),
    el(doc, 'span', 'media-card__url', media.url),
  );
  return card;
}

/** Media whose URL the app fills in: a card with the chips, never an image we would fetch. */
function templatedMedia(doc: Document, url: string, chips: ChipContext | undefined): HTMLElement {
  const card = el(doc, 'div', 'media-card');
  const shown = el(doc, 'span', 'media-card__url');
  appendTemplated(doc, shown, url, chips);
  card.append(el(doc, 'span', 'media-card__label', 'Attachment (URL from your app)'), shown);
  return card;
}

function renderRedirect(doc: Document, step: RedirectStep): HTMLElement {
  const divider = el(doc, 'li', 'divider');
  makeStep(divider, step.position.line);
  divider.append(continuesAt(doc, step.url, { method: step.method, className: 'continues continues--divider' }));
  if (step.unreachable) {
    divider.classList.add('is-unreachable');
    divider.append(unreachableNote(doc, step.unreachable.message));
  }
  return divider;
}
