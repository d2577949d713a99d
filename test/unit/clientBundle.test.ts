/**
 * Issue 25 "one judge": the extension's client bundle (dist/client.js) carries no XML parser and
 * no language service. The Conversation panel and the replay ask the language server to judge
 * replies (shared/requests.ts), so an import that pulls the parser back into the client fails here,
 * whatever the bundle's size.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '../../..');

test('the client bundle holds no XML parser, schema or language service', async () => {
  // The same entry and options as scripts/build.mjs's client bundle; nothing is written.
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    write: false,
    metafile: true,
    outfile: 'dist/client.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.includes('client/src/extension.ts'), 'the metafile lists the entry');
  const forbidden = inputs.filter(
    (input) =>
      input.includes('@xmldom') ||
      input.startsWith('server/src/parser/') ||
      input.startsWith('server/src/services/') ||
      input.startsWith('server/src/analysis/') ||
      input.startsWith('server/src/reading/') ||
      input === 'server/src/data/twimlSchema.ts' ||
      input === 'server/src/languageService.ts',
  );
  assert.deepEqual(forbidden, [], 'the client bundle must ask the language server, not judge TwiML itself');
});
