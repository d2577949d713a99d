/**
 * Benchmarks through the real server process (`node dist/server.js --stdio`), spoken to by hand
 * over JSON-RPC: keystroke-to-diagnostics latency and peak memory with many open documents.
 */
import { LspClient } from '../fuzz/lspClient';
import { procStatusKb } from '../fuzz/procStatus';
import { HEAP_PROBE_ENV, type HeapStats } from '../server/src/heapProbe';
import { HeapStatsRequest } from '../shared/requests';
import { generateTwiml } from './generate';
import { keystrokes } from './keystroke';
import { median, quantile } from './stats';

/** Latency samples of one kind, in milliseconds. */
export interface LatencyResult {
  label: string;
  count: number;
  medianMs: number;
  p95Ms: number;
  /** The server's debounce included in these samples (subtract it to get processing + transport). */
  debounceMs: number;
}

/** The server's validation delay after a didChange (server.ts: new ValidationScheduler(validateNow, 150)). */
export const SERVER_DEBOUNCE_MS = 150;

/** Memory figures of the server process, in kB, from /proc/<pid>/status. */
export interface MemoryResult {
  documents: number;
  totalBytes: number;
  baselineRssKb: number;
  peakRssKb: number;
  finalRssKb: number;
  /** Grammars loaded with only the `.twiml` documents open (none expected: they are lazy). */
  grammarsTwimlOnly: string[];
  /** After the probe's full garbage collection, to compare with {@link rssAfterPythonKb}. */
  rssTwimlOnlyAfterGcKb: number;
  /** After one Python file holding TwiML opened and was validated. */
  rssAfterPythonKb: number;
  grammarsAfterPython: string[];
}

/** A small Flask handler returning TwiML: the one code file the memory figure opens. */
const PYTHON_WITH_TWIML = `from flask import Flask

app = Flask(__name__)


@app.route("/voice", methods=["POST"])
def voice():
    return '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello</Say></Response>'
`;

function summarize(label: string, samples: number[], debounceMs = 0): LatencyResult {
  return { label, count: samples.length, medianMs: median(samples), p95Ms: quantile(samples, 0.95), debounceMs };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Measures keystroke latencies through the server process. */
export async function measureServerLatency(serverPath: string, keystrokeCount: number): Promise<LatencyResult[]> {
  const client = new LspClient(serverPath);
  try {
    await client.initialize();
    const base = generateTwiml(5_000, 'voice', 3);
    const results: LatencyResult[] = [];

    // didOpen is validated at once (no debounce): the closest thing to "server time per keystroke" end to end.
    const openSamples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const uri = `file:///bench/open-${i}.twiml`;
      const from = client.notifications.length;
      const sentAt = client.open(uri, base, 1);
      const published = await client.waitForDiagnostics(uri, 1, 10_000, from);
      openSamples.push(published.receivedAt - sentAt);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    results.push(summarize('didOpen → publishDiagnostics (validated at once)', openSamples));

    // One keystroke at a time: includes the server's debounce before validating.
    const uri = 'file:///bench/typing.twiml';
    let text = base;
    let version = 1;
    client.open(uri, text, version);
    await client.waitForDiagnostics(uri, version);
    const single: number[] = [];
    for (const stroke of keystrokes(base, keystrokeCount)) {
      if (stroke.offset === base.lastIndexOf('</Response>') && version > 1) {
        // Typed text wrapped around: reset the document to the base with a full-text change.
        version++;
        text = base;
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        await client.waitForDiagnostics(uri, version);
      }
      version++;
      const from = client.notifications.length;
      const sentAt = change(client, uri, version, text, stroke.offset, stroke.text);
      text = text.slice(0, stroke.offset) + stroke.text + text.slice(stroke.offset);
      const published = await client.waitForDiagnostics(uri, version, 10_000, from);
      single.push(published.receivedAt - sentAt);
    }
    results.push(summarize('didChange → publishDiagnostics (1 keystroke)', single, SERVER_DEBOUNCE_MS));

    // Bursts of 10 keystrokes typed 30 ms apart: time from the last one to its diagnostics.
    const bursts: number[] = [];
    for (let burst = 0; burst < 20; burst++) {
      let sentAt = 0;
      for (let k = 0; k < 10; k++) {
        version++;
        const offset = text.lastIndexOf('</Response>');
        sentAt = change(client, uri, version, text, offset, ' ');
        text = text.slice(0, offset) + ' ' + text.slice(offset);
        if (k < 9) await sleep(30);
      }
      const published = await client.waitForDiagnostics(uri, version);
      bursts.push(published.receivedAt - sentAt);
    }
    results.push(summarize('burst of 10 keystrokes 30 ms apart: last didChange → publish', bursts, SERVER_DEBOUNCE_MS));
    return results;
  } finally {
    await client.shutdown();
  }
}

function change(
  client: LspClient,
  uri: string,
  version: number,
  text: string,
  offset: number,
  inserted: string,
): number {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return client.notify('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }],
  });
}

/** Opens `count` documents of 5-10 kB, edits each once, and reads the server's peak RSS. */
export async function measureServerMemory(serverPath: string, count = 100): Promise<MemoryResult> {
  const client = new LspClient(serverPath, ['--stdio'], { [HEAP_PROBE_ENV]: '1' });
  const grammars = async (): Promise<string[]> =>
    ((await client.request(HeapStatsRequest.method, null, 30_000)).result as HeapStats).grammars;
  try {
    await client.initialize();
    await sleep(200);
    const baselineRssKb = procStatusKb(client.pid, 'VmRSS');
    let totalBytes = 0;
    const texts: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = generateTwiml(5_000 + ((i * 53) % 5_000), i % 3 === 0 ? 'messaging' : 'voice', 100 + i);
      texts.push(text);
      totalBytes += text.length;
      client.open(`file:///bench/mem-${i}.twiml`, text, 1);
    }
    for (let i = 0; i < count; i++) await client.waitForDiagnostics(`file:///bench/mem-${i}.twiml`, 1, 30_000);
    for (let i = 0; i < count; i++) {
      const offset = texts[i].lastIndexOf('</Response>');
      change(client, `file:///bench/mem-${i}.twiml`, 2, texts[i], offset, '<Pause/>');
    }
    for (let i = 0; i < count; i++) await client.waitForDiagnostics(`file:///bench/mem-${i}.twiml`, 2, 30_000);
    const peakRssKb = procStatusKb(client.pid, 'VmHWM');
    const finalRssKb = procStatusKb(client.pid, 'VmRSS');
    // Asked after the RSS figures: the probe collects garbage, which would lower them.
    const grammarsTwimlOnly = await grammars();
    const rssTwimlOnlyAfterGcKb = procStatusKb(client.pid, 'VmRSS');
    client.open('file:///bench/app.py', PYTHON_WITH_TWIML, 1, 'python');
    await client.waitForDiagnostics('file:///bench/app.py', 1, 30_000);
    const rssAfterPythonKb = procStatusKb(client.pid, 'VmRSS');
    return {
      documents: count,
      totalBytes,
      baselineRssKb,
      peakRssKb,
      finalRssKb,
      grammarsTwimlOnly,
      rssTwimlOnlyAfterGcKb,
      rssAfterPythonKb,
      grammarsAfterPython: await grammars(),
    };
  } finally {
    await client.shutdown();
  }
}
