/**
 * "Conversation: Probe This Route for TwiML Injection": runs the injection probe of `twiml-sim
 * --probe-injection` (webhook/src/sim/probeInjection.ts) on the panel's route with the panel's
 * Auth Token, method and numbers, judged by the language server, and shows the report in the
 * TwiML output and the verdict in a notification.
 */
import * as vscode from 'vscode';
import type { PhoneSettings } from '../../../shared/conversationMessages';
import { formatProbeReport } from '../../../webhook/src/sim/formatProbe';
import { probeInjection, type ProbeReport } from '../../../webhook/src/sim/probeInjection';
import { getAuthToken } from '../commands/authToken';
import { replayAccountSid, replayTimeoutMs } from '../settings';
import type { ConversationDeps } from './panel';

/** Probes `url` and tells the user; resolves to the report (the shape of `twiml-sim --probe-injection --json`). */
export async function probeRoute(
  deps: Pick<ConversationDeps, 'context' | 'output' | 'reader'>,
  url: string,
  settings: Pick<PhoneSettings, 'method' | 'from' | 'to'>,
): Promise<ProbeReport> {
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `TwiML: probing ${url} for TwiML injection` },
    async () =>
      probeInjection({
        url,
        reader: deps.reader,
        method: settings.method,
        from: settings.from,
        to: settings.to,
        authToken: await getAuthToken(deps.context),
        accountSid: replayAccountSid(vscode.workspace),
        timeoutMs: replayTimeoutMs(vscode.workspace),
      }),
  );
  deps.output.appendLine(formatProbeReport(report));
  const show = 'Show report';
  const path = new URL(url).pathname;
  // Not awaited: the command answers with the report at once, whatever the user does with the toast.
  const shown =
    'failure' in report
      ? vscode.window.showWarningMessage(`TwiML: cannot probe ${path}: ${report.failure.message}`, show)
      : report.vulnerable
        ? vscode.window.showWarningMessage(`TwiML: ${path} is open to TwiML injection: ${summary(report)}`, show)
        : vscode.window.showInformationMessage(`TwiML: ${path} escaped every hostile message.`, show);
  void shown.then((choice) => {
    if (choice === show) deps.output.show(true);
  });
  return report;
}

/** "3 replies break (12100), 1 gains <Redirect>". */
function summary(report: Extract<ProbeReport, { vulnerable: boolean }>): string {
  const broken = report.probes.filter((p) => p.verdict === 'breaks');
  const injected = report.probes.filter((p) => p.verdict === 'injected');
  const codes = [...new Set(broken.map((p) => p.code).filter((c) => c !== undefined))].join(', ');
  const added = [...new Set(injected.flatMap((p) => p.added))].map((name) => `<${name}>`).join(', ');
  return [
    broken.length > 0 ? `${broken.length} ${broken.length === 1 ? 'reply breaks' : 'replies break'} (${codes})` : '',
    injected.length > 0 ? `${injected.length} ${injected.length === 1 ? 'gains' : 'gain'} ${added}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
