/**
 * UI checks in the real workbench (code-server + headless chromium), driven from outside like a
 * user: the Problems panel lists our diagnostics and the preview opens as a webview beside the
 * editor. The same scene drives scripts/screenshots.mjs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  copyWorkspace,
  hostModule,
  repoRoot,
  withSceneLog,
  type InstallModule,
  type Scene,
  type ScenesModule,
} from './host';

describe('workbench UI', { timeout: 180_000 }, () => {
  const scenes = hostModule<ScenesModule>('scenes.mjs');
  let workspace = '';
  let scene: Scene | undefined;

  before(async () => {
    await hostModule<InstallModule>('install.mjs').ensureHost();
    workspace = copyWorkspace();
    scene = await scenes.openScene({
      folder: workspace,
      file: path.join(workspace, 'ui-mistakes.twiml'),
      extensionDevelopmentPath: repoRoot,
    });
    await scenes.waitForEditor(scene.page, 'ui-mistakes.twiml');
  });

  after(async () => {
    await scene?.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('the Problems panel shows our diagnostics with source and code', async () => {
    assert.ok(scene);
    const text = await withSceneLog(scene, () =>
      scenes.waitForProblems(scene!.page, ['element-case', 'unreachable-verb']),
    );
    assert.match(text, /twiml/, 'the source is shown');
    assert.match(text, /<Message>/, 'the messages name the element');
  });

  it('the preview opens beside the editor as a webview iframe', async () => {
    assert.ok(scene);
    const page = scene.page;
    await withSceneLog(scene, async () => {
      await scenes.runCommand(page, 'TwiML: Open Preview to the Side');
      await page.locator('iframe.webview').first().waitFor({ state: 'attached', timeout: 30_000 });
      await scenes.waitForWebviewText(page, 'example.com/sms/next');
    });
    assert.equal(await page.locator('.editor-group-container').count(), 2, 'two editor groups: text and preview');
  });
});
