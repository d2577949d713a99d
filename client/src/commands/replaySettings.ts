/**
 * The `twiml.replay.*` settings every webhook the extension sends shares (the replay and the
 * Conversation panel): the AccountSid they carry and how long they wait. Defaults mirror package.json.
 */
import * as vscode from 'vscode';

/** The AccountSid set by the user, or undefined for the engines' fixed test one. */
export function replayAccountSid(): string | undefined {
  return vscode.workspace.getConfiguration('twiml.replay').get<string>('accountSid', '').trim() || undefined;
}

/** How long to wait for the app, in ms (at least 1 s; Twilio gives up after 15). */
export function replayTimeoutMs(): number {
  return Math.max(1, vscode.workspace.getConfiguration('twiml.replay').get<number>('timeoutSeconds', 15)) * 1000;
}
