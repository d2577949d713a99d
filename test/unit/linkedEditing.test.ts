/**
 * Linked editing: the cursor on either tag name of a matched pair links both names.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findLinkedEditingRanges } from '../../server/src/services/linkedEditing';
import { cursorDocument, textAt } from './helpers/cursorDocument';

/** The texts of the linked ranges at the `|`, or null. */
function linked(source: string): string[] | null {
  const { document, position, twiml } = cursorDocument(source);
  const result = findLinkedEditingRanges(document, position, twiml);
  return result ? result.ranges.map((range) => textAt(document, range)) : null;
}

test('start or end tag name links both names of that element', () => {
  assert.deepEqual(linked('<Response><Mes|sage>hi</Message></Response>'), ['Message', 'Message']);
  assert.deepEqual(linked('<Response><Message>hi</Message|></Response>'), ['Message', 'Message']);
  assert.deepEqual(linked('<Response><|Message>hi</Message></Response>'), ['Message', 'Message']);
  assert.deepEqual(linked('<Resp|onse>\n  <Message>hi</Message>\n</Response>'), ['Response', 'Response']);
  assert.deepEqual(linked('<Response><mess|age>hi</message></Response>'), ['message', 'message']);
});

test('no linked ranges without a matching pair or off the names', () => {
  assert.equal(linked('<Response><Pau|se/></Response>'), null);
  assert.equal(linked('<Response><Mess|age>hi'), null);
  assert.equal(linked('<Response><Message>h|i</Message></Response>'), null);
  assert.equal(linked('<Response><Message to="+|1">hi</Message></Response>'), null);
  assert.equal(linked('<Response><Message>hi</Message  |></Response>'), null);
});

test('the word pattern accepts XML names only', () => {
  const { document, position, twiml } = cursorDocument('<Response><Mes|sage>hi</Message></Response>');
  const pattern = new RegExp(`^(?:${findLinkedEditingRanges(document, position, twiml)?.wordPattern})$`);
  for (const name of ['Message', 'say-as', 'ns:Tag', 'Élément']) assert.ok(pattern.test(name), name);
  for (const name of ['Mes sage', 'a>b', '1abc', '']) assert.ok(!pattern.test(name), name);
});
