/**
 * C# literal extraction: interpolated, verbatim and raw strings, `{{` braces, `{0}` composite
 * items, `+` joins and `+=` appends; comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

// .txt: the fixture is not part of any build.
const host = fixture('VoiceController.cs.txt');

test('csharp: the ASP.NET controller gives three documents', async () => {
  const docs = await extractFrom('csharp', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<Response><Say voice="alice">Café {ok} for ¤</Say><Play>https://example.com/¤/hold.mp3</Play><Pause length="2"/></Response>',
      '<Response>\n  <Message to="¤">{literal} ¤</Message>\n</Response>',
      '<Response><Dial callerId="¤">¤</Dial></Response>',
    ],
  );
});

test('csharp: interpolations are placeholders mapped to their braces; escapes map whole', async () => {
  const [doc] = await extractFrom('csharp', host);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['From', 'CallSid'],
  );
  assert.deepEqual(doc.placeholders[0].hostRange, {
    start: hostOffset(host, '{From'),
    end: hostOffset(host, ':N}', 3),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('Say')), hostOffset(host, '<Say', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('/hold')), hostOffset(host, '/hold'));
  const q = doc.text.indexOf('"2"');
  assert.deepEqual(doc.map.rangeToHost({ start: q, end: q + 1 }), {
    start: hostOffset(host, '""2'),
    end: hostOffset(host, '""2', 2),
  });
  const brace = doc.text.indexOf('{ok');
  assert.deepEqual(doc.map.rangeToHost({ start: brace, end: brace + 1 }), {
    start: hostOffset(host, '{{ok'),
    end: hostOffset(host, '{{ok', 2),
  });
});

test('csharp: inserted quotes and braces are escaped as each literal needs', async () => {
  const [doc] = await extractFrom('csharp', host);
  const say = doc.text.indexOf('Caf');
  assert.equal(doc.map.editToHost({ start: say, end: say }, '"{x}"\n')?.newText, '\\"{{x}}\\"\\n');
  const pause = doc.text.indexOf('Pause');
  assert.equal(doc.map.editToHost({ start: pause, end: pause }, '"')?.newText, '""');
});

test('csharp: a $$ raw string loses its closing indentation; single braces are text', async () => {
  const doc = (await extractFrom('csharp', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['message.From', 'message.Body'],
  );
  assert.equal(doc.map.toHost(doc.text.indexOf('Message')), hostOffset(host, '<Message', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('{literal}')), hostOffset(host, '{literal}'));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '</Response>\n            """'));
});

test('csharp: {0} composite items are placeholders in a plain string', async () => {
  const doc = (await extractFrom('csharp', host))[2];
  assert.deepEqual(
    doc.placeholders.map((p) => p.hostRange.start),
    [hostOffset(host, '{0}'), hostOffset(host, '{1}')],
  );
  assert.equal(doc.map.toHost(doc.text.indexOf('Dial')), hostOffset(host, '<Dial', 1));
});

test('csharp: a candidate among 500 unclosed generics (`<Response><Response>…`) neither throws nor breaks the parser for later files (host fuzz seed 4382)', async () => {
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const { createHostLanguageService } = await import('../../server/src/embedded/hostService');
  const { ensureLanguage } = await import('../../server/src/embedded/code/treeSitter');
  await ensureLanguage('csharp');
  await ensureLanguage('php');
  const service = createHostLanguageService();
  const check = (uri: string, text: string): number => {
    const document = TextDocument.create(uri, '', 1, text);
    return service.analyze(document).parts.length;
  };
  // Error recovery leaves a zero-width MISSING node at the candidate; asking its parent recursed
  // once per level inside tree-sitter and overflowed its stack.
  assert.equal(check('file:///deep.cs', '<Response>'.repeat(500)), 0);
  assert.equal(check('file:///deep.php', `<?php ${'<Response>'.repeat(500)}`), 0);
  assert.equal(check('file:///after.cs', 'class C { string M() { return "<Response><Say>Hi</Say></Response>"; } }'), 1);
});

test('csharp: 2,000 candidates thousands of levels deep are analysed in under 3 s, not one search from the root per step up (host fuzz seed 4382 took 40 s)', async () => {
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const { createHostLanguageService } = await import('../../server/src/embedded/hostService');
  const { ensureLanguage } = await import('../../server/src/embedded/code/treeSitter');
  await ensureLanguage('csharp');
  const service = createHostLanguageService();
  const text = `class C { string M() { return "<Response><Say>Hi</Say></Response>"; } }\n${'<Response>'.repeat(2000)}`;
  const started = Date.now();
  const analysis = service.analyze(TextDocument.create('file:///deep.cs', '', 1, text));
  const elapsed = Date.now() - started;
  assert.equal(analysis.parts.length, 1);
  assert.ok(elapsed < 3000, `${elapsed} ms`);
});
