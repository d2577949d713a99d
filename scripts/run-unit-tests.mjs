// Runs every compiled unit test (out/test/unit/*.test.js) with Node's test runner. Node 20 does
// not expand globs itself, and a directory argument would also pick up the helpers.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = 'out/test/unit';
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.js') && (!filter || name.includes(filter)))
  .map((name) => `${dir}/${name}`);
if (files.length === 0) {
  console.error(`no unit tests found in ${dir}${filter ? ` matching ${filter}` : ''}: run npm run compile-tests first`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
