/**
 * PHP literal extraction: heredoc with closing indentation removed, interpolation forms, single
 * and double quotes, `.` joins and `.=` appends, printf verbs, nowdoc; TwiML outside `<?php ?>`,
 * comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

const host = fixture('webhook.php');

test('php: the webhook gives four documents, none from outside <?php ?>', async () => {
  const docs = await extractFrom('php', host);
  assert.deepEqual(docs.map((doc) => shown(doc.text)), [
    '<Response>\n  <Gather action="https://example.com/menu/¤?from=¤">\n    <Say>Café $5 \\"quoted\\" for ¤</Say>\n  </Gather>\n</Response>',
    '<?xml version="1.0" encoding="UTF-8"?><Response><Message to="¤">It\'s ¤\n</Message></Response>',
    '<Response><Dial callerId="¤">¤</Dial></Response>',
    '<Response><Say>No $interpolation {$here}</Say></Response>',
  ]);
});

test('php: heredoc indentation is removed and every kept character maps to its host offset', async () => {
  const [doc] = await extractFrom('php', host);
  assert.deepEqual(doc.placeholders.map((p) => p.expression), ['$menu->id', '$from', 'name']);
  assert.deepEqual(doc.placeholders[0].hostRange, { start: hostOffset(host, '{$menu'), end: hostOffset(host, '->id}', 5) });
  assert.equal(doc.map.toHost(doc.text.indexOf('Gather')), hostOffset(host, '<Gather', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('<Say>')), hostOffset(host, '<Say>Caf'));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '</Response>', 0, 2));
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), { start: hostOffset(host, '\\u{e9}'), end: hostOffset(host, '\\u{e9}', 6) });
  // A line break inserted into the heredoc keeps the closing indentation on the new line.
  const say = doc.text.indexOf('<Say>');
  assert.equal(doc.map.editToHost({ start: say, end: say }, '<Pause/>\n$')?.newText, '<Pause/>\n        \\$');
});

test('php: . joins and .= appends; \\\' in single quotes; placeholders for $from and "$name"', async () => {
  const doc = (await extractFrom('php', host))[1];
  assert.deepEqual(doc.placeholders.map((p) => p.expression), ['$from', '$name']);
  const apostrophe = doc.text.indexOf("'s");
  assert.deepEqual(doc.map.rangeToHost({ start: apostrophe, end: apostrophe + 1 }), { start: hostOffset(host, "\\'s"), end: hostOffset(host, "\\'s", 2) });
  assert.equal(doc.map.toHost(doc.text.indexOf('Message')), hostOffset(host, '<Message', 1));
  const it = doc.text.indexOf('It');
  assert.equal(doc.map.editToHost({ start: it, end: it }, "'")?.newText, "\\'");
  const nl = doc.text.indexOf('\n</Message>') + 1;
  assert.equal(doc.map.editToHost({ start: nl, end: nl }, '"$x"')?.newText, '\\"\\$x\\"');
});

test('php: printf verbs are placeholders; a nowdoc interpolates nothing', async () => {
  const docs = await extractFrom('php', host);
  assert.equal(docs[2].map.toHost(docs[2].text.indexOf('Dial')), hostOffset(host, '<Dial', 1));
  assert.equal(docs[2].placeholders[0].hostRange.start, hostOffset(host, '%s'));
  assert.equal(docs[3].map.toHost(docs[3].text.indexOf('$here')), hostOffset(host, '$here'));
});
