import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { directText } from '../../server/src/parser/xmlModel';
import { generateTwiml } from '../../bench/generate';

const service = createLanguageService();

/** Runs every service entry point a server would call, serializing what it would send. */
function exerciseAll(
  text: string,
  maxDiagnostics = 1000,
): { diagnostics: Diagnostic[]; ms: number; sentBytes: number } {
  const document = TextDocument.create('file:///robust.twiml', 'twiml', 1, text);
  const start = performance.now();
  const twiml = service.analyze(document);
  const diagnostics = service.doValidation(document, twiml, { maxDiagnostics });
  const ms = performance.now() - start;
  const middle = document.positionAt(text.length >> 1);
  const results = {
    diagnostics,
    preview: service.getPreviewModel(document, twiml, { maxDiagnostics }),
    symbols: service.findDocumentSymbols(document, twiml),
    folding: service.getFoldingRanges(document, twiml, 5000),
    hover: service.doHover(document, middle, twiml),
    completion: service.doComplete(document, middle, twiml),
    linked: service.findLinkedEditingRanges(document, middle, twiml),
  };
  let sentBytes = 0;
  for (const [name, result] of Object.entries(results)) {
    // The server sends each result as JSON: a result too deep for JSON.stringify would fail there.
    assert.doesNotThrow(() => {
      sentBytes += JSON.stringify(result ?? null).length;
    }, `${name} result cannot be serialized`);
  }
  return { diagnostics, ms, sentBytes };
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

test('a 10 MB document validates without throwing, diagnostics capped', () => {
  const text = generateTwiml(10_000_000, 'voice', 11).replace(
    '</Response>',
    '<say>x</say>'.repeat(2000) + '</Response>',
  );
  assert.ok(text.length >= 10_000_000);
  const { diagnostics, ms } = exerciseAll(text, 500);
  console.log(`10 MB: ${diagnostics.length} diagnostics in ${ms.toFixed(0)} ms`);
  assert.equal(diagnostics.length, 501);
  assert.equal(diagnostics[500].code, 'too-many-diagnostics');
  assert.ok(codes(diagnostics).includes('element-case'));
  // The finding that rejects the whole document (11750) must survive the cap.
  assert.ok(codes(diagnostics).includes('document-too-large'));
});

test('100,000 elements: diagnostics capped by maxDiagnostics with one summary', () => {
  const text = `<Response>\n${'<say>hi</say>\n'.repeat(100_000)}</Response>`;
  for (const maxDiagnostics of [1000, 10]) {
    const { diagnostics, ms } = exerciseAll(text, maxDiagnostics);
    console.log(`100,000 elements, cap ${maxDiagnostics}: ${diagnostics.length} diagnostics in ${ms.toFixed(0)} ms`);
    assert.equal(diagnostics.length, maxDiagnostics + 1);
    const summary = diagnostics[maxDiagnostics];
    assert.equal(summary.code, 'too-many-diagnostics');
    assert.match(summary.message, /\d+ more problems/);
    assert.equal(
      codes(diagnostics.slice(0, maxDiagnostics)).filter((code) => code === 'too-many-diagnostics').length,
      0,
    );
  }
  // Under the cap nothing is summarised.
  const small = exerciseAll(`<Response>${'<say>hi</say>'.repeat(5)}</Response>`, 10).diagnostics;
  assert.ok(!codes(small).includes('too-many-diagnostics'));
  assert.equal(codes(small).filter((code) => code === 'element-case').length, 5);
});

for (const [label, text] of [
  ['closed', `<Response>${'<Gather>'.repeat(10_000)}x${'</Gather>'.repeat(10_000)}</Response>`],
  ['never closed', `<Response>${'<Gather input="dtmf">'.repeat(10_000)}`],
  ['unknown names', `<Response>${'<Speak>'.repeat(10_000)}${'</Speak>'.repeat(10_000)}</Response>`],
  ['mixed voice verbs', `<Response>${'<Dial><Number>'.repeat(5_000)}${'</Number></Dial>'.repeat(5_000)}</Response>`],
] as const) {
  test(`nesting 10,000 deep (${label}): no stack overflow anywhere`, () => {
    const { diagnostics, ms } = exerciseAll(text);
    console.log(`10,000 deep (${label}): ${diagnostics.length} diagnostics in ${ms.toFixed(0)} ms`);
    assert.ok(diagnostics.length > 0 && diagnostics.length <= 1001);
  });
}

/** The classic billion-laughs DOCTYPE: &lol9; would expand to 10^9 "lol"s. */
function billionLaughs(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE Response [\n ${entities.join('\n ')}\n]>\n<Response><Message>&lol9;</Message></Response>\n`;
}

test('billion laughs: never expanded, fast, flagged xml-doctype', () => {
  const text = billionLaughs();
  const start = performance.now();
  const { diagnostics, sentBytes } = exerciseAll(text);
  const ms = performance.now() - start;
  console.log(`billion laughs: ${ms.toFixed(1)} ms, ${sentBytes} bytes of results`);
  assert.ok(ms < 2000, `took ${ms} ms`);
  assert.ok(sentBytes < 200_000, `results of ${sentBytes} bytes: something expanded`);
  assert.ok(codes(diagnostics).includes('xml-doctype'));
  const twiml = service.analyze(TextDocument.create('file:///b.twiml', 'twiml', 1, text));
  const message = twiml.elements.find((element) => element.name === 'Message');
  assert.ok(message);
  assert.equal(directText(message), '&lol9;');
  const preview = service.getPreviewModel(TextDocument.create('file:///b.twiml', 'twiml', 1, text));
  const step = preview.messaging[0];
  assert.ok(step && step.kind === 'message');
  assert.equal(step.body, '&lol9;');
});

/** Records every path the fs module is asked to read while `work` runs. */
function recordFileReads(work: () => void): string[] {
  const seen: string[] = [];
  const mutableFs = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const names = ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream', 'existsSync', 'statSync'];
  const originals = names.map((name) => mutableFs[name]);
  names.forEach((name, index) => {
    mutableFs[name] = (...args: unknown[]) => {
      seen.push(String(args[0]));
      return originals[index].apply(fs, args);
    };
  });
  const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originalPromiseRead = promises.readFile;
  promises.readFile = (...args: unknown[]) => {
    seen.push(String(args[0]));
    return originalPromiseRead.apply(fs.promises, args);
  };
  try {
    work();
  } finally {
    names.forEach((name, index) => {
      mutableFs[name] = originals[index];
    });
    promises.readFile = originalPromiseRead;
  }
  return seen;
}

test('the fs spy sees reads (so its silence below means something)', () => {
  const seen = recordFileReads(() => {
    fs.readFileSync('/etc/hostname', 'utf8');
  });
  assert.deepEqual(seen, ['/etc/hostname']);
});

test('external entities and DTDs are never read from disk or the network', async () => {
  const connections: string[] = [];
  const server = net.createServer((socket) => {
    connections.push(String(socket.remoteAddress));
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    const documents = [
      `<?xml version="1.0"?>\n<!DOCTYPE Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Response><Message>&xxe;</Message></Response>`,
      `<!DOCTYPE Response SYSTEM "file:///etc/passwd">\n<Response><Message>hi</Message></Response>`,
      `<!DOCTYPE Response [<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n<Response><Message>&net;</Message></Response>`,
      `<!DOCTYPE Response PUBLIC "-//X//DTD X//EN" "http://127.0.0.1:${port}/x.dtd">\n<Response><Message>hi</Message></Response>`,
      `<!DOCTYPE Response [<!ENTITY % remote SYSTEM "http://127.0.0.1:${port}/p.dtd"> %remote; <!ENTITY net SYSTEM "http://127.0.0.1:${port}/x">]>\n<Response><Message>&net;</Message></Response>`,
    ];
    for (const text of documents) {
      let result: ReturnType<typeof exerciseAll> | undefined;
      const start = performance.now();
      const reads = recordFileReads(() => {
        result = exerciseAll(text);
      });
      const ms = performance.now() - start;
      assert.ok(result);
      assert.deepEqual(
        reads.filter((file) => file.includes('passwd')),
        [],
        'read /etc/passwd',
      );
      assert.ok(ms < 2000, `took ${ms} ms`);
      assert.ok(codes(result.diagnostics).includes('xml-doctype'), text);
      const doctype = result.diagnostics.find((d) => d.code === 'xml-doctype');
      assert.match(doctype?.message ?? '', /never (expanded|fetched)/);
      const twiml = service.analyze(TextDocument.create('file:///x.twiml', 'twiml', 1, text));
      const message = twiml.elements.find((element) => element.name === 'Message');
      assert.ok(message && !directText(message).includes('root:'), 'passwd content leaked');
      if (text.includes('&xxe;')) assert.equal(directText(message), '&xxe;');
      if (text.includes('&net;')) assert.equal(directText(message), '&net;');
    }
    // Any fetch would be asynchronous: give it time to arrive before concluding there was none.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(connections, []);
  } finally {
    server.close();
  }
});
