/**
 * Draws a {@link PreviewModel} into the webview: header, error banner, then the messaging thread
 * or the voice call script. Pure DOM building (see `dom.ts`), so it runs under jsdom in tests.
 */
import type { PreviewModel } from '../../shared/protocol';
import type { SampleMessage } from '../../shared/previewMessages';
import { el, makeStep, plural } from './dom';
import { renderThread } from './messaging';
import type { ChipContext } from './placeholders';
import { renderCallScript } from './voice';

/** Sample shown when the caller passes none (tests, first paint without state). */
const FALLBACK_SAMPLE: SampleMessage = { from: '+14155550100', body: 'Hi!' };

/**
 * Replaces the content of `root` with a drawing of `model`; `null` draws the "nothing to
 * preview" state. `sample` is the editable incoming message at the top.
 */
export function renderModel(
  doc: Document,
  root: HTMLElement,
  model: PreviewModel | null,
  sample: SampleMessage = FALLBACK_SAMPLE,
): void {
  if (!model) {
    root.replaceChildren(renderNothing(doc));
    return;
  }
  const page = el(doc, 'div', `preview preview--${model.dialect === 'voice' ? 'voice' : 'messaging'}`);
  page.append(renderHeader(doc, model));
  if (model.errors.length > 0) page.append(renderErrors(doc, model.errors));
  const chips: ChipContext | undefined = model.placeholders?.length
    ? { placeholders: model.placeholders, sample }
    : undefined;
  page.append(
    model.dialect === 'voice'
      ? renderCallScript(doc, model.voice, sample, chips)
      : renderThread(doc, model.messaging, sample, chips),
  );
  root.replaceChildren(page);
}

function renderNothing(doc: Document): HTMLElement {
  const empty = el(doc, 'div', 'empty');
  empty.append(
    el(doc, 'p', 'empty__icon', '✉'),
    el(doc, 'h1', 'empty__title', 'Nothing to preview yet'),
    el(
      doc,
      'p',
      'empty__text',
      'Open a .twiml file, or a handler or template that returns TwiML: the reply Twilio would send appears here as you type.',
    ),
  );
  empty.firstElementChild?.setAttribute('aria-hidden', 'true');
  return empty;
}

function renderHeader(doc: Document, model: PreviewModel): HTMLElement {
  const header = el(doc, 'header', 'preview__header');
  header.append(
    el(doc, 'span', 'preview__kind', model.dialect === 'voice' ? 'Voice call script' : 'Messaging reply'),
    el(doc, 'span', 'preview__file', fileName(model.uri)),
  );
  return header;
}

/** The last path segment of a URI, decoded when possible. */
export function fileName(uri: string): string {
  // Drop the scheme first so `untitled:Untitled-1` reads as `Untitled-1`.
  const last =
    uri
      .replace(/^[a-z][\w+.-]*:/i, '')
      .split(/[/\\]/)
      .pop() || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function renderErrors(doc: Document, errors: PreviewModel['errors']): HTMLElement {
  const banner = el(doc, 'section', 'errors');
  banner.setAttribute('role', 'alert');
  banner.append(el(doc, 'h2', 'errors__title', `${plural(errors.length, 'problem')} in this document`));
  const list = el(doc, 'ul', 'errors__list');
  for (const error of errors) {
    const item = el(doc, 'li', 'errors__item');
    // Error lines are 1-based (as shown to people); reveal takes the 0-based editor line.
    makeStep(item, error.line - 1);
    item.append(
      el(doc, 'span', 'errors__line', `Line ${error.line}`),
      el(doc, 'span', 'errors__message', error.message),
    );
    if (error.code) item.append(el(doc, 'code', 'errors__code', error.code));
    list.append(item);
  }
  banner.append(list);
  return banner;
}
