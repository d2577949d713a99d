/**
 * The Conversation panel: a phone beside the code. One webview (restored after a reload) over one
 * {@link Phone}; the webview draws snapshots and posts what the user does, checked with
 * parseFromWebview. Requests, signing and judging are the webhook engines' (webhook/src); this
 * module only connects them to VS Code: the Auth Token from SecretStorage, the settings, files
 * for scenarios, read-only reply documents.
 */
import * as vscode from 'vscode';
import type { ReplyReader } from '../../../shared/replyReading';
import {
  parseFromWebview,
  type AppStatus,
  type FromConversationWebview,
  type PhoneEntry,
  type PhoneSettings,
  type ToConversationWebview,
} from '../../../shared/conversationMessages';
import { httpTransport } from '../../../webhook/src/conversation/httpTransport';
import { MAX_ENTRIES, Phone } from '../../../webhook/src/phone/phone';
import { getAuthToken } from '../commands/authToken';
import { appBaseUrl, replayAccountSid, replayTimeoutMs, type SettingsChange } from '../settings';
import { buildConversationHtml, createNonce } from './html';

/** The webview panel type, also the serializer's key. */
export const CONVERSATION_VIEW_TYPE = 'twiml.conversation';

const SETTINGS_KEY = 'twiml.conversation.settings';

/** What the webview persists with setState, to be restored after a reload. */
interface PersistedState {
  settings?: Partial<PhoneSettings>;
  entries?: PhoneEntry[];
}

/** A reply to open as a read-only document. */
export interface ReplyToShow {
  method: string;
  url: string;
  status?: number;
  body: string;
}

/** What the panel needs from the extension. */
export interface ConversationDeps {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  /** Opens a reply body as a read-only TwiML document. */
  showReply(reply: ReplyToShow): Promise<void>;
  /** Judges and reads the app's TwiML: the language server (see serverReader.ts). */
  reader: ReplyReader;
  /** Settings changes (settings.ts): a new `twiml.app.baseUrl` moves the phone to it. */
  onSettingsChange?: vscode.Event<SettingsChange>;
}

/** How to open the conversation. */
export interface OpenArgs {
  /** The full webhook URL. */
  url?: string;
  /** A route path, resolved against `twiml.app.baseUrl` (what the code lenses give). */
  path?: string;
  mode?: 'text' | 'call';
  method?: 'GET' | 'POST';
}

/** `path` against the base URL: "/sms" → "http://localhost:5000/sms". */
export function urlForPath(path: string, base = appBaseUrl(vscode.workspace)): string {
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** Owns the phone and its one panel. */
export class ConversationController implements vscode.Disposable {
  readonly phone: Phone;
  private panel: vscode.WebviewPanel | undefined;
  private appStatus: AppStatus = 'unknown';
  private readonly statusListeners = new Set<() => void>();
  private readonly visibilityListeners = new Set<() => void>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: ConversationDeps) {
    const saved = deps.context.workspaceState.get<Partial<PhoneSettings>>(SETTINGS_KEY) ?? {};
    this.phone = new Phone(
      {
        authToken: () => getAuthToken(deps.context),
        accountSid: () => replayAccountSid(vscode.workspace),
        timeoutMs: () => replayTimeoutMs(vscode.workspace),
        reader: deps.reader,
      },
      { url: urlForPath('/sms'), ...saved },
    );
    this.phone.onChange(() => this.post());
    let base = appBaseUrl(vscode.workspace);
    if (deps.onSettingsChange)
      this.disposables.push(
        deps.onSettingsChange((change) => {
          if (!change.affects('twiml.app.baseUrl')) return;
          const previous = base;
          base = appBaseUrl(vscode.workspace);
          // The phone follows the app to its new address when it was talking to the old one.
          const url = this.phone.settings.url;
          if (url.startsWith(`${previous}/`) || url === previous)
            this.phone.configure({ url: base + url.slice(previous.length) });
        }),
      );
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(CONVERSATION_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) =>
          this.restore(panel, state as PersistedState | undefined),
      }),
    );
  }

  /** True while the panel is open. */
  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The URL the phone talks to. */
  get url(): string {
    return this.phone.settings.url;
  }

  /** Sets the dot the panel shows for the app (from the status bar's probe). */
  setAppStatus(status: AppStatus): void {
    if (status === this.appStatus) return;
    this.appStatus = status;
    this.post();
  }

  /** Called when the panel opens or closes (the status bar shows while it is open). */
  onVisibilityChange(listener: () => void): vscode.Disposable {
    this.visibilityListeners.add(listener);
    return new vscode.Disposable(() => this.visibilityListeners.delete(listener));
  }

  /** Called when the URL may have changed (the status bar probes the new host). */
  onUrlChange(listener: () => void): vscode.Disposable {
    this.statusListeners.add(listener);
    return new vscode.Disposable(() => this.statusListeners.delete(listener));
  }

  /** Opens (or reveals) the panel, pointed at `args`' URL and mode when given. */
  open(args: OpenArgs = {}, preserveFocus = false): void {
    const changes: Partial<PhoneSettings> = {};
    const url = args.url ?? (args.path !== undefined ? urlForPath(args.path) : undefined);
    if (url) changes.url = url;
    if (args.mode) changes.mode = args.mode;
    if (args.method) changes.method = args.method;
    if (Object.keys(changes).length > 0) this.configure(changes);
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      CONVERSATION_VIEW_TYPE,
      'TwiML Conversation',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { retainContextWhenHidden: true },
    );
    this.attach(panel);
  }

  /** Changes the phone's settings and remembers them for the workspace. */
  configure(changes: Partial<PhoneSettings>): void {
    const before = this.phone.settings.url;
    this.phone.configure(changes);
    void this.deps.context.workspaceState.update(SETTINGS_KEY, this.phone.settings);
    if (this.phone.settings.url !== before) for (const listener of this.statusListeners) listener();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private restore(panel: vscode.WebviewPanel, state: PersistedState | undefined): void {
    // The webview's saved state is checked like any message from it.
    const settings = parseFromWebview({ type: 'configure', changes: state?.settings });
    if (settings?.type === 'configure') this.phone.configure(settings.changes);
    if (Array.isArray(state?.entries) && this.phone.snapshot().entries.length === 0) {
      // Shown for reading until the next turn; the engines start afresh (no cookies survive a reload).
      this.restoredEntries = state.entries.slice(-MAX_ENTRIES);
    }
    this.attach(panel);
  }

  private restoredEntries: PhoneEntry[] = [];

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    const extensionUri = this.deps.context.extensionUri;
    panel.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    panel.iconPath = {
      light: vscode.Uri.joinPath(extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(extensionUri, 'media', 'preview-dark.svg'),
    };
    panel.webview.html = buildConversationHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'conversation.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'conversation.css')).toString(),
      bubbleStyleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'bubbles.css')).toString(),
      nonce: createNonce(),
      state: this.message(),
    });
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = parseFromWebview(raw);
      if (message) void this.handle(message);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      for (const listener of this.visibilityListeners) listener();
    });
    for (const listener of this.visibilityListeners) listener();
  }

  private message(): ToConversationWebview {
    const snapshot = this.phone.snapshot();
    if (snapshot.entries.length === 0 && this.restoredEntries.length > 0) snapshot.entries = this.restoredEntries;
    else this.restoredEntries = [];
    return { type: 'state', snapshot, appStatus: this.appStatus };
  }

  private post(): void {
    void this.panel?.webview.postMessage(this.message());
  }

  private async handle(message: FromConversationWebview): Promise<void> {
    try {
      switch (message.type) {
        case 'ready':
          return this.post();
        case 'configure':
          return this.configure(message.changes);
        case 'send':
          await this.phone.send({ body: message.text, media: message.media });
          return;
        case 'call':
          await this.phone.placeCall();
          return;
        case 'answer':
          await this.phone.answer(message.answer);
          return;
        case 'clear':
          this.restoredEntries = [];
          return this.phone.clear();
        case 'clearCookies': {
          const count = this.phone.clearCookies();
          void vscode.window.showInformationMessage(
            `TwiML: cleared ${count} cookie${count === 1 ? '' : 's'} of this conversation.`,
          );
          return;
        }
        case 'save':
          await this.saveScenario();
          return;
        case 'rerun':
          await this.phone.rerun();
          return;
        case 'probeInjection':
          await vscode.commands.executeCommand('twiml.conversation.probeInjection');
          return;
        case 'sendAgain':
          return await this.sendAgain(message.entry, message.request);
        case 'openReply': {
          const request = this.requestAt(message.entry, message.request);
          if (request?.responseBody !== undefined)
            await this.deps.showReply({
              method: request.method,
              url: request.url,
              status: request.status,
              body: request.responseBody,
            });
          return;
        }
      }
    } catch (error) {
      // A failure in our own code loses nothing: the transcript stays, the user is told.
      const text = error instanceof Error ? error.message : String(error);
      this.deps.output.appendLine(`[conversation] ${message.type} failed: ${text}`);
      void vscode.window.showErrorMessage(`TwiML Conversation: ${text}`);
    }
  }

  private requestAt(entry: number, request: number) {
    // Live turns only: a transcript restored from the webview's state is for reading, never resent.
    return this.phone.snapshot().entries[entry]?.turn.requests[request];
  }

  /** Writes the transcript as a scenario file (`twiml-sim --scenario` replays it). */
  async saveScenario(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: 'Save the conversation as a scenario',
        defaultUri: folder
          ? vscode.Uri.joinPath(
              folder,
              `${this.phone.settings.mode === 'call' ? 'call' : 'conversation'}.scenario.yaml`,
            )
          : undefined,
        filters: { 'Scenario (YAML)': ['yaml', 'yml'] },
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.phone.toScenario()));
    void vscode.window.showInformationMessage(
      `TwiML: saved ${vscode.workspace.asRelativePath(uri)}. Replay it with: npx twiml-sim --scenario ${vscode.workspace.asRelativePath(uri)}`,
    );
    return uri;
  }

  /** Sends one logged request again, exactly as it went (same signature, cookies, body). */
  private async sendAgain(entry: number, index: number): Promise<void> {
    const request = this.requestAt(entry, index);
    if (!request) return;
    const result = await httpTransport({
      method: request.method,
      url: request.url,
      headers: request.requestHeaders ?? {},
      body: request.requestBody,
      timeoutMs: replayTimeoutMs(vscode.workspace),
    });
    const path = new URL(request.url).pathname;
    if (result.kind === 'error') {
      void vscode.window.showWarningMessage(`TwiML: ${request.method} ${path} again: ${result.message}`);
      return;
    }
    this.deps.output.appendLine(
      `[conversation] ${request.method} ${request.url} again → ${result.status} (${result.ms} ms)`,
    );
    const open = 'Open reply';
    const choice = await vscode.window.showInformationMessage(
      `TwiML: ${request.method} ${path} again → ${result.status} (${result.ms} ms)`,
      open,
    );
    if (choice === open)
      await this.deps.showReply({ method: request.method, url: request.url, status: result.status, body: result.body });
  }
}
