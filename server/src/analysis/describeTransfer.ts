/**
 * How a transfer of control reads in words, for the unreachable-verb diagnostics and the preview
 * alike: "the <Redirect> on line 4 takes control and continues at /next".
 */
import type { Transfer } from './interpreter';
import type { TwimlDocument } from './twimlDocument';

/** "the <Redirect> on line 4 takes control and continues at /next". */
export function describeTransfer(doc: TwimlDocument, transfer: Transfer): string {
  const line = doc.lineAt(transfer.verb.start) + 1;
  const target = transfer.url ? ` and continues at ${transfer.url}` : '';
  return `the <${transfer.verb.name}> on line ${line} takes control${target}`;
}
