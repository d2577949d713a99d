/**
 * Go literal extraction: raw strings with fmt verbs, interpreted strings with escapes, `+` joins
 * and `+=` appends; comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

// .txt: the fixture is not part of any build.
const host = fixture('handler.go.txt');

test('go: the handlers give two documents', async () => {
  const docs = await extractFrom('go', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Dial callerId="¤" action="https://example.com/calls/¤/done">¤</Dial>\n</Response>',
      '<Response><Message>Café "¤"\n</Message></Response>',
    ],
  );
});

test('go: fmt verbs in a raw string are placeholders; text maps one to one', async () => {
  const [doc] = await extractFrom('go', host);
  assert.deepEqual(
    doc.placeholders.map((p) => p.hostRange.start),
    [hostOffset(host, '%s"'), hostOffset(host, '%v'), hostOffset(host, '%s</Dial>')],
  );
  assert.equal(doc.map.toHost(doc.text.indexOf('Dial')), hostOffset(host, '<Dial', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('/done')), hostOffset(host, '/done'));
  const at = doc.text.indexOf('<Dial');
  assert.equal(doc.map.editToHost({ start: at, end: at }, 'a`b')?.newText, 'a` + "`" + `b');
});

test('go: escapes in an interpreted string, + joins and += appends', async () => {
  const doc = (await extractFrom('go', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['r.FormValue("Body")'],
  );
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), {
    start: hostOffset(host, '\\u00e9'),
    end: hostOffset(host, '\\u00e9', 6),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('Message')), hostOffset(host, '<Message', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '"</Response>"', 1));
  const m = doc.text.indexOf('Message');
  assert.equal(doc.map.editToHost({ start: m, end: m }, '"\\')?.newText, '\\"\\\\');
});

test('go: var declarations start appends too', async () => {
  const text = 'package p\nfunc f() {\n\tvar x = "<Response>"\n\tx += "<Hangup/>"\n\tx += "</Response>"\n}\n';
  const docs = await extractFrom('go', text);
  assert.deepEqual(
    docs.map((doc) => doc.text),
    ['<Response><Hangup/></Response>'],
  );
});
