/**
 * The stdio fuzzer's own parts, on small instances: the large-document generators (size,
 * well-formedness where intended, one line where promised) and the latency bookkeeping.
 * The fuzzer itself drives the real server and runs from `npm run fuzz -- --target stdio`.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { judgeWithXmldom } from '../../server/src/parser/xmldomJudge';
import {
  attributeFlood,
  deepNesting,
  entityBomb,
  largePhp,
  largePython,
  largeTwiml,
  LARGE_DOCUMENTS,
  minifiedJs,
  pauseFlood,
  pythonLiterals,
} from '../../fuzz/largeDocuments';
import { LatencyBook, percentile, describeAnswer, formatLength } from '../../fuzz/latencyBook';

const near = (actual: number, target: number, slack: number): boolean => actual >= target && actual <= target + slack;

test('sized generators reach their size without overshooting by more than one unit', () => {
  for (const [name, make, unit] of [
    ['pauseFlood', pauseFlood, 20],
    ['largeTwiml', largeTwiml, 2_000],
    ['largePython', largePython, 400],
    ['largePhp', largePhp, 400],
    ['minifiedJs', minifiedJs, 200],
  ] as const) {
    const text = make(50_000);
    assert.ok(near(text.length, 50_000, unit), `${name}: ${text.length} characters`);
  }
});

test('the TwiML generators are well-formed XML where intended', () => {
  for (const [name, text] of [
    ['pauseFlood', pauseFlood(20_000)],
    ['largeTwiml', largeTwiml(20_000)],
    ['deepNesting', deepNesting(100)],
    ['attributeFlood', attributeFlood(500)],
  ] as const)
    assert.deepEqual(judgeWithXmldom(text), [], name);
});

test('deep nesting, attribute flood and entity bomb have the requested shape', () => {
  const nested = deepNesting(50);
  assert.equal(nested.split('<Gather>').length - 1, 50);
  assert.equal(nested.split('</Gather>').length - 1, 50);
  assert.equal(attributeFlood(300).match(/ a\d+="v"/g)?.length, 300);
  const bomb = entityBomb(4);
  assert.match(bomb, /<!DOCTYPE Response \[/);
  assert.equal(bomb.match(/<!ENTITY /g)?.length, 5);
  assert.match(bomb, /<!ENTITY lol4 "(&lol3;){10}">/);
  assert.match(bomb, /<Say>&lol4;<\/Say>/);
});

test('host generators: literals one a line, minified JS on one line', () => {
  const literals = pythonLiterals(100);
  assert.equal(literals.match(/"<Response><Message>Reply number \d+<\/Message><\/Response>"/g)?.length, 100);
  assert.ok(!minifiedJs(20_000).includes('\n'));
  assert.match(largePython(5_000), /def voice_0\(\):\n {4}twiml = '<Response>/);
  assert.match(largePhp(5_000), /^<\?php\n/);
});

test('generators are deterministic, and the fuzzer rotates every large kind', () => {
  assert.equal(largeTwiml(10_000), largeTwiml(10_000));
  assert.equal(minifiedJs(10_000), minifiedJs(10_000));
  assert.equal(LARGE_DOCUMENTS.length, new Set(LARGE_DOCUMENTS.map((kind) => kind.name)).size);
  for (const kind of LARGE_DOCUMENTS) assert.match(kind.extension, /^(twiml|py|php|js)$/, kind.name);
});

test('percentile is nearest-rank', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(sorted, 0.5), 50);
  assert.equal(percentile(sorted, 0.95), 95);
  assert.equal(percentile(sorted, 0.99), 99);
  assert.equal(percentile(sorted, 1), 100);
  assert.equal(percentile([7], 0.5), 7);
  assert.ok(Number.isNaN(percentile([], 0.5)));
});

test('the latency book keeps percentiles per kind and the worst answer with its seed', () => {
  const book = new LatencyBook();
  for (let i = 1; i <= 10; i++) book.record({ kind: 'hover', ms: i, documentLength: 100, seed: i });
  book.record({ kind: 'completion', ms: 50, documentLength: 5_000_000, seed: 42 });
  assert.deepEqual(book.kinds(), ['hover', 'completion']);
  const hover = book.summary('hover');
  assert.deepEqual([hover.count, hover.p50, hover.p95, hover.max], [10, 5, 10, 10]);
  assert.equal(book.summary('missing').count, 0);
  assert.deepEqual(book.worst(), { kind: 'completion', ms: 50, documentLength: 5_000_000, seed: 42 });
  assert.equal(book.worst(['hover'])?.seed, 10);
  assert.equal(describeAnswer(book.worst()!), 'completion 50 ms (5.00 MB document, seed 42)');
  assert.equal(formatLength(999), '999 B');
  const table = book.table();
  assert.match(table, /\| hover +\| 10 +\|/);
  assert.match(table, /completion 50 ms \(5\.00 MB document, seed 42\)/);
});
