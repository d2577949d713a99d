#!/usr/bin/env node
// Takes the README's pictures in a real VS Code (code-server + headless chromium):
//   docs/images/editor-diagnostics.png  examples/messaging/mistakes.twiml with the Problems panel
//   docs/images/preview.png             the same document with the preview to the side
//   docs/images/hover.png               the hover on the lowercase <message>
//   docs/images/preview-voice.png       examples/voice/menu.twiml with its call-script preview
//   docs/images/embedded-python.png     examples/code/flask_app.py: the f-string's case error and its preview
// `--icon` instead renders images/icon.svg to the 128x128 images/icon.png the VSIX uses.
// Run `npm run build` first (the extension is loaded from dist/). `--out DIR` changes the folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureHost } from './vscode-host/install.mjs';
import { chromiumPath } from './vscode-host/paths.mjs';
import {
  clearNotifications,
  openScene,
  runCommand,
  waitForEditor,
  waitForProblems,
  waitForWebviewText,
} from './vscode-host/scenes.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (text) => console.log(`[screenshots] ${text}`);

/** Renders the SVG icon with the same headless chromium, keeping the transparent corners. */
async function renderIcon() {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    const svg = fs.readFileSync(path.join(repoRoot, 'images', 'icon.svg'), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const target = path.join(repoRoot, 'images', 'icon.png');
    await page.locator('svg').screenshot({ path: target, omitBackground: true });
    say(`wrote ${path.relative(repoRoot, target)}`);
  } finally {
    await browser.close();
  }
}

async function takeScreenshots(outDir) {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'client.js')))
    throw new Error('dist/client.js is missing: run `npm run build` first');
  await ensureHost();
  fs.mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  await inScene(path.join('messaging', 'mistakes.twiml'), async (page) => {
    await waitForProblems(page, ['element-case', 'unreachable-verb']);
    await clearNotifications(page);
    await shoot(page, path.join(outDir, 'editor-diagnostics.png'));
    await showHover(page, 'message');
    await shoot(page, path.join(outDir, 'hover.png'));
    await page.keyboard.press('Escape');
    await showPreview(page, 'example.com/sms/next-step');
    await shoot(page, path.join(outDir, 'preview.png'));
  });
  await inScene(path.join('voice', 'menu.twiml'), async (page) => {
    await showPreview(page, 'For sales, press 1');
    await shoot(page, path.join(outDir, 'preview-voice.png'));
  });
  await inScene(path.join('code', 'flask_app.py'), async (page) => {
    await waitForProblems(page, ['element-case', 'unreachable-verb']);
    await clearNotifications(page);
    await showPreview(page, 'You said:');
    await shoot(page, path.join(outDir, 'embedded-python.png'));
  });
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Opens `examples/<relativeFile>` in a fresh workbench, runs `steps`, and always closes it. */
async function inScene(relativeFile, steps) {
  const folder = path.join(repoRoot, 'examples');
  const scene = await openScene({
    folder,
    file: path.join(folder, relativeFile),
    extensionDevelopmentPath: repoRoot,
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false },
    viewport: { width: 1440, height: 900 },
  });
  try {
    await waitForEditor(scene.page, path.basename(relativeFile));
    await steps(scene.page);
  } catch (error) {
    await failureReport(scene, error);
  } finally {
    await scene.close();
  }
}

/** Opens the preview to the side and waits until it shows `text`. */
async function showPreview(page, text) {
  await runCommand(page, 'TwiML: Open Preview to the Side');
  await waitForWebviewText(page, text);
  await clearNotifications(page);
}

/** Hovers the first editor token whose text is exactly `token` and waits for the hover widget. */
async function showHover(page, token) {
  const span = page.locator('.monaco-editor .view-lines span span', { hasText: new RegExp(`^${token}$`) }).first();
  await span.hover();
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 15_000 });
  // Let the hover's markdown finish rendering before the picture is taken.
  await page
    .locator('.monaco-hover:not(.hidden) .hover-contents')
    .first()
    .waitFor({ state: 'visible', timeout: 5_000 });
}

async function failureReport(scene, error) {
  await shoot(scene.page, path.join(os.tmpdir(), 'twiml-screenshot-failure.png')).catch(() => {});
  say(`workbench console (last lines):\n${scene.pageLog.slice(-15).join('\n')}`);
  throw error;
}

async function shoot(page, target) {
  await page.screenshot({ path: target });
  say(`wrote ${target.startsWith(repoRoot) ? path.relative(repoRoot, target) : target}`);
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(repoRoot, 'docs', 'images');
(args.includes('--icon') ? renderIcon() : takeScreenshots(outDir)).catch((error) => {
  console.error(`[screenshots] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
