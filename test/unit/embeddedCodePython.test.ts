/**
 * Python literal extraction: f-strings, format placeholders, escapes, joins and appends; what
 * is not TwiML (comments, docstring prose, HTML, a lone XML declaration) yields nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

const host = fixture('flask_app.py');

test('python: the Flask handlers give four documents, in host order', async () => {
  const docs = await extractFrom('python', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Dial callerId="¤">¤</Dial>\n</Response>',
      '<Response><message to="¤">Hi ¤ {ok}</message></Response>',
      '<Response><Say voice="alice">Café "open"\n</Say>¤<Play>https://example.com/¤.mp3</Play></Response>',
      '<?xml version="1.0"?><Response><Say>C:\\path</Say></Response>',
    ],
  );
});

test('python: f-string holes are placeholders whose expression is the code, mapped back exactly', async () => {
  const doc = (await extractFrom('python', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['request.form["From"]', 'name'],
  );
  const m = doc.text.indexOf('message');
  assert.equal(doc.map.toHost(m), hostOffset(host, '<message', 1));
  const hole = doc.placeholders[1];
  assert.deepEqual(hole.hostRange, { start: hostOffset(host, '{name!r'), end: hostOffset(host, ':>10}', 5) });
  // `{{` is one brace, mapped to both host characters.
  const brace = doc.text.indexOf('{ok}');
  assert.deepEqual(doc.map.rangeToHost({ start: brace, end: brace + 1 }), {
    start: hostOffset(host, '{{ok'),
    end: hostOffset(host, '{{ok', 2),
  });
  assert.equal(doc.map.toHost(brace + 1), hostOffset(host, '{{ok', 2));
});

test('python: %(name)s and {name} in a module constant are placeholders', async () => {
  const doc = (await extractFrom('python', host))[0];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['caller', 'number'],
  );
  assert.equal(doc.map.toHost(doc.text.indexOf('Dial')), hostOffset(host, '<Dial', 1));
});

test('python: appends follow across a comment and stop at the first other use of the variable', async () => {
  const doc = (await extractFrom('python', host))[2];
  assert.ok(!doc.text.includes('Hangup'));
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['str(hours)', 'file_name'],
  );
  // Escapes: \u00e9 is one character standing for six host characters, \" for two.
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), {
    start: hostOffset(host, '\\u00e9'),
    end: hostOffset(host, '\\u00e9', 6),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('open')), hostOffset(host, 'open'));
  assert.equal(doc.map.toHost(doc.text.indexOf('Play')), hostOffset(host, '<Play', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, "'</Response>'", 1));
});

test('python: implicit concatenation joins a declaration-only literal with the rest; raw strings keep backslashes', async () => {
  const doc = (await extractFrom('python', host))[3];
  const slash = doc.text.indexOf('\\path');
  assert.equal(doc.map.toHost(slash), hostOffset(host, '\\path'));
  assert.equal(doc.map.toHost(doc.text.indexOf('<Response>')), hostOffset(host, '"<Response>"', 1));
});

test('python: a quote inserted into a single-quoted literal is escaped; into a triple-quoted one it is not', async () => {
  const docs = await extractFrom('python', host);
  const voice = docs[2];
  const at = voice.text.indexOf('alice');
  assert.equal(voice.map.editToHost({ start: at, end: at }, "'")?.newText, "\\'");
  const forward = docs[0];
  const dial = forward.text.indexOf('<Dial');
  assert.deepEqual(forward.map.editToHost({ start: dial, end: dial }, '<Say>"x"</Say>'), {
    range: { start: hostOffset(host, '<Dial'), end: hostOffset(host, '<Dial') },
    newText: '<Say>"x"</Say>',
  });
  const sms = docs[1];
  const hi = sms.text.indexOf('Hi');
  assert.equal(sms.map.editToHost({ start: hi, end: hi }, 'a {b}\n')?.newText, 'a {{b}}\\n');
});

test('python: a double quote into a double-quoted literal becomes \\"', async () => {
  const text = 'x = "<Response><Say>hi</Say></Response>"\n';
  const [doc] = await extractFrom('python', text);
  const at = doc.text.indexOf('hi');
  assert.deepEqual(doc.map.editToHost({ start: at, end: at + 2 }, 'say "hi"'), {
    range: { start: text.indexOf('hi'), end: text.indexOf('hi') + 2 },
    newText: 'say \\"hi\\"',
  });
});

test('python: line continuations vanish; \\x, \\U and octal escapes decode', async () => {
  const text = "x = '<Response>\\\n<Say>\\x41\\U0001F600\\101</Say></Response>'\n";
  const [doc] = await extractFrom('python', text);
  assert.equal(doc.text, '<Response><Say>A\u{1F600}A</Say></Response>');
  assert.equal(doc.map.toHost(doc.text.indexOf('<Say>')), text.indexOf('<Say>'));
});

test('python: several candidates in one value give one document; a lone declaration gives none', async () => {
  const docs = await extractFrom('python', "a = '<Response>' + x + '<response/>'\nb = '<?xml version=\"1.0\"?>'\n");
  assert.equal(docs.length, 1);
  assert.equal(shown(docs[0].text), '<Response>¤<response/>');
});

test('python: 5,000 lines with 10 TwiML literals extract in a few ms beyond parsing', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 2500; i++) {
    lines.push(
      i % 250 === 0
        ? `T${i} = f'<Response><Say>{name}</Say></Response>'`
        : `def f${i}(a, b):\n    return a + b * ${i}  # x < y`,
    );
  }
  const text = lines.join('\n');
  const { CodeTrees } = await import('../../server/src/embedded/code/codeTrees');
  const { ensureLanguage } = await import('../../server/src/embedded/code/treeSitter');
  const { findCandidates } = await import('../../shared/twimlCandidates');
  const { extractPython } = await import('../../server/src/embedded/code/languages/python');
  await ensureLanguage('python');
  const trees = new CodeTrees();
  const tree = trees.parse('big', 'python', text);
  assert.ok(tree);
  const candidates = findCandidates(text);
  // The first run pays for compiling the extractor; the best of the next five is what a keystroke
  // costs on a quiet machine (the others may include a GC pause or a busy CPU).
  const cold = timed(() => extractPython({ text, tree, candidates }));
  const warm = Array.from({ length: 5 }, () => timed(() => extractPython({ text, tree, candidates })));
  const docs = cold.result;
  const elapsed = Math.min(...warm.map((run) => run.ms));
  trees.delete('big');
  console.log(
    `python: extracted ${docs.length} documents from ${text.split('\n').length} lines in ${elapsed.toFixed(2)} ms (first run ${cold.ms.toFixed(2)} ms; parse excluded)`,
  );
  assert.equal(docs.length, 10);
  assert.ok(elapsed < 50, `extraction took ${elapsed} ms`);
});

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

test('python: a percent sign in prose is text, not a printf verb', async () => {
  const [doc] = await extractFrom('python', "x = '<Response><Say>50% discount, 100%% sure</Say></Response>'\n");
  assert.equal(doc.text, '<Response><Say>50% discount, 100%% sure</Say></Response>');
  assert.equal(doc.placeholders.length, 0);
});
