/**
 * The phone a UI holds beside the code (the VS Code Conversation panel): one texting conversation
 * or one call at a time with the user's app, its settings, the turns so far, the cookies, and the
 * way back to a scenario file. Pure Node over the conversation and call engines; the UI renders
 * {@link PhoneSnapshot}s and calls the methods. The Auth Token is given per engine and never
 * enters a snapshot.
 */
import type { ReplyReader } from '../../../shared/replyReading';
import { Call } from '../conversation/call';
import { Conversation } from '../conversation/conversation';
import { settingDefault } from '../../../shared/settings';
import { DEFAULT_FROM, DEFAULT_TO } from '../replay/samples';
import type { CallAnswer, CallTurn, Transport, Turn, TurnInput } from '../conversation/types';
import type { PhoneEntry, PhoneSettings, PhoneSnapshot, ShownCookie } from '../../../shared/conversationMessages';
import type { StoredCookie } from '../replay/setCookie';
import { callTranscriptToScenario } from '../sim/callScenario';
import { transcriptToScenario } from '../sim/scenario';

/** What the phone needs from its host. */
export interface PhoneDeps {
  /** The Auth Token to sign with, asked for each new conversation or call (undefined: unsigned). */
  authToken(): Promise<string | undefined>;
  accountSid?: () => string | undefined;
  transport?: Transport;
  timeoutMs?: () => number | undefined;
  /** Judges and reads the app's TwiML (in VS Code: the language server, over LSP). */
  reader: ReplyReader;
}

export type {
  PhoneEntry,
  PhoneMode,
  PhoneSettings,
  PhoneSnapshot,
  ShownCookie,
} from '../../../shared/conversationMessages';

/** The most turns a transcript keeps (older ones are dropped from the view, not from the app). */
export const MAX_ENTRIES = 200;

export const DEFAULT_PHONE_SETTINGS: PhoneSettings = {
  mode: 'text',
  url: settingDefault<string>('twiml.replay.url'),
  method: settingDefault<'GET' | 'POST'>('twiml.replay.method'),
  from: DEFAULT_FROM,
  to: DEFAULT_TO,
  channel: 'sms',
};

/** One phone. Calls on it are serialised: a turn never overlaps another. */
export class Phone {
  private current: PhoneSettings;
  private entries: PhoneEntry[] = [];
  private conversation: Conversation | undefined;
  private call: Call | undefined;
  private signed = false;
  private busyCount = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(snapshot: PhoneSnapshot) => void>();

  constructor(
    private readonly deps: PhoneDeps,
    settings: Partial<PhoneSettings> = {},
    entries: PhoneEntry[] = [],
  ) {
    this.current = { ...DEFAULT_PHONE_SETTINGS, ...settings };
    this.entries = entries.slice(-MAX_ENTRIES);
  }

  /** Called with a new snapshot after every change. @returns a function that stops listening */
  onChange(listener: (snapshot: PhoneSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get settings(): PhoneSettings {
    return { ...this.current };
  }

  /** The state to draw. */
  snapshot(): PhoneSnapshot {
    const engine = this.current.mode === 'call' ? this.call : this.conversation;
    return {
      settings: { ...this.current },
      entries: [...this.entries],
      waiting: this.call?.waiting,
      inCall: this.call !== undefined && !this.call.ended,
      cookies: (engine?.cookies() ?? []).map(showCookie),
      signed: this.signed,
      busy: this.busyCount > 0,
    };
  }

  /**
   * Changes settings. A new URL, numbers, channel or method starts a new conversation (cookies
   * are per From/To pair and app); the transcript stays.
   */
  configure(changes: Partial<PhoneSettings>): void {
    const next = { ...this.current, ...changes };
    const restart = (['url', 'method', 'from', 'to', 'channel'] as const).some((k) => next[k] !== this.current[k]);
    this.current = next;
    if (restart) {
      this.conversation = undefined;
      this.call = undefined;
    }
    this.emit();
  }

  /** Texts the app. Switches to text mode. */
  send(input: TurnInput): Promise<Turn> {
    return this.serialise(async () => {
      if (this.current.mode !== 'text') this.current = { ...this.current, mode: 'text' };
      this.conversation ??= new Conversation({
        url: this.current.url,
        method: this.current.method,
        channel: this.current.channel,
        from: this.current.from,
        to: this.current.to,
        ...(await this.engineCommon()),
      });
      const sent = { body: input.body, media: [...(input.media ?? [])] };
      const turn = await this.conversation.send(sent);
      this.push({ mode: 'text', sent, turn });
      return turn;
    });
  }

  /** Places a new call (hanging up any call in progress first). Switches to call mode. */
  placeCall(url?: string): Promise<CallTurn> {
    return this.serialise(async () => {
      if (url !== undefined && url !== this.current.url) this.configure({ url });
      this.current = { ...this.current, mode: 'call' };
      if (this.call && !this.call.ended) await this.call.answer({ kind: 'hangup' });
      this.call = new Call({
        url: this.current.url,
        method: this.current.method,
        from: this.current.from,
        to: this.current.to,
        ...(await this.engineCommon()),
      });
      const turn = await this.call.start();
      this.push({ mode: 'call', turn, starts: true });
      return turn;
    });
  }

  /** The caller's answer to the current call's wait (a key press, words, a dial outcome...). */
  answer(answer: CallAnswer): Promise<CallTurn> {
    return this.serialise(async () => {
      if (!this.call || this.call.ended) {
        const turn: CallTurn = {
          input: {},
          replies: [],
          requests: [],
          problems: [{ severity: 'error', message: 'No call in progress: place a call first.' }],
          voice: [],
          answer,
        };
        return turn;
      }
      const turn = await this.call.answer(answer);
      this.push({ mode: 'call', turn, starts: false });
      return turn;
    });
  }

  /** Forgets the transcript and starts the next message or call afresh (new cookies too). */
  clear(): void {
    this.entries = [];
    this.conversation = undefined;
    this.call = undefined;
    this.emit();
  }

  /** Forgets the current conversation's or call's cookies. @returns how many there were */
  clearCookies(): number {
    const engine = this.current.mode === 'call' ? this.call : this.conversation;
    const count = engine?.cookies().length ?? 0;
    engine?.clearCookies();
    this.emit();
    return count;
  }

  /** The transcript of the current mode as a scenario file (twiml-sim --scenario replays it). */
  toScenario(): string {
    const options = {
      url: this.current.url,
      method: this.current.method,
      from: this.current.from,
      to: this.current.to,
    };
    if (this.current.mode === 'call') {
      // The last call only: a scenario is one call.
      const start = lastCallStart(this.entries);
      const turns = this.entries.slice(Math.max(0, start)).flatMap((e) => (e.mode === 'call' ? [e.turn] : []));
      return callTranscriptToScenario(turns, options);
    }
    const turns = this.entries.flatMap((e) => (e.mode === 'text' ? [e.turn] : []));
    return transcriptToScenario(turns, { ...options, channel: this.current.channel });
  }

  /**
   * Runs the transcript's inputs again from a fresh conversation (or call), so a fixed app can be
   * checked against the same exchange. @returns the new turns
   */
  async rerun(): Promise<Array<Turn | CallTurn>> {
    const previous = this.entries;
    this.clear();
    const turns: Array<Turn | CallTurn> = [];
    if (this.current.mode === 'text') {
      for (const entry of previous) if (entry.mode === 'text') turns.push(await this.send(entry.sent));
      return turns;
    }
    const start = lastCallStart(previous);
    for (const entry of previous.slice(Math.max(0, start))) {
      if (entry.mode !== 'call') continue;
      if (entry.starts) turns.push(await this.placeCall());
      else if (entry.turn.answer) turns.push(await this.answer(entry.turn.answer));
    }
    return turns;
  }

  private async engineCommon(): Promise<{
    reader: ReplyReader;
    authToken?: string;
    accountSid?: string;
    transport?: Transport;
    timeoutMs?: number;
  }> {
    const authToken = await this.deps.authToken();
    this.signed = authToken !== undefined;
    return {
      reader: this.deps.reader,
      authToken,
      accountSid: this.deps.accountSid?.(),
      transport: this.deps.transport,
      timeoutMs: this.deps.timeoutMs?.(),
    };
  }

  private push(entry: PhoneEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.busyCount++;
      this.emit();
      try {
        return await work();
      } finally {
        this.busyCount--;
        this.emit();
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}

function showCookie(cookie: StoredCookie): ShownCookie {
  const shown: ShownCookie = { name: cookie.name, value: cookie.value, domain: cookie.domain, path: cookie.path };
  if (cookie.expiresAt !== undefined) shown.expires = new Date(cookie.expiresAt).toISOString();
  return shown;
}

/** Where the last call begins in `entries` (-1: none). */
function lastCallStart(entries: readonly PhoneEntry[]): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry.mode === 'call' && entry.starts) return i;
  }
  return -1;
}
