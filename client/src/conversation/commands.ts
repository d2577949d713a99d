/**
 * The Conversation's commands. Each takes an optional argument object, so keybindings, tests and
 * other extensions can drive the phone, and resolves to the turn in the shape of `twiml-sim
 * --json`'s turns; without arguments (the command palette) it asks for what it needs.
 *   twiml.conversation.open   { url?, path?, mode?: 'text' | 'call', method? }
 *   twiml.conversation.send   { text, media? }            → Turn
 *   twiml.conversation.call   { url?, path? }             → CallTurn
 *   twiml.conversation.press  { digits }                  → CallTurn
 *   twiml.conversation.speak  { text }                    → CallTurn
 *   twiml.conversation.dial   { status }                  → CallTurn
 *   twiml.conversation.record { seconds }                 → CallTurn
 *   twiml.conversation.hangup                             → CallTurn
 *   twiml.conversation.clear, twiml.conversation.clearCookies, twiml.conversation.saveScenario { path? }
 *   twiml.conversation.probeInjection { url?, path? }    → ProbeReport (twiml-sim --probe-injection --json)
 */
import * as vscode from 'vscode';
import { DIAL_STATUSES, type CallTurn, type DialStatus, type Turn } from '../../../shared/turns';
import type { PhoneSnapshot } from '../../../shared/conversationMessages';
import { ConversationController, urlForPath, type ConversationDeps, type OpenArgs } from './panel';
import { probeRoute } from './probe';
import { registerAppStatusBar } from './statusBar';
import type { CommandHandlers } from '../commands/registry';
import type { ProbeReport } from '../../../webhook/src/sim/probeInjection';

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof vscode.Uri)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A plain copy: callers get data, never the engine's live objects. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Creates the panel (its serializer) and its status bar item, and the handlers of its commands
 * (registered with the others by commands/registry.ts).
 */
export function activateConversation(deps: ConversationDeps): {
  controller: ConversationController;
  commands: CommandHandlers<'conversation'>;
} {
  const controller = new ConversationController(deps);
  const phone = controller.phone;
  const showPanel = (args: OpenArgs = {}): void => controller.open(args, true);

  const commands: CommandHandlers<'conversation'> = {
    'twiml.conversation.open': async (raw): Promise<PhoneSnapshot['settings']> => {
      const args = asObject(raw);
      const mode = args.mode === 'call' || args.mode === 'text' ? args.mode : undefined;
      const method = args.method === 'GET' || args.method === 'POST' ? args.method : undefined;
      controller.open({ url: text(args.url), path: text(args.path), mode, method });
      // A call lens places the call at once; its first turn shows in the panel.
      if (args.start === true && phone.settings.mode === 'call') void phone.placeCall();
      return phone.settings;
    },
    'twiml.conversation.send': async (raw): Promise<Turn | undefined> => {
      const args = asObject(raw);
      const body =
        text(args.text) ??
        (await vscode.window.showInputBox({
          title: `Text ${phone.settings.url}`,
          prompt: 'The message your app receives',
        }));
      if (body === undefined) return undefined;
      const media = Array.isArray(args.media) ? args.media.filter((m): m is string => typeof m === 'string') : [];
      showPanel({ mode: 'text' });
      return copy(await phone.send({ body, media }));
    },
    'twiml.conversation.call': async (raw): Promise<CallTurn> => {
      const args = asObject(raw);
      const url = text(args.url) ?? (text(args.path) !== undefined ? urlForPath(text(args.path)!) : undefined);
      showPanel({ mode: 'call', url });
      return copy(await phone.placeCall());
    },
    'twiml.conversation.press': async (raw): Promise<CallTurn | undefined> => {
      const digits =
        text(asObject(raw).digits) ??
        (await vscode.window.showInputBox({
          title: 'Press keys',
          prompt: '0-9, * and #',
          validateInput: (v) => (/^[0-9*#w]+$/i.test(v) ? undefined : 'Keys 0-9, * and #'),
        }));
      if (digits === undefined) return undefined;
      return copy(await phone.answer({ kind: 'digits', digits }));
    },
    'twiml.conversation.speak': async (raw): Promise<CallTurn | undefined> => {
      const words = text(asObject(raw).text) ?? (await vscode.window.showInputBox({ title: 'Say to the app' }));
      if (words === undefined) return undefined;
      return copy(await phone.answer({ kind: 'speech', text: words }));
    },
    'twiml.conversation.dial': async (raw): Promise<CallTurn | undefined> => {
      const given = text(asObject(raw).status);
      const status = (
        given && DIAL_STATUSES.includes(given as DialStatus)
          ? given
          : await vscode.window.showQuickPick([...DIAL_STATUSES], { title: 'How the dialed call ends' })
      ) as DialStatus | undefined;
      if (status === undefined) return undefined;
      return copy(await phone.answer({ kind: 'dial', status }));
    },
    'twiml.conversation.record': async (raw): Promise<CallTurn> => {
      const seconds = Number(asObject(raw).seconds ?? 5);
      return copy(await phone.answer({ kind: 'record', seconds: Number.isFinite(seconds) ? seconds : 5 }));
    },
    'twiml.conversation.hangup': async (): Promise<CallTurn> => copy(await phone.answer({ kind: 'hangup' })),
    'twiml.conversation.clear': async (): Promise<void> => phone.clear(),
    'twiml.conversation.clearCookies': async (): Promise<number> => {
      const count = phone.clearCookies();
      void vscode.window.showInformationMessage(
        `TwiML: cleared ${count} cookie${count === 1 ? '' : 's'} of the conversation.`,
      );
      return count;
    },
    'twiml.conversation.saveScenario': async (raw): Promise<string | undefined> => {
      const path = text(asObject(raw).path);
      const uri = await controller.saveScenario(path ? vscode.Uri.file(path) : undefined);
      return uri?.toString();
    },
    'twiml.conversation.probeInjection': async (raw): Promise<ProbeReport> => {
      // The panel's route unless told another; hostile texts never enter the panel's conversation.
      const args = asObject(raw);
      const url = text(args.url) ?? (text(args.path) !== undefined ? urlForPath(text(args.path)!) : phone.settings.url);
      return copy(await probeRoute(deps, url, phone.settings));
    },
  };
  const context = deps.context;
  context.subscriptions.push(controller, registerAppStatusBar(controller));
  return { controller, commands };
}
