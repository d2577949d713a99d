/**
 * The extension's one reader of VS Code settings and its one listener for their changes. Values
 * fall back to package.json's defaults (shared/settings.ts reads them from there), and a change
 * reaches the language server first, then everyone else (the preview, the Conversation panel), so
 * a preview redrawn on a change is drawn with the server's new settings.
 *
 * It imports `vscode` for types only: callers pass `vscode.workspace` (or the command port's, or a
 * test's fake), so the command modules that read settings load outside VS Code.
 */
import type * as vscode from 'vscode';
import { normalizeSettings, settingDefault, type SettingId, type TwimlSettings } from '../../shared/settings';

/** Where settings are read: `vscode.workspace`, the command port's, or a test's fake. */
export type SettingsSource = Pick<typeof vscode.workspace, 'getConfiguration'>;

/** The value of one `twiml.*` setting for `scope`, or its package.json default. */
export function setting<T>(workspace: SettingsSource, id: SettingId, scope?: vscode.ConfigurationScope): T {
  const key = id.slice('twiml.'.length);
  return workspace.getConfiguration('twiml', scope).get<T>(key, settingDefault<T>(id));
}

/** The settings the language server works with, as VS Code has them now. */
export function readServerSettings(workspace: SettingsSource): TwimlSettings {
  return normalizeSettings({
    dialect: setting(workspace, 'twiml.dialect'),
    maxDiagnostics: setting(workspace, 'twiml.maxDiagnostics'),
    rules: setting(workspace, 'twiml.rules'),
    escapeFunctions: setting(workspace, 'twiml.escapeFunctions'),
  });
}

/** The settings that change what the server reports (see {@link readServerSettings}). */
const SERVER_SETTING_IDS: readonly SettingId[] = [
  'twiml.dialect',
  'twiml.maxDiagnostics',
  'twiml.rules',
  'twiml.escapeFunctions',
];

/** The AccountSid set by the user, or undefined for the engines' fixed test one. */
export function replayAccountSid(workspace: SettingsSource): string | undefined {
  return setting<string>(workspace, 'twiml.replay.accountSid').trim() || undefined;
}

/** How long a webhook the extension sends waits for the app, in ms (at least 1 s; Twilio gives up after 15). */
export function replayTimeoutMs(workspace: SettingsSource): number {
  return Math.max(1, setting<number>(workspace, 'twiml.replay.timeoutSeconds')) * 1000;
}

/** The app's base URL (`twiml.app.baseUrl`) without a trailing slash. */
export function appBaseUrl(workspace: SettingsSource): string {
  const value = setting<string>(workspace, 'twiml.app.baseUrl') || settingDefault<string>('twiml.app.baseUrl');
  return value.replace(/\/+$/, '');
}

/** What changed, for {@link SettingsWatcher} listeners. */
export interface SettingsChange {
  /** Whether the change touches this setting (or, for `twiml`, any of ours). */
  affects(id: SettingId | 'twiml'): boolean;
}

/**
 * The one listener of configuration changes. When a server setting changes it hands the new
 * settings to the server (`push`, awaited), then tells its own listeners.
 */
export class SettingsWatcher implements vscode.Disposable {
  private readonly emitter: vscode.EventEmitter<SettingsChange>;
  private readonly subscription: vscode.Disposable;
  /** Fires after a change to any `twiml.*` setting, once the server has the new settings. */
  readonly onDidChange: vscode.Event<SettingsChange>;

  constructor(
    api: {
      workspace: SettingsSource & Pick<typeof vscode.workspace, 'onDidChangeConfiguration'>;
      EventEmitter: typeof vscode.EventEmitter;
    },
    push: (settings: TwimlSettings) => Promise<void>,
  ) {
    this.emitter = new api.EventEmitter<SettingsChange>();
    this.onDidChange = this.emitter.event;
    this.subscription = api.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('twiml')) return;
      if (SERVER_SETTING_IDS.some((id) => event.affectsConfiguration(id))) {
        // A server that is not running reads the settings when it starts.
        await push(readServerSettings(api.workspace)).catch(() => undefined);
      }
      this.emitter.fire({ affects: (id) => event.affectsConfiguration(id) });
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
