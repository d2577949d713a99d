/**
 * Draws a voice document as a call script: one row per verb, nested verbs indented.
 */
import type { VoiceStep } from '../../shared/protocol';
import type { SampleMessage } from '../../shared/previewMessages';
import { continuesAt, el, makeStep, unreachableNote } from './dom';
import { sampleInput } from './messaging';
import { appendTemplated, type ChipContext } from './placeholders';

/** A glyph per verb so the script scans quickly; unknown verbs get a neutral dot. */
const VERB_GLYPHS: Record<string, string> = {
  Say: '❝',
  Play: '♪',
  Gather: '⌨',
  Dial: '☎',
  Number: '#',
  Client: '☺',
  Conference: '⚇',
  Queue: '☰',
  Sip: '⇄',
  Record: '●',
  Hangup: '✕',
  Reject: '⊘',
  Pause: '⏸',
  Redirect: '↪',
  Enqueue: '☰',
  Leave: '←',
  Connect: '⇄',
  Stream: '≋',
  Pay: '$',
  Refer: '↗',
  Sms: '✉',
  Message: '✉',
};

/** The call header (sample caller, editable) and the script. */
export function renderCallScript(
  doc: Document,
  steps: VoiceStep[],
  sample: SampleMessage,
  chips?: ChipContext,
): HTMLElement {
  const wrapper = el(doc, 'div', 'call');
  const header = el(doc, 'label', 'call__header sample-field');
  header.append(
    el(doc, 'span', 'call__icon', '☎'),
    el(doc, 'span', 'sample-field__label', 'Incoming call from'),
    sampleInput(doc, 'input', 'from', sample.from, 'Sample caller'),
  );
  header.firstElementChild?.setAttribute('aria-hidden', 'true');
  wrapper.append(header);
  if (steps.length === 0) {
    wrapper.append(el(doc, 'p', 'thread__note', 'No verbs: Twilio answers the call and hangs up at once.'));
    return wrapper;
  }
  wrapper.append(renderSteps(doc, steps, 'script', chips));
  return wrapper;
}

function renderSteps(
  doc: Document,
  steps: VoiceStep[],
  className: string,
  chips: ChipContext | undefined,
): HTMLElement {
  const list = el(doc, 'ol', className);
  for (const step of steps) list.append(renderStep(doc, step, chips));
  return list;
}

function renderStep(doc: Document, step: VoiceStep, chips: ChipContext | undefined): HTMLElement {
  const row = el(doc, 'li', 'vstep');
  makeStep(row, step.position.line);
  const head = el(doc, 'div', 'vstep__head');
  head.append(verbBadge(doc, step.verb));
  if (step.text.length > 0) {
    const text = el(doc, 'p', 'vstep__text');
    appendTemplated(doc, text, step.text, chips);
    text.setAttribute('dir', 'auto');
    head.append(text);
  }
  row.append(head);
  if (step.details.length > 0) row.append(renderDetails(doc, step.details));
  if (step.children.length > 0) row.append(renderSteps(doc, step.children, 'script script--nested', chips));
  if (step.continuesAt) row.append(continuesAt(doc, step.continuesAt));
  if (step.unreachable) {
    row.classList.add('is-unreachable');
    row.append(unreachableNote(doc, step.unreachable.message));
  }
  return row;
}

function verbBadge(doc: Document, verb: string): HTMLElement {
  const badge = el(doc, 'span', 'verb');
  // A data attribute, not a class built from document text: class names stay ours.
  badge.setAttribute('data-verb', verb.toLowerCase());
  const glyph = el(doc, 'span', 'verb__glyph', VERB_GLYPHS[verb] ?? '•');
  glyph.setAttribute('aria-hidden', 'true');
  badge.append(glyph, el(doc, 'span', 'verb__name', verb));
  return badge;
}

function renderDetails(doc: Document, details: VoiceStep['details']): HTMLElement {
  const list = el(doc, 'dl', 'vstep__details');
  for (const { label, value } of details) {
    const pair = el(doc, 'div', 'detail');
    pair.append(el(doc, 'dt', 'detail__label', label), el(doc, 'dd', 'detail__value', value));
    list.append(pair);
  }
  return list;
}
