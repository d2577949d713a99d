/**
 * Owns the TwiML preview panels: opens or reuses the dynamic preview, restores panels after a
 * window reload, routes editor events to them and remembers the last model shown.
 */
import * as vscode from 'vscode';
import type { PreviewModel } from '../../../shared/protocol';
import type { PreviewState, SampleMessage } from '../../../shared/previewMessages';
import { PREVIEW_VIEW_TYPE, Preview, TWIML_LANGUAGE_ID, type ModelProvider, type PreviewHost } from './preview';
import { SampleStore } from './sampleStore';
import { setting, type SettingsChange } from '../settings';

/** Options of {@link PreviewManager.showPreview}. */
export interface ShowPreviewOptions {
  /** Open beside the active editor instead of in its place. */
  toSide: boolean;
  /** Keep the keyboard focus where it is (used by the replay command). */
  preserveFocus?: boolean;
}

/** A snapshot of one open preview panel, for tests and the extension's exported API. */
export interface PreviewPanelInfo {
  uri: string;
  viewColumn: vscode.ViewColumn | undefined;
  visible: boolean;
  active: boolean;
}

/** The parts of the extension context the manager uses. */
export type PreviewContext = Pick<vscode.ExtensionContext, 'extensionUri' | 'workspaceState'>;

/**
 * One per extension. There is a single "dynamic" preview, as in the markdown preview: showing a
 * preview reuses the open panel and it follows the active TwiML editor. Panels restored after a
 * reload follow too.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<Preview>();
  private readonly samples: SampleStore;
  private readonly host: PreviewHost;
  private readonly disposables: vscode.Disposable[] = [];
  private last: PreviewModel | undefined;

  constructor(
    context: PreviewContext,
    getModel: ModelProvider,
    onSettingsChange: vscode.Event<SettingsChange> = () => new vscode.Disposable(() => undefined),
  ) {
    this.samples = new SampleStore(context.workspaceState, () =>
      setting<string>(vscode.workspace, 'twiml.replay.from'),
    );
    this.host = {
      extensionUri: context.extensionUri,
      getModel,
      samples: this.samples,
      onModelPosted: (model) => {
        this.last = model;
      },
    };
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        for (const preview of this.previews) preview.onDocumentChanged(event.document);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        for (const preview of this.previews) preview.onActiveEditorChanged(editor);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        for (const preview of this.previews) preview.onSelectionChanged(event.textEditor);
      }),
      // The dialect, the rule levels and the sample sender all change what a preview draws; the
      // server already has the new settings when this fires.
      onSettingsChange(() => {
        for (const preview of this.previews) preview.refresh();
      }),
    );
  }

  /**
   * Shows the preview of `uri`: reuses the open preview (switching it to `uri`) or opens one,
   * in the active column or beside it. A visible preview opened to the side stays where it is.
   */
  showPreview(uri: vscode.Uri, options: ShowPreviewOptions): Preview {
    const preserveFocus = options.preserveFocus ?? false;
    const existing = this.mostRecent();
    if (existing) {
      existing.showDocument(uri);
      const keepColumn = options.toSide && existing.panel.visible;
      existing.reveal(keepColumn ? existing.panel.viewColumn : this.column(options), preserveFocus);
      return existing;
    }
    return this.track(Preview.create(this.host, uri, this.column(options), preserveFocus));
  }

  /** The sample incoming message as edited in the preview (the replay's default). */
  getSample(): SampleMessage {
    return this.samples.get();
  }

  /**
   * Replaces the sample incoming message (e.g. with what a replay really sent) and redraws the
   * open previews' incoming bubble with it.
   */
  async setSample(sample: SampleMessage): Promise<void> {
    await this.samples.set(sample);
    for (const preview of this.previews) preview.sampleChanged();
  }

  /** The last model posted to any preview webview. */
  lastModel(): PreviewModel | undefined {
    return this.last;
  }

  /** The open preview panels. */
  activePanels(): PreviewPanelInfo[] {
    return [...this.previews].map((preview) => ({
      uri: preview.resourceUri.toString(),
      viewColumn: preview.panel.viewColumn,
      visible: preview.panel.visible,
      active: preview.panel.active,
    }));
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    this.previews.clear();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private column(options: ShowPreviewOptions): vscode.ViewColumn {
    return options.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
  }

  /** The active preview if any, else the one opened last. */
  private mostRecent(): Preview | undefined {
    const all = [...this.previews];
    return all.find((preview) => preview.panel.active) ?? all[all.length - 1];
  }

  private track(preview: Preview): Preview {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
    return preview;
  }

  /** Serializer: the webview saved `{ uri }` with setState; fall back to the active TwiML editor. */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = restoredUri(state);
    if (!uri) {
      panel.dispose();
      return;
    }
    this.track(new Preview(panel, uri, this.host));
  }
}

function restoredUri(state: unknown): vscode.Uri | undefined {
  const saved = (state as Partial<PreviewState> | undefined)?.uri;
  if (typeof saved === 'string' && saved.length > 0) {
    try {
      return vscode.Uri.parse(saved, true);
    } catch {
      // Unparseable state: fall through to the active editor.
    }
  }
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === TWIML_LANGUAGE_ID ? editor.document.uri : undefined;
}
