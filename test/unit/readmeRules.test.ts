/** The README's rule table is the rule table: regenerate it with `node scripts/update-readme-rules.mjs`. */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { rulesMarkdown } from '../../server/src/cli/formatters';

test('README.md lists every rule exactly as the rule table does', () => {
  const readme = fs.readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
  const section = /<!-- rules:start[^>]*-->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
  assert.ok(section, 'README.md needs a <!-- rules:start --> ... <!-- rules:end --> section');
  assert.equal(
    section[1],
    rulesMarkdown(),
    'README rule table is out of date: run npm run compile-tests && node scripts/update-readme-rules.mjs',
  );
});
