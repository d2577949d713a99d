/**
 * The preview webview's script (bundled to dist/preview.js). Reads the initial state from the
 * page, draws it, then redraws on each `update` from the extension. Drawing is in `render.ts`,
 * input handling in `events.ts`; this file only wires them to the VS Code webview API.
 */
import type { PreviewModel } from '../../shared/protocol';
import {
  parseInitialState,
  parseToWebview,
  type FromWebview,
  type PreviewState,
  type SampleMessage,
} from '../../shared/previewMessages';
import { preserveSampleFocus, wireEvents } from './events';
import { renderModel } from './render';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('preview-root') ?? document.body;
const initial = parseInitialState(document.body.getAttribute('data-state'));
const saved = vscode.getState() as Partial<PreviewState> | undefined;

let uri = initial?.uri ?? (typeof saved?.uri === 'string' ? saved.uri : '');
let model: PreviewModel | null = initial?.model ?? null;
let sample: SampleMessage = initial?.sample ?? { from: '', body: '' };

function draw(): void {
  preserveSampleFocus(document, root, () => renderModel(document, root, model, sample));
  // Persisted so the serializer can reopen this document after a window reload.
  if (uri) vscode.setState({ uri });
}

const events = wireEvents(root, {
  post: (message) => vscode.postMessage(message),
  getSample: () => sample,
  onSampleEdited: (edited) => {
    sample = edited;
  },
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (!message) return;
  uri = message.uri;
  model = message.model;
  // An edit not yet posted is newer than the extension's copy.
  if (!events.hasPendingSample()) sample = message.sample;
  draw();
});

draw();
vscode.postMessage({ type: 'ready' });
