/**
 * Latency bookkeeping for the stdio fuzzer: samples per kind (hover, completion, diagnostics, ...),
 * their percentiles, and the single worst answer with what caused it (document size, case seed).
 */
import { renderTable } from '../bench/table';

/** Nearest-rank percentile `q` (0..1) of an ascending array; NaN when empty. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** One answer, with what is needed to find it again. */
export interface Answer {
  kind: string;
  ms: number;
  /** Length of the document it concerned (UTF-16 units). */
  documentLength: number;
  /** The seed of the case that sent it. */
  seed: number;
}

/** Percentiles of one kind. */
export interface KindSummary {
  kind: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Collects latencies per kind and remembers the worst answer of each. */
export class LatencyBook {
  private readonly samples = new Map<string, number[]>();
  private readonly worstByKind = new Map<string, Answer>();

  /** Records one answer. */
  record(answer: Answer): void {
    let list = this.samples.get(answer.kind);
    if (!list) this.samples.set(answer.kind, (list = []));
    list.push(answer.ms);
    const worst = this.worstByKind.get(answer.kind);
    if (!worst || answer.ms > worst.ms) this.worstByKind.set(answer.kind, answer);
  }

  /** The kinds seen, in the order first recorded. */
  kinds(): string[] {
    return [...this.samples.keys()];
  }

  /** Percentiles of `kind` (count 0 and NaNs when none was recorded). */
  summary(kind: string): KindSummary {
    const sorted = [...(this.samples.get(kind) ?? [])].sort((a, b) => a - b);
    return {
      kind,
      count: sorted.length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.length ? sorted[sorted.length - 1] : NaN,
    };
  }

  /** The slowest answer among `kinds` (all kinds when omitted). */
  worst(kinds: readonly string[] = this.kinds()): Answer | undefined {
    let worst: Answer | undefined;
    for (const kind of kinds) {
      const candidate = this.worstByKind.get(kind);
      if (candidate && (!worst || candidate.ms > worst.ms)) worst = candidate;
    }
    return worst;
  }

  /** A Markdown table: one row per kind with count, p50, p95, p99, max and where the max happened. */
  table(kinds: readonly string[] = this.kinds()): string {
    return renderTable(
      ['kind', 'answers', 'p50', 'p95', 'p99', 'max', 'max at'],
      kinds.map((kind) => {
        const s = this.summary(kind);
        const worst = this.worstByKind.get(kind);
        return [
          kind,
          String(s.count),
          formatLatency(s.p50),
          formatLatency(s.p95),
          formatLatency(s.p99),
          formatLatency(s.max),
          worst ? describeAnswer(worst) : '',
        ];
      }),
    );
  }
}

/** Milliseconds with a precision that suits the magnitude. */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

/** `hover 1234 ms (5.00 MB document, seed 17)`. */
export function describeAnswer(answer: Answer): string {
  return `${answer.kind} ${formatLatency(answer.ms)} (${formatLength(answer.documentLength)} document, seed ${answer.seed})`;
}

/** A document length as B/kB/MB (1 kB = 1000). */
export function formatLength(length: number): string {
  if (length < 1000) return `${length} B`;
  if (length < 1e6) return `${(length / 1000).toFixed(1)} kB`;
  return `${(length / 1e6).toFixed(2)} MB`;
}
