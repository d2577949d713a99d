/**
 * Builders for preview tests: hand-made PreviewModel values and a jsdom page to render into.
 */
import { JSDOM } from 'jsdom';
import type { MessagingStep, PreviewMedia, PreviewModel, VoiceStep } from '../../../shared/protocol';

type MessageStep = Extract<MessagingStep, { kind: 'message' }>;

/** A messaging `<Message>` step with sensible defaults. */
export function message(body: string, extra: Partial<MessageStep> = {}): MessageStep {
  return {
    kind: 'message',
    position: { line: 1, character: 2 },
    body,
    media: [],
    segments: { characters: body.length, encoding: 'GSM-7', segments: 1 },
    ...extra,
  };
}

/** A media item. */
export function media(url: string, kind: PreviewMedia['kind'] = 'image', safe = true): PreviewMedia {
  return { url, kind, safe };
}

/** A voice step with sensible defaults. */
export function voiceStep(verb: string, text: string, extra: Partial<VoiceStep> = {}): VoiceStep {
  return { verb, position: { line: 1, character: 2 }, text, details: [], children: [], ...extra };
}

/** A model of the given dialect with the given steps. */
export function model(extra: Partial<PreviewModel> = {}): PreviewModel {
  return {
    uri: 'file:///work/reply.twiml',
    version: 1,
    dialect: 'messaging',
    errors: [],
    messaging: [],
    voice: [],
    ...extra,
  };
}

/** A page like the webview's, with scripts enabled so anything that slips through would run. */
export interface TestPage {
  dom: JSDOM;
  document: Document;
  root: HTMLElement;
  /** True if any injected script set the canary. */
  pwned(): boolean;
}

/** Creates a fresh jsdom page with a `#preview-root`. */
export function createPage(): TestPage {
  const dom = new JSDOM('<!DOCTYPE html><html><body><main id="preview-root"></main></body></html>', {
    runScripts: 'dangerously',
  });
  const document = dom.window.document;
  const root = document.getElementById('preview-root') as HTMLElement;
  return { dom, document, root, pwned: () => (dom.window as unknown as { __pwned?: unknown }).__pwned !== undefined };
}
