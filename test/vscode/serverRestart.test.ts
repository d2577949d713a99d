import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  activateExtension,
  fixtureUri,
  openFixture,
  replaceAll,
  resetEditors,
  twimlDiagnostics,
  waitFor,
  waitForDiagnostic,
  codeOf,
} from './helpers';

/** Pids of our language server processes started by this extension host (its children). */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('dist/server.js'))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

suite('Language server crash', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a killed server is restarted and open documents are validated again', async () => {
    const uri = fixtureUri('case-mistake.twiml');
    const editor = await openFixture('case-mistake.twiml');
    await waitForDiagnostic(uri, 'element-case');
    const [before] = await waitFor(() => {
      const pids = serverPids();
      return pids.length ? pids : undefined;
    }, 'a running dist/server.js');

    process.kill(before, 'SIGKILL');
    const after = await waitFor(
      () => serverPids().find((pid) => pid !== before),
      'a new server process after the crash',
      30_000,
    );
    assert.notEqual(after, before);

    // The new server knows the open document: an edit made now is diagnosed by it.
    await replaceAll(
      editor.document,
      '<Response>\n  <Redirect>https://example.com/next</Redirect>\n  <Message>late</Message>\n</Response>\n',
    );
    await waitForDiagnostic(uri, 'unreachable-verb', 30_000);
    await waitFor(
      () => !twimlDiagnostics(uri).some((d) => codeOf(d) === 'element-case'),
      'the old element-case diagnostic to go away',
    );
  });
});
