/**
 * PHP literal extraction: heredoc with closing indentation removed, interpolation forms, single
 * and double quotes, `.` joins and `.=` appends, printf verbs, nowdoc; TwiML outside `<?php ?>`,
 * comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';
import { readTemplates } from '../../server/src/embedded/templates/readTemplate';

const host = fixture('webhook.php');

test('php: the webhook gives four documents, none from outside <?php ?>', async () => {
  const docs = await extractFrom('php', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<Response>\n  <Gather action="https://example.com/menu/¤?from=¤">\n    <Say>Café $5 \\"quoted\\" for ¤</Say>\n  </Gather>\n</Response>',
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message to="¤">It\'s ¤\n</Message></Response>',
      '<Response><Dial callerId="¤">¤</Dial></Response>',
      '<Response><Say>No $interpolation {$here}</Say></Response>',
    ],
  );
});

test('php: heredoc indentation is removed and every kept character maps to its host offset', async () => {
  const [doc] = await extractFrom('php', host);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['$menu->id', '$from', 'name'],
  );
  assert.deepEqual(doc.placeholders[0].hostRange, {
    start: hostOffset(host, '{$menu'),
    end: hostOffset(host, '->id}', 5),
  });
  assert.equal(doc.map.toHost(doc.text.indexOf('Gather')), hostOffset(host, '<Gather', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('<Say>')), hostOffset(host, '<Say>Caf'));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '</Response>', 0, 2));
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), {
    start: hostOffset(host, '\\u{e9}'),
    end: hostOffset(host, '\\u{e9}', 6),
  });
  // A line break inserted into the heredoc keeps the closing indentation on the new line.
  const say = doc.text.indexOf('<Say>');
  assert.equal(doc.map.editToHost({ start: say, end: say }, '<Pause/>\n$')?.newText, '<Pause/>\n        \\$');
});

test('php: . joins and .= appends; \\\' in single quotes; placeholders for $from and "$name"', async () => {
  const doc = (await extractFrom('php', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['$from', '$name'],
  );
  const apostrophe = doc.text.indexOf("'s");
  assert.deepEqual(doc.map.rangeToHost({ start: apostrophe, end: apostrophe + 1 }), {
    start: hostOffset(host, "\\'s"),
    end: hostOffset(host, "\\'s", 2),
  });
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

const chain = fixture('php/echo_chain.php');

test('php echo chain: the echoes, print and inline text are one document, each literal written once', async () => {
  const docs = await extractFrom('php', chain);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>Hello ¤</Say><Dial>¤</Dial>' +
        '<Say>We do not know you yet.</Say><Say>Welcome back.</Say><Say>Nice to hear from you again.</Say>' +
        '¤<Pause length="1"/>\n<Hangup/></Response>',
    ],
  );
  // The assignments write nothing; the call may print, so it is a placeholder; header() is known silent.
  assert.deepEqual(
    docs[0].placeholders.map((p) => p.expression),
    ['$name', '$n', 'log_call($name);'],
  );
});

test('php echo chain: the loop body is a loop block, the if/elseif/else arms branch blocks', async () => {
  const [doc] = await extractFrom('php', chain);
  assert.deepEqual(
    doc.blocks.map((block) => [block.kind, shown(doc.text.slice(block.start, block.end))]),
    [
      ['loop', '<Dial>¤</Dial>'],
      ['branch', '<Say>We do not know you yet.</Say>'],
      ['branch', '<Say>Welcome back.</Say>'],
      ['branch', '<Say>Nice to hear from you again.</Say>'],
    ],
  );
});

test('php echo chain: every part maps to its host literal, and a fix is escaped as that literal needs', async () => {
  const [doc] = await extractFrom('php', chain);
  assert.equal(doc.map.toHost(doc.text.indexOf('<Response>')), hostOffset(chain, '"<Response>";', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('Welcome')), hostOffset(chain, "'Welcome", 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('<Pause')), hostOffset(chain, '<Pause'));
  assert.equal(doc.map.toHost(doc.text.indexOf('<Hangup/>')), hostOffset(chain, '("<Hangup/>")', 2));
  // "…" escapes a double quote; the text outside <?php ?> is sent as written.
  const hello = doc.text.indexOf('Hello');
  assert.equal(doc.map.editToHost({ start: hello, end: hello }, '"')?.newText, '\\"');
  const pause = doc.text.indexOf('<Pause');
  assert.equal(doc.map.editToHost({ start: pause, end: pause }, '"')?.newText, '"');
});

test('php echo chain: a chain ends at exit; a run printing two replies keeps both in one document', async () => {
  const ended = await extractFrom(
    'php',
    "<?php\necho '<Response>';\necho '</Response>';\nexit;\necho '<Response/>';\n",
  );
  assert.deepEqual(
    ended.map((doc) => shown(doc.text)),
    ['<Response></Response>', '<Response/>'],
  );
  const mistakes = await extractFrom('php', fixture('php/echo_chain_mistakes.php'));
  assert.deepEqual(
    mistakes.map((doc) => shown(doc.text)),
    [
      '<Response><say>Hi ¤</say><Redirect>/menu</Redirect></Response>',
      '<Response><Say>First</Say></Response><Response><Say>Second</Say></Response>',
    ],
  );
});

test('php echo chain: an echoed declaration followed by TwiML outside <?php ?> is left to the template reader', async () => {
  const host = '<?php echo \'<?xml version="1.0"?>\'; ?>\n<Response><Say>Hi</Say></Response>\n';
  assert.deepEqual(await extractFrom('php', host), []);
  assert.deepEqual(
    readTemplates(host, ['php']).map((doc) => shown(doc.text)),
    ['<?xml version="1.0"?> <Response><Say>Hi</Say></Response>\n'],
  );
});

test('php alternatives: a branch that prints its own reply and ends the request is a document of its own', async () => {
  const docs = await extractFrom('php', fixture('php/alternatives.php'));
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      // The chain from the declaration skips the three alternative arms (empty branch blocks).
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Other</Say></Response>',
      '<Response><Say>One</Say></Response>',
      '<Response><Dial>+15558675310</Dial></Response>',
      '<Response><Redirect>/three</Redirect></Response>',
    ],
  );
  assert.ok(docs[0].blocks.every((block) => block.start === block.end && block.kind === 'branch'));
});

test('php alternatives in a template: each arm closed after exit/return ends one document', async () => {
  const host = fixture('php/alternatives_template.php');
  const docs = readTemplates(host, ['php']);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text).trim().replace(/\s+/g, ' ')),
    [
      '<Response> <Gather numDigits="1" action="/menu"> <Say>Press one.</Say> </Gather> </Response>',
      '<Response><Say>One</Say></Response>',
      '<Response> <Say>Goodbye.</Say> </Response>',
    ],
  );
  assert.equal(docs[2].map.toHost(docs[2].text.indexOf('Goodbye')), hostOffset(host, 'Goodbye'));
  // An exit inside a closure in the block is not the end of the request.
  const closure =
    '<?php if ($a) { ?><Response><Say>A</Say><?php usort($x, function ($p, $q) { return $p - $q; }); } ?><Say>B</Say></Response>';
  assert.deepEqual(
    readTemplates(closure, ['php']).map((doc) => shown(doc.text)),
    ['<Response><Say>A</Say> <Say>B</Say></Response>'],
  );
});
