/**
 * Hover over inline documents: `|` is the cursor. Checks the markdown facts and the range hovered.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doHover } from '../../server/src/services/hover';
import { cursorDocument, textAt } from './helpers/cursorDocument';

/** Hovers at the `|`; returns the markdown and the text of the hovered range, or undefined. */
function hover(source: string): { markdown: string; over: string } | undefined {
  const { document, position, twiml } = cursorDocument(source);
  const result = doHover(document, position, twiml);
  if (!result) return undefined;
  assert.ok(result.range, 'hover has a range');
  return { markdown: (result.contents as MarkupContent).value, over: textAt(document, result.range) };
}

function expectHover(source: string, over: string, ...facts: Array<string | RegExp>): string {
  const result = hover(source);
  assert.ok(result, `expected a hover at ${source}`);
  assert.equal(result.over, over);
  for (const fact of facts) {
    if (typeof fact === 'string')
      assert.ok(result.markdown.includes(fact), `missing "${fact}" in:\n${result.markdown}`);
    else assert.match(result.markdown, fact);
  }
  return result.markdown;
}

test('element name: description, kind, children, attributes and the docs link', () => {
  expectHover(
    '<Response><Mes|sage>hi</Message></Response>',
    'Message',
    '**`<Message>`** · messaging verb',
    'Children: `<Body>`, `<Media>`',
    'Attributes: `to`, `from`, `action`, `method`, `statusCallback`',
    '[Twilio docs](https://www.twilio.com/docs/messaging/twiml/message)',
  );
  expectHover('<Response><Message>hi</Mess|age></Response>', 'Message', '**`<Message>`**');
  expectHover('<Resp|onse/>', 'Response', 'messaging root element');
});

test('<Message> hover counts characters, encoding and segments', () => {
  expectHover('<Response><Mes|sage>Hello</Message></Response>', 'Message', 'Body: 5 characters · GSM-7 · 1 segment');
  expectHover('<Response><Mes|sage>Hi 👋</Message></Response>', 'Message', 'Body: 4 characters · UCS-2 · 1 segment');
  expectHover(
    `<Response><Mes|sage>${'a'.repeat(160)}</Message></Response>`,
    'Message',
    '160 characters · GSM-7 · 1 segment',
  );
  expectHover(
    `<Response><Mes|sage>${'a'.repeat(161)}</Message></Response>`,
    'Message',
    '161 characters · GSM-7 · 2 segments',
  );
  expectHover(
    '<Response><Mes|sage><Body>abc</Body><Media>https://e.com/a.png</Media></Message></Response>',
    'Message',
    'Body: 3 characters',
  );
  expectHover('<Response><Mes|sage><Media>https://e.com/a.png</Media></Message></Response>', 'Message', 'Body: empty');
});

test('attribute name and value: description, type, default, link', () => {
  const name = expectHover(
    '<Response><Message meth|od="GET">hi</Message></Response>',
    'method',
    '**`method`** · attribute of `<Message>`',
    'Type: `GET` or `POST`',
    'Default: `POST`',
    'messaging/twiml/message#method',
  );
  const value = expectHover('<Response><Message method="G|ET">hi</Message></Response>', 'GET');
  assert.equal(value, name);
  expectHover(
    '<Response><Say>x</Say><Dial time|out="30"/></Response>',
    'timeout',
    'whole number, 5–600',
    'Default: `30`',
  );
  expectHover(
    '<Response><Say vo|ice="alice">x</Say></Response>',
    'voice',
    /one of \(Twilio adds more over time\): `man`, `woman`, `alice`.* and \d+ more/,
  );
});

test('deprecations, case mistakes and the other dialect are pointed out', () => {
  expectHover(
    '<Response><Message>x</Message><Sm|s>y</Sms></Response>',
    'Sms',
    '**Deprecated.**',
    'Use `<Message>` instead.',
  );
  expectHover(
    '<Response><mess|age>hi</message></Response>',
    'message',
    'write `<Message>`, not `<message>`',
    'Body: 2 characters',
  );
  expectHover(
    '<!-- twiml: messaging -->\n<Response><Message>x</Message><Sa|y>hi</Say></Response>',
    'Say',
    'Only in voice TwiML; this document is messaging TwiML.',
  );
  expectHover('<Response><Message Act|ion="/next">hi</Message></Response>', 'Action', 'write `action`, not `Action`');
});

test('no hover on text, unknown elements, unknown attributes or whitespace', () => {
  assert.equal(hover('<Response><Message>he|llo</Message></Response>'), undefined);
  assert.equal(hover('<Response><Fo|o/></Response>'), undefined);
  assert.equal(hover('<Response><Message colo|r="red">x</Message></Response>'), undefined);
  assert.equal(hover('<Response>|\n</Response>'), undefined);
});
