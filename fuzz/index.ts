/**
 * `npm run fuzz`: runs 100,000 seeded cases (or `--cases N`, `--seed S` for the first seed) and
 * prints cases run, failures (with seeds to reproduce), worst and p99 validation time, peak heap.
 * Exits 1 when any case failed.
 */
import { createLanguageService } from '../server/src/languageService';
import { loadCorpus } from './corpus';
import { makeCase } from './mutator';
import { checkInput, failureReport, TIME_BOUND_MS } from './properties';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function main(): void {
  const cases = option('--cases', 100_000);
  const firstSeed = option('--seed', 1);
  const { names, texts } = loadCorpus();
  const service = createLanguageService();
  const times = new Float64Array(cases);
  const failures: string[] = [];
  let peakHeap = 0, worst = 0, worstSeed = firstSeed, worstLength = 0, totalLength = 0;
  const started = Date.now();
  console.log(`Fuzzing ${cases} cases from seed ${firstSeed} over ${names.length} corpus documents (${names.join(', ')})`);
  for (let i = 0; i < cases; i++) {
    const seed = firstSeed + i;
    const fuzzCase = makeCase(seed, texts);
    totalLength += fuzzCase.input.length;
    const outcome = checkInput(service, fuzzCase.input);
    times[i] = Number.isFinite(outcome.validationMs) ? outcome.validationMs : 0;
    if (outcome.validationMs > worst) { worst = outcome.validationMs; worstSeed = seed; worstLength = fuzzCase.input.length; }
    if (outcome.failure) {
      failures.push(failureReport(seed, fuzzCase.mutations, fuzzCase.input, outcome.failure));
      if (failures.length <= 20) console.log(`FAIL ${failures[failures.length - 1]}`);
    }
    if (i % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if ((i + 1) % 10_000 === 0) console.log(`  ${i + 1} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const sorted = times.slice().sort();
  console.log('');
  console.log(`| cases run | failures | mean input | p50 validation | p99 validation | worst validation | peak heap used | wall time |`);
  console.log(`|-----------|----------|------------|----------------|----------------|------------------|----------------|-----------|`);
  console.log(`| ${cases} | ${failures.length} | ${(totalLength / cases / 1000).toFixed(1)} kB | ${quantile(sorted, 0.5).toFixed(2)} ms | ${quantile(sorted, 0.99).toFixed(2)} ms | ${worst.toFixed(1)} ms (seed ${worstSeed}, ${(worstLength / 1000).toFixed(1)} kB) | ${(peakHeap / 1048576).toFixed(0)} MB | ${((Date.now() - started) / 1000).toFixed(0)} s |`);
  console.log(`\nProperties: never throws; same input → same JSON; validation ≤ ${TIME_BOUND_MS} ms up to 100 kB. Reproduce one case: node out/fuzz/index.js --seed S --cases 1`);
  if (failures.length > 0) process.exitCode = 1;
}

main();
