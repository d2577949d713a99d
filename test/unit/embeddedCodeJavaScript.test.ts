/**
 * JavaScript / TypeScript / TSX literal extraction: template literals with `${}` holes, escapes,
 * `+` joins and `+=` appends; comments, JSX, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

const host = fixture('express_app.js');

test('javascript: the Express handlers give three documents', async () => {
  const docs = await extractFrom('javascript', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<Response>\n  <message to="¤" action="https://example.com/status/¤?lang=fr">Café \u{1F600} `ok`</message>\n</Response>',
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello ¤</Say><Dial callerId="+15551234567">¤</Dial>\n</Response>',
      '<Response><Hangup/></Response>',
    ],
  );
});

test('javascript: template holes map to `${…}` and text maps to the exact host offsets', async () => {
  const [doc] = await extractFrom('javascript', host);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['from', 'req.params.id'],
  );
  assert.deepEqual(doc.placeholders[0].hostRange, {
    start: hostOffset(host, '${from}'),
    end: hostOffset(host, '${from}', 7),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('message')), hostOffset(host, '<message', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('?lang')), hostOffset(host, '?lang'));
  const emoji = doc.text.indexOf('\u{1F600}');
  assert.deepEqual(doc.map.rangeToHost({ start: emoji, end: emoji + 2 }), {
    start: hostOffset(host, '\\u{1F600}'),
    end: hostOffset(host, '\\u{1F600}', 9),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('ok`')), hostOffset(host, 'ok\\`'));
});

test('javascript: a backtick or ${ inserted into a template literal is escaped', async () => {
  const [doc] = await extractFrom('javascript', host);
  const at = doc.text.indexOf('Caf');
  assert.equal(doc.map.editToHost({ start: at, end: at }, '`${x}`')?.newText, '\\`\\${x}\\`');
});

test('javascript: appends with a declaration-only first literal, across a comment; \\" and E.164 attributes map', async () => {
  const doc = (await extractFrom('javascript', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['req.body.Name', 'number(req)'],
  );
  const plus = doc.text.indexOf('+1555');
  assert.equal(doc.map.toHost(plus), hostOffset(host, '+15551234567'));
  const quote = doc.text.indexOf('"+1555');
  assert.deepEqual(doc.map.rangeToHost({ start: quote, end: quote + 1 }), {
    start: hostOffset(host, '\\"+1555'),
    end: hostOffset(host, '\\"+1555', 2),
  });
  const say = doc.text.indexOf('Hello');
  assert.deepEqual(doc.map.editToHost({ start: say, end: say }, 'a "b"'), {
    range: { start: hostOffset(host, 'Hello'), end: hostOffset(host, 'Hello') },
    newText: 'a "b"',
  });
  const dial = doc.text.indexOf('<Dial') + 1;
  assert.equal(doc.map.editToHost({ start: dial, end: dial }, 'a "b"\n')?.newText, 'a \\"b\\"\\n');
});

test('typescript: a typed declaration is read like JavaScript', async () => {
  const docs = await extractFrom(
    'typescript',
    "const x: string = '<Response><Say>' + who + '</Say></Response>';\nlet n = 1 < 2;\n",
  );
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    ['<Response><Say>¤</Say></Response>'],
  );
});

test('tsx: JSX <Response> elements are markup and give nothing; the string does', async () => {
  // .txt: tsc would compile a .tsx fixture under test/.
  const text = fixture('Reply.tsx.txt');
  const docs = await extractFrom('tsx', text);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    ['<Response><Message>¤</Message></Response>'],
  );
  assert.equal(docs[0].map.toHost(docs[0].text.indexOf('Message')), hostOffset(text, '<Message', 1));
});

test('javascript: escapes decode and line continuations vanish', async () => {
  const text = "s = '<Response>\\\n<Say>\\x41\\t\\0\\q</Say></Response>';";
  const [doc] = await extractFrom('javascript', text);
  assert.equal(doc.text, '<Response><Say>A\t\0q</Say></Response>');
  assert.equal(doc.map.toHost(doc.text.indexOf('<Say>')), text.indexOf('<Say>'));
});
