/**
 * Grammars load only when needed, seen through the built server's hidden heap probe: `.twiml`
 * documents and a Python file without TwiML (nor a Twilio app) load none; a Python file holding
 * TwiML loads the Python grammar alone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { LspClient } from '../../fuzz/lspClient';
import { HEAP_PROBE_ENV, type HeapStats } from '../../server/src/heapProbe';
import { HeapStatsRequest } from '../../shared/requests';

const SERVER = path.join(repoRoot(), 'dist', 'server.js');

describe('grammars load lazily', { skip: !fs.existsSync(SERVER) }, () => {
  let client: LspClient;
  const grammars = async (): Promise<string[]> =>
    ((await client.request(HeapStatsRequest.method)).result as HeapStats).grammars;

  before(async () => {
    client = new LspClient(SERVER, ['--stdio'], { [HEAP_PROBE_ENV]: '1' });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
  });

  test('TwiML documents load no grammar', async () => {
    client.open('file:///lazy/a.twiml', '<Response><Say>Hi</Say></Response>');
    await client.waitForDiagnostics('file:///lazy/a.twiml', 1);
    assert.deepEqual(await grammars(), []);
  });

  test('a Python file without TwiML loads no grammar', async () => {
    client.open('file:///lazy/util.py', 'def add(a, b):\n    return a + b\n', 1, 'python');
    await client.waitForDiagnostics('file:///lazy/util.py', 1);
    assert.deepEqual(await grammars(), []);
  });

  test('a Python file holding TwiML loads the Python grammar only', async () => {
    client.open('file:///lazy/app.py', 'reply = "<Response><Say>Hi</Say></Response>"\n', 1, 'python');
    await client.waitForDiagnostics('file:///lazy/app.py', 1);
    assert.deepEqual(await grammars(), ['python']);
  });
});

describe('the heap probe is hidden', { skip: !fs.existsSync(SERVER) }, () => {
  test('without the environment variable the request is unknown', async () => {
    const client = new LspClient(SERVER);
    try {
      await client.initialize();
      const response = await client.request(HeapStatsRequest.method);
      assert.ok(response.error, 'the probe answered without TWIML_HEAP_PROBE=1');
    } finally {
      await client.shutdown();
    }
  });
});
