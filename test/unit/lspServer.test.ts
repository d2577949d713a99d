/**
 * The built server (`dist/server.js --stdio`) spoken to over raw JSON-RPC, as Neovim or Helix
 * would: the proof that it runs standalone and survives what editors really send.
 * Needs `npm run build` first (npm test does it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { LspClient, type ReceivedMessage } from '../../fuzz/lspClient';

const SERVER = path.join(repoRoot(), 'dist', 'server.js');

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string | number; message: string; range: unknown }>;
}

const publishes = (client: LspClient, uri: string): PublishParams[] =>
  client.notifications
    .filter((m) => m.method === 'textDocument/publishDiagnostics')
    .map((m) => m.params as PublishParams)
    .filter((p) => p.uri === uri);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('the server has been built', () => {
  assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
});

describe('language server over --stdio', { skip: !fs.existsSync(SERVER) }, () => {
  let client: LspClient;
  let capabilities: Record<string, unknown>;

  before(async () => {
    client = new LspClient(SERVER);
    const response = await client.initialize();
    assert.equal(response.error, undefined);
    capabilities = (response.result as { capabilities: Record<string, unknown> }).capabilities;
  });

  after(async () => {
    if (client.process.exitCode === null) client.process.kill('SIGKILL');
  });

  test('initialize answers with incremental sync and the providers', async () => {
    const sync = capabilities.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : (sync as { change?: number } | undefined)?.change;
    assert.equal(kind, 2, `textDocumentSync ${JSON.stringify(sync)}`);
    for (const provider of [
      'completionProvider',
      'hoverProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'codeActionProvider',
    ]) {
      assert.ok(capabilities[provider], `${provider} missing from ${Object.keys(capabilities).join(', ')}`);
    }
  });

  test('didOpen of <message> publishes element-case', async () => {
    const uri = 'file:///lsp/lower.twiml';
    client.open(uri, '<Response>\n  <message>hi</message>\n</Response>\n', 1);
    const published = (await client.waitForDiagnostics(uri, 1)).params as PublishParams;
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('element-case'), codes.join(', '));
    assert.deepEqual((published.diagnostics.find((d) => d.code === 'element-case') as { range: unknown }).range, {
      start: { line: 1, character: 3 },
      end: { line: 1, character: 10 },
    });
  });

  test('a document opened at version 0 (Neovim, Helix) is validated', async () => {
    const uri = 'file:///lsp/version0.twiml';
    client.open(uri, '<Response><Say>hi</Say><Mesage>x</Mesage></Response>', 0);
    const published = (await client.waitForDiagnostics(uri, 0)).params as PublishParams;
    assert.equal(published.version, 0);
    assert.ok(
      published.diagnostics.some((d) => d.code === 'unknown-element' || d.code === 'wrong-dialect'),
      JSON.stringify(published.diagnostics.map((d) => d.code)),
    );
    // And its first change (version 1) is validated too.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 1 },
      contentChanges: [{ text: '<Response><Say>hi</Say></Response>' }],
    });
    const changed = (await client.waitForDiagnostics(uri, 1)).params as PublishParams;
    assert.deepEqual(
      changed.diagnostics.filter((d) => d.code !== 'unreachable-code').map((d) => d.code),
      [],
    );
  });

  /** Every position-taking request the server advertises, at `position` in `uri`. */
  function positionRequests(uri: string, position: { line: number; character: number }): Array<[string, unknown]> {
    const textDocument = { uri };
    const range = { start: position, end: { line: position.line + 3, character: 0 } };
    return [
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/linkedEditingRange', { textDocument, position }],
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source.fixAll.twiml'] } }],
      ['twiml/previewModel', { uri }],
    ];
  }

  async function expectCleanAnswers(
    uri: string,
    position: { line: number; character: number },
  ): Promise<ReceivedMessage['result'][]> {
    const results: unknown[] = [];
    for (const [method, params] of positionRequests(uri, position)) {
      const response = await client.request(method, params);
      // A clean answer: a result, or a JSON-RPC error object; never silence or a dead process.
      if (response.error)
        assert.equal(typeof response.error.code, 'number', `${method}: ${JSON.stringify(response.error)}`);
      else results.push(response.result);
    }
    assert.equal(client.process.exitCode, null, `server died: ${client.stderr}`);
    return results;
  }

  test('positions past the end of a document answer cleanly', async () => {
    const uri = 'file:///lsp/short.twiml';
    client.open(uri, '<Response>\n  <Say>hi</Say>\n</Response>', 1);
    await client.waitForDiagnostics(uri, 1);
    for (const position of [
      { line: 500, character: 0 },
      { line: 1, character: 9999 },
      { line: 2, character: 11 },
    ]) {
      const results = await expectCleanAnswers(uri, position);
      assert.equal(
        results.length,
        positionRequests(uri, position).length,
        'an open document answers every request without error',
      );
    }
  });

  test('requests for unknown and closed documents answer null or empty', async () => {
    const closed = 'file:///lsp/closed.twiml';
    client.open(closed, '<Response><Message>x</Message></Response>', 1);
    await client.waitForDiagnostics(closed, 1);
    const from = client.notifications.length;
    client.notify('textDocument/didClose', { textDocument: { uri: closed } });
    const cleared = (await client.waitForDiagnostics(closed, undefined, 10_000, from)).params as PublishParams;
    assert.deepEqual(cleared.diagnostics, [], 'closing clears the diagnostics');
    for (const uri of [closed, 'file:///lsp/never-opened.twiml', 'untitled:Untitled-1']) {
      const results = await expectCleanAnswers(uri, { line: 0, character: 3 });
      for (const result of results) {
        const empty =
          result === null ||
          (Array.isArray(result) && result.length === 0) ||
          (typeof result === 'object' &&
            result !== null &&
            Array.isArray((result as { items?: unknown[] }).items) &&
            (result as { items: unknown[] }).items.length === 0);
        assert.ok(empty, `${uri}: expected null or empty, got ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
    // Notifications about documents the server never saw must not kill it either.
    client.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///lsp/ghost.twiml', version: 2 },
      contentChanges: [{ text: '<Response/>' }],
    });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///lsp/ghost.twiml' } });
    const alive = await client.request('textDocument/hover', {
      textDocument: { uri: closed },
      position: { line: 0, character: 0 },
    });
    assert.equal(alive.error, undefined);
  });

  test('an unknown request gets MethodNotFound, and the server lives on', async () => {
    const response = await client.request('twiml/doesNotExist', {});
    assert.equal(response.error?.code, -32601);
    assert.equal(
      (
        await client.request('textDocument/hover', {
          textDocument: { uri: 'file:///x' },
          position: { line: 0, character: 0 },
        })
      ).error,
      undefined,
    );
  });

  test('a handler that throws answers its empty result, logs the stack once, and the server lives on', async () => {
    // A client bug (no position) makes the handlers throw inside: runSafe turns that into the
    // empty answer rather than an error the editor shows as a failed request.
    const uri = 'file:///lsp/throwing.twiml';
    client.open(uri, '<Response>\n  <Say>hi</Say>\n</Response>\n', 1);
    await client.waitForDiagnostics(uri, 1);
    const from = client.notifications.length;
    for (let i = 0; i < 3; i++) {
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: null });
      assert.equal(hover.error, undefined, JSON.stringify(hover.error));
      assert.equal(hover.result, null);
    }
    const completion = await client.request('textDocument/completion', { textDocument: { uri }, position: null });
    assert.equal(completion.error, undefined, JSON.stringify(completion.error));
    assert.equal(completion.result, null);
    const logged = client.notifications
      .slice(from)
      .filter((m) => m.method === 'window/logMessage')
      .map((m) => (m.params as { type: number; message: string }).message)
      .filter((message) => message.includes('TwiML Tools internal error'));
    assert.equal(logged.filter((line) => line.includes(' hover on ')).length, 1, logged.join('\n---\n'));
    assert.ok(logged[0].includes(uri) && /TypeError[\s\S]*\n\s+at /.test(logged[0]), logged[0]);
    assert.equal(logged.filter((line) => line.includes(' completion on ')).length, 1);
    const alive = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(alive.error, undefined);
    assert.equal(client.process.exitCode, null, `server died: ${client.stderr}`);
  });

  test('a burst of 200 didChange ends with diagnostics for the final version last', async () => {
    const uri = 'file:///lsp/burst.twiml';
    let text = '<Response>\n  <Message>start</Message>\n</Response>\n';
    client.open(uri, text, 1);
    await client.waitForDiagnostics(uri, 1);
    const before = publishes(client, uri).length;
    let version = 1;
    for (let i = 0; i < 200; i++) {
      version++;
      // Type "<say>" repeatedly after <Message>'s text: intermediate states are broken XML.
      const insert = '<say>x</say>'[i % 12];
      const character = 18 + i;
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 1, character }, end: { line: 1, character } }, text: insert }],
      });
      text = text.slice(0, 29 + i) + insert + text.slice(29 + i);
    }
    await client.waitForDiagnostics(uri, version, 15_000);
    await sleep(500); // anything still queued would arrive now
    const during = publishes(client, uri).slice(before);
    const last = during[during.length - 1];
    assert.equal(last.version, version, `last publish is for version ${last.version}, not ${version}`);
    assert.equal(during.filter((p) => p.version === version).length, 1, 'the final version is published once');
    assert.ok(during.length < 200, `${during.length} publishes for 200 changes: no debouncing`);
    const versions = during.map((p) => p.version ?? -1);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `versions out of order: ${versions.join(',')}`,
    );
    // The final diagnostics describe the final text (the server applied every incremental edit).
    const hover = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(hover.error, undefined);
    const finalCodes = last.diagnostics.map((d) => d.code);
    assert.ok(
      finalCodes.includes('element-case') || finalCodes.some((c) => String(c).startsWith('xml-')),
      finalCodes.join(', '),
    );
  });

  test('a 10,000-deep document: every request answers and the server survives', async () => {
    const uri = 'file:///lsp/deep.twiml';
    client.open(uri, `<Response>${'<Gather>'.repeat(10_000)}x${'</Gather>'.repeat(10_000)}</Response>`, 1);
    await client.waitForDiagnostics(uri, 1, 30_000);
    await expectCleanAnswers(uri, { line: 0, character: 50_000 });
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.error, undefined, `documentSymbol failed: ${JSON.stringify(symbols.error)}`);
  });

  test('shutdown then exit ends the process with code 0', async () => {
    const response = await client.request('shutdown', null);
    assert.equal(response.error, undefined);
    assert.equal(response.result, null);
    client.notify('exit');
    const code = await Promise.race([client.exited, sleep(5_000).then(() => 'timeout')]);
    assert.equal(code, 0, client.stderr);
  });
});

test('exit without shutdown ends the process with code 1 (LSP spec)', { skip: !fs.existsSync(SERVER) }, async () => {
  const client = new LspClient(SERVER);
  await client.initialize();
  client.notify('exit');
  const code = await Promise.race([client.exited, sleep(5_000).then(() => 'timeout')]);
  if (code === 'timeout') client.process.kill('SIGKILL');
  assert.equal(code, 1);
});

test('the server exits when its input closes (editor crashed)', { skip: !fs.existsSync(SERVER) }, async () => {
  const client = new LspClient(SERVER);
  await client.initialize();
  client.process.stdin.end();
  const code = await Promise.race([client.exited, sleep(5_000).then(() => 'timeout')]);
  if (code === 'timeout') client.process.kill('SIGKILL');
  assert.notEqual(code, 'timeout', 'server kept running after stdin closed');
});
