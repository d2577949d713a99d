// Opens code-server's web workbench in headless chromium (playwright-core) and hands back the
// page, the extension host's console and the exit code a test run reports.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A path on the code-server machine as the workbench addresses it. The authority must be the
 * Host the page was loaded from (127.0.0.1:PORT), since that is the remote authority.
 * @param {string} origin http://127.0.0.1:PORT
 * @param {string} fsPath absolute path
 */
export function remoteUri(origin, fsPath) {
  return `vscode-remote://${new URL(origin).host}${pathToFileURL(path.resolve(fsPath)).pathname}`;
}

/**
 * The workbench's own log lines. In a test run the extension host's console goes through the
 * same logger, as `('%c INFO', 'css', fmt, ...args)`, so the two can only be told apart by text.
 */
const WORKBENCH_NOISE = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /open-vsx\.org|ENOTFOUND|marketplace/i,
  /^Extension host \(.*\) (started|terminated)/,
  /^Started local extension host/,
  /^Overwriting extension/,
  /^\[perf\]/,
];

/**
 * Text of a console message relayed from the extension host (e.g. a mocha report line),
 * formatted as Node would print it; undefined for anything else.
 * @param {unknown[]} args the console call's arguments
 */
export function extensionHostText(args) {
  if (typeof args[0] !== 'string' || !/^%c\s*[A-Z]+\s*$/.test(args[0])) return undefined;
  const text = format(...args.slice(2));
  return WORKBENCH_NOISE.some((pattern) => pattern.test(text)) ? undefined : text;
}

/**
 * @typedef {object} Workbench
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').Page} page
 * @property {Promise<number>} exitCode settles when the workbench calls codeAutomationExit (test runs)
 * @property {() => Promise<void>} drainConsole resolves once console messages received so far are relayed
 * @property {() => Promise<void>} close
 */

/**
 * Launches chromium and loads the workbench with a folder and a payload (extensionDevelopmentPath,
 * extensionTestsPath, openFile...).
 * @param {{ origin: string, folder?: string, workspaceFile?: string, payload?: Array<[string, string]>,
 *   onExtensionHostLog?: (text: string) => void, onPageLog?: (text: string) => void,
 *   viewport?: { width: number, height: number } }} options
 * @returns {Promise<Workbench>}
 */
export async function openWorkbench(options) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1440, height: 900 } });
    /** @type {(code: number) => void} */
    let settle = () => {};
    const exitCode = new Promise((resolve) => {
      settle = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code) || 0));
    const drainConsole = relayConsole(page, options);
    page.on('crash', () => {
      options.onPageLog?.('page crashed');
      settle(1);
    });
    await page.goto(workbenchUrl(options), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return { browser, page, exitCode, drainConsole, close: () => browser.close().catch(() => {}) };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

/** @param {{ origin: string, folder?: string, workspaceFile?: string, payload?: Array<[string, string]> }} options */
function workbenchUrl({ origin, folder, workspaceFile, payload }) {
  const url = new URL(origin);
  if (workspaceFile) url.searchParams.set('workspace', path.resolve(workspaceFile));
  else if (folder) url.searchParams.set('folder', path.resolve(folder));
  else url.searchParams.set('ew', 'true');
  if (payload?.length) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/**
 * Console events are async to read; a promise chain keeps mocha's lines in order.
 * @param {import('playwright-core').Page} page
 * @param {{ onExtensionHostLog?: (text: string) => void, onPageLog?: (text: string) => void }} logs
 * @returns {() => Promise<void>} waits for the chain
 */
function relayConsole(page, { onExtensionHostLog, onPageLog }) {
  let queue = Promise.resolve();
  page.on('console', (message) => {
    queue = queue
      .then(async () => {
        const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
        const text = extensionHostText(args);
        if (text !== undefined) onExtensionHostLog?.(text);
        else onPageLog?.(`[${message.type()}] ${message.text()}`);
      })
      .catch(() => {});
  });
  page.on('pageerror', (error) => onPageLog?.(`[pageerror] ${error.message}`));
  return () => queue;
}
