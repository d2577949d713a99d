import test from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_SAMPLE_FIELD_LENGTH,
  isFromWebview,
  normalizeModel,
  parseInitialState,
  parseToWebview,
} from '../../shared/previewMessages';
import { DEFAULT_SAMPLE_BODY, SAMPLE_STATE_KEY, SampleStore } from '../../client/src/preview/sampleStore';
import { model } from './helpers/previewFixtures';

test('well-formed webview messages are accepted', () => {
  assert.equal(isFromWebview({ type: 'ready' }), true);
  assert.equal(isFromWebview({ type: 'reveal', line: 0 }), true);
  assert.equal(isFromWebview({ type: 'setSample', from: '+1', body: '' }), true);
});

test('malformed webview messages are refused', () => {
  for (const bad of [
    null,
    'reveal',
    { type: 'reveal', line: -1 },
    { type: 'reveal', line: 1.5 },
    { type: 'reveal', line: '3' },
    { type: 'setSample', from: 1, body: '' },
    { type: 'setSample', from: '+1' },
    { type: 'setSample', from: '+1', body: 'x'.repeat(MAX_SAMPLE_FIELD_LENGTH + 1) },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
  ]) {
    assert.equal(isFromWebview(bad), false, JSON.stringify(bad)?.slice(0, 80));
  }
});

test('update messages need a uri, a model or null, and a sample', () => {
  const sample = { from: '+1', body: 'hi' };
  const update = { type: 'update', uri: 'file:///a', model: model(), sample };
  assert.deepEqual(parseToWebview(update), update);
  assert.deepEqual(parseToWebview({ ...update, model: null }), { ...update, model: null });
  assert.equal(parseToWebview({ ...update, model: { dialect: 'fax' } }), undefined);
  assert.equal(parseToWebview({ ...update, model: undefined }), undefined);
  assert.equal(parseToWebview({ type: 'update', uri: 'file:///a', model: null }), undefined);
  assert.equal(parseToWebview({ ...update, type: 'eval' }), undefined);
});

test('a model missing a step list reads it as empty; a wrong type is refused', () => {
  const { voice: _omitted, ...partial } = model({ messaging: [] });
  assert.deepEqual(normalizeModel(partial)?.voice, []);
  assert.equal(normalizeModel({ ...model(), errors: 'none' }), undefined);
  assert.equal(normalizeModel(null), undefined);
});

test('the initial state parses back, and junk yields undefined', () => {
  const state = { uri: 'file:///a', model: model(), sample: { from: '+1', body: 'b' } };
  assert.deepEqual(parseInitialState(JSON.stringify(state)), state);
  assert.deepEqual(parseInitialState(JSON.stringify({ ...state, model: 42 })), { ...state, model: null });
  assert.equal(parseInitialState('{not json'), undefined);
  assert.equal(parseInitialState(''), undefined);
  assert.equal(parseInitialState(JSON.stringify({ uri: 'x' })), undefined);
});

/** An in-memory Memento. */
function memento(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: ((key: string) => values.get(key)) as never,
    update: async (key: string, value: unknown) => {
      values.set(key, value);
    },
  };
}

test('the sample store falls back to the configured sender and a default body', () => {
  const store = new SampleStore(memento(), () => '+14155550100');
  assert.deepEqual(store.get(), { from: '+14155550100', body: DEFAULT_SAMPLE_BODY });
});

test('the sample store keeps edits in workspace state, trimmed to the limit', async () => {
  const state = memento();
  const store = new SampleStore(state, () => 'unused');
  await store.set({ from: '+15550001', body: 'y'.repeat(MAX_SAMPLE_FIELD_LENGTH + 10) });
  const stored = state.values.get(SAMPLE_STATE_KEY) as { from: string; body: string };
  assert.equal(stored.from, '+15550001');
  assert.equal(stored.body.length, MAX_SAMPLE_FIELD_LENGTH);
  assert.deepEqual(store.get(), stored);
});

test('a corrupt stored sample is ignored', () => {
  const store = new SampleStore(memento({ [SAMPLE_STATE_KEY]: { from: 3 } }), () => '+1');
  assert.equal(store.get().from, '+1');
});
