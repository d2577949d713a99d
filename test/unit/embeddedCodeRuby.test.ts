/**
 * Ruby literal extraction: squiggly heredocs with the common indentation removed, `#{}` holes,
 * %Q, `<<` and `+=` appends, format verbs; comments, HTML and prose yield nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractFrom, fixture, hostOffset, shown } from './helpers/embeddedCode';

const host = fixture('voice_controller.rb');

test('ruby: the Rails controller gives five documents', async () => {
  const docs = await extractFrom('ruby', host);
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    [
      '<Response>\n  <Say language="fr-FR">Bonjour ¤, café #{not}</Say>\n  <Dial callerId="¤">¤</Dial>\n</Response>\n',
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message to="¤">¤</Message></Response>',
      '<Response><Redirect method="POST">¤</Redirect></Response>',
      '<Response><Say>¤</Say></Response>',
      '<Response><Say>No #{interpolation} here</Say></Response>\n',
    ],
  );
});

test('ruby: squiggly heredoc text maps back to the indented host lines', async () => {
  const [doc] = await extractFrom('ruby', host);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['name', "ENV['TWILIO_NUMBER']", 'params[:To]'],
  );
  assert.equal(doc.map.toHost(doc.text.indexOf('Say')), hostOffset(host, '<Say', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('Response')), hostOffset(host, '<Response>\n', 1));
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), hostOffset(host, '</Response>\n    XML'));
  const e = doc.text.indexOf('é');
  assert.deepEqual(doc.map.rangeToHost({ start: e, end: e + 1 }), {
    start: hostOffset(host, '\\u00e9'),
    end: hostOffset(host, '\\u00e9', 6),
  });
  assert.deepEqual(doc.placeholders[1].hostRange, {
    start: hostOffset(host, '#{ENV'),
    end: hostOffset(host, "NUMBER']}", 9),
  });
  const say = doc.text.indexOf('<Say');
  assert.equal(doc.map.editToHost({ start: say, end: say }, '#{x}\n')?.newText, '\\#{x}\n      ');
});

test('ruby: << chains and += append to the variable; escaped quotes map to two host characters', async () => {
  const doc = (await extractFrom('ruby', host))[1];
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['params[:From]', 'greeting'],
  );
  const quote = doc.text.indexOf('"', doc.text.indexOf('to='));
  assert.deepEqual(doc.map.rangeToHost({ start: quote, end: quote + 1 }), {
    start: hostOffset(host, '\\"#{params'),
    end: hostOffset(host, '\\"#{params', 2),
  });
  const m = doc.text.indexOf('Message');
  assert.equal(doc.map.toHost(m), hostOffset(host, '<Message', 1));
  assert.equal(doc.map.editToHost({ start: m, end: m }, '"')?.newText, '\\"');
});

test('ruby: %Q and format strings; a quoted heredoc interpolates nothing', async () => {
  const docs = await extractFrom('ruby', host);
  assert.equal(docs[2].map.toHost(docs[2].text.indexOf('Redirect')), hostOffset(host, '<Redirect', 1));
  assert.equal(docs[3].placeholders[0].hostRange.start, hostOffset(host, '%s'));
  assert.equal(docs[4].map.toHost(docs[4].text.indexOf('#{')), hostOffset(host, '#{interpolation'));
});

test("ruby: <<- keeps indentation; single quotes only unescape \\\\ and \\'", async () => {
  const text = "x = <<-EOS\n  <Response/>\n  EOS\ny = '<Response>\\n\\'</Response>'\n";
  const docs = await extractFrom('ruby', text);
  assert.deepEqual(
    docs.map((doc) => doc.text),
    ['  <Response/>\n', "<Response>\\n'</Response>"],
  );
});
