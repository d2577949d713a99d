/**
 * Folding ranges: multi-line elements fold up to the line before their end tag; multi-line
 * comments fold whole; single-line elements do not fold.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { getFoldingRanges } from '../../server/src/services/folding';
import { cursorDocument } from './helpers/cursorDocument';

/** Ranges as `start-end` strings, with `c` for comments. */
function folds(lines: string[], limit?: number): string[] {
  const { document, twiml } = cursorDocument(lines.join('\n'));
  return getFoldingRanges(document, twiml, limit).map(
    (range) => `${range.startLine}-${range.endLine}${range.kind === 'comment' ? 'c' : ''}`,
  );
}

test('elements and comments spanning lines fold; one-line ones do not', () => {
  assert.deepEqual(
    folds([
      '<Response>',
      '  <Gather input="speech">',
      '    <Say>',
      '      Hi',
      '    </Say>',
      '  </Gather>',
      '  <!-- a note',
      '       on two lines -->',
      '  <Pause length="2"/>',
      '  <Say>one line</Say>',
      '</Response>',
    ]),
    ['0-9', '1-4', '2-3', '6-7c'],
  );
});

test('an element whose end tag shares the last content line still folds its middle lines', () => {
  assert.deepEqual(folds(['<Response>', '  <Message>', '    line one', '    line two</Message>', '</Response>']), [
    '0-3',
    '1-2',
  ]);
  assert.deepEqual(folds(['<Response><Message>hi', '</Message></Response>']), []);
});

test('unclosed elements fold to the end of the text; the editor limit is respected', () => {
  assert.deepEqual(folds(['<Response>', '  <Message>', '    hi']), ['0-2', '1-2']);
  assert.deepEqual(
    folds(['<Response>', '  <Gather>', '    <Say>', '      x', '    </Say>', '  </Gather>', '</Response>'], 2),
    ['0-5', '1-4'],
  );
});
