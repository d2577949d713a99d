/**
 * Java literal extraction: a text block with its incidental indentation and trailing blanks
 * stripped, `%s` verbs, escapes, `+` joins and `+=` appends; comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

// .txt: the fixture is not part of any build.
const host = fixture('VoiceController.java.txt');

test('java: the Spring controller gives two documents', async () => {
  const docs = await extractFrom('java', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<Response>\n  <Say voice="alice">Café for ¤ today</Say>\n  <Dial callerId="+15551234567">¤</Dial>\n</Response>\n',
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>¤\n</Message></Response>',
    ],
  );
});

test('java: text block characters map back to the indented host lines', async () => {
  const [doc] = await extractFrom('java', host);
  assert.equal(doc.map.toHost(doc.text.indexOf('Say')), hostOffset(host, '<Say', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('today')), hostOffset(host, 'today'));
  assert.equal(doc.map.toHost(doc.text.indexOf('+1555')), hostOffset(host, '+1555'));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '</Response>\n            """'));
  assert.deepEqual(
    doc.placeholders.map((p) => p.hostRange.start),
    [hostOffset(host, '%s \\'), hostOffset(host, '%s</Dial>')],
  );
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), {
    start: hostOffset(host, '\\u00e9'),
    end: hostOffset(host, '\\u00e9', 6),
  });
  const say = doc.text.indexOf('<Say');
  assert.equal(doc.map.editToHost({ start: say, end: say }, '<Pause/>\n"""')?.newText, '<Pause/>\n            \\"""');
});

test('java: appends after a declaration; \\" maps to two host characters; a quote is escaped', async () => {
  const doc = (await extractFrom('java', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['body'],
  );
  const quote = doc.text.indexOf('"');
  assert.deepEqual(doc.map.rangeToHost({ start: quote, end: quote + 1 }), {
    start: hostOffset(host, '\\"1.0'),
    end: hostOffset(host, '\\"1.0', 2),
  });
  const m = doc.text.indexOf('Message');
  assert.equal(doc.map.toHost(m), hostOffset(host, '<Message', 1));
  assert.equal(doc.map.editToHost({ start: m, end: m }, 'a "b"\n')?.newText, 'a \\"b\\"\\n');
});

test('java: a closing delimiter after content keeps no final line break', async () => {
  const text = 'class A { String s = """\n      <Response>\n        <Hangup/>\n      </Response>"""; }';
  const [doc] = await extractFrom('java', text);
  assert.equal(doc.text, '<Response>\n  <Hangup/>\n</Response>');
});
