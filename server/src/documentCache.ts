/**
 * Caches the analysis of each open document by version, so validation, completion, hover,
 * symbols and the preview model of one keystroke share a single parse.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A per-URI cache holding the analysis of the latest version only. */
export class DocumentCache<T> {
  private readonly entries = new Map<string, { version: number; dialect: string; twiml: T }>();

  constructor(
    private readonly analyze: (document: TextDocument) => T,
    private readonly dialectKey: () => string,
  ) {}

  /** The analysis of this exact version, computed at most once. */
  get(document: TextDocument): T {
    const entry = this.entries.get(document.uri);
    const dialect = this.dialectKey();
    if (entry && entry.version === document.version && entry.dialect === dialect) return entry.twiml;
    const twiml = this.analyze(document);
    this.entries.set(document.uri, { version: document.version, dialect, twiml });
    return twiml;
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
