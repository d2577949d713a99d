/**
 * Schedules validation per document so a burst of keystrokes validates only the newest version:
 * work for a version that has been superseded is dropped before it starts.
 */

/** Runs `validate(uri)` once per burst of changes to a document. */
export class ValidationScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly validate: (uri: string) => void,
    private readonly delayMs: number,
  ) {}

  /** Asks for validation of `uri`; an earlier pending request for it is replaced. */
  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    if (immediate) {
      this.validate(uri);
      return;
    }
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.validate(uri);
      }, this.delayMs),
    );
  }

  /** Drops pending work for a document (closed, or validated synchronously). */
  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
