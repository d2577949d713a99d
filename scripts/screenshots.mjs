#!/usr/bin/env node
// Takes the README's pictures in a real VS Code (code-server + headless chromium):
//   docs/images/editor-diagnostics.png  examples/messaging/mistakes.twiml with the Problems panel
//   docs/images/preview.png             the same document with the preview to the side
//   docs/images/hover.png               the hover on the lowercase <message>
//   docs/images/preview-voice.png       examples/voice/menu.twiml with its call-script preview
//   docs/images/embedded-python.png     examples/code/flask_app.py: the f-string's case error and its preview
//   docs/images/conversation-text-{dark,light}.png  the Conversation panel texting the example app
//   docs/images/conversation-call-{dark,light}.png  the Conversation panel calling its /voice menu
// `--icon` instead renders images/icon.svg to the 128x128 images/icon.png the VSIX uses.
// Run `npm run build` first (the extension is loaded from dist/). `--out DIR` changes the folder;
// `--only editor|conversation` takes one group.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
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
  if (only === undefined || only === 'editor') {
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
  }
  if (only === undefined || only === 'conversation') await conversationScenes(outDir);
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The Conversation panel texting and calling the example app, in the dark and the light theme. */
async function conversationScenes(outDir) {
  const app = await startExampleApp();
  try {
    for (const theme of ['dark', 'light']) {
      const colorTheme = theme === 'dark' ? 'Default Dark Modern' : 'Default Light Modern';
      const settings = { 'twiml.app.baseUrl': app.origin, 'workbench.colorTheme': colorTheme };
      await inScene(
        path.join('code', 'flask_app.py'),
        async (page) => {
          await clearNotifications(page);
          // As a new user would: the lens above the /menu route opens the conversation there.
          await clickLens(page, 'Text this route', '"/menu"');
          let frame = await waitForWebviewText(page, 'Text your app');
          for (const text of ['hi, what is on today?', 'thanks!']) {
            await frame.fill('#message', text);
            await frame.press('#message', 'Enter');
            await waitForWebviewText(page, text);
          }
          frame = await waitForWebviewText(page, 'Today: salad');
          await clearNotifications(page);
          await shoot(page, path.join(outDir, `conversation-text-${theme}.png`));
          // Then "Call this route" above /voice, and a key on the keypad.
          await page.locator('.monaco-editor .view-line', { hasText: 'def menu' }).first().click();
          await runCommand(page, 'Go to Line/Column...');
          await page.keyboard.type('43');
          await page.keyboard.press('Enter');
          await clickLens(page, 'Call this route', '"/voice"');
          frame = await waitForWebviewText(page, 'For our opening hours press 1');
          await frame.click('[data-key="2"]');
          frame = await waitForWebviewText(page, 'Leave a message after the beep');
          await frame.fill('#record-seconds', '12');
          await frame.getByText('Leave message', { exact: true }).click();
          frame = await waitForWebviewText(page, 'we got your 12 second message');
          await frame.click('#call');
          await waitForWebviewText(page, 'Waiting at <Gather>');
          await clearNotifications(page);
          await shoot(page, path.join(outDir, `conversation-call-${theme}.png`));
        },
        settings,
      );
    }
  } finally {
    app.stop();
  }
}

/**
 * Clicks the code lens titled `title` that sits right above the editor line showing `lineText`
 * (lenses are drawn above their line; several routes have the same titles).
 */
async function clickLens(page, title, lineText) {
  const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
  await line.waitFor({ state: 'visible', timeout: 30_000 });
  const lenses = page.locator('.monaco-editor .codelens-decoration a', { hasText: title });
  // Lenses are drawn a moment after the text, and not all at once: wait for the one just above.
  let best;
  const deadline = Date.now() + 30_000;
  while (!best) {
    // Measured each time: a lens drawn above a line pushes the line down.
    const lineBox = await line.boundingBox();
    for (const lens of await lenses.all()) {
      const box = await lens.boundingBox();
      if (box && lineBox && box.y < lineBox.y && box.y > lineBox.y - 3 * box.height - 10) best = { lens, y: box.y };
    }
    if (!best && Date.now() > deadline) throw new Error(`no "${title}" lens above ${lineText}`);
    if (!best) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await best.lens.click();
}

/** Runs examples/code/flask_app.py (what `npm start` runs) on a free port for the Conversation scenes. */
async function startExampleApp() {
  const port = await new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const python = process.env.TWIML_SYSTEM_PYTHON || '/usr/bin/python3';
  const child = spawn(python, [path.join(repoRoot, 'examples', 'code', 'flask_app.py')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await fetch(`${origin}/voice`, { method: 'POST' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the example app did not start on ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop: () => process.kill(-child.pid, 'SIGKILL') };
}

/** Opens `examples/<relativeFile>` in a fresh workbench, runs `steps`, and always closes it. */
async function inScene(relativeFile, steps, settings = {}) {
  const folder = path.join(repoRoot, 'examples');
  const scene = await openScene({
    folder,
    file: path.join(folder, relativeFile),
    extensionDevelopmentPath: repoRoot,
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false, ...settings },
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
// `--only editor|conversation` takes one group of pictures.
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
(args.includes('--icon') ? renderIcon() : takeScreenshots(outDir)).catch((error) => {
  console.error(`[screenshots] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
