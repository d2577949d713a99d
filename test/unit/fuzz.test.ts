import test from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { loadCorpus } from '../../fuzz/corpus';
import { makeCase } from '../../fuzz/mutator';
import { Prng } from '../../fuzz/prng';
import { checkInput, failureReport, TIME_BOUND_MS } from '../../fuzz/properties';
import { loadHostCorpus } from '../../fuzz/hostCorpus';
import { loadAllGrammars } from '../../fuzz/hostLanguages';
import { makeHostCase } from '../../fuzz/hostMutator';
import { checkHostInput, hostFailureReport, HOST_TIME_BOUND_MS } from '../../fuzz/hostProperties';
import { createHostLanguageService } from '../../server/src/embedded/hostService';

/** Seeds of this test; `npm run fuzz` starts at 1, so the two runs cover different cases. */
const FIRST_SEED = 900_001;
const CASES = 2_000;
/** Host cases run every host service method three times each: fewer of them. */
const HOST_CASES = 200;

test('the PRNG is deterministic and roughly uniform', () => {
  const a = new Prng(42),
    b = new Prng(42),
    c = new Prng(43);
  const seqA = Array.from({ length: 100 }, () => a.next());
  assert.deepEqual(
    seqA,
    Array.from({ length: 100 }, () => b.next()),
  );
  assert.notDeepEqual(
    seqA,
    Array.from({ length: 100 }, () => c.next()),
  );
  const buckets = new Array<number>(10).fill(0);
  const prng = new Prng(7);
  for (let i = 0; i < 10_000; i++) buckets[prng.int(10)]++;
  for (const count of buckets) assert.ok(count > 850 && count < 1150, `bucket count ${count}`);
});

test('the corpus holds messaging and voice seeds, valid and invalid', () => {
  const { names, texts } = loadCorpus();
  assert.ok(names.length >= 8, names.join(', '));
  const service = createLanguageService();
  const errorCounts = texts.map((text) => service.validateText(text).filter((d) => d.severity === 1).length);
  assert.ok(
    errorCounts.some((count) => count === 0),
    'at least one valid seed',
  );
  assert.ok(
    errorCounts.some((count) => count > 0),
    'at least one invalid seed',
  );
  assert.ok(texts.some((text) => text.includes('<Message')) && texts.some((text) => text.includes('<Say')));
});

test('the mutator is reproducible from the seed and varied', () => {
  const { texts } = loadCorpus();
  assert.deepEqual(makeCase(123, texts), makeCase(123, texts));
  const kinds = new Set<string>();
  const inputs = new Set<string>();
  for (let seed = 1; seed <= 500; seed++) {
    const fuzzCase = makeCase(seed, texts);
    inputs.add(fuzzCase.input);
    for (const label of fuzzCase.mutations) kinds.add(label.split(/[@:]/)[0]);
  }
  assert.ok(inputs.size > 480, `${inputs.size} distinct inputs of 500`);
  for (const kind of [
    'flip',
    'delete',
    'duplicate',
    'truncate',
    'tag',
    'attribute',
    'unicode',
    'nul-bom',
    'markup',
    'doctype',
    'nest',
    'entity',
    'splice',
    'rename',
  ]) {
    assert.ok(kinds.has(kind), `mutation ${kind} never chosen`);
  }
});

test(`${CASES} fuzz cases: no throw, deterministic, validation under ${TIME_BOUND_MS} ms`, () => {
  const { texts } = loadCorpus();
  const service = createLanguageService();
  const failures: string[] = [];
  let worst = 0,
    worstSeed = 0;
  for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
    const fuzzCase = makeCase(seed, texts);
    const outcome = checkInput(service, fuzzCase.input);
    if (outcome.validationMs > worst) {
      worst = outcome.validationMs;
      worstSeed = seed;
    }
    if (outcome.failure) failures.push(failureReport(seed, fuzzCase.mutations, fuzzCase.input, outcome.failure));
  }
  console.log(
    `fuzz: ${CASES} cases from seed ${FIRST_SEED}, ${failures.length} failures, worst validation ${worst.toFixed(1)} ms (seed ${worstSeed})`,
  );
  assert.equal(
    failures.length,
    0,
    `${failures.length} failing cases; first ones:\n${failures.slice(0, 3).join('\n\n')}\nReproduce: node out/fuzz/index.js --seed SEED --cases 1`,
  );
  assert.ok(worst < TIME_BOUND_MS, `worst validation ${worst.toFixed(1)} ms (seed ${worstSeed})`);
});

test('the host corpus holds every embedded fixture and the TwiML seeds; the host mutator is reproducible and varied', () => {
  const corpus = loadHostCorpus();
  for (const name of [
    'flask_app.py',
    'webhook.php',
    'handler.go.txt',
    'templates/reply.xml.erb',
    'sdk/esm_handler.ts.txt',
    'appends/LoopBuild.cs.txt',
  ]) {
    assert.ok(
      corpus.some((host) => host.name === name),
      name,
    );
  }
  assert.ok(corpus.some((host) => host.uri.endsWith('.twiml')));
  assert.ok(
    corpus.every((host) => !host.uri.endsWith('.txt')),
    'the host kind comes from the name before .txt',
  );
  assert.deepEqual(makeHostCase(123, corpus), makeHostCase(123, corpus));
  const kinds = new Set<string>();
  const inputs = new Set<string>();
  for (let seed = 1; seed <= 500; seed++) {
    const fuzzCase = makeHostCase(seed, corpus);
    inputs.add(fuzzCase.input);
    for (const label of fuzzCase.mutations) kinds.add(label.split(/[@:]/)[0]);
  }
  assert.ok(inputs.size > 480, `${inputs.size} distinct inputs of 500`);
  for (const kind of [
    'as',
    'host-insert',
    'host-unquote',
    'host-newline',
    'host-cut-lines',
    'host-dup-lines',
    'host-move-lines',
    'host-requote',
    'host-splice',
    'host-wrap',
    'flip',
    'tag',
    'unicode',
  ]) {
    assert.ok(kinds.has(kind), `mutation ${kind} never chosen`);
  }
});

test(`${HOST_CASES} host fuzz cases through every host service method: no throw, deterministic, ranges in the document, no placeholder leaks`, async () => {
  await loadAllGrammars();
  const corpus = loadHostCorpus();
  const service = createHostLanguageService();
  const failures: string[] = [];
  let worst = 0,
    worstSeed = 0;
  for (let seed = FIRST_SEED; seed < FIRST_SEED + HOST_CASES; seed++) {
    const fuzzCase = makeHostCase(seed, corpus);
    const outcome = await checkHostInput(service, fuzzCase.uri, fuzzCase.input, seed);
    if (outcome.validationMs > worst) {
      worst = outcome.validationMs;
      worstSeed = seed;
    }
    if (outcome.failure)
      failures.push(hostFailureReport(seed, fuzzCase.uri, fuzzCase.mutations, fuzzCase.input, outcome.failure));
  }
  console.log(
    `host fuzz: ${HOST_CASES} cases from seed ${FIRST_SEED}, ${failures.length} failures, worst analysis+validation ${worst.toFixed(1)} ms (seed ${worstSeed})`,
  );
  assert.equal(
    failures.length,
    0,
    `${failures.length} failing cases; first ones:\n${failures.slice(0, 3).join('\n\n')}\nReproduce: node out/fuzz/index.js --target host --seed SEED --cases 1`,
  );
  assert.ok(worst < HOST_TIME_BOUND_MS, `worst analysis+validation ${worst.toFixed(1)} ms (seed ${worstSeed})`);
});
