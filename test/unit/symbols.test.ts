/**
 * Document symbols: the outline hierarchy, symbol kinds, summaries and ranges.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, SymbolTag, type DocumentSymbol } from 'vscode-languageserver-types';
import { findDocumentSymbols, MAX_SYMBOL_DEPTH } from '../../server/src/services/documentSymbols';
import { cursorDocument, textAt } from './helpers/cursorDocument';

const KIND_NAMES: Record<number, string> = {
  [SymbolKind.Module]: 'Module',
  [SymbolKind.Method]: 'Method',
  [SymbolKind.Field]: 'Field',
  [SymbolKind.Object]: 'Object',
};

/** A compact view of the outline: `name (kind) detail` with children indented below. */
function outline(source: string): string[] {
  const { document, twiml } = cursorDocument(source);
  const lines: string[] = [];
  const visit = (symbols: DocumentSymbol[], depth: number): void => {
    for (const symbol of symbols) {
      assert.equal(textAt(document, symbol.selectionRange), symbol.name, 'selection is the tag name');
      assert.ok(textAt(document, symbol.range).startsWith(`<${symbol.name}`), 'range starts at the tag');
      lines.push(
        `${'  '.repeat(depth)}${symbol.name} (${KIND_NAMES[symbol.kind] ?? symbol.kind})${symbol.detail ? ` ${symbol.detail}` : ''}${symbol.tags?.includes(SymbolTag.Deprecated) ? ' [deprecated]' : ''}`,
      );
      visit(symbol.children ?? [], depth + 1);
    }
  };
  visit(findDocumentSymbols(document, twiml), 0);
  return lines;
}

test('messaging reply: Response > verbs > nouns with the body and URL as details', () => {
  assert.deepEqual(
    outline(
      [
        '<Response>',
        '  <Message>Hello there, this is a rather long message body that goes on</Message>',
        '  <Message><Body>Hi</Body><Media>https://e.com/a.png</Media></Message>',
        '  <Redirect>https://e.com/next</Redirect>',
        '  <Sms>old</Sms>',
        '</Response>',
      ].join('\n'),
    ),
    [
      'Response (Module)',
      '  Message (Method) Hello there, this is a rather long mess…',
      '  Message (Method) Hi',
      '    Body (Field) Hi',
      '    Media (Field) https://e.com/a.png',
      '  Redirect (Method) https://e.com/next',
      '  Sms (Method) old [deprecated]',
    ],
  );
});

test('voice document: telling attributes summarise verbs without text; unknown elements are objects', () => {
  assert.deepEqual(
    outline(
      '<Response><Gather action="/g" input="speech"><Say>Speak\n  now</Say></Gather><Foo/><Message><Media>https://e.com/x.png</Media></Message></Response>',
    ),
    [
      'Response (Module)',
      '  Gather (Method) action: /g',
      '    Say (Method) Speak now',
      '  Foo (Object)',
      '  Message (Method) 1 media',
      '    Media (Field) https://e.com/x.png',
    ],
  );
});

test('half-typed and deeply nested documents still produce an outline', () => {
  assert.deepEqual(outline('<Response>\n  <Message>hi\n  <Mes'), [
    'Response (Module)',
    '  Message (Method) hi',
    '    Mes (Object)',
  ]);
  const depth = 3000;
  const deep = `<Response>${'<Say>'.repeat(depth)}${'</Say>'.repeat(depth)}</Response>`;
  const { document, twiml } = cursorDocument(deep);
  let symbols = findDocumentSymbols(document, twiml);
  let levels = 0;
  while (symbols.length > 0) {
    levels++;
    symbols = symbols[0].children ?? [];
  }
  assert.equal(levels, MAX_SYMBOL_DEPTH, 'nesting is capped so clients can serialize it');
  assert.doesNotThrow(() => JSON.stringify(findDocumentSymbols(document, twiml)));
  let count = 0;
  const stack = findDocumentSymbols(document, twiml);
  while (stack.length > 0) {
    count++;
    stack.push(...(stack.pop()?.children ?? []));
  }
  assert.equal(count, depth + 1, 'elements past the cap are still listed');
});
