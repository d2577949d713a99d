/** The injection probe's report as `twiml-sim --probe-injection` prints it. */
import type { ProbeReport, ProbeVerdict } from './probeInjection';

const tag = (name: string): string => `<${name}>`;

/** One hostile message's line: what was sent and what it did. */
export function formatVerdict(probe: ProbeVerdict): string {
  const sent = JSON.stringify(probe.body);
  if (probe.verdict === 'breaks') {
    const code = probe.code === undefined ? '' : `${probe.code} `;
    return `  breaks    ${sent}\n            ${code}${probe.detail ?? probe.title ?? ''}`;
  }
  if (probe.verdict === 'injected') {
    const added = probe.added.map((name) =>
      name === 'Redirect' && probe.redirectTo ? `${tag(name)} to ${probe.redirectTo}` : tag(name),
    );
    const parts = [
      added.length > 0 ? `added ${added.join(', ')}` : '',
      probe.removed.length > 0 ? `removed ${probe.removed.map(tag).join(', ')}` : '',
    ].filter(Boolean);
    return `  injected  ${sent}\n            the texter ${parts.join(' and ')}`;
  }
  return `  safe      ${sent}${probe.echoed ? ' (echoed as text)' : ''}`;
}

/** The whole report; the last line says whether the route is vulnerable and what to do. */
export function formatProbeReport(report: ProbeReport): string {
  if ('failure' in report) return `Cannot probe ${report.url}: ${report.failure.message}`;
  const lines = [
    `Probing ${report.url} for TwiML injection: ${report.probes.length + 1} messages, each a new conversation; no <Redirect> is followed.`,
    `  benign    ${JSON.stringify(report.benign.body)}: ${report.benign.elements.map(tag).join('') || 'an empty reply'}`,
    ...report.probes.map(formatVerdict),
  ];
  if (report.vulnerable) {
    lines.push(
      "Vulnerable: the reply writes the texter's Body into TwiML unescaped. Escape it (Python html.escape, an escape function in JavaScript) or build the reply with the Twilio helper library.",
    );
  } else lines.push("Safe: every hostile message left the reply's TwiML as it was.");
  return lines.join('\n');
}
