/**
 * The `twiml.replay.*` settings every webhook the extension sends shares (the replay and the
 * Conversation panel): the AccountSid they carry and how long they wait. Defaults mirror package.json.
 */
import type * as vscode from 'vscode';

/** Where settings are read: `vscode.workspace`, or a test's fake. */
type Settings = Pick<typeof vscode.workspace, 'getConfiguration'>;

/** The AccountSid set by the user, or undefined for the engines' fixed test one. */
export function replayAccountSid(workspace: Settings): string | undefined {
  return workspace.getConfiguration('twiml.replay').get<string>('accountSid', '').trim() || undefined;
}

/** How long to wait for the app, in ms (at least 1 s; Twilio gives up after 15). */
export function replayTimeoutMs(workspace: Settings): number {
  return Math.max(1, workspace.getConfiguration('twiml.replay').get<number>('timeoutSeconds', 15)) * 1000;
}
