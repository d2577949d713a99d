/**
 * The custom LSP requests between the extension client and the TwiML language server, each
 * declared once as a typed request object that both sides use (`client.sendRequest(X, params)`,
 * `connection.onRequest(X, handler)`), so a method name or a parameter shape cannot drift.
 *
 * Kept apart from `protocol.ts`, which holds plain data shapes only (the webview scripts import
 * it and must not pull in vscode-jsonrpc).
 */
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { PreviewModel, PreviewModelParams } from './protocol';

/**
 * `twiml/previewModel`: interpret the open document with this URI and return what Twilio would
 * do with it. Answers `null` for a document the server does not have.
 */
export const PreviewModelRequest = new RequestType<PreviewModelParams, PreviewModel | null, void>('twiml/previewModel');

/** The server's memory after a full garbage collection, in bytes (the bench's heap probe). */
export interface HeapStats {
  heapUsed: number;
  rss: number;
  external: number;
  arrayBuffers: number;
  /** Bytes V8 has reserved per heap space (new_space, old_space, code_space, ...). */
  spaces: Record<string, number>;
  /** The tree-sitter grammars loaded so far. */
  grammars: string[];
}

/**
 * `twiml/_heapStats` (bench only, see server/src/heapProbe.ts): collects garbage, then answers
 * {@link HeapStats}.
 */
export const HeapStatsRequest = new RequestType0<HeapStats, void>('twiml/_heapStats');

/**
 * `twiml/_heapSnapshot` (bench only): collects garbage, then writes a heap snapshot to the path
 * given; answers the path written.
 */
export const HeapSnapshotRequest = new RequestType<{ path: string }, string, void>('twiml/_heapSnapshot');
