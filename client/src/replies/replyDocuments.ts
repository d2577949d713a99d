/**
 * Replies as read-only documents: `twiml-reply:/<n>/POST ∕sms · 200 · reply.twiml`. A read-only
 * file system serves them, so they open read-only, never ask to be saved, and (being `twiml`) get
 * the language server's diagnostics and the preview. Used by the webhook replay and by anything
 * else that shows a reply (e.g. the conversation panel).
 */
import * as vscode from 'vscode';
import { forgottenReplyText, ReplyStore, type ReplyInput } from './replyStore';

export type { ReplyInput } from './replyStore';

/** The URI scheme of reply documents. */
export const REPLY_SCHEME = 'twiml-reply';

/** Options of {@link showReplyDocument}. */
export interface ShowReplyOptions {
  /** Where to open the editor; default beside the active one. */
  viewColumn?: vscode.ViewColumn;
  /** Keep the keyboard focus where it is; default true (a reply should not take the keyboard). */
  preserveFocus?: boolean;
  /** Only open the document (for the language server and preview), without an editor. */
  background?: boolean;
}

let store: ReplyStore | undefined;

/**
 * A read-only file system over the stored replies. A file system (not a content provider) because
 * VS Code then refuses every edit, from the keyboard and from `workspace.applyEdit` alike, so a
 * reply can never become dirty and ask to be saved.
 */
class ReplyFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  private readonly created = Date.now();

  constructor(private readonly replies: ReplyStore) {}

  private bytes(uri: vscode.Uri): Uint8Array {
    return new TextEncoder().encode(this.replies.get(uri.path)?.body ?? forgottenReplyText(uri.path));
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    // A reply's folder (`/<n>`) is a directory; everything else reads as a file, a forgotten
    // reply as its short explanation.
    const directory = /^\/\d+\/?$/.test(uri.path) || uri.path === '/';
    return {
      type: directory ? vscode.FileType.Directory : vscode.FileType.File,
      ctime: this.created,
      mtime: this.created,
      size: directory ? 0 : this.bytes(uri).length,
      permissions: vscode.FilePermission.Readonly,
    };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.bytes(uri);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

/**
 * Registers the read-only `twiml-reply:` file system. Call once during activation; the returned
 * disposable unregisters it. Until it is called, {@link showReplyDocument} throws.
 * @param limit how many replies stay addressable (the oldest are forgotten); default 50
 */
export function registerReplyDocuments(limit?: number): vscode.Disposable {
  const replies = new ReplyStore(limit);
  store = replies;
  const registration = vscode.workspace.registerFileSystemProvider(REPLY_SCHEME, new ReplyFileSystem(replies), {
    isReadonly: true,
    isCaseSensitive: true,
  });
  return new vscode.Disposable(() => {
    registration.dispose();
    if (store === replies) store = undefined;
  });
}

/**
 * Stores `reply` and opens it as a read-only TwiML document named after the request, e.g.
 * `POST ∕sms · 200 · reply.twiml` (the request path's slashes are look-alike U+2215, as a
 * document name cannot hold `/`). Each call makes a new document; the last 50 stay addressable.
 * @returns the document (language `twiml`, scheme {@link REPLY_SCHEME}, never dirty)
 */
export async function showReplyDocument(
  reply: ReplyInput,
  options: ShowReplyOptions = {},
): Promise<vscode.TextDocument> {
  if (!store) throw new Error('reply documents are not registered (registerReplyDocuments)');
  const stored = store.add(reply);
  const uri = vscode.Uri.from({ scheme: REPLY_SCHEME, path: stored.path });
  let document = await vscode.workspace.openTextDocument(uri);
  // The `.twiml` name normally picks the language; a user's files.associations could override it.
  if (document.languageId !== 'twiml') document = await vscode.languages.setTextDocumentLanguage(document, 'twiml');
  if (!options.background) {
    await vscode.window.showTextDocument(document, {
      viewColumn: options.viewColumn ?? vscode.ViewColumn.Beside,
      preserveFocus: options.preserveFocus ?? true,
      preview: false,
    });
  }
  return document;
}

/** True for a reply document's URI. */
export function isReplyDocument(uri: vscode.Uri): boolean {
  return uri.scheme === REPLY_SCHEME;
}
