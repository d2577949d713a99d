/**
 * The extension's settings, once: the TwiML dialects, the shape of the settings the language
 * server works with, their defaults and one normaliser. Defaults are read from `package.json`'s
 * `contributes.configuration` (what VS Code shows in the Settings editor), so they are written in
 * one place; the server, the client and the CLIs all read them here.
 *
 * Free of `vscode` and Node imports: the server, the client, the CLIs and tests share it. The
 * webview scripts must not import it (it bundles part of package.json); they import `protocol.ts`.
 */
import { contributes } from '../package.json';

/** The two TwiML dialects: Messaging TwiML (a reply to a message) and Voice TwiML (a call). */
export const DIALECTS = ['messaging', 'voice'] as const;
/** One of {@link DIALECTS}. */
export type Dialect = (typeof DIALECTS)[number];
/** The `twiml.dialect` setting: a dialect, or `auto` to detect it from the verbs used. */
export type DialectSetting = 'auto' | Dialect;

/** Every setting the extension contributes, keyed by its full id (`twiml.dialect`). */
type Properties = typeof contributes.configuration.properties;
/** A setting's full id. */
export type SettingId = keyof Properties;

/** The declarations of the settings, as package.json writes them. */
export const SETTING_DECLARATIONS: Readonly<
  Record<SettingId, { default: unknown; minimum?: number; enum?: string[] }>
> = contributes.configuration.properties;

/** The default of a setting, as package.json declares it. */
export function settingDefault<T = unknown>(id: SettingId): T {
  return SETTING_DECLARATIONS[id].default as T;
}

/** Settings the client sends to the server (section `twiml`). */
export interface TwimlSettings {
  /** `auto` detects the dialect from the verbs used; otherwise forces it. */
  dialect: DialectSetting;
  /** Upper bound of diagnostics per document; the rest are summarised in one diagnostic. */
  maxDiagnostics: number;
  /**
   * Rule levels by rule id: `off`, `error`, `warning`, `information` or `hint` (setting
   * `twiml.rules`, merged over the `.twimlrc.json` found upward from the file). Unknown ids and
   * levels are reported in the document.
   */
  rules: Record<string, string>;
  /** Escaping helpers of the user's own (`twiml.escapeFunctions`), for the `unescaped-input` rule. */
  escapeFunctions: string[];
}

/** The server-side settings at their package.json defaults. */
export const DEFAULT_SETTINGS: Readonly<TwimlSettings> = Object.freeze({
  dialect: settingDefault<DialectSetting>('twiml.dialect'),
  maxDiagnostics: settingDefault<number>('twiml.maxDiagnostics'),
  rules: settingDefault<Record<string, string>>('twiml.rules'),
  escapeFunctions: settingDefault<string[]>('twiml.escapeFunctions'),
});

/** Whether `value` is a {@link DialectSetting}. */
export function isDialectSetting(value: unknown): value is DialectSetting {
  return value === 'auto' || (DIALECTS as readonly unknown[]).includes(value);
}

/**
 * Reads settings from anything an editor or a command line may send (`initializationOptions`,
 * `workspace/didChangeConfiguration`, `workspace/configuration`, CLI flags): each field that is
 * missing or of the wrong shape keeps its value in `fallback` (the defaults unless given). Never
 * throws. The server and the CLIs use it, so they agree on what a setting means.
 */
export function normalizeSettings(raw: unknown, fallback: Readonly<TwimlSettings> = DEFAULT_SETTINGS): TwimlSettings {
  const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const minimum = SETTING_DECLARATIONS['twiml.maxDiagnostics'].minimum ?? 1;
  const max = given.maxDiagnostics;
  return {
    dialect: isDialectSetting(given.dialect) ? given.dialect : fallback.dialect,
    maxDiagnostics:
      typeof max === 'number' && Number.isFinite(max) ? Math.max(minimum, Math.floor(max)) : fallback.maxDiagnostics,
    rules: ruleLevels(given.rules) ?? { ...fallback.rules },
    escapeFunctions: Array.isArray(given.escapeFunctions)
      ? given.escapeFunctions.filter((name): name is string => typeof name === 'string' && name.trim() !== '')
      : [...fallback.escapeFunctions],
  };
}

/**
 * Rule levels as strings. A level of another type is kept as written (`2` becomes "2"), so the
 * rule configuration reports it as an unknown level instead of it vanishing.
 */
function ruleLevels(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).map(([id, level]) => [id, typeof level === 'string' ? level : JSON.stringify(level)]),
  );
}
