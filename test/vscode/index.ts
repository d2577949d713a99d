/**
 * Entry of the real-VS-Code suite (`extensionTestsPath`): VS Code calls `run()` inside the
 * extension host after loading the extension. Runs every compiled `*.test.js` next to this file
 * with mocha (tdd) and rejects when a test fails, which VS Code turns into a non-zero exit code.
 *
 * The report reaches the terminal through the extension host's console. VS Code drops console
 * calls whose first argument is not a string, so tests log strings only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Called by VS Code's test runner. `TWIML_TEST_GREP` narrows the run to matching tests. */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    // Individual waits have their own, shorter bounds; this only catches a test that hangs.
    timeout: 60_000,
    grep: process.env.TWIML_TEST_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} of the TwiML extension tests failed`);
}
