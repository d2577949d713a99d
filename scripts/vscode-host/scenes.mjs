// Drives the workbench page for UI checks and screenshots: open a file with the extension
// loaded, show the Problems panel, run commands from the palette, find the preview's frame.
// Every wait is bounded polling (waitFor); selectors are VS Code 1.100's.
import { startCodeServer } from './codeServer.mjs';
import { openWorkbench, remoteUri } from './workbench.mjs';
import { waitFor } from './waitFor.mjs';

/**
 * @typedef {object} Scene
 * @property {import('playwright-core').Page} page
 * @property {string} origin
 * @property {string[]} pageLog the workbench console so far (for failure messages)
 * @property {() => Promise<void>} close
 */

/**
 * Starts code-server and opens `file` from `folder` in the workbench.
 * @param {{ folder: string, file: string, extensionDevelopmentPath?: string, extensionsDir?: string,
 *   settings?: Record<string, unknown>, viewport?: { width: number, height: number } }} options
 * @returns {Promise<Scene>}
 */
export async function openScene(options) {
  const server = await startCodeServer({ extensionsDir: options.extensionsDir, settings: options.settings });
  const pageLog = [];
  try {
    /** @type {Array<[string, string]>} */
    const payload = [
      ['openFile', remoteUri(server.origin, options.file)],
      ['skipWelcome', 'true'],
    ];
    if (options.extensionDevelopmentPath)
      payload.unshift(['extensionDevelopmentPath', remoteUri(server.origin, options.extensionDevelopmentPath)]);
    const log = (text) => pageLog.push(text);
    const workbench = await openWorkbench({
      origin: server.origin,
      folder: options.folder,
      payload,
      viewport: options.viewport,
      onExtensionHostLog: log,
      onPageLog: log,
    });
    const close = async () => {
      await workbench.close();
      await server.stop();
    };
    return { page: workbench.page, origin: server.origin, pageLog, close };
  } catch (error) {
    await server.stop({ keepFiles: true });
    throw error;
  }
}

/** Waits until the editor tab of `fileName` is open and its text is rendered. */
export async function waitForEditor(page, fileName, timeoutMs = 60_000) {
  await waitFor(
    async () =>
      (
        await page
          .locator('.tabs-container .tab.active')
          .innerText()
          .catch(() => '')
      ).includes(fileName) && (await page.locator('.monaco-editor .view-lines').count()) > 0,
    { timeoutMs, what: `the editor of ${fileName}` },
  );
  // Focus the text so editor-scoped commands and keybindings apply to it.
  await page.locator('.monaco-editor .view-lines').first().click();
}

/**
 * Runs a command by its palette title, e.g. "TwiML: Open Preview to the Side". Retries while
 * the palette does not list it yet (extension commands appear once the extension host is up).
 */
export async function runCommand(page, title, timeoutMs = 30_000) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await waitFor(
    async () => {
      if (!(await input.isVisible())) await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ state: 'visible', timeout: 2_000 });
        return true;
      } catch {
        await page.keyboard.press('Escape');
        return false;
      }
    },
    { timeoutMs, intervalMs: 250, what: `the command "${title}" in the palette` },
  );
  await row.click();
}

/** Opens the Problems panel and waits until its text contains every one of `texts`. */
export async function waitForProblems(page, texts, timeoutMs = 60_000) {
  await runCommand(page, 'View: Focus Problems');
  const panel = page.locator('.markers-panel');
  return waitFor(
    async () => {
      const text = await panel.innerText().catch(() => '');
      return texts.every((wanted) => text.includes(wanted)) ? text : undefined;
    },
    { timeoutMs, what: `the Problems panel to show ${texts.join(', ')}` },
  );
}

/**
 * Waits for a webview frame of the extension whose rendered text contains `text`.
 * @returns {Promise<import('playwright-core').Frame>}
 */
export async function waitForWebviewText(page, text, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (body.includes(text)) return frame;
      }
      return undefined;
    },
    { timeoutMs, intervalMs: 200, what: `a webview showing "${text}"` },
  );
}

/** Closes notification toasts so they do not cover screenshots. */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
  await page.keyboard.press('Escape');
}
