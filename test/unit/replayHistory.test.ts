import test from 'node:test';
import assert from 'node:assert/strict';
import { kindLabel, ReplayHistory, type ReplaySpec } from '../../webhook/src/replay/history';

const spec = (body: string): ReplaySpec => ({ url: 'http://localhost:5000/sms', method: 'POST', sample: 'sms', body });

test('keeps the last 10, newest first', () => {
  const history = new ReplayHistory();
  for (let i = 0; i < 13; i++) history.add({ spec: spec(`m${i}`), summary: '200', at: new Date(i) });
  const bodies = history.list().map((e) => e.spec.body);
  assert.equal(bodies.length, 10);
  assert.deepEqual(bodies.slice(0, 3), ['m12', 'm11', 'm10']);
  assert.equal(bodies.at(-1), 'm3');
});

test('re-sending the same request moves it to the front instead of duplicating it', () => {
  const history = new ReplayHistory(3);
  history.add({ spec: spec('a'), summary: '200', at: new Date(1) });
  history.add({ spec: spec('b'), summary: '200', at: new Date(2) });
  history.add({ spec: spec('a'), summary: '500', at: new Date(3) });
  assert.deepEqual(
    history.list().map((e) => [e.spec.body, e.summary]),
    [
      ['a', '500'],
      ['b', '200'],
    ],
  );
  history.clear();
  assert.equal(history.list().length, 0);
  assert.equal(kindLabel('whatsapp'), 'WhatsApp');
});
