// Rewrites the rule table of README.md (between <!-- rules:start --> and <!-- rules:end -->) from
// the rule table in server/src/services/validation/ruleTable.ts. Run after `npm run compile-tests`;
// test/unit/readmeRules.test.ts fails while the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { rulesMarkdown } = require('../out/server/src/cli/formatters.js');
const readme = readFileSync('README.md', 'utf8');
const pattern = /(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/;
if (!pattern.test(readme)) {
  console.error('README.md has no <!-- rules:start --> ... <!-- rules:end --> section');
  process.exit(1);
}
writeFileSync(
  'README.md',
  readme.replace(pattern, (_, start, end) => `${start}${rulesMarkdown()}\n${end}`),
);
