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
import type { ReadDocument, ReadVoiceDocument, WellFormedVerdict } from './replyReading';

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

/** The parameters of the reading requests: a TwiML document an app returned, and where it came from. */
export interface ReadReplyParams {
  text: string;
  /** The URL that answered it (named in the problems). */
  url: string;
}

/**
 * `twiml/checkWellFormed` (client → server): would Twilio parse this reply as TwiML? The
 * Conversation panel and the webhook replay ask it so that the language server is the one judge.
 * Answers `null` when the server failed (logged in its output).
 */
export const CheckWellFormedRequest = new RequestType<{ text: string }, WellFormedVerdict | null, void>(
  'twiml/checkWellFormed',
);

/**
 * `twiml/readMessagingReply` (client → server): judges a messaging reply and reads its verbs,
 * for the Conversation panel. Answers `null` when the server failed.
 */
export const ReadMessagingReplyRequest = new RequestType<ReadReplyParams, ReadDocument | null, void>(
  'twiml/readMessagingReply',
);

/**
 * `twiml/readVoiceReply` (client → server): judges a call's reply and reads its verbs as steps,
 * for the Conversation panel. Answers `null` when the server failed.
 */
export const ReadVoiceReplyRequest = new RequestType<ReadReplyParams, ReadVoiceDocument | null, void>(
  'twiml/readVoiceReply',
);
