/**
 * nodeAtOffset: what the cursor (`|`) is on, in complete, half-typed and very deep documents.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from '../../server/src/parser/parseXml';
import { nodeAtOffset } from '../../server/src/services/nodeAtOffset';

/** `kind element[.attribute]` at the `|`. */
function at(source: string): string {
  const offset = source.indexOf('|');
  const doc = parseXml(source.slice(0, offset) + source.slice(offset + 1), { skipXmldom: true });
  const place = nodeAtOffset(doc, offset);
  const attribute = 'attribute' in place ? `.${place.attribute.name}` : '';
  return `${place.kind} ${place.element?.name ?? '-'}${attribute}`;
}

test('tag names, attributes and values', () => {
  assert.equal(at('<Response><Mes|sage to="a">x</Message></Response>'), 'startTagName Message');
  assert.equal(at('<Response><Message| to="a">x</Message></Response>'), 'startTagName Message');
  assert.equal(at('<Response><Message |to="a">x</Message></Response>'), 'attributeName Message.to');
  assert.equal(at('<Response><Message to="a|b">x</Message></Response>'), 'attributeValue Message.to');
  assert.equal(at('<Response><Message to="ab"| >x</Message></Response>'), 'startTag Message');
  assert.equal(at('<Response><Message>x</Mess|age></Response>'), 'endTagName Message');
});

test('content, top level, comments and CDATA', () => {
  assert.equal(at('<Response><Message>h|i</Message></Response>'), 'content Message');
  assert.equal(at('<Response><Message>hi</Message>|</Response>'), 'content Response');
  assert.equal(at('<Response>|<Message>hi</Message></Response>'), 'content Response');
  assert.equal(at('|<Response/>'), 'content -');
  assert.equal(at('<Response/>|'), 'content -');
  assert.equal(at('<Response><!-- a| --></Response>'), 'comment Response');
  assert.equal(at('<Response><Message><![CDATA[a|]]></Message></Response>'), 'cdata Message');
});

test('half-typed tags keep the cursor inside them', () => {
  assert.equal(at('<Response><Mes|'), 'startTagName Mes');
  assert.equal(at('<Response><Message |'), 'startTag Message');
  assert.equal(at('<Response><Message to="|'), 'attributeValue Message.to');
  assert.equal(at('<Response><Message method=|>'), 'attributeValue Message.method');
  assert.equal(at('<Response><Message>hi</Message|'), 'endTagName Message');
  assert.equal(at('<Response><Message>hi|'), 'content Message');
  assert.equal(at('<Response><Message \n  |\n</Response>'), 'startTag Message');
});

test('a 10,000-deep document is walked without recursion', () => {
  const depth = 10000;
  const source = `${'<a>'.repeat(depth)}|${'</a>'.repeat(depth)}`;
  assert.equal(at(source), 'content a');
});
