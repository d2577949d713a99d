/**
 * `.twimlrc.json`: rule levels for a project, found upward from the file being checked (the
 * nearest one wins, as ESLint's `.eslintrc` used to). Its shape is `{ "rules": { "<rule-id>":
 * "off" | "error" | "warning" | "information" | "hint" } }`. The server and `twiml-lint` both read
 * it here and pass the rules on as settings; the validation itself never touches the file system.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const TWIMLRC = '.twimlrc.json';

/** What was found for one file. */
export interface RcResult {
  /** The rule levels; empty when there is no file. */
  rules: Record<string, string>;
  /** The file the rules come from. */
  file?: string;
  /** Set when the file exists but cannot be used (bad JSON, wrong shape). */
  error?: string;
}

/** Parses the text of a `.twimlrc.json`. */
export function parseTwimlrc(text: string, file = TWIMLRC): RcResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rules: {}, file, error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { rules: {}, file, error: `${file} must hold a JSON object such as { "rules": { "say-empty": "off" } }` };
  const rules = (json as { rules?: unknown }).rules;
  if (rules === undefined) return { rules: {}, file };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
    return { rules: {}, file, error: `"rules" in ${file} must be an object of rule ids and levels` };
  const out: Record<string, string> = {};
  // Non-string levels are passed on as text, so the validation reports them like any bad level.
  for (const [id, level] of Object.entries(rules as Record<string, unknown>))
    out[id] = typeof level === 'string' ? level : JSON.stringify(level);
  return { rules: out, file };
}

/**
 * Finds and reads the `.twimlrc.json` nearest to `filePath`, with a cache per directory that is
 * re-checked at most every `recheckMs`: the server validates on every keystroke, and an edited
 * file is picked up within that time (or at once, when the client reports the change).
 */
export class TwimlrcLookup {
  private readonly directories = new Map<
    string,
    { checkedAt: number; file: string | undefined; mtimeMs: number; result: RcResult }
  >();

  constructor(
    private readonly recheckMs = 2000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The rules that apply to `filePath` (an absolute path). */
  rulesFor(filePath: string): RcResult {
    let directory = path.dirname(path.resolve(filePath));
    for (;;) {
      const found = this.inDirectory(directory);
      if (found) return found;
      const parent = path.dirname(directory);
      if (parent === directory) return { rules: {} };
      directory = parent;
    }
  }

  /** Forgets everything (a watched `.twimlrc.json` changed). */
  clear(): void {
    this.directories.clear();
  }

  private inDirectory(directory: string): RcResult | undefined {
    const cached = this.directories.get(directory);
    const now = this.now();
    if (cached && now - cached.checkedAt < this.recheckMs) return cached.file ? cached.result : undefined;
    const file = path.join(directory, TWIMLRC);
    let mtimeMs: number;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      mtimeMs = stat.mtimeMs;
    } catch {
      this.directories.set(directory, { checkedAt: now, file: undefined, mtimeMs: 0, result: { rules: {} } });
      return undefined;
    }
    if (cached?.file === file && cached.mtimeMs === mtimeMs) {
      cached.checkedAt = now;
      return cached.result;
    }
    let result: RcResult;
    try {
      result = parseTwimlrc(fs.readFileSync(file, 'utf8'), file);
    } catch (error) {
      result = { rules: {}, file, error: `cannot read ${file}: ${(error as Error).message}` };
    }
    this.directories.set(directory, { checkedAt: now, file, mtimeMs, result });
    return result;
  }
}
