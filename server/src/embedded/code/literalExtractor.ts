/**
 * The contract between the code reader and the per-language extractors: given a host file's
 * tree-sitter tree and the offsets where TwiML may start, return the TwiML documents held by its
 * string literals (one per joined value), written with {@link VirtualDocumentBuilder}.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { EmbeddedDocument } from '../virtualDocument';

/** What an extractor reads. */
export interface ExtractContext {
  /** The whole host text. */
  text: string;
  /** Its syntax tree (UTF-16 offsets: `node.startIndex` indexes `text`). */
  tree: Tree;
  /**
   * Host offsets of every `<response` and `<?xml` (any case) in the text, ascending. A TwiML
   * literal holds one of them; the extractor looks only at the nodes there, so a 5,000-line
   * file costs as much as its few candidates.
   */
  candidates: number[];
}

/** Reads the TwiML string literals of one language. */
export type LiteralExtractor = (context: ExtractContext) => EmbeddedDocument[];
