/**
 * One preview panel: draws the interpreted TwiML document it follows and keeps it current.
 */
import * as vscode from 'vscode';
import type { PreviewModel } from '../../../shared/protocol';
import { buildPreviewHtml, createNonce } from './html';
import { isFromWebview, type FromWebview, type ToWebview } from '../../../shared/previewMessages';
import { PREVIEW_VIEW_TYPE, TWIML_LANGUAGE_ID, previewTitle, previewWebviewOptions, setUpPanel } from './panel';
import { RefreshScheduler, RetryBackoff, StaleGuard } from './refresh';
import { revealLine } from './reveal';
import { isHostDocument, isPreviewable } from '../embeddedTwiml';
import type { SampleStore } from './sampleStore';
import { setting } from '../settings';

export { PREVIEW_VIEW_TYPE, TWIML_LANGUAGE_ID } from './panel';

/**
 * Asks the language server for the model of a document (`twiml/previewModel`); in a code or
 * template file, of the TwiML at `position` (the cursor).
 */
export type ModelProvider = (uri: string, position?: vscode.Position) => Promise<PreviewModel | null>;

/** What a preview needs from its manager. */
export interface PreviewHost {
  extensionUri: vscode.Uri;
  getModel: ModelProvider;
  samples: SampleStore;
  /** Told about every model posted to a webview (feeds `lastModel()`). */
  onModelPosted(model: PreviewModel): void;
}

/** One webview panel showing the reply (or call script) of one TwiML document at a time. */
export class Preview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduler: RefreshScheduler;
  private readonly backoff = new RetryBackoff(() => this.scheduler.request());
  private readonly guard = new StaleGuard();
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private latest: ToWebview | undefined;
  private retriedVersion: number | undefined;
  private disposed = false;

  /** Fires once, when the panel is closed or the preview disposed. */
  readonly onDidDispose = this.disposeEmitter.event;

  /** Opens a new panel for `uri`. */
  static create(host: PreviewHost, uri: vscode.Uri, viewColumn: vscode.ViewColumn, preserveFocus: boolean): Preview {
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      previewTitle(uri),
      { viewColumn, preserveFocus },
      previewWebviewOptions(host.extensionUri),
    );
    return new Preview(panel, uri, host);
  }

  /** Takes over `panel` (new, or restored by the serializer) and draws `uri` in it. */
  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private readonly host: PreviewHost,
  ) {
    setUpPanel(panel, host.extensionUri, resource);
    const delay = () => setting<number>(vscode.workspace, 'twiml.preview.debounceMs', this.resource);
    this.scheduler = new RefreshScheduler(() => void this.refreshNow(), delay);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
    );
    panel.webview.html = this.renderHtml();
    this.scheduler.request();
  }

  /** The document shown. */
  get resourceUri(): vscode.Uri {
    return this.resource;
  }

  /** The last model posted to the webview, if any. */
  get model(): PreviewModel | null | undefined {
    return this.latest?.model;
  }

  /** Switches to another document (redraws at once) or, for the same one, refreshes. */
  showDocument(uri: vscode.Uri): void {
    if (uri.toString() === this.resource.toString()) {
      this.scheduler.request();
      return;
    }
    this.resource = uri;
    this.retriedVersion = undefined;
    this.panel.title = previewTitle(uri);
    this.guard.reset();
    this.backoff.reset();
    this.scheduler.reset();
    this.scheduler.request();
  }

  /** Redraws now, with a model asked for afresh (after a settings change). */
  refresh(): void {
    this.retriedVersion = undefined;
    this.scheduler.runNow();
  }

  /** Edits of the shown document trigger a throttled refresh. */
  onDocumentChanged(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.resource.toString()) this.scheduler.request();
  }

  /** Follows the active editor when it holds another TwiML document (or code with TwiML). */
  onActiveEditorChanged(editor: vscode.TextEditor | undefined): void {
    if (editor && (editor.document.languageId === TWIML_LANGUAGE_ID || isPreviewable(editor.document)))
      this.showDocument(editor.document.uri);
  }

  /** In a code file, moving the cursor to another TwiML literal previews that one. */
  onSelectionChanged(editor: vscode.TextEditor): void {
    if (editor.document.uri.toString() === this.resource.toString() && isHostDocument(editor.document))
      this.scheduler.request();
  }

  /** Redraws with the stored sample (changed by the extension, not typed in this webview). */
  sampleChanged(): void {
    if (this.latest) this.post({ ...this.latest, sample: this.host.samples.get() });
  }

  /** Brings the panel forward. */
  reveal(viewColumn: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.scheduler.dispose();
    this.backoff.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private renderHtml(): string {
    const webview = this.panel.webview;
    const asUri = (...segments: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...segments)).toString();
    return buildPreviewHtml({
      cspSource: webview.cspSource,
      scriptUri: asUri('dist', 'preview.js'),
      styleUri: asUri('media', 'preview.css'),
      bubbleStyleUri: asUri('media', 'bubbles.css'),
      nonce: createNonce(),
      title: this.panel.title,
      state: { uri: this.resource.toString(), model: this.latest?.model ?? null, sample: this.host.samples.get() },
    });
  }

  private async refreshNow(): Promise<void> {
    const token = this.guard.begin();
    const uri = this.resource;
    let model: PreviewModel | null = null;
    let editorVersion: number | undefined;
    try {
      // Opening (a no-op when already open) hands a restored preview's file to the server.
      const document = await vscode.workspace.openTextDocument(uri);
      editorVersion = document.version;
      model = await this.host.getModel(uri.toString(), this.cursor(uri));
    } catch {
      model = null; // Deleted file or server not running: the webview shows its empty state.
    }
    if (this.disposed || !this.guard.accept(token, model)) return;
    if (!model) {
      // Keep the last drawing of this document while retrying (e.g. during a server restart);
      // show the empty state when there is none or the retries are used up.
      const retrying = this.backoff.failed();
      if (!retrying || !this.latest?.model || this.latest.uri !== uri.toString()) this.postUpdate(uri, null);
      return;
    }
    this.postUpdate(uri, model);
    this.backoff.succeeded();
    this.host.onModelPosted(model);
    // The server answered for an older text than the editor holds: ask once more so the final
    // text gets drawn even if no further edit comes. Once per version, to avoid a loop.
    if (editorVersion !== undefined && model.version < editorVersion && this.retriedVersion !== editorVersion) {
      this.retriedVersion = editorVersion;
      this.scheduler.request();
    }
  }

  /** The cursor in the editor showing `uri`, when there is one (the literal to preview). */
  private cursor(uri: vscode.Uri): vscode.Position | undefined {
    const editor = vscode.window.visibleTextEditors.find(
      (candidate) => candidate.document.uri.toString() === uri.toString(),
    );
    return editor?.selection.active;
  }

  private postUpdate(uri: vscode.Uri, model: PreviewModel | null): void {
    this.post({ type: 'update', uri: uri.toString(), model, sample: this.host.samples.get() });
  }

  private post(message: ToWebview): void {
    this.latest = message;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (this.disposed || !isFromWebview(raw)) return;
    void this.handle(raw);
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded, e.g. after being hidden: resend what it should show.
        if (this.latest) this.post({ ...this.latest, sample: this.host.samples.get() });
        return;
      case 'setSample':
        await this.host.samples.set({ from: message.from, body: message.body });
        if (this.latest) this.latest = { ...this.latest, sample: this.host.samples.get() };
        return;
      case 'reveal':
        await revealLine(this.resource, message.line, this.panel.viewColumn);
        return;
    }
  }
}
