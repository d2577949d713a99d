/**
 * User input in the preview: clicking a step reveals its line in the editor; editing the sample
 * sender or body is sent (debounced) to the extension, which stores it.
 */
import type { FromWebview, SampleMessage } from '../../shared/previewMessages';

/** What {@link wireEvents} needs from the page. */
export interface EventOptions {
  post(message: FromWebview): void;
  /** The sample as currently known (supplies the field a dialect does not show, e.g. voice body). */
  getSample(): SampleMessage;
  /** Told at once about each edit, so redraws keep it. */
  onSampleEdited(sample: SampleMessage): void;
  /** Wait after the last keystroke before posting the sample; default 300. */
  sampleDelayMs?: number;
}

/** Handle returned by {@link wireEvents}. */
export interface WiredEvents {
  /** True while an edit waits to be posted (an incoming update must not overwrite it). */
  hasPendingSample(): boolean;
  dispose(): void;
}

const SAMPLE_FIELDS = ['from', 'body'] as const;
type SampleField = (typeof SAMPLE_FIELDS)[number];

function sampleField(element: Element | null): SampleField | undefined {
  const field = element?.getAttribute('data-sample-field');
  return SAMPLE_FIELDS.find((known) => known === field);
}

/** Zero-based line of the step holding `target`, unless the target is a sample input. */
function stepLine(root: HTMLElement, target: EventTarget | null): number | undefined {
  const element = target as Element | null;
  if (!element || typeof element.closest !== 'function' || element.closest('[data-sample-field]')) return undefined;
  const step = element.closest('[data-line]');
  if (!step || !root.contains(step)) return undefined;
  const line = Number(step.getAttribute('data-line'));
  return Number.isSafeInteger(line) && line >= 0 ? line : undefined;
}

// Keys a text field handles itself. Ctrl/Cmd with one of these letters edits text (select all,
// undo, redo, clipboard); without Ctrl/Cmd/Alt, printable characters and the editing and
// caret keys type.
const FIELD_SHORTCUT_LETTERS = new Set(['a', 'z', 'y', 'x', 'c', 'v']);
const FIELD_KEYS = new Set([
  'Backspace',
  'Delete',
  'Enter',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * True when a keydown/keyup in a sample field belongs to the field alone. VS Code forwards
 * every key event that bubbles up to a webview's window to the workbench as a keybinding, and
 * it learns that the webview has focus only some time (polled every 250 ms) after a click.
 * Meanwhile Ctrl+A ran "select all" in the last TwiML editor, focused it, and the typing that
 * followed replaced the document. Keys kept inside the field are handled natively instead.
 */
export function isFieldKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey) return !event.altKey && FIELD_SHORTCUT_LETTERS.has(event.key.toLowerCase());
  if (event.altKey) return false;
  return event.key.length === 1 || FIELD_KEYS.has(event.key);
}

function readField(root: HTMLElement, field: SampleField): string | undefined {
  const input = root.querySelector(`[data-sample-field="${field}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
  return input?.value;
}

/** Listens on `root` (event delegation, so redraws need no rewiring). */
export function wireEvents(root: HTMLElement, options: EventOptions): WiredEvents {
  const delay = options.sampleDelayMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reveal = (target: EventTarget | null): boolean => {
    const line = stepLine(root, target);
    if (line === undefined) return false;
    options.post({ type: 'reveal', line });
    return true;
  };
  const onClick = (event: MouseEvent) => void reveal(event.target);
  const onKey = (event: KeyboardEvent) => {
    if (sampleField(event.target as Element | null)) {
      // Never let a key meant for the sample reach VS Code's keybindings (see isFieldKey).
      if (isFieldKey(event)) event.stopPropagation();
      return;
    }
    // Keyboard users activate a focused step like a button.
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as Element | null)?.hasAttribute?.('data-line')) {
      if (reveal(event.target)) event.preventDefault();
    }
  };
  const onInput = (event: Event) => {
    if (!sampleField(event.target as Element | null)) return;
    const known = options.getSample();
    const sample = { from: readField(root, 'from') ?? known.from, body: readField(root, 'body') ?? known.body };
    options.onSampleEdited(sample);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      options.post({ type: 'setSample', from: sample.from, body: sample.body });
    }, delay);
  };

  root.addEventListener('click', onClick);
  const onKeyUp = (event: KeyboardEvent) => {
    if (sampleField(event.target as Element | null) && isFieldKey(event)) event.stopPropagation();
  };
  root.addEventListener('keydown', onKey);
  root.addEventListener('keyup', onKeyUp);
  root.addEventListener('input', onInput);
  return {
    hasPendingSample: () => timer !== undefined,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('keyup', onKeyUp);
      root.removeEventListener('input', onInput);
    },
  };
}

/**
 * Runs `draw` (which replaces the sample inputs) and puts the focus and caret back into the
 * sample field the user was typing in, so a redraw never interrupts typing.
 */
export function preserveSampleFocus(doc: Document, root: HTMLElement, draw: () => void): void {
  const active = doc.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const field = active && root.contains(active) ? sampleField(active) : undefined;
  const start = active?.selectionStart ?? null;
  const end = active?.selectionEnd ?? null;
  draw();
  if (!field) return;
  const input = root.querySelector(`[data-sample-field="${field}"]`) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) return;
  input.focus();
  if (start !== null && end !== null) input.setSelectionRange(start, end);
}
