/**
 * Completion over inline documents: `|` is the cursor. Each case checks what is offered and, for
 * the item accepted, the exact text the editor ends up with (snippets expanded with defaults).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../server/src/services/completion';
import { elementSnippet } from '../../server/src/services/completionItems';
import { rootElement } from '../../server/src/data/twimlSchema';
import type { ElementSpec } from '../../server/src/data/schemaTypes';
import { applyEdits, cursorDocument } from './helpers/cursorDocument';
import { expandSnippet } from './helpers/expandSnippet';

/** Completes at the `|`; `trigger` simulates typing that trigger character. */
function complete(source: string, trigger?: string) {
  const { document, position, twiml } = cursorDocument(source);
  const context = trigger ? { triggerKind: 2 as const, triggerCharacter: trigger } : { triggerKind: 1 as const };
  const items = doComplete(document, position, twiml, context).items;
  const item = (label: string): CompletionItem => {
    const found = items.find((candidate) => candidate.label === label);
    assert.ok(found, `no item "${label}" among ${items.map((candidate) => candidate.label).join(', ')}`);
    return found;
  };
  /** The document text after accepting `label` with every snippet default. */
  const accept = (label: string): string => {
    const chosen = item(label);
    const edit = chosen.textEdit as TextEdit;
    const newText = chosen.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText) : edit.newText;
    return applyEdits(document, [{ range: edit.range, newText }]);
  };
  return { labels: items.map((candidate) => candidate.label), item, accept };
}

test('half-typed start tag offers the verbs of <Response> and completes the element', () => {
  const result = complete('<Response><Mes|');
  assert.ok(result.labels.includes('Message'));
  assert.equal(result.accept('Message'), '<Response><Message></Message>');
});

test('after "<" the dialect decides the verbs offered', () => {
  const messaging = complete('<Response><Message>a</Message>\n<|\n</Response>', '<').labels;
  assert.ok(messaging.includes('Message') && messaging.includes('Redirect'));
  assert.ok(!messaging.includes('Say'), 'a messaging reply gets no voice verbs');
  const voice = complete('<Response><Say>hi</Say>\n<|\n</Response>', '<').labels;
  assert.ok(voice.includes('Gather') && voice.includes('Dial'));
  assert.ok(!voice.includes('Message'), 'a voice document gets no <Message>');
  const overridden = complete('<!-- twiml: voice -->\n<Response><|', '<').labels;
  assert.ok(overridden.includes('Say') && !overridden.includes('Message'));
});

test("an empty <Response> has no dialect yet, so both dialects' verbs are offered", () => {
  const labels = complete('<Response><|</Response>', '<').labels;
  assert.ok(labels.includes('Message') && labels.includes('Say'));
  assert.equal(labels.filter((label) => label === 'Redirect').length, 1, 'shared verbs appear once');
});

test('inside an element only its children are offered; at top level only <Response>', () => {
  assert.deepEqual(complete('<Response><Message><|</Message></Response>', '<').labels.sort(), ['Body', 'Media']);
  assert.deepEqual(complete('<Response><Say>x</Say><Gather><|', '<').labels.sort(), ['Pause', 'Play', 'Say']);
  assert.deepEqual(complete('<|').labels, ['Response']);
  assert.deepEqual(complete('<Response><Foo><|', '<').labels, [], 'an unknown parent has no known children');
});

test('items carry documentation with the Twilio link; deprecated ones are tagged and sorted last', () => {
  const result = complete('<Response><Message>x</Message><|', '<');
  const message = result.item('Message');
  assert.match(JSON.stringify(message.documentation), /twilio\.com\/docs\/messaging\/twiml\/message/);
  const sms = result.item('Sms');
  assert.deepEqual(sms.tags, [CompletionItemTag.Deprecated]);
  assert.ok((sms.sortText as string) > (message.sortText as string));
});

test('elements without text or children complete self-closing', () => {
  assert.equal(complete('<Response><Say>x</Say><Lea|').accept('Leave'), '<Response><Say>x</Say><Leave/>');
  assert.equal(complete('<Response><Say>x</Say><Pau|').accept('Pause'), '<Response><Say>x</Say><Pause/>');
});

test('renaming a start tag that already has attributes inserts only the name', () => {
  const result = complete('<Response><Mes| to="+14155550100">hi</Message></Response>');
  assert.equal(result.accept('Message'), '<Response><Message to="+14155550100">hi</Message></Response>');
});

test('required attributes become tabstops of the element snippet', () => {
  const base = rootElement('messaging');
  const spec: ElementSpec = {
    ...base,
    id: 'X',
    name: 'X',
    kind: 'verb',
    children: [],
    text: { allowed: true },
    attributes: [{ name: 'url', type: { kind: 'string' }, description: 'u', docUrl: 'https://e.com', required: true }],
  };
  assert.equal(elementSnippet(spec), 'X url="$1">$0</X>');
});

test('after "</" the open element is closed', () => {
  assert.equal(complete('<Response><Message>Hi</|', '/').accept('</Message>'), '<Response><Message>Hi</Message>');
  assert.equal(
    complete('<Response><Message>Hi</Mes|\n</Response>').accept('</Message>'),
    '<Response><Message>Hi</Message>\n</Response>',
  );
  assert.equal(
    complete('<Response><Message>Hi</Mes|></Response>').accept('</Message>'),
    '<Response><Message>Hi</Message></Response>',
  );
  assert.equal(
    complete('<Response><Message>Hi</Message></|', '/').accept('</Response>'),
    '<Response><Message>Hi</Message></Response>',
  );
});

test('in a start tag: attributes not yet present, with value choices', () => {
  const fresh = complete('<Response><Message |', ' ');
  assert.deepEqual(fresh.labels, ['to', 'from', 'action', 'method', 'statusCallback']);
  assert.equal(fresh.accept('method'), '<Response><Message method="GET"');
  assert.ok(!complete('<Response><Message to="+14155550100" |>hi</Message></Response>', ' ').labels.includes('to'));
  assert.equal(complete('<Response><Message me|').accept('method'), '<Response><Message method="GET"');
  assert.equal(
    complete('<Response><Message meth|="POST">hi</Message>').accept('method'),
    '<Response><Message method="POST">hi</Message>',
  );
  assert.deepEqual(complete('<Response><Message to="+1"|', ' ').labels, [], 'no attribute glued to a value');
});

test('in an attribute value: GET/POST, booleans, enums and list items', () => {
  const method = complete('<Response><Message method="|">hi</Message></Response>', '"');
  assert.deepEqual(method.labels, ['GET', 'POST']);
  assert.equal(method.accept('POST'), '<Response><Message method="POST">hi</Message></Response>');
  assert.equal(
    complete('<Response><Message method=|>hi</Message></Response>', '=').accept('GET'),
    '<Response><Message method="GET">hi</Message></Response>',
  );
  assert.deepEqual(complete('<Response><Gather actionOnEmptyResult="|"/></Response>').labels, ['true', 'false']);
  assert.equal(
    complete('<Response><Gather input="dtmf |"/></Response>', ' ').accept('speech'),
    '<Response><Gather input="dtmf speech"/></Response>',
  );
  assert.deepEqual(
    complete('<Response><Gather input="dtmf |"/></Response>', ' ').labels,
    ['speech'],
    'items already listed are not offered again',
  );
});

test('open enums offer the known list and say Twilio adds more', () => {
  const voice = complete('<Response><Say voice="|">hi</Say></Response>');
  assert.ok(voice.labels.includes('alice'));
  assert.match(voice.item('alice').detail as string, /adds more/);
});

test('no completion in message text, comments, or for trigger characters that mean nothing there', () => {
  assert.deepEqual(complete('<Response><Message>Hello wor|</Message></Response>').labels, []);
  assert.deepEqual(complete('<Response><Message>Hello |</Message></Response>', ' ').labels, []);
  assert.deepEqual(complete('<Response><!-- <| --></Response>', '<').labels, []);
  assert.deepEqual(complete('<Response><!-- <|', '<').labels, [], 'an unclosed comment runs to the end');
  assert.deepEqual(complete('<Response><Message><![CDATA[ <| ]]></Message></Response>', '<').labels, []);
  assert.deepEqual(complete('<Response><Message to="+1">|</Message></Response>', '"').labels, []);
  assert.deepEqual(
    complete('<Response><Message to="+1|">x</Message></Response>').labels,
    [],
    'no values for phone numbers',
  );
});

test('on a blank line in content, whole elements are offered with their "<"', () => {
  const result = complete('<Response>\n  |\n</Response>');
  assert.equal(result.accept('Message'), '<Response>\n  <Message></Message>\n</Response>');
  assert.equal(result.item('Message').filterText, '<Message');
});
