/** SMS encoding and segment counts (https://www.twilio.com/docs/glossary/what-sms-character-limit). */
import test from 'node:test';
import assert from 'node:assert/strict';
import { countSegments, isGsm7 } from '../../shared/smsSegments';

const segments = (text: string): number => countSegments(text).segments;

test('GSM-7: 160 in one segment, 153 per segment after that', () => {
  assert.equal(segments(''), 0);
  assert.equal(segments('a'.repeat(160)), 1);
  assert.equal(segments('a'.repeat(161)), 2);
  assert.equal(segments('a'.repeat(306)), 2);
  assert.equal(segments('a'.repeat(307)), 3);
  assert.equal(countSegments('hello').encoding, 'GSM-7');
});

test('extension characters take two septets and are never split', () => {
  assert.equal(segments('€'.repeat(80)), 1);
  assert.equal(segments('€'.repeat(81)), 2);
  // 306 septets would fill two segments exactly, but the € cannot straddle the boundary.
  assert.equal(segments('a'.repeat(152) + '€' + 'a'.repeat(152)), 3);
  assert.equal(countSegments('€'.repeat(81)).characters, 81);
});

test('UCS-2: 70 in one segment, 67 after; an emoji is never split', () => {
  assert.equal(segments('é'.repeat(70)), 1); // é is GSM-7
  assert.equal(countSegments('ő'.repeat(70)).encoding, 'UCS-2');
  assert.equal(segments('ő'.repeat(70)), 1);
  assert.equal(segments('ő'.repeat(71)), 2);
  assert.equal(segments('😀'.repeat(35)), 1);
  assert.equal(segments('😀'.repeat(36)), 2);
  assert.equal(countSegments('😀').characters, 1);
});

test('the backtick is not GSM-7', () => {
  assert.equal(isGsm7('`'), false);
  assert.equal(isGsm7('[hello]'), true);
});
