/**
 * The status bar item of the Conversation: the app's URL and whether it answers (a TCP probe every
 * few seconds, only while the item shows); a click opens the panel. It shows while the panel is
 * open or the active editor holds TwiML or Twilio code, so it does not sit in every window.
 */
import * as vscode from 'vscode';
import type { AppStatus } from '../../../shared/conversationMessages';
import { isPreviewable, isTwilioCode } from '../embeddedTwiml';
import { probeApp } from './appStatus';
import type { ConversationController } from './panel';

const PROBE_INTERVAL_MS = 5000;

/** True when `document` is where a user talks to Twilio: TwiML, or host code that mentions twilio. */
function isTwilioWork(document: vscode.TextDocument | undefined): boolean {
  return document !== undefined && (isPreviewable(document) || isTwilioCode(document));
}

/** Creates the item; dispose it with the extension. */
export function registerAppStatusBar(controller: ConversationController): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('twiml.app', vscode.StatusBarAlignment.Right, 100);
  item.name = 'TwiML App';
  item.command = { command: 'twiml.conversation.open', title: 'Open the Conversation', arguments: [{}] };
  let status: AppStatus = 'unknown';
  let timer: NodeJS.Timeout | undefined;

  const render = (): void => {
    let host = controller.url;
    try {
      host = new URL(controller.url).host;
    } catch {
      // shown as written
    }
    const icon = status === 'up' ? '$(radio-tower)' : status === 'down' ? '$(debug-disconnect)' : '$(loading~spin)';
    item.text = `${icon} ${host}`;
    item.tooltip = new vscode.MarkdownString(
      `${status === 'up' ? 'Your app answers' : status === 'down' ? 'Nothing answers' : 'Checking'} at \`${controller.url}\`.\n\nClick to open the Conversation: text or call it as Twilio would.`,
    );
    item.backgroundColor = status === 'down' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  };
  const probe = async (): Promise<void> => {
    status = await probeApp(controller.url);
    controller.setAppStatus(status);
    render();
  };
  const update = (): void => {
    const show = controller.isOpen || isTwilioWork(vscode.window.activeTextEditor?.document);
    if (show) {
      render();
      item.show();
      if (!timer) {
        void probe();
        timer = setInterval(() => void probe(), PROBE_INTERVAL_MS);
      }
    } else {
      item.hide();
      if (timer) clearInterval(timer);
      timer = undefined;
    }
  };
  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeWindowState(update),
    controller.onUrlChange(() => {
      status = 'unknown';
      void probe();
    }),
    controller.onVisibilityChange(update),
  ];
  update();
  return new vscode.Disposable(() => {
    if (timer) clearInterval(timer);
    for (const subscription of subscriptions) subscription.dispose();
  });
}
