/**
 * The leak check: one server, one document edited 10,000 times, the server's heap after a full
 * collection sampled at 1,000 and 10,000 edits. Growth past {@link LEAK_THRESHOLD_BYTES} fails
 * the bench and prints which constructors grew between two heap snapshots.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../fuzz/lspClient';
import { HEAP_PROBE_ENV, type HeapStats } from '../server/src/heapProbe';
import { HeapSnapshotRequest, HeapStatsRequest } from '../shared/requests';
import { diffSnapshots, type ConstructorGrowth } from './heapSnapshotDiff';
import { generateTwiml } from './generate';

/**
 * Heap growth that fails the check. Without a leak the heap after two full collections still
 * grows ~0.4 MB between the samples, all of it compiled code (the snapshot diff shows `(code)`) as
 * V8 optimizes hot functions, and that levels off. A leak of one 100-byte object per edit adds
 * 0.9 MB over the 9,000 edits between samples (1.3 MB with the code), a kept analysis per
 * version (~80 kB) hundreds of MB: 1 MB catches both without flagging the compiler.
 */
export const LEAK_THRESHOLD_BYTES = 1024 * 1024;

/** The two samples and, when the check failed, what grew. */
export interface LeakResult {
  edits: number;
  heapAt1000: number;
  heapAtEnd: number;
  growthBytes: number;
  failed: boolean;
  /** Constructors that grew most between the two snapshots (only when failed). */
  growth: ConstructorGrowth[];
}

const URI = 'file:///bench/leak.twiml';

async function heapStats(client: LspClient): Promise<HeapStats> {
  const response = await client.request(HeapStatsRequest.method, null, 30_000);
  if (response.error) throw new Error(`${HeapStatsRequest.method}: ${response.error.message}`);
  return response.result as HeapStats;
}

async function snapshot(client: LspClient, file: string): Promise<string> {
  const response = await client.request(HeapSnapshotRequest.method, { path: file }, 60_000);
  if (response.error) throw new Error(`${HeapSnapshotRequest.method}: ${response.error.message}`);
  return response.result as string;
}

/**
 * Edits one document `edits` times: a space typed before `</Response>` and removed again, so the
 * text stays the same size and any growth is the server's. Every edit asks for document symbols
 * (an analysis of that version); diagnostics are awaited every 100 edits.
 */
export async function checkLeak(serverPath: string, edits = 10_000): Promise<LeakResult> {
  const client = new LspClient(serverPath, ['--stdio'], { [HEAP_PROBE_ENV]: '1' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-leak-'));
  try {
    await client.initialize();
    const base = generateTwiml(6_000, 'voice', 7);
    const offset = base.lastIndexOf('</Response>');
    const position = positionAt(base, offset);
    let version = 1;
    client.open(URI, base, version);
    await client.waitForDiagnostics(URI, version, 30_000);
    let heapAt1000 = NaN;
    let before = '';
    let symbols: Promise<unknown> = Promise.resolve();
    for (let edit = 1; edit <= edits; edit++) {
      version++;
      const typing = edit % 2 === 1;
      const end = typing ? position : { line: position.line, character: position.character + 1 };
      client.notify('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: position, end }, text: typing ? ' ' : '' }],
      });
      symbols = client.request('textDocument/documentSymbol', { textDocument: { uri: URI } }, 60_000);
      if (edit % 100 === 0) {
        await symbols;
        await client.waitForDiagnostics(URI, version, 30_000);
      }
      if (edit === 1000) {
        heapAt1000 = (await heapStats(client)).heapUsed;
        before = await snapshot(client, path.join(dir, 'at-1000.heapsnapshot'));
      }
    }
    await symbols;
    const heapAtEnd = (await heapStats(client)).heapUsed;
    const growthBytes = heapAtEnd - heapAt1000;
    const failed = growthBytes > LEAK_THRESHOLD_BYTES;
    const growth = failed ? diffSnapshots(before, await snapshot(client, path.join(dir, 'at-end.heapsnapshot'))) : [];
    return { edits, heapAt1000, heapAtEnd, growthBytes, failed, growth };
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}
