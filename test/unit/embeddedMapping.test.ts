/**
 * The virtual document builder and its source map: virtual text with placeholders, host ↔
 * virtual offsets both ways, edits written back into one literal with its escaping, and edits
 * that cannot be written back refused.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { VirtualDocumentBuilder } from '../../server/src/embedded/virtualDocument';
import { hasPlaceholder, PLACEHOLDER_BASE, withoutPlaceholders } from '../../server/src/analysis/placeholders';
import { PREVIEW_PLACEHOLDER_BASE } from '../../shared/protocol';

/** `'<Response><Message>Hi ' + name + '\n</Message></Response>'` written as a JS host would. */
function concatenated() {
  const host = `const x = '<Response><Message>Hi ' + name + '\\n</Message></Response>';`;
  const first = host.indexOf("'") + 1;
  const firstText = '<Response><Message>Hi ';
  const nameAt = host.indexOf('name');
  const second = host.indexOf("'", nameAt) + 1;
  const builder = new VirtualDocumentBuilder('literal')
    .beginLiteral((text) => text.replace(/'/g, "\\'"))
    .verbatim(firstText, first)
    .beginLiteral((text) => text.replace(/'/g, "\\'"))
    .placeholder(nameAt, nameAt + 4, 'name')
    .beginLiteral((text) => text.replace(/'/g, "\\'"))
    .decoded('\n', second, second + 2)
    .verbatim('</Message></Response>', second + 2);
  return { host, document: builder.build(), first, nameAt, second };
}

test('the virtual text holds decoded escapes and one character per placeholder', () => {
  const { document } = concatenated();
  assert.equal(document.text, '<Response><Message>Hi \ue000\n</Message></Response>');
  assert.equal(document.placeholders.length, 1);
  assert.equal(document.placeholders[0].expression, 'name');
  assert.ok(hasPlaceholder(document.text));
  assert.equal(withoutPlaceholders('a\ue000b\ue001'), 'ab');
});

test('offsets map both ways; atomic segments map to their ends', () => {
  const { host, document, first, nameAt, second } = concatenated();
  const map = document.map;
  const messageName = document.text.indexOf('Message');
  assert.equal(map.toHost(messageName), first + messageName);
  assert.equal(host.slice(map.toHost(messageName), map.toHost(messageName) + 7), 'Message');
  const placeholder = document.text.indexOf('\ue000');
  assert.deepEqual(map.rangeToHost({ start: placeholder, end: placeholder + 1 }), { start: nameAt, end: nameAt + 4 });
  const newline = document.text.indexOf('\n');
  assert.deepEqual(map.rangeToHost({ start: newline, end: newline + 1 }), { start: second, end: second + 2 });
  assert.equal(map.toVirtual(first + 3), 3);
  assert.equal(map.toVirtual(nameAt + 2), placeholder, 'inside a placeholder maps to its character');
  assert.equal(map.toVirtual(host.indexOf('const')), undefined, 'host code outside the literals does not map');
  assert.equal(map.toVirtual(host.indexOf('+')), undefined);
  assert.deepEqual(map.hostRange, { start: first, end: second + 2 + '</Message></Response>'.length });
});

test('an edit inside one literal is escaped for it; one across literals is refused', () => {
  const { host, document, first } = concatenated();
  const map = document.map;
  const at = document.text.indexOf('Hi');
  const edit = map.editToHost({ start: at, end: at + 2 }, "It's");
  assert.deepEqual(edit, { range: { start: first + at, end: first + at + 2 }, newText: "It\\'s" });
  const applied = host.slice(0, edit!.range.start) + edit!.newText + host.slice(edit!.range.end);
  assert.match(applied, /'<Response><Message>It\\'s ' \+ name/);
  const across = map.editToHost(
    { start: document.text.indexOf('<Message>'), end: document.text.indexOf('</Message>') },
    '',
  );
  assert.equal(across, undefined, 'removing text that spans the + would cut the code');
  const intoEscape = document.text.indexOf('\n');
  assert.equal(
    map.editToHost({ start: intoEscape, end: intoEscape + 1 }, 'x')?.range.start,
    document.map.toHost(intoEscape),
  );
});

test('statements are a space between tags and a placeholder inside attribute values', () => {
  const host = '<Response>{% if a %}<Message to="{% if b %}x{% endif %}">Hi</Message>{% endif %}</Response>';
  const builder = new VirtualDocumentBuilder('template');
  let last = 0;
  for (const match of host.matchAll(/\{%[^%]*%\}/g)) {
    const start = match.index ?? 0;
    builder.verbatim(host.slice(last, start), last);
    builder.statement(start, start + match[0].length, match[0].slice(2, -2));
    last = start + match[0].length;
  }
  builder.verbatim(host.slice(last), last);
  const document = builder.build();
  assert.equal(document.text, '<Response> <Message to="\ue000x\ue001">Hi</Message> </Response>');
  assert.equal(document.placeholders.map((p) => p.kind).join(), 'statement,statement');
});

test('blocks: loops and conditional arms in virtual offsets; unclosed blocks end with the text', () => {
  const builder = new VirtualDocumentBuilder('template').verbatim('<Response>', 0);
  builder.statement(10, 20, 'if a').openBlock('branch').verbatim('<Redirect>/a</Redirect>', 20);
  builder.statement(43, 53, 'else').nextArm().verbatim('<Message>b</Message>', 53);
  builder.statement(73, 84, 'endif').closeBlock();
  builder.statement(84, 94, 'for x').openBlock('loop').verbatim('<Message>x</Message>', 94);
  const document = builder.build();
  assert.deepEqual(
    document.blocks.map((b) => [b.kind, document.text.slice(b.start, b.end).trim()]),
    [
      ['branch', '<Redirect>/a</Redirect>'],
      ['branch', '<Message>b</Message>'],
      ['loop', '<Message>x</Message>'],
    ],
  );
});

test('an output right after `name=` in a tag is the whole value, quotes included: an opaque quoted value', () => {
  // <Gather action=<?php echo $url ?> method="GET">
  const host = '<Gather action=<?php echo $url ?> method="GET">';
  const b = new VirtualDocumentBuilder('template');
  const echo = host.indexOf('<?php');
  const after = host.indexOf('?>') + 2;
  b.verbatim(host.slice(0, echo), 0).placeholder(echo, after, '$url').verbatim(host.slice(after), after);
  const doc = b.build();
  assert.equal(withoutPlaceholders(doc.text), '<Gather action="" method="GET">');
  assert.equal(doc.placeholders[0].virtualOffset, doc.text.indexOf('"') + 1);
  assert.deepEqual(doc.map.rangeToHost({ start: doc.text.indexOf('"'), end: doc.text.indexOf(' method') }), {
    start: echo,
    end: after,
  });
  // Between attributes an output still stands for nothing: a space.
  const between = new VirtualDocumentBuilder('template')
    .verbatim('<Say ', 0)
    .placeholder(5, 12, 'attrs')
    .verbatim('>', 12)
    .build();
  assert.equal(between.text, '<Say  >');
});

test("the webview's placeholder base is the analysis's one definition", () => {
  assert.equal(PREVIEW_PLACEHOLDER_BASE, PLACEHOLDER_BASE);
});
