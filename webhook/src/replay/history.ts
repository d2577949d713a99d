/**
 * The last few replays, newest first, so one can be sent again. In memory only: a replay's
 * request holds nothing secret (the token is looked up again when re-sending).
 */
import type { SampleKind } from './samples';

/** Everything needed to send a replay again (no Auth Token). */
export interface ReplaySpec {
  url: string;
  method: 'GET' | 'POST';
  sample: SampleKind;
  body?: string;
  from?: string;
  to?: string;
  params?: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
  /** The public URL Twilio calls (tunnel or proxy), when set. */
  publicUrl?: string;
}

/** One remembered replay. */
export interface HistoryEntry {
  spec: ReplaySpec;
  /** One-line outcome, e.g. "200 text/xml in 12 ms" or "Twilio 11200: ...". */
  summary: string;
  at: Date;
}

/** A bounded most-recent-first list of replays. */
export class ReplayHistory {
  private entries: HistoryEntry[] = [];

  /** @param limit how many replays are kept (default 10) */
  constructor(private readonly limit = 10) {}

  /** Remembers a replay; an identical earlier request moves to the front instead of repeating. */
  add(entry: HistoryEntry): void {
    const key = JSON.stringify(entry.spec);
    this.entries = [entry, ...this.entries.filter((e) => JSON.stringify(e.spec) !== key)].slice(0, this.limit);
  }

  /** Newest first (a copy). */
  list(): HistoryEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

const KIND_LABELS: Record<SampleKind, string> = { sms: 'SMS', mms: 'MMS', whatsapp: 'WhatsApp', voice: 'Voice call' };

/** Human name of a sample kind, as the picker shows it. */
export function kindLabel(kind: SampleKind): string {
  return KIND_LABELS[kind];
}
