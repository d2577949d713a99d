/**
 * Every command the extension contributes, in one table, registered in one place. Each feature
 * builds the handlers of its group (they share its state: the replay's history and cookie jar,
 * the Conversation's phone); the types make a group give exactly the ids listed for it, and
 * test/unit/manifest.test.ts checks the table against package.json's commands, menus,
 * keybindings and activation events.
 */
import type * as vscode from 'vscode';
import type { VscodePort } from './port';

/** The command ids of each feature. */
export const COMMAND_GROUPS = {
  server: ['twiml.restartServer'],
  preview: ['twiml.showPreview', 'twiml.showPreviewToSide'],
  replay: ['twiml.replayWebhook', 'twiml.replayRecent', 'twiml.replay.clearCookies'],
  authToken: ['twiml.setAuthToken', 'twiml.clearAuthToken'],
  signature: ['twiml.checkSignature'],
  conversation: [
    'twiml.conversation.open',
    'twiml.conversation.send',
    'twiml.conversation.call',
    'twiml.conversation.press',
    'twiml.conversation.speak',
    'twiml.conversation.dial',
    'twiml.conversation.record',
    'twiml.conversation.hangup',
    'twiml.conversation.clear',
    'twiml.conversation.clearCookies',
    'twiml.conversation.saveScenario',
    'twiml.conversation.probeInjection',
  ],
} as const;

/** A feature's name in {@link COMMAND_GROUPS}. */
export type CommandGroup = keyof typeof COMMAND_GROUPS;

/** The ids of one group. */
export type CommandId<G extends CommandGroup = CommandGroup> = (typeof COMMAND_GROUPS)[G][number];

/** What `executeCommand(id, ...args)` runs. */
export type CommandHandler = (...args: never[]) => unknown;

/** The handlers of a group: one per id, no more. */
export type CommandHandlers<G extends CommandGroup> = Record<CommandId<G>, CommandHandler>;

/** Every command id, in table order. */
export const COMMAND_IDS: readonly CommandId[] = Object.values(COMMAND_GROUPS).flat();

/**
 * Registers every command of every group with `port.commands`: the extension's one call.
 * @returns the registrations, for the extension's subscriptions
 */
export function registerCommands(
  port: Pick<VscodePort, 'commands'>,
  handlers: { [G in CommandGroup]: CommandHandlers<G> },
): vscode.Disposable[] {
  return registerCommandGroups(port, handlers);
}

/** Registers the commands of some groups (tests drive one feature through a fake port). */
export function registerCommandGroups<G extends CommandGroup>(
  port: Pick<VscodePort, 'commands'>,
  handlers: { [K in G]: CommandHandlers<K> },
): vscode.Disposable[] {
  return (Object.keys(handlers) as G[]).flatMap((group) =>
    COMMAND_GROUPS[group].map((id: CommandId) =>
      port.commands.registerCommand(id, (handlers[group] as Record<CommandId, CommandHandler>)[id] as never),
    ),
  );
}
