/**
 * Caches the analysis of recently used documents by version, so validation, completion, hover,
 * symbols and the preview model of one keystroke share a single parse.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * How many documents keep their analysis. An analysis holds ~10 times its text (the scanned tree,
 * decoded values, resolved elements, flow): 100 open documents of 5-10 kB kept ~9 MB alive, and
 * that live set made V8 grow its young generation to the maximum (~30 MB more RSS). The documents
 * a user works in at once fit; any other is analysed again when asked (a few ms for 10 kB).
 */
export const CACHED_ANALYSES = 8;

/** A per-URI cache holding the analysis of the latest version only, for the most recently used documents. */
export class DocumentCache<T> {
  /** In order of use, least recent first (a Map keeps insertion order). */
  private readonly entries = new Map<string, { version: number; dialect: string; twiml: T }>();

  constructor(
    private readonly analyze: (document: TextDocument) => T,
    private readonly dialectKey: () => string,
    private readonly capacity = CACHED_ANALYSES,
  ) {}

  /** The analysis of this exact version, computed at most once while the document stays recent. */
  get(document: TextDocument): T {
    const entry = this.entries.get(document.uri);
    const dialect = this.dialectKey();
    this.entries.delete(document.uri);
    if (entry && entry.version === document.version && entry.dialect === dialect) {
      this.entries.set(document.uri, entry);
      return entry.twiml;
    }
    // The old version's analysis is dropped before the new one is built: never both alive.
    const twiml = this.analyze(document);
    this.entries.set(document.uri, { version: document.version, dialect, twiml });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return twiml;
  }

  /** The number of documents holding an analysis. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.entries.clear();
  }
}
