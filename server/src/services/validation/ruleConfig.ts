/**
 * Rules users can tune, with ESLint's habits. Pure: it reads only the analysed document (its XML
 * comments, in its own offsets, and `doc.lineAt` for lines) and the rule levels passed in, which
 * the caller has merged from the `twiml.rules` setting, a `.twimlrc.json` and `--rule` flags.
 *
 * - Levels: `{ "<rule-id>": "off" | "error" | "warning" | "information" | "hint" }`.
 * - Inline comments in the TwiML:
 *   `<!-- twiml-disable-next-line RULE[, RULE] -->` silences the line after the comment;
 *   `<!-- twiml-disable RULE -->` … `<!-- twiml-enable RULE -->` silences a region;
 *   with no rule named, all rules.
 * - An unknown rule id or level in any of them is itself reported (`unknown-rule`, a Warning that
 *   names the valid ids).
 * - Each diagnostic offers "Disable RULE for this line", which writes the comment above its line.
 */
import { computeLineStarts, lineOf } from '../../parser/xmldomJudge';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import { suggest } from '../../data/schemaIndex';
import type { XmlComment, XmlNode } from '../../parser/xmlModel';
import type { Finding, FixProposal } from './finding';
import { isRuleId, RULE_IDS, type RuleId, type RuleLevel } from './ruleTable';

/** Rule levels as users write them: unknown ids and levels are reported, not trusted. */
export type RuleLevels = Readonly<Record<string, string>>;

const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

/**
 * Findings that never get a "disable" fix: companions and summaries of other findings, the
 * finding about a directive itself (which no directive silences), and our own failures (turned
 * off in the settings, not per line).
 */
export const NO_DISABLE_FIX: ReadonlySet<string> = new Set<RuleId>([
  'unreachable-code',
  'too-many-diagnostics',
  'unknown-rule',
  'internal-error',
]);

/** One inline directive: what it silences, from where to where (offsets). */
interface Suppression {
  /** undefined: every rule. */
  rules: ReadonlySet<RuleId> | undefined;
  /** Lines silenced by disable-next-line, or an offset region for disable/enable. */
  line?: number;
  start?: number;
  end?: number;
}

const DIRECTIVE = /^\s*twiml-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Every comment of the document, in document order. */
export function commentsOf(doc: TwimlDocument): XmlComment[] {
  const comments: XmlComment[] = [];
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) if (node.type === 'comment') comments.push(node);
  };
  visit(doc.xml.children);
  for (const element of doc.elements) visit(element.children);
  return comments.sort((a, b) => a.start - b.start);
}

/**
 * Applies the levels and the inline comments to the findings: drops what is off or silenced,
 * sets the severity a level asks for, and adds the findings about unknown rule ids.
 */
export function applyRuleConfig(
  doc: TwimlDocument,
  findings: readonly Finding[],
  levels: RuleLevels | undefined,
): Finding[] {
  const out: Finding[] = [];
  const problems: Finding[] = [];
  const resolved = resolveLevels(levels, problems);
  const suppressions = readDirectives(doc, problems);
  for (const finding of [...findings, ...problems]) {
    const level = resolved.get(finding.rule);
    if (level === 'off') continue;
    if (suppressions.length && isSuppressed(doc, finding, suppressions)) continue;
    out.push(level ? { ...finding, severity: level } : finding);
  }
  return out;
}

/**
 * Applies only the levels (no inline comments): for findings made outside a TwiML document, such
 * as the SDK builder calls of a host file. Unknown ids are reported by the TwiML parts' pass.
 */
export function applyLevels(findings: readonly Finding[], levels: RuleLevels | undefined): Finding[] {
  const resolved = resolveLevels(levels, []);
  const out: Finding[] = [];
  for (const finding of findings) {
    const level = resolved.get(finding.rule);
    if (level !== 'off') out.push(level ? { ...finding, severity: level } : finding);
  }
  return out;
}

function resolveLevels(levels: RuleLevels | undefined, problems: Finding[]): Map<RuleId, RuleLevel> {
  const resolved = new Map<RuleId, RuleLevel>();
  if (!levels) return resolved;
  for (const [id, level] of Object.entries(levels)) {
    if (!isRuleId(id)) {
      problems.push(
        unknownRule(id, { start: 0, end: 0 }, 'in the rule settings (twiml.rules, .twimlrc.json or --rule)'),
      );
      continue;
    }
    const normalized = typeof level === 'string' ? normalizeLevel(level) : undefined;
    if (!normalized) {
      problems.push({
        rule: 'unknown-rule',
        range: { start: 0, end: 0 },
        message: `The rule settings set ${id} to ${JSON.stringify(level)}; use one of ${LEVELS.join(', ')}.`,
      });
      continue;
    }
    resolved.set(id, normalized);
  }
  return resolved;
}

/** `warn` and `info` as ESLint and VS Code users write them; the rest as listed. */
export function normalizeLevel(level: string): RuleLevel | undefined {
  const lower = level.trim().toLowerCase();
  if (lower === 'warn') return 'warning';
  if (lower === 'info') return 'information';
  return (LEVELS as readonly string[]).includes(lower) ? (lower as RuleLevel) : undefined;
}

function unknownRule(id: string, range: { start: number; end: number }, where: string): Finding {
  return { rule: 'unknown-rule', range, message: unknownRuleMessage(id, where) };
}

/** "There is no TwiML rule "x" in this comment. Did you mean …? Rules: …", for every place ids are read. */
export function unknownRuleMessage(id: string, where: string): string {
  const guesses = suggest(id, RULE_IDS);
  return `There is no TwiML rule "${id}" ${where}.${guesses.length ? ` Did you mean "${guesses[0]}"?` : ''} Rules: ${RULE_IDS.join(', ')}.`;
}

/** The rule ids after a directive, comma- or space-separated; ESLint allows a "-- reason" after them. */
export function directiveRuleIds(text: string): string[] {
  return text
    .split(/\s--\s/)[0]
    .split(/[\s,]+/)
    .filter((id) => id !== '');
}

function readDirectives(doc: TwimlDocument, problems: Finding[]): Suppression[] {
  const suppressions: Suppression[] = [];
  /** Open regions: per rule id, and `*` for all rules. */
  const open = new Map<RuleId | '*', number>();
  for (const comment of commentsOf(doc)) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const [, kind, rest] = match;
    const rules = parseRuleList(rest, comment, problems);
    if (rules === null) continue;
    if (kind === 'disable-next-line') {
      suppressions.push({ rules, line: doc.lineAt(comment.end) + 1 });
    } else if (kind === 'disable') {
      for (const id of rules ?? ['*' as const]) if (!open.has(id)) open.set(id, comment.end);
    } else {
      for (const id of rules ?? [...open.keys()]) {
        const start = open.get(id);
        if (start === undefined) continue;
        open.delete(id);
        suppressions.push({ rules: id === '*' ? undefined : new Set([id]), start, end: comment.start });
      }
    }
  }
  for (const [id, start] of open)
    suppressions.push({ rules: id === '*' ? undefined : new Set([id]), start, end: Number.MAX_SAFE_INTEGER });
  return suppressions;
}

/**
 * The rule ids after a directive, comma- or space-separated; undefined for "all rules"; null
 * when ids were named but none is known (each unknown one is reported; nothing is silenced).
 */
function parseRuleList(text: string, comment: XmlComment, problems: Finding[]): ReadonlySet<RuleId> | undefined | null {
  const ids = directiveRuleIds(text);
  if (ids.length === 0) return undefined;
  const known = new Set<RuleId>();
  for (const id of ids) {
    if (isRuleId(id)) known.add(id);
    else problems.push(unknownRule(id, { start: comment.start, end: comment.end }, 'in this comment'));
  }
  return known.size ? known : null;
}

function isSuppressed(doc: TwimlDocument, finding: Finding, suppressions: readonly Suppression[]): boolean {
  // A finding about a directive itself is never silenced by another one.
  if (finding.rule === 'unknown-rule') return false;
  let line: number | undefined;
  for (const suppression of suppressions) {
    if (suppression.rules && !suppression.rules.has(finding.rule)) continue;
    if (suppression.line !== undefined) {
      line ??= doc.lineAt(finding.range.start);
      if (line === suppression.line) return true;
    } else if (
      suppression.start !== undefined &&
      suppression.end !== undefined &&
      finding.range.start >= suppression.start &&
      finding.range.start < suppression.end
    ) {
      return true;
    }
  }
  return false;
}

/**
 * "Disable RULE for this line": writes `<!-- twiml-disable-next-line RULE -->` above the line the
 * finding starts on, with the line's indentation. Not offered where a comment cannot go without
 * breaking the document: inside a start tag (an attribute on a continuation line), inside a
 * comment, or before the XML declaration. The lookups are built once per document, on first use.
 */
export function disableFixer(doc: TwimlDocument): (finding: Finding) => FixProposal | undefined {
  let inStartTag: ((offset: number) => boolean) | undefined;
  let comments: XmlComment[] | undefined;
  let lineStarts: number[] | undefined;
  return (finding) => {
    if (NO_DISABLE_FIX.has(finding.rule)) return undefined;
    const text = doc.xml.text;
    // Line starts indexed once: scanning back per finding is quadratic on a one-line document.
    lineStarts ??= computeLineStarts(text);
    const lineStart = lineStarts[lineOf(Math.min(finding.range.start, text.length), lineStarts)] ?? 0;
    let at = lineStart;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    const declaration = doc.xml.declaration;
    if (declaration && at < declaration.end) return undefined;
    if ((inStartTag ??= startTagLookup(doc))(at)) return undefined;
    if ((comments ??= commentsOf(doc)).some((comment) => comment.start < at && at < comment.end)) return undefined;
    const indent = text.slice(lineStart, at);
    return {
      title: `Disable ${finding.rule} for this line`,
      edits: [
        { range: { start: at, end: at }, newText: `<!-- twiml-disable-next-line ${finding.rule} -->\n${indent}` },
      ],
    };
  };
}

/**
 * A test for "this offset is inside a start tag": start tags never overlap and come in document
 * order, so a binary search over the elements finds the only candidate.
 */
function startTagLookup(doc: TwimlDocument): (offset: number) => boolean {
  const elements = doc.elements;
  return (offset) => {
    let low = 0,
      high = elements.length - 1,
      found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (elements[middle].start < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && offset < elements[found].startTagEnd;
  };
}
