/**
 * `npm run bench`: prints the performance figures of the TwiML service next to their targets.
 *   node out/bench/index.js [--quick] [--only throughput|keystroke|server|memory|leak|embedded|simulator|editor]
 * `--only editor` runs the latency tests of the real-VS-Code suite (needs its host; about 20 s)
 * and reprints their table; the default run skips it, so a bench needs no editor host.
 * Targets are printed, never asserted: timings depend on the machine and its load. The one
 * exception is the leak check (`leak`): heap growth does not depend on load, so it fails the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../fuzz/corpus';
import { embeddedCases, measureEmbedded } from './embedded';
import { runEditorLatency } from './editorLatency';
import { measureSimulator } from './simulator';
import { measureKeystrokes } from './keystroke';
import { measureServerLatency, measureServerMemory, SERVER_DEBOUNCE_MS } from './serverProcess';
import {
  hoverWhileLargeValidates,
  peakRssAfterOpening,
  rssServingSmallDocuments,
  TARGET_HOVER_MS,
  TARGET_LARGE_RSS_MB,
  TARGET_SMALL_RSS_MB,
} from './serverLimits';
import { formatBytes, formatMs, median } from './stats';
import { renderTable } from './table';
import { measureThroughput, SIZES, stageCells, throughputCells, type ThroughputRow } from './throughput';
import { ensureXmllint, xmllintStartupMs } from './xmllint';
import { checkLeak, LEAK_THRESHOLD_BYTES } from './leak';

const TARGET_RATIO_1MB = 1.5;
/** Issue 7/9: Twilio's largest document (64 kB) validated in under 10 ms; 100 kB within 1.3x of xmldom. */
const TARGET_64KB_MS = 10;
const TARGET_RATIO_100KB = 1.3;
const TARGET_KEYSTROKE_MS = 5;
const TARGET_EMBEDDED_MS = 15;
const TARGET_NO_TWIML_MS = 0.5;
const TARGET_SIMULATOR_MS = 5;
const TARGET_100_DOCUMENTS_MB = 80;

function verdict(ok: boolean): string {
  return ok ? 'MET' : 'MISSED';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
  const wants = (part: string): boolean => only === undefined || only === part;
  const serverPath = path.join(repoRoot(), 'dist', 'server.js');
  console.log(
    `TwiML Tools benchmark — node ${process.version}, ${process.platform}/${process.arch}${quick ? ', --quick' : ''}\n`,
  );
  if (only === undefined) console.log('(Latency in VS Code itself: npm run bench -- --only editor)\n');

  if (only === 'editor') {
    console.log('## In VS Code: open → first diagnostics, keystroke → updated diagnostics, activation\n');
    const run = runEditorLatency(repoRoot());
    for (const line of run.lines) console.log(line);
    console.log(
      run.ok ? `\n(the VS Code suite's latency tests, ${run.seconds.toFixed(0)} s)\n` : `\nFAILED: ${run.note}\n`,
    );
    if (!run.ok) process.exitCode = 1;
    return;
  }

  if (wants('throughput')) {
    const xmllint = ensureXmllint((line) => console.log(line));
    const startup = xmllint.available ? median(xmllintStartupMs(quick ? 5 : 20)) : NaN;
    console.log(`## Full validation vs xmldom alone vs xmllint (medians)\n`);
    if (!xmllint.available) console.log(`Note: xmllint column skipped — ${xmllint.note}\n`);
    else
      console.log(
        `xmllint: ${xmllint.note}; process start ≈ ${formatMs(startup)} (in parentheses: xmllint time minus that)\n`,
      );
    const rows: ThroughputRow[] = [];
    const plan = [
      ...SIZES.map((size) => ({ ...size, dialect: 'voice' as const })),
      ...SIZES.filter((size) => size.bytes <= 1_000_000).map((size) => ({ ...size, dialect: 'messaging' as const })),
    ];
    for (const size of plan) {
      const runs = quick ? Math.max(1, Math.ceil(size.runs / 4)) : size.runs;
      rows.push(measureThroughput(size.bytes, runs, size.dialect, xmllint));
    }
    console.log(
      renderTable(
        [
          'document',
          'runs',
          'diagnostics',
          'validation',
          'xmldom alone',
          'xmllint --noout',
          'validation/xmldom',
          'validation/xmllint',
        ],
        rows.map((row) => throughputCells(row, startup)),
      ),
    );
    console.log(
      '\nWhere validation time goes (medians): scanner, xmldom judge (0 when the scanner vouches for the document, as it does for plain markup), TwiML analysis, rules, diagnostics conversion\n',
    );
    console.log(
      renderTable(
        ['document', 'scan', 'xmldom judge', 'analyze', 'rules', 'to diagnostics (validate − rules)'],
        rows.map(stageCells),
      ),
    );
    const mb = rows.find((row) => row.dialect === 'voice' && row.bytes >= 1_000_000 && row.bytes < 2_000_000);
    for (const dialect of ['voice', 'messaging'] as const) {
      const at64 = rows.find((row) => row.dialect === dialect && Math.abs(row.bytes - 64 * 1024) < 4096);
      // Judged in steady state (no forced GC before each run), as the server runs; the table's
      // columns above are measured right after a forced GC and are higher (see throughput.ts).
      if (at64)
        console.log(
          `Target: ${dialect} 64 kB validated in under ${TARGET_64KB_MS} ms (steady state) → ${formatMs(at64.validationSteadyMs)} ${verdict(at64.validationSteadyMs < TARGET_64KB_MS)} (after a forced GC: ${formatMs(at64.validationMs)})`,
        );
      const at100 = rows.find((row) => row.dialect === dialect && Math.abs(row.bytes - 100_000) < 4096);
      if (at100) {
        const ratio = at100.validationSteadyMs / at100.xmldomSteadyMs;
        console.log(
          `Target: ${dialect} 100 kB within ${TARGET_RATIO_100KB}x of xmldom alone (steady state) → ${ratio.toFixed(2)}x ${verdict(ratio <= TARGET_RATIO_100KB)} (${formatMs(at100.validationSteadyMs)} vs ${formatMs(at100.xmldomSteadyMs)}; after a forced GC: ${(at100.validationMs / at100.xmldomMs).toFixed(2)}x)`,
        );
      }
    }
    if (mb) {
      const ratio = mb.validationMs / mb.xmldomMs;
      console.log(
        `\nTarget: validation at 1 MB within ${TARGET_RATIO_1MB}x of xmldom alone → ${ratio.toFixed(2)}x ${verdict(ratio <= TARGET_RATIO_1MB)}\n`,
      );
    }
  }

  if (wants('keystroke')) {
    const result = measureKeystrokes(5_000, 200);
    console.log(
      `## Keystroke in a ${formatBytes(result.bytes)} document, in process (TextDocument.update + analyze + doValidation)\n`,
    );
    console.log(
      renderTable(
        ['keystrokes', 'median', 'p95', 'max', 'CPU time median', 'CPU time p95'],
        [
          [
            String(result.count),
            formatMs(result.medianMs),
            formatMs(result.p95Ms),
            formatMs(result.maxMs),
            formatMs(result.cpuMedianMs),
            formatMs(result.cpuP95Ms),
          ],
        ],
      ),
    );
    console.log(
      `\nTarget: keystroke in 5 kB under ${TARGET_KEYSTROKE_MS} ms → median ${formatMs(result.medianMs)} ${verdict(result.medianMs < TARGET_KEYSTROKE_MS)}; ` +
        `p95 ${formatMs(result.p95Ms)} wall ${verdict(result.p95Ms < TARGET_KEYSTROKE_MS)}, ${formatMs(result.cpuP95Ms)} CPU ${verdict(result.cpuP95Ms < TARGET_KEYSTROKE_MS)} ` +
        '(wall time includes waiting for the CPU on a busy machine)\n',
    );
  }

  if (wants('simulator')) {
    const turns = quick ? 20 : 100;
    const memoryTurns = quick ? 200 : 1000;
    const sim = await measureSimulator(turns, memoryTurns);
    console.log(`## Conversation engine (twiml-sim) against a local app over HTTP\n`);
    console.log(
      renderTable(
        [
          'turns',
          'own time per turn (median)',
          'p95',
          'app time per turn (median)',
          'target',
          'heap before',
          `heap after ${sim.memoryTurns} more turns`,
        ],
        [
          [
            String(sim.turns),
            formatMs(sim.ownMedianMs),
            formatMs(sim.ownP95Ms),
            formatMs(sim.appMedianMs),
            `< ${TARGET_SIMULATOR_MS} ms ${verdict(sim.ownMedianMs < TARGET_SIMULATOR_MS)}`,
            formatBytes(sim.heapBefore),
            formatBytes(sim.heapAfter),
          ],
        ],
      ),
    );
    console.log('');
  }

  if (wants('embedded')) {
    console.log(
      '## TwiML in code: locating and validating the TwiML of a 5,000-line file (in process, host service)\n',
    );
    const results = [];
    for (const testCase of embeddedCases()) results.push(await measureEmbedded(testCase, quick ? 30 : 100));
    console.log(
      renderTable(
        [
          'file',
          'lines',
          'TwiML documents',
          'diagnostics',
          'first read',
          'keystroke median',
          'keystroke p95',
          'target',
          'verdict',
        ],
        results.map((r) => {
          const target = r.hasTwiml ? TARGET_EMBEDDED_MS : TARGET_NO_TWIML_MS;
          return [
            r.label,
            String(r.lines),
            String(r.documents),
            String(r.diagnostics),
            formatMs(r.firstReadMs),
            formatMs(r.keystrokeMedianMs),
            formatMs(r.keystrokeP95Ms),
            `< ${target} ms`,
            verdict(r.keystrokeMedianMs < target),
          ];
        }),
      ),
    );
    console.log(
      '\n(A keystroke: the edit applied, the file re-parsed incrementally by tree-sitter, its literals read and every TwiML part validated. Without TwiML the file costs a substring search.)\n',
    );
  }

  if (wants('server')) {
    if (!fs.existsSync(serverPath)) console.log(`## Server process: skipped, ${serverPath} missing (npm run build)\n`);
    else {
      console.log('## Through the server process (node dist/server.js --stdio, JSON-RPC by hand)\n');
      const latencies = await measureServerLatency(serverPath, quick ? 40 : 200);
      console.log(
        renderTable(
          ['measurement', 'samples', 'median', 'p95', 'debounce', 'median − debounce', 'p95 − debounce'],
          latencies.map((l) => [
            l.label,
            String(l.count),
            formatMs(l.medianMs),
            formatMs(l.p95Ms),
            formatMs(l.debounceMs),
            formatMs(l.medianMs - l.debounceMs),
            formatMs(l.p95Ms - l.debounceMs),
          ]),
        ),
      );
      console.log(
        `\n(The server waits ${SERVER_DEBOUNCE_MS} ms after a didChange before validating, so a burst validates once; didOpen is validated at once.)\n`,
      );
      await printServerLimits(serverPath);
    }
  }

  if (wants('memory') || wants('server')) {
    if (fs.existsSync(serverPath)) {
      const memory = await measureServerMemory(serverPath, 100);
      console.log(
        `## Server memory with ${memory.documents} open documents of 5-10 kB (${formatBytes(memory.totalBytes)} in all), each edited once\n`,
      );
      const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;
      const names = (list: string[]): string => (list.length ? list.join(', ') : 'none');
      console.log(
        renderTable(
          ['measurement', 'figure', 'target', 'verdict'],
          [
            ['RSS after initialize', mb(memory.baselineRssKb), '', ''],
            [
              'peak RSS (VmHWM), only .twiml files open',
              mb(memory.peakRssKb),
              `< ${TARGET_100_DOCUMENTS_MB} MB`,
              verdict(memory.peakRssKb / 1024 < TARGET_100_DOCUMENTS_MB),
            ],
            ['RSS at end, only .twiml files open', mb(memory.finalRssKb), '', ''],
            [
              'grammars loaded, only .twiml files open',
              names(memory.grammarsTwimlOnly),
              'none',
              verdict(memory.grammarsTwimlOnly.length === 0),
            ],
            ['RSS after a full GC, only .twiml files open', mb(memory.rssTwimlOnlyAfterGcKb), '', ''],
            ['RSS after one Python file with TwiML opens', mb(memory.rssAfterPythonKb), '', ''],
            ['grammars loaded then', names(memory.grammarsAfterPython), 'python', ''],
          ],
        ),
      );
      console.log('');
    }
  }

  if (wants('leak')) {
    if (fs.existsSync(serverPath)) {
      const edits = quick ? 2_000 : 10_000;
      const leak = await checkLeak(serverPath, edits);
      const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
      console.log(`## Leak check: one document edited ${edits.toLocaleString('en-US')} times (heap after full GC)\n`);
      console.log(
        renderTable(
          ['heap at 1,000 edits', `heap at ${edits.toLocaleString('en-US')} edits`, 'growth', 'limit', 'verdict'],
          [
            [
              mb(leak.heapAt1000),
              mb(leak.heapAtEnd),
              mb(leak.growthBytes),
              mb(LEAK_THRESHOLD_BYTES),
              leak.failed ? 'FAIL' : 'PASS',
            ],
          ],
        ),
      );
      if (leak.failed) {
        console.log('\nLEAK: the server heap grew; constructors that grew most between the two snapshots:\n');
        console.log(
          renderTable(
            ['constructor', 'objects', 'self bytes'],
            leak.growth.map((row) => [row.name || '(anonymous)', `+${row.countDelta}`, `+${row.selfBytesDelta}`]),
          ),
        );
        process.exitCode = 1;
      }
      console.log('');
    }
  }
}

/** Bounds under large documents (issue 6/9), each figure from a fresh server. */
async function printServerLimits(serverPath: string): Promise<void> {
  console.log('## Server bounds under large documents (a fresh server per figure)\n');
  const mb = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : 'n/a');
  const five = await peakRssAfterOpening(serverPath, 5_000_000);
  const ten = await peakRssAfterOpening(serverPath, 10_000_000);
  const small = await rssServingSmallDocuments(serverPath, 20);
  const hover = await hoverWhileLargeValidates(serverPath, 20);
  const rows = [
    [
      'peak RSS after opening a 5 MB TwiML document',
      mb(five.peakMb),
      `< ${TARGET_LARGE_RSS_MB} MB`,
      verdict(five.peakMb < TARGET_LARGE_RSS_MB),
    ],
    [
      'peak RSS after opening a 10 MB TwiML document',
      mb(ten.peakMb),
      `< ${TARGET_LARGE_RSS_MB} MB`,
      verdict(ten.peakMb < TARGET_LARGE_RSS_MB),
    ],
    [
      'peak RSS serving 20 documents of 8-64 kB',
      mb(small),
      `< ${TARGET_SMALL_RSS_MB} MB`,
      verdict(small < TARGET_SMALL_RSS_MB),
    ],
    [
      `hover on a small document while a 5 MB one validates (median of ${hover.answered})`,
      formatMs(hover.medianMs),
      `< ${TARGET_HOVER_MS} ms`,
      verdict(hover.medianMs < TARGET_HOVER_MS),
    ],
    ['  same, max', formatMs(hover.maxMs), `< ${TARGET_HOVER_MS} ms`, verdict(hover.maxMs < TARGET_HOVER_MS)],
    [
      '5 MB document: didOpen → first diagnostics',
      formatMs(five.diagnosticsMs),
      '< 2000 ms',
      verdict(five.diagnosticsMs < 2000),
    ],
    [
      '10 MB document: didOpen → first diagnostics',
      formatMs(ten.diagnosticsMs),
      '< 2000 ms',
      verdict(ten.diagnosticsMs < 2000),
    ],
  ];
  console.log(renderTable(['measurement', 'figure', 'target', 'verdict'], rows));
  console.log('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
