/** Output formats of `twiml-lint`. Lines and columns are 1-based, as editors and CI show them. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { twilioErrorUrl } from '../data/errorCodes';
import { RULE_IDS, RULES, type RuleDefinition } from '../services/validation/ruleTable';

/** The diagnostics of one file. */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

/** `file:line:col severity code message`, one per line, then a summary line. */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  let errors = 0,
    warnings = 0;
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      if (d.severity === 1) errors++;
      if (d.severity === 2) warnings++;
      lines.push(
        `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${String(d.code)} ${d.message}`,
      );
    }
  }
  lines.push(
    `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}

/** A JSON array of files, each with its problems (1-based positions plus the LSP range). */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map(({ file, diagnostics }) => ({
      file,
      problems: diagnostics.map((d) => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY_NAMES[d.severity ?? 1],
        code: d.code,
        message: d.message,
        twilioCode: (d.data as { twilioCode?: number } | undefined)?.twilioCode,
        url: d.codeDescription?.href,
      })),
    })),
    null,
    2,
  );
}

/** `--list-rules`: one line per rule, `id  severity  Twilio-code  summary` in aligned columns. */
export function listRulesText(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  return RULE_IDS.map((id) => {
    const rule: RuleDefinition = RULES[id];
    return `${id.padEnd(width)}  ${rule.severity.padEnd(11)}  ${String(rule.twilioCode ?? '-').padEnd(5)}  ${rule.summary}`;
  }).join('\n');
}

/** `--list-rules --format json`: the rule table as an array. */
export function listRulesJson(): string {
  return JSON.stringify(
    RULE_IDS.map((id) => {
      const rule: RuleDefinition = RULES[id];
      return {
        id,
        severity: rule.severity,
        twilioCode: rule.twilioCode ?? null,
        summary: rule.summary,
        source: rule.source ?? null,
      };
    }),
    null,
    2,
  );
}

/** The README's rule table (between `<!-- rules:start -->` and `<!-- rules:end -->`), from the rule table. */
export function rulesMarkdown(): string {
  const rows = RULE_IDS.map((id) => {
    const rule: RuleDefinition = RULES[id];
    const code = rule.twilioCode ? `[${rule.twilioCode}](${twilioErrorUrl(rule.twilioCode)})` : '';
    return `| \`${id}\` | ${rule.severity} | ${code} | ${rule.summary.replace(/\|/g, '\\|')} | ${rule.source ? `[page](${rule.source})` : 'none: a TwiML Tools bug'} |`;
  });
  return ['| Rule | Default | Twilio | What it reports | Source |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
