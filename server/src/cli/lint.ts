/**
 * `twiml-lint`: validates TwiML from the command line or CI: `.twiml`/`.xml` files, templates
 * and program code with TwiML in its string literals (reported in the host file's lines).
 *   twiml-lint [--format text|json] [--dialect auto|messaging|voice] [--rule id=level]... <files, directories or globs...>
 *   twiml-lint --list-rules [--format json]
 * Prints `file:line:col severity code message` (or JSON), exits 1 when any error is found,
 * 2 on bad usage or unreadable files, 0 otherwise. A source file without TwiML is no error.
 */
import { normalizeSettings, type TwimlSettings } from '../../../shared/settings';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService, type HostLanguageService } from '../embedded/hostService';
import type { HostAnalysis } from '../embedded/hostAnalysis';
import { TwimlrcLookup } from '../config/twimlrc';
import { expandGlobs } from './expandGlobs';
import { formatJson, formatText, listRulesJson, listRulesText, type FileResult } from './formatters';
import { parseArgs, USAGE } from './lintArgs';
import { FailureLog } from '../runSafe';

/** Runs the linter; returns the process exit code. Output goes through the given writers. */
export async function runLint(
  argv: string[],
  cwd: string,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const options = parseArgs(argv);
  if ('error' in options) {
    err(`${options.error}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    out(USAGE);
    return 0;
  }
  if (options.listRules) {
    out(options.format === 'json' ? listRulesJson() : listRulesText());
    return 0;
  }
  const { files, unmatched } = expandGlobs(options.patterns, cwd);
  for (const pattern of unmatched) err(`twiml-lint: no files match ${pattern}`);
  // Our own bugs show as `internal-error` in the report; their stacks go to stderr, once each.
  const failures = new FailureLog(err);
  const service = createHostLanguageService({ onFailure: (failure) => failures.report(failure) });
  const results: FileResult[] = [];
  let unreadable = false;
  // One lookup per run: every file's directory is read once.
  const twimlrc = new TwimlrcLookup(Number.POSITIVE_INFINITY);
  const reported = new Set<string>();
  let badConfig = false;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      err(`twiml-lint: cannot read ${file}: ${(error as Error).message}`);
      unreadable = true;
      continue;
    }
    // No language id: the host kind comes from the extension, as for an editor we do not know.
    const document = TextDocument.create(`file://${file}`, '', 0, text);
    const rc = twimlrc.rulesFor(path.resolve(cwd, file));
    if (rc.error && !reported.has(rc.error)) {
      reported.add(rc.error);
      err(`twiml-lint: ${rc.error}`);
      badConfig = true;
    }
    // --rule wins over the file, as ESLint's --rule does over its config.
    // The command line shows every finding: no per-document cap as in the editor.
    const settings = normalizeSettings({
      dialect: options.dialect,
      maxDiagnostics: 10_000,
      rules: { ...rc.rules, ...options.rules },
    });
    const analysis = await analyzeLoaded(service, document, settings);
    const diagnostics: Diagnostic[] = service.doValidation(document, analysis, settings);
    service.forget(document.uri);
    results.push({ file, diagnostics: diagnostics.filter((d) => d.code !== 'unreachable-code') });
  }
  out(options.format === 'json' ? formatJson(results) : formatText(results));
  if (results.some((result) => result.diagnostics.some((d) => d.severity === 1))) return 1;
  return unreadable || badConfig || unmatched.length > 0 || files.length === 0 ? 2 : 0;
}

/** Analyses a document, waiting for its host language's grammar when it is still loading. */
async function analyzeLoaded(
  service: HostLanguageService,
  document: TextDocument,
  settings: TwimlSettings,
): Promise<HostAnalysis> {
  let analysis = service.analyze(document, settings);
  if (analysis.pending) {
    await analysis.pending;
    analysis = service.analyze(document, settings);
  }
  return analysis;
}

if (require.main === module) {
  void runLint(
    process.argv.slice(2),
    process.cwd(),
    (text) => {
      if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    (text) => process.stderr.write(`${text}\n`),
  ).then((code) => {
    process.exitCode = code;
  });
}
