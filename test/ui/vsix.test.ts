/**
 * The packaged extension: `vsce package` makes a VSIX under 2 MB (issue 7/9) holding only the allow-listed
 * files of .vscodeignore, and that VSIX, installed into the code-server host, reports
 * diagnostics on its own (no extensionDevelopmentPath). Needs `npm run build` first.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  copyWorkspace,
  hostModule,
  repoRoot,
  withSceneLog,
  type CodeServerModule,
  type InstallModule,
  type ScenesModule,
} from './host';

/** scripts/package-check.mjs: packages with the project's vsce and checks against the allow-list. */
interface PackageCheckModule {
  MAX_BYTES: number;
  packageAndCheck(options: { out: string }): {
    vsix: string;
    size: number;
    files: string[];
    unexpected: string[];
    missing: string[];
  };
}

describe('VSIX package', { timeout: 240_000 }, () => {
  const packaging = require(path.join(repoRoot, 'scripts', 'package-check.mjs')) as PackageCheckModule;
  let dir = '';
  let result: ReturnType<PackageCheckModule['packageAndCheck']>;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-vsix-'));
    result = packaging.packageAndCheck({ out: path.join(dir, 'twiml-tools.vsix') });
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is smaller than 2 MB (the tree-sitter grammars are most of it)', () => {
    assert.equal(fs.statSync(result.vsix).size, result.size);
    assert.ok(packaging.MAX_BYTES <= 2_000_000, 'the limit itself stays at 2 MB');
    assert.ok(result.size < packaging.MAX_BYTES, `the VSIX is ${result.size} bytes, the limit ${packaging.MAX_BYTES}`);
  });

  it('holds the allow-listed files only (vsce ls)', () => {
    assert.deepEqual(result.unexpected, [], `files outside the allow-list; all files: ${result.files.join(', ')}`);
    assert.deepEqual(result.missing, [], 'required files missing from the VSIX');
  });

  // A Python file: proves the installed server starts, finds its WebAssembly grammars and reads TwiML in code.
  it('installed into VS Code, reports diagnostics in a Python f-string', async () => {
    const host = hostModule<InstallModule>('install.mjs');
    const scenes = hostModule<ScenesModule>('scenes.mjs');
    await host.ensureHost();
    const extensionsDir = path.join(dir, 'extensions');
    const output = hostModule<CodeServerModule>('codeServer.mjs').installVsix(result.vsix, extensionsDir);
    assert.match(output, /successfully installed/i);
    const workspace = copyWorkspace();
    const scene = await scenes.openScene({
      folder: workspace,
      file: path.join(workspace, 'flask_reply.py'),
      extensionsDir,
    });
    try {
      await withSceneLog(scene, async () => {
        await scenes.waitForEditor(scene.page, 'flask_reply.py');
        await scenes.waitForProblems(scene.page, ['twiml', 'element-case']);
      });
    } finally {
      await scene.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
