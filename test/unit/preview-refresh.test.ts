import test from 'node:test';
import assert from 'node:assert/strict';
import { RefreshScheduler, RetryBackoff, StaleGuard, type Timers } from '../../client/src/preview/refresh';

/** Hand-driven clock: timers fire only when the test advances time. */
class FakeTimers implements Timers {
  now = 0;
  private queue: Array<{ id: number; at: number; callback: () => void }> = [];
  private nextId = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ id, at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((entry) => entry.id !== handle);
  }
  advance(ms: number): void {
    this.now += ms;
    const due = this.queue.filter((entry) => entry.at <= this.now);
    this.queue = this.queue.filter((entry) => entry.at > this.now);
    for (const entry of due) entry.callback();
  }
  get pending(): number {
    return this.queue.length;
  }
}

function scheduler(delay = 300) {
  const timers = new FakeTimers();
  const runs: number[] = [];
  let ms = delay;
  const s = new RefreshScheduler(
    () => runs.push(timers.now),
    () => ms,
    timers,
  );
  return { s, timers, runs, setDelay: (value: number) => (ms = value) };
}

test('the first refresh is immediate, later ones wait for the delay', () => {
  const { s, timers, runs } = scheduler();
  s.request();
  assert.deepEqual(runs, [0]);
  s.request();
  assert.deepEqual(runs, [0]);
  timers.advance(299);
  assert.deepEqual(runs, [0]);
  timers.advance(1);
  assert.deepEqual(runs, [0, 300]);
});

test('continuous typing still redraws every delay instead of freezing', () => {
  const { s, timers, runs } = scheduler(300);
  s.request();
  for (let i = 0; i < 10; i++) {
    s.request();
    timers.advance(100);
  }
  assert.deepEqual(runs, [0, 300, 600, 900]);
});

test('a burst of requests during the wait yields one refresh', () => {
  const { s, timers, runs } = scheduler();
  s.runNow();
  for (let i = 0; i < 50; i++) s.request();
  assert.equal(timers.pending, 1);
  timers.advance(300);
  assert.equal(runs.length, 2);
});

test('reset makes the next request immediate again and cancels the wait', () => {
  const { s, timers, runs } = scheduler();
  s.request();
  s.request();
  s.reset();
  assert.equal(timers.pending, 0);
  s.request();
  assert.deepEqual(runs, [0, 0]);
});

test('a zero delay refreshes at once; the delay is read at each request', () => {
  const { s, timers, runs, setDelay } = scheduler(300);
  s.request();
  setDelay(0);
  s.request();
  assert.deepEqual(runs, [0, 0]);
  setDelay(50);
  s.request();
  timers.advance(50);
  assert.deepEqual(runs, [0, 0, 50]);
});

test('dispose cancels the wait and ignores later requests', () => {
  const { s, timers, runs } = scheduler();
  s.request();
  s.request();
  s.dispose();
  timers.advance(1000);
  s.request();
  s.runNow();
  assert.deepEqual(runs, [0]);
});

test('only the newest request is accepted', () => {
  const guard = new StaleGuard();
  const first = guard.begin();
  const second = guard.begin();
  assert.equal(guard.accept(first, { uri: 'a', version: 1 }), false);
  assert.equal(guard.accept(second, { uri: 'a', version: 2 }), true);
});

test('an answer older than the one shown for the same document is dropped', () => {
  const guard = new StaleGuard();
  assert.equal(guard.accept(guard.begin(), { uri: 'a', version: 5 }), true);
  assert.equal(guard.accept(guard.begin(), { uri: 'a', version: 4 }), false);
  assert.equal(
    guard.accept(guard.begin(), { uri: 'a', version: 5 }),
    true,
    'same version redraws (e.g. after a settings change)',
  );
  assert.equal(guard.accept(guard.begin(), { uri: 'b', version: 1 }), true, 'another document has its own versions');
  assert.equal(guard.accept(guard.begin(), null), true, 'a missing document is shown as such');
});

test('reset drops answers still in flight for the previous document', () => {
  const guard = new StaleGuard();
  const inFlight = guard.begin();
  guard.reset();
  assert.equal(guard.accept(inFlight, { uri: 'a', version: 9 }), false);
  assert.equal(guard.accept(guard.begin(), { uri: 'a', version: 1 }), true);
});

test('failed refreshes are retried with doubling waits, then given up', () => {
  const timers = new FakeTimers();
  const retries: number[] = [];
  const backoff = new RetryBackoff(() => retries.push(timers.now), 3, 100, timers);
  for (const wait of [100, 200, 400]) {
    assert.equal(backoff.failed(), true);
    timers.advance(wait - 1);
    const before = retries.length;
    timers.advance(1);
    assert.equal(retries.length, before + 1, `retried after ${wait} ms`);
  }
  assert.equal(backoff.failed(), false, 'attempts used up');
  assert.deepEqual(retries, [100, 300, 700]);
});

test('a failure while a retry waits does not stack another one', () => {
  const timers = new FakeTimers();
  let retries = 0;
  const backoff = new RetryBackoff(() => retries++, 5, 100, timers);
  backoff.failed();
  backoff.failed();
  assert.equal(timers.pending, 1);
  timers.advance(100);
  assert.equal(retries, 1);
});

test('a success or a reset starts over from the shortest wait', () => {
  const timers = new FakeTimers();
  const retries: number[] = [];
  const backoff = new RetryBackoff(() => retries.push(timers.now), 5, 100, timers);
  backoff.failed();
  timers.advance(100);
  backoff.failed();
  backoff.reset();
  assert.equal(timers.pending, 0, 'reset cancels the waiting retry');
  backoff.failed();
  timers.advance(100);
  backoff.succeeded();
  backoff.failed();
  timers.advance(100);
  assert.deepEqual(retries, [100, 200, 300]);
});
