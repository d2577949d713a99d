/**
 * Keeps the sample incoming message (sender and body) edited in the preview. It lives in
 * workspaceState so each project keeps its own, and becomes the replay command's default.
 */
import type { Memento } from 'vscode';
import { MAX_SAMPLE_FIELD_LENGTH, isSampleMessage, type SampleMessage } from '../../../shared/previewMessages';

/** workspaceState key of the stored sample. */
export const SAMPLE_STATE_KEY = 'twiml.preview.sample';

/** Body used until the user types one. */
export const DEFAULT_SAMPLE_BODY = 'Hi! What time are you open today?';

/** Reads and writes the sample; `defaultFrom` supplies the sender when none was edited. */
export class SampleStore {
  constructor(
    private readonly memento: Pick<Memento, 'get' | 'update'>,
    private readonly defaultFrom: () => string,
  ) {}

  /** The stored sample, or the defaults (setting `twiml.replay.from`, a friendly body). */
  get(): SampleMessage {
    const stored: unknown = this.memento.get(SAMPLE_STATE_KEY);
    if (isSampleMessage(stored)) return { from: stored.from, body: stored.body };
    return { from: this.defaultFrom(), body: DEFAULT_SAMPLE_BODY };
  }

  /** Stores a sample, trimmed to the accepted length. */
  async set(sample: SampleMessage): Promise<void> {
    const clean: SampleMessage = {
      from: sample.from.slice(0, MAX_SAMPLE_FIELD_LENGTH),
      body: sample.body.slice(0, MAX_SAMPLE_FIELD_LENGTH),
    };
    await this.memento.update(SAMPLE_STATE_KEY, clean);
  }
}
