/**
 * Text for the signature features: what Twilio signed next to what the app received, the
 * diagnosis of a rejected replay, and the verdict of a signature check. Used by `twiml-sim` and
 * by the VS Code output channel.
 */
import type { CheckSignatureResult } from './checkSignature';
import type { SignatureDiagnosis } from './diagnose';
import type { SignatureReport } from './replay';

function pad(label: string): string {
  return `  ${label.padEnd(22)}`;
}

/** A rejected request: the signed side, then the received side. */
export function formatSignatureReport(report: SignatureReport): string {
  const { signed, received } = report;
  const lines = ['What Twilio signed:'];
  lines.push(`${pad('URL')}${signed.url}`);
  if (signed.params.length === 0)
    lines.push(`${pad('parameters')}(none appended${/\?/.test(signed.url) ? '; GET parameters are in the URL' : ''})`);
  else
    lines.push(`${pad('parameters (sorted)')}${signed.params.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`);
  lines.push(`${pad('string signed')}${JSON.stringify(signed.payload)}`);
  lines.push(`${pad('X-Twilio-Signature')}${signed.signature}`);
  lines.push('What your app received:');
  lines.push(`${pad('URL')}${received.url}`);
  lines.push(`${pad('Host')}${received.host}`);
  for (const [name, value] of Object.entries(received.forwarded))
    if (name !== 'Host') lines.push(`${pad(name)}${value}`);
  if (Object.keys(received.forwarded).length === 0) lines.push(`${pad('forwarding headers')}(none)`);
  return lines.join('\n');
}

/** The diagnosis: each variant tried with its status, then the advice. */
export function formatDiagnosis(diagnosis: SignatureDiagnosis): string {
  const lines = [
    `Signature diagnosis (${diagnosis.tried.length} request${diagnosis.tried.length === 1 ? '' : 's'} sent):`,
  ];
  for (const tried of diagnosis.tried) {
    const status = tried.status === null ? '---' : String(tried.status);
    lines.push(`  ${status}  ${tried.url}  (${tried.label})${tried.accepted ? '  ← accepted' : ''}`);
  }
  lines.push(diagnosis.advice);
  return lines.join('\n');
}

/** The verdict of a signature check. */
export function formatCheck(result: CheckSignatureResult): string {
  const lines = [result.message];
  lines.push(`${pad('URL')}${result.expected.url}`);
  if (result.expected.params.length > 0)
    lines.push(
      `${pad('parameters (sorted)')}${result.expected.params.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`,
    );
  lines.push(`${pad('string signed')}${JSON.stringify(result.expected.payload)}`);
  lines.push(`${pad('expected signature')}${result.expected.signature}`);
  if (result.bodyHash !== undefined)
    lines.push(
      `${pad('body SHA-256')}${result.bodyHash}${result.bodyHashMatches ? ' (matches bodySHA256)' : ' (differs from bodySHA256)'}`,
    );
  if (!result.valid && result.matched)
    lines.push(`${pad('matching variant')}${result.matched.url} (${result.matched.label})`);
  if (!result.valid && !result.matched) lines.push(`${pad('variants tried')}${result.tried.length}`);
  return lines.join('\n');
}
