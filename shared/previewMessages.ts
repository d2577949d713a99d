/**
 * The typed messages between the TwiML preview webview and the extension, plus the webview's
 * persisted state. Imported by both sides (`client/src/preview` and `client/preview-src`, which may import nothing else of `client/src`), so it
 * must stay free of `vscode` and DOM imports: plain data shapes and validators only.
 *
 * Messages that arrive from the other side are checked with {@link isFromWebview} /
 * {@link parseToWebview} before use: the webview runs document-derived content, so the extension
 * treats what it posts as untrusted input, and vice versa.
 */
import type { PreviewModel } from './protocol';

/** The sample incoming message drawn at the top of the conversation (and used by the replay). */
export interface SampleMessage {
  from: string;
  body: string;
}

/** Longest sample field accepted from the webview; keeps workspaceState small. */
export const MAX_SAMPLE_FIELD_LENGTH = 16_384;

/** What the webview persists with `vscode.setState` so the panel can be restored after a reload. */
export interface PreviewState {
  /** The previewed document's URI, as `Uri.toString()`. */
  uri: string;
}

/** The state the extension embeds (escaped) in the page's `data-state` attribute. */
export interface InitialState extends PreviewState {
  model: PreviewModel | null;
  sample: SampleMessage;
}

/** Extension → webview. */
export type ToWebview =
  /** Redraw with this model (`null`: the document is not available to the language server). */
  { type: 'update'; uri: string; model: PreviewModel | null; sample: SampleMessage };

/** Webview → extension. */
export type FromWebview =
  /** The script has loaded and listens; the extension answers with the latest `update`. */
  | { type: 'ready' }
  /** The user edited the sample sender or body. */
  | { type: 'setSample'; from: string; body: string }
  /** The user clicked a step: reveal this zero-based line of the previewed document. */
  | { type: 'reveal'; line: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSampleField(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SAMPLE_FIELD_LENGTH;
}

/** True when `value` is a well-formed {@link FromWebview} message. */
export function isFromWebview(value: unknown): value is FromWebview {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'setSample':
      return isSampleField(value.from) && isSampleField(value.body);
    case 'reveal':
      return Number.isSafeInteger(value.line) && (value.line as number) >= 0;
    default:
      return false;
  }
}

/** True when `value` is a well-formed sample message. */
export function isSampleMessage(value: unknown): value is SampleMessage {
  return isRecord(value) && typeof value.from === 'string' && typeof value.body === 'string';
}

/**
 * Reads a {@link ToWebview} message; `undefined` when malformed. The model comes from our own
 * language server and the renderer treats every string in it as text, so a shape check
 * suffices; missing step lists are tolerated (read as empty) so one absent field does not
 * blank the preview.
 */
export function parseToWebview(value: unknown): ToWebview | undefined {
  if (!isRecord(value) || value.type !== 'update' || typeof value.uri !== 'string' || !isSampleMessage(value.sample)) {
    return undefined;
  }
  const model = value.model === null ? null : normalizeModel(value.model);
  if (model === undefined) return undefined;
  return { type: 'update', uri: value.uri, model, sample: value.sample };
}

const optionalArray = (value: unknown): unknown[] | undefined =>
  value === undefined ? [] : Array.isArray(value) ? value : undefined;

/** Checks the top-level shape of a {@link PreviewModel}, filling absent lists with `[]`. */
export function normalizeModel(value: unknown): PreviewModel | undefined {
  if (!isRecord(value) || (value.dialect !== 'messaging' && value.dialect !== 'voice')) return undefined;
  const errors = optionalArray(value.errors);
  const messaging = optionalArray(value.messaging);
  const voice = optionalArray(value.voice);
  if (!errors || !messaging || !voice) return undefined;
  return { ...(value as unknown as PreviewModel), errors, messaging, voice } as PreviewModel;
}

/** Parses the `data-state` attribute; `undefined` when it is missing or malformed. */
export function parseInitialState(text: string | undefined | null): InitialState | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || typeof value.uri !== 'string' || !isSampleMessage(value.sample)) return undefined;
    return { uri: value.uri, model: normalizeModel(value.model) ?? null, sample: value.sample };
  } catch {
    return undefined;
  }
}
