/**
 * `npm run fuzz`: runs the fuzz targets and prints, per target, cases run, failures (with seeds to
 * reproduce), worst and p99 time, peak heap. Exits 1 when any case failed.
 *   --target twiml|host|stdio|all   which target (default all: twiml and host; stdio only on request)
 *   --cases N                 cases per target (default 100,000 TwiML, 5,000 host, 10,000 stdio)
 *   --seed S                  first seed (default 1)
 *   --large-every K           stdio: every Kth case opens a large document (default 100; 0 never)
 * twiml: mutated TwiML documents through the TwiML service.
 * host: mutated host documents (code in nine languages, templates, SDK builder code, `.twiml`)
 * through every method of the host service.
 * stdio: the real server (`dist/server.js --stdio`, built by `npm run build`) driven with the same
 * mutators plus large documents; prints latency percentiles per request kind, diagnostics latency,
 * the worst answer and peak RSS (fuzz/stdioTarget.ts). Not part of `all`: it needs the built
 * server and takes minutes.
 */
import { createLanguageService } from '../server/src/languageService';
import { createHostLanguageService } from '../server/src/embedded/hostService';
import { loadCorpus } from './corpus';
import { loadHostCorpus } from './hostCorpus';
import { loadAllGrammars } from './hostLanguages';
import { makeHostCase } from './hostMutator';
import { checkHostInput, hostFailureReport, HOST_TIME_BOUND_MS } from './hostProperties';
import { makeCase } from './mutator';
import { checkInput, failureReport, TIME_BOUND_MS } from './properties';
import { repoRoot } from './corpus';
import { DEFAULT_LARGE_EVERY, printStdioResult, runStdioTarget } from './stdioTarget';
import * as path from 'node:path';

/** Default case counts: the host target runs every service method three times per case. */
export const DEFAULT_TWIML_CASES = 100_000;
export const DEFAULT_HOST_CASES = 5_000;
/** The stdio target's default: the 10,000 cases, under 10 minutes once the server bounds its work. */
export const DEFAULT_STDIO_CASES = 10_000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** What one case of a target gives the shared loop. */
interface Outcome {
  failure: string | undefined;
  ms: number;
  length: number;
  report: () => string;
}

/** Runs `cases` cases from `firstSeed` and prints the figures; returns the number of failures. */
async function runTarget(
  title: string,
  what: string,
  cases: number,
  firstSeed: number,
  runCase: (seed: number) => Outcome | Promise<Outcome>,
): Promise<number> {
  const times = new Float64Array(cases);
  let failures = 0,
    peakHeap = 0,
    worst = 0,
    worstSeed = firstSeed,
    worstLength = 0,
    totalLength = 0;
  const started = Date.now();
  const progressEvery = cases >= 50_000 ? 10_000 : 1_000;
  console.log(title);
  for (let i = 0; i < cases; i++) {
    const seed = firstSeed + i;
    const outcome = await runCase(seed);
    totalLength += outcome.length;
    times[i] = Number.isFinite(outcome.ms) ? outcome.ms : 0;
    if (outcome.ms > worst) {
      worst = outcome.ms;
      worstSeed = seed;
      worstLength = outcome.length;
    }
    if (outcome.failure) {
      failures++;
      if (failures <= 20) console.log(`FAIL ${outcome.report()}`);
    }
    if (i % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if ((i + 1) % progressEvery === 0)
      console.log(`  ${i + 1} cases, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const sorted = times.slice().sort();
  console.log('');
  console.log(
    `| cases run | failures | mean input | p50 ${what} | p99 ${what} | worst ${what} | peak heap used | wall time |`,
  );
  console.log(`|-----------|----------|------------|-----|-----|-------|----------------|-----------|`);
  console.log(
    `| ${cases} | ${failures} | ${(totalLength / Math.max(1, cases) / 1000).toFixed(1)} kB | ${quantile(sorted, 0.5).toFixed(2)} ms | ${quantile(sorted, 0.99).toFixed(2)} ms | ${worst.toFixed(1)} ms (seed ${worstSeed}, ${(worstLength / 1000).toFixed(1)} kB) | ${(peakHeap / 1048576).toFixed(0)} MB | ${((Date.now() - started) / 1000).toFixed(0)} s |`,
  );
  return failures;
}

async function twimlTarget(cases: number, firstSeed: number): Promise<number> {
  const { names, texts } = loadCorpus();
  const service = createLanguageService();
  const failures = await runTarget(
    `Fuzzing TwiML: ${cases} cases from seed ${firstSeed} over ${names.length} corpus documents (${names.join(', ')})`,
    'validation',
    cases,
    firstSeed,
    (seed) => {
      const fuzzCase = makeCase(seed, texts);
      const outcome = checkInput(service, fuzzCase.input);
      return {
        failure: outcome.failure,
        ms: outcome.validationMs,
        length: fuzzCase.input.length,
        report: () => failureReport(seed, fuzzCase.mutations, fuzzCase.input, outcome.failure ?? ''),
      };
    },
  );
  console.log(
    `\nProperties: never throws; same input → same JSON; validation ≤ ${TIME_BOUND_MS} ms up to 100 kB; a document the scanner vouches for is one xmldom accepts. Reproduce one case: node out/fuzz/index.js --target twiml --seed S --cases 1\n`,
  );
  return failures;
}

async function hostTarget(cases: number, firstSeed: number): Promise<number> {
  await loadAllGrammars();
  const corpus = loadHostCorpus();
  const service = createHostLanguageService();
  const failures = await runTarget(
    `Fuzzing hosts: ${cases} cases from seed ${firstSeed} over ${corpus.length} host documents (test/fixtures/embedded/ and the TwiML corpus)`,
    'analysis+validation',
    cases,
    firstSeed,
    async (seed) => {
      const fuzzCase = makeHostCase(seed, corpus);
      const outcome = await checkHostInput(service, fuzzCase.uri, fuzzCase.input, seed);
      return {
        failure: outcome.failure,
        ms: outcome.validationMs,
        length: fuzzCase.input.length,
        report: () => hostFailureReport(seed, fuzzCase.uri, fuzzCase.mutations, fuzzCase.input, outcome.failure ?? ''),
      };
    },
  );
  console.log(
    `\nProperties: every host service method, never throws; same JSON twice on one service and on a fresh one; ranges within the document; no private-use placeholder in any text; rules off stay off; fixes apply and re-validate; analysis+validation ≤ ${HOST_TIME_BOUND_MS} ms up to 100 kB. Reproduce one case: node out/fuzz/index.js --target host --seed S --cases 1\n`,
  );
  return failures;
}

async function main(): Promise<void> {
  const target = option('--target') ?? 'all';
  if (!['twiml', 'host', 'stdio', 'all'].includes(target))
    throw new Error(`--target must be twiml, host, stdio or all, not ${target}`);
  const casesOption = option('--cases');
  const firstSeed = Number(option('--seed') ?? 1);
  let failures = 0;
  if (target === 'stdio') {
    const result = await runStdioTarget({
      serverPath: path.join(repoRoot(), 'dist', 'server.js'),
      cases: casesOption ? Number(casesOption) : DEFAULT_STDIO_CASES,
      firstSeed,
      largeEvery: Number(option('--large-every') ?? DEFAULT_LARGE_EVERY),
      log: (line) => console.log(line),
    });
    printStdioResult(result, (line) => console.log(line));
    if (result.failures > 0) process.exitCode = 1;
    return;
  }
  if (target !== 'host')
    failures += await twimlTarget(casesOption ? Number(casesOption) : DEFAULT_TWIML_CASES, firstSeed);
  if (target !== 'twiml')
    failures += await hostTarget(casesOption ? Number(casesOption) : DEFAULT_HOST_CASES, firstSeed);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
