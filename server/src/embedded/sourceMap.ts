/**
 * Maps offsets between a host file (Python, a Jinja template, ...) and the virtual TwiML document
 * cut out of it. The virtual text is not a verbatim copy: escapes are decoded, placeholders
 * replaced by one character and literals joined, so the map is a list of segments (the Volar
 * model). Whatever does not map is dropped by the callers, never guessed.
 */
import type { OffsetRange } from '../parser/xmlModel';

/**
 * One stretch of the virtual text. A `verbatim` segment is a copy of the host text (offsets map
 * one to one); an `atomic` one stands for a host span as a whole (an escape such as `\n`, a
 * placeholder such as `{{ Body }}`): its inside maps to its ends. A `synthetic` one stands for
 * no host text at all (the end tags that complete a fragment): nothing on it is shown or edited.
 */
export interface MapSegment {
  kind: 'verbatim' | 'atomic' | 'synthetic';
  virtualStart: number;
  virtualEnd: number;
  hostStart: number;
  hostEnd: number;
  /** Which host literal the segment belongs to (index into the document's literals). */
  literal: number;
}

/** How text inserted into one host literal must be written there (quotes, backslashes). */
export type Escaper = (text: string) => string;

/** A text edit in host offsets. */
export interface HostEdit {
  range: OffsetRange;
  newText: string;
}

/** Segments in virtual order, with lookups both ways. */
export class SourceMap {
  /** Segments sorted by host start, for host → virtual look-ups. */
  private readonly byHost: MapSegment[];
  /** Where the synthetic text starts (it is always last), or undefined when there is none. */
  private readonly syntheticStart: number | undefined;

  /** @param segments non-empty segments in virtual order; @param escapers one per literal */
  constructor(
    readonly segments: readonly MapSegment[],
    private readonly escapers: readonly Escaper[],
  ) {
    this.byHost = segments.filter((segment) => segment.kind !== 'synthetic').sort((a, b) => a.hostStart - b.hostStart);
    this.syntheticStart = segments.find((segment) => segment.kind === 'synthetic')?.virtualStart;
  }

  /** This map with `text`, written at virtual offset `at` (the end), as synthetic text. */
  withSynthetic(at: number, text: string): SourceMap {
    if (!text) return this;
    const hostEnd = this.hostRange.end;
    const synthetic: MapSegment = {
      kind: 'synthetic',
      virtualStart: at,
      virtualEnd: at + text.length,
      hostStart: hostEnd,
      hostEnd,
      literal: -1,
    };
    return new SourceMap([...this.segments, synthetic], this.escapers);
  }

  /** Host offset where the literal holding `hostOffset` starts (its first character), or undefined outside the TwiML. */
  literalStartAt(hostOffset: number): number | undefined {
    const holding = this.byHost.find((segment) => segment.hostStart <= hostOffset && hostOffset <= segment.hostEnd);
    if (!holding) return undefined;
    let start = holding.hostStart;
    for (const segment of this.byHost)
      if (segment.literal === holding.literal) start = Math.min(start, segment.hostStart);
    return start;
  }

  /** True when a virtual range starts in synthetic text: it stands for nothing in the host. */
  isSynthetic(range: OffsetRange): boolean {
    return this.syntheticStart !== undefined && range.start >= this.syntheticStart;
  }

  /** The host span the virtual document was cut from (first to last segment). */
  get hostRange(): OffsetRange {
    if (this.byHost.length === 0) return { start: 0, end: 0 };
    let start = Infinity,
      end = -Infinity;
    for (const segment of this.byHost) {
      start = Math.min(start, segment.hostStart);
      end = Math.max(end, segment.hostEnd);
    }
    return { start, end };
  }

  /**
   * The host offset of a virtual offset. At a boundary between two segments `bias` picks the
   * segment that starts there (`start`, for the start of a range) or ends there (`end`).
   */
  toHost(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segment = this.segmentAtVirtual(offset, bias);
    if (!segment) return this.segments.length ? this.segments[this.segments.length - 1].hostEnd : 0;
    if (segment.kind === 'verbatim') return segment.hostStart + (offset - segment.virtualStart);
    if (segment.kind === 'synthetic') return segment.hostStart;
    if (offset <= segment.virtualStart) return segment.hostStart;
    if (offset >= segment.virtualEnd) return segment.hostEnd;
    return bias === 'start' ? segment.hostStart : segment.hostEnd;
  }

  /** A virtual range in host offsets (an atomic segment touched at all is covered whole). */
  rangeToHost(range: OffsetRange): OffsetRange {
    const start = this.toHost(range.start, 'start');
    const end = range.end > range.start ? this.toHost(range.end, 'end') : start;
    return { start, end: Math.max(start, end) };
  }

  /** The virtual offset of a host offset, or undefined when the host offset is outside the TwiML. */
  toVirtual(hostOffset: number): number | undefined {
    const list = this.byHost;
    let low = 0,
      high = list.length - 1,
      found: MapSegment | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = list[mid];
      if (hostOffset < segment.hostStart) high = mid - 1;
      else if (hostOffset > segment.hostEnd) low = mid + 1;
      else {
        found = segment;
        // Prefer the segment that starts here over one that ends here: the cursor belongs to what follows.
        if (hostOffset === segment.hostEnd && mid + 1 < list.length && list[mid + 1].hostStart === hostOffset)
          found = list[mid + 1];
        break;
      }
    }
    if (!found) return undefined;
    if (found.kind === 'verbatim') return found.virtualStart + (hostOffset - found.hostStart);
    return hostOffset >= found.hostEnd ? found.virtualEnd : found.virtualStart;
  }

  /**
   * A virtual edit as a host edit, or undefined when it cannot be written back safely: it spans
   * two literals (the code between them would be cut), or it cuts into an escape or placeholder.
   * The new text is escaped as the literal needs.
   */
  editToHost(range: OffsetRange, newText: string): HostEdit | undefined {
    const first = this.segmentAtVirtual(range.start, 'start');
    const last = range.end > range.start ? this.segmentAtVirtual(range.end, 'end') : first;
    if (!first || !last || first.literal !== last.literal || first.kind === 'synthetic') return undefined;
    const cutsInto = (segment: MapSegment, offset: number): boolean =>
      segment.kind === 'atomic' && offset > segment.virtualStart && offset < segment.virtualEnd;
    if (cutsInto(first, range.start) || cutsInto(last, range.end)) return undefined;
    for (const segment of this.segments) {
      if (segment.virtualEnd <= range.start || segment.virtualStart >= range.end) continue;
      if (segment.literal !== first.literal) return undefined;
    }
    const escape = this.escapers[first.literal] ?? ((text: string) => text);
    return { range: this.rangeToHost(range), newText: escape(newText) };
  }

  private segmentAtVirtual(offset: number, bias: 'start' | 'end'): MapSegment | undefined {
    const list = this.segments;
    let low = 0,
      high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = list[mid];
      if (offset < segment.virtualStart) high = mid - 1;
      else if (offset > segment.virtualEnd) low = mid + 1;
      else {
        if (
          bias === 'start' &&
          offset === segment.virtualEnd &&
          mid + 1 < list.length &&
          list[mid + 1].virtualStart === offset
        )
          return list[mid + 1];
        if (bias === 'end' && offset === segment.virtualStart && mid > 0 && list[mid - 1].virtualEnd === offset)
          return list[mid - 1];
        return segment;
      }
    }
    return undefined;
  }
}
