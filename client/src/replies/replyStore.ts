/**
 * The replies kept for the read-only `twiml-reply:` documents: their names, their URIs' paths and
 * a bounded memory of their bodies. Free of `vscode` so it is unit-tested.
 */

/** One HTTP reply to show: the request that got it and what came back. */
export interface ReplyInput {
  /** The request's method, e.g. `POST`. */
  method: string;
  /** The URL requested (only its path is shown in the name). */
  url: string;
  /** The HTTP status; undefined when no response arrived. */
  status?: number;
  /** The TwiML (or text) the app replied with. */
  body: string;
}

/** A stored reply, addressed by the path of its document's URI. */
export interface StoredReply extends ReplyInput {
  /** `/<sequence>/<name>`: unique per reply, and its last segment is the editor's tab title. */
  path: string;
  name: string;
}

/** How many replies stay addressable by default. */
export const DEFAULT_REPLY_LIMIT = 50;

// The name becomes the last segment of a URI path, which cannot hold '/': the request path's
// slashes become U+2215 DIVISION SLASH, which reads the same in a tab title.
const LOOKALIKE_SLASH = '\u2215';

/** The request path of `url` (no query: a GET's query holds every parameter), or `url` itself. */
export function requestPath(url: string): string {
  try {
    return new URL(url).pathname || '/';
  } catch {
    return url.split(/[?#]/)[0] || '/';
  }
}

/** The document name of a reply: `POST ∕sms · 200 · reply.twiml` (the `.twiml` picks the language). */
export function replyDocumentName(reply: Pick<ReplyInput, 'method' | 'url' | 'status'>): string {
  const path = requestPath(reply.url).replace(/\//g, LOOKALIKE_SLASH);
  // Control characters and backslashes would confuse tab titles and some file-name handling.
  const safe = [...path]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '\\' ? '_' : ch))
    .join('')
    .slice(0, 80);
  const status = reply.status === undefined ? 'no response' : String(reply.status);
  return `${reply.method.toUpperCase()} ${safe} · ${status} · reply.twiml`;
}

/**
 * Remembers the last `limit` replies; older ones are forgotten, so a long session cannot grow
 * without bound. Each reply gets a fresh sequence number, so equal names never collide.
 */
export class ReplyStore {
  private readonly replies = new Map<string, StoredReply>();
  private sequence = 0;

  constructor(private readonly limit = DEFAULT_REPLY_LIMIT) {}

  /** Stores a reply and returns it with its path. */
  add(reply: ReplyInput): StoredReply {
    const name = replyDocumentName(reply);
    const stored: StoredReply = { ...reply, name, path: `/${++this.sequence}/${name}` };
    this.replies.set(stored.path, stored);
    for (const oldest of this.replies.keys()) {
      if (this.replies.size <= this.limit) break;
      this.replies.delete(oldest);
    }
    return stored;
  }

  /** The reply at `path`, unless it was forgotten. */
  get(path: string): StoredReply | undefined {
    return this.replies.get(path);
  }

  /** How many replies are kept. */
  get size(): number {
    return this.replies.size;
  }
}

/** What a forgotten reply's document shows instead of its body. */
export function forgottenReplyText(path: string): string {
  return `<!-- This reply (${path.split('/').pop() ?? path}) is no longer kept: only the last replies of the session are. -->\n`;
}
