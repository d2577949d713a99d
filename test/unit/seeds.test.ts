/** Every TwiML example of the seed guides, and the output of their SDK code, validates clean. */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from './helpers/validation';

const dir = path.resolve(__dirname, '../../../test/fixtures/seeds');
const files = fs.readdirSync(dir).filter((name) => name.endsWith('.twiml'));

test('the seed fixtures are all there', () => {
  assert.equal(files.length, 16);
});

for (const file of files) {
  test(`seed ${file} has no error or warning`, () => {
    const problems = diagnose(fs.readFileSync(path.join(dir, file), 'utf8')).filter((d) => (d.severity ?? 1) <= 2);
    assert.deepEqual(
      problems.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
      [],
    );
  });
}
