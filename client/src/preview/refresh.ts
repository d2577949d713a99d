/**
 * Timing and staleness rules of the preview, kept free of `vscode` so they are unit-tested.
 */

/** The timer functions the scheduler uses; injectable so tests can drive time by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `refresh` immediately on the first request, then at most once per `delay()` ms.
 *
 * A pending run is not pushed back by later requests (unlike a trailing debounce): while the
 * user types continuously the preview still redraws every `delay` ms instead of freezing until
 * they pause. `delay` is read at each request so a settings change applies at once.
 */
export class RefreshScheduler {
  private pending: unknown;
  private first = true;
  private disposed = false;

  constructor(
    private readonly refresh: () => void,
    private readonly delay: () => number,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Asks for a refresh: now if it is the first one (or the delay is 0), otherwise soon. */
  request(): void {
    if (this.disposed || this.pending !== undefined) return;
    const ms = Math.max(0, this.delay());
    if (this.first || ms === 0) {
      this.runNow();
      return;
    }
    this.pending = this.timers.setTimeout(() => this.runNow(), ms);
  }

  /** Cancels any pending run and refreshes immediately. */
  runNow(): void {
    if (this.disposed) return;
    this.cancel();
    this.first = false;
    this.refresh();
  }

  /** Makes the next {@link request} immediate again, e.g. when the preview switches documents. */
  reset(): void {
    this.cancel();
    this.first = true;
  }

  /** True while a delayed run is waiting. */
  get isPending(): boolean {
    return this.pending !== undefined;
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  private cancel(): void {
    if (this.pending === undefined) return;
    this.timers.clearTimeout(this.pending);
    this.pending = undefined;
  }
}

/**
 * Retries a refresh that got no model, waiting 250 ms, 500 ms, 1 s... between tries. The first
 * request can come before the language server runs or has the document; without a retry the
 * preview would stay empty until the next edit.
 */
export class RetryBackoff {
  private attempts = 0;
  private pending: unknown;

  constructor(
    private readonly retry: () => void,
    private readonly maxAttempts = 5,
    private readonly baseMs = 250,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Records a failure and schedules a retry; false once the attempts are used up. */
  failed(): boolean {
    if (this.pending !== undefined) return true;
    if (this.attempts >= this.maxAttempts) return false;
    const ms = this.baseMs * 2 ** this.attempts++;
    this.pending = this.timers.setTimeout(() => {
      this.pending = undefined;
      this.retry();
    }, ms);
    return true;
  }

  /** Records a success: the next failure starts from the shortest wait again. */
  succeeded(): void {
    this.attempts = 0;
  }

  /** Cancels a pending retry and forgets past failures (e.g. on a switch of document). */
  reset(): void {
    this.dispose();
    this.attempts = 0;
  }

  dispose(): void {
    if (this.pending !== undefined) this.timers.clearTimeout(this.pending);
    this.pending = undefined;
  }
}

/** Identifies a model answer: which document, at which version. */
export interface VersionedKey {
  uri: string;
  version: number;
}

/**
 * Decides which model answers may reach the webview. Requests overlap (a slow answer for
 * version 3 can arrive after the answer for version 4), so only the newest request's answer is
 * taken, and never one older than what was already shown for the same document.
 */
export class StaleGuard {
  private latest = 0;
  private shown: VersionedKey | undefined;

  /** Starts a request; pass the token to {@link accept} with its answer. */
  begin(): number {
    return ++this.latest;
  }

  /** True if the answer may be shown; records it as shown. `null` answers carry no version. */
  accept(token: number, answer: VersionedKey | null): boolean {
    if (token !== this.latest) return false;
    if (answer === null) return true;
    const shown = this.shown;
    if (shown && shown.uri === answer.uri && answer.version < shown.version) return false;
    this.shown = { uri: answer.uri, version: answer.version };
    return true;
  }

  /** Forgets what was shown, e.g. when the preview switches documents. */
  reset(): void {
    this.shown = undefined;
    this.latest++;
  }
}
