/**
 * The server's bounds under large documents (issue 6/9), each figure on a fresh server process:
 * peak RSS after opening a 5 MB and a 10 MB document, RSS while serving 20 documents up to 64 kB,
 * hover latency on a small document while a 5 MB one validates, and the 5 MB document's time to
 * first diagnostics.
 */
import { performance } from 'node:perf_hooks';
import { largeTwiml } from '../fuzz/largeDocuments';
import { LspClient } from '../fuzz/lspClient';
import { procStatusKb } from '../fuzz/procStatus';
import { generateTwiml } from './generate';
import { median } from './stats';

/** Targets of the issue. */
export const TARGET_LARGE_RSS_MB = 400;
export const TARGET_SMALL_RSS_MB = 150;
export const TARGET_HOVER_MS = 100;

/** A figure that could not be measured within this is reported as such (the server may hang). */
const WAIT_MS = 120_000;

/** Peak RSS (VmHWM, MB) of a fresh server after opening one document of `bytes` and its diagnostics. */
export async function peakRssAfterOpening(
  serverPath: string,
  bytes: number,
): Promise<{ peakMb: number; diagnosticsMs: number }> {
  const client = new LspClient(serverPath);
  try {
    await client.initialize();
    const uri = `file:///bench/large-${bytes}.twiml`;
    const sentAt = client.open(uri, largeTwiml(bytes), 1);
    const published = await client.waitForDiagnostics(uri, 1, WAIT_MS).catch(() => undefined);
    return {
      peakMb: procStatusKb(client.pid, 'VmHWM') / 1024,
      diagnosticsMs: published ? published.receivedAt - sentAt : NaN,
    };
  } finally {
    await kill(client);
  }
}

/** Peak RSS (MB) of a fresh server serving 20 documents of 8-64 kB, each edited and hovered. */
export async function rssServingSmallDocuments(serverPath: string, count = 20): Promise<number> {
  const client = new LspClient(serverPath);
  try {
    await client.initialize();
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/small-${i}.twiml`;
      const text = generateTwiml(8_000 + Math.round((56_000 * i) / Math.max(1, count - 1)), 'voice', 200 + i);
      client.open(uri, text, 1);
      await client.waitForDiagnostics(uri, 1, WAIT_MS);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: text + ' ' }],
      });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
      await client.waitForDiagnostics(uri, 2, WAIT_MS);
    }
    return procStatusKb(client.pid, 'VmHWM') / 1024;
  } finally {
    await kill(client);
  }
}

/** Hover on a small document while a 5 MB document validates: latencies of `hovers` hovers, 20 ms apart. */
export async function hoverWhileLargeValidates(
  serverPath: string,
  hovers = 20,
): Promise<{ medianMs: number; maxMs: number; answered: number; diagnosticsMs: number }> {
  const client = new LspClient(serverPath);
  try {
    await client.initialize();
    const small = 'file:///bench/small.twiml';
    client.open(small, '<Response>\n  <Say voice="alice">Hello</Say>\n</Response>\n', 1);
    await client.waitForDiagnostics(small, 1);
    const large = 'file:///bench/large.twiml';
    const sentAt = client.open(large, largeTwiml(5_000_000), 1);
    const diagnostics = client.waitForDiagnostics(large, 1, WAIT_MS).then(
      (message) => message.receivedAt - sentAt,
      () => NaN,
    );
    // All hovers go out while the large document is (or should be) validating; each is timed from its own send.
    const latencies = await Promise.all(
      Array.from({ length: hovers }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 20));
        const start = performance.now();
        const response = await client
          .request('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 4 } }, WAIT_MS)
          .catch(() => undefined);
        return response ? response.receivedAt - start : NaN;
      }),
    );
    const answered = latencies.filter(Number.isFinite);
    return {
      medianMs: median(answered),
      maxMs: answered.length < latencies.length ? Infinity : Math.max(...answered),
      answered: answered.length,
      diagnosticsMs: await diagnostics,
    };
  } finally {
    await kill(client);
  }
}

/** Ends a server that may be stuck in validation: a polite shutdown would wait behind it. */
async function kill(client: LspClient): Promise<void> {
  client.process.kill('SIGKILL');
  await client.exited;
}
