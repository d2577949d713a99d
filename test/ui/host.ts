/**
 * Typed access, from the compiled node:test files, to the host scripts in scripts/vscode-host
 * (plain ES modules shared with `npm start` and the screenshot script). Node ≥ 20.19 loads ES
 * modules with require(), which keeps these tests CommonJS like the rest of out/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** out/test/ui → the repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** An open workbench (see scripts/vscode-host/scenes.mjs). */
export interface Scene {
  page: Page;
  origin: string;
  pageLog: string[];
  close(): Promise<void>;
}

/** scripts/vscode-host/scenes.mjs */
export interface ScenesModule {
  openScene(options: {
    folder: string;
    file: string;
    extensionDevelopmentPath?: string;
    extensionsDir?: string;
    settings?: Record<string, unknown>;
  }): Promise<Scene>;
  waitForEditor(page: Page, fileName: string, timeoutMs?: number): Promise<void>;
  runCommand(page: Page, title: string, timeoutMs?: number): Promise<void>;
  waitForProblems(page: Page, texts: string[], timeoutMs?: number): Promise<string>;
  waitForWebviewText(page: Page, text: string, timeoutMs?: number): Promise<Frame>;
}

/** scripts/vscode-host/codeServer.mjs */
export interface CodeServerModule {
  installVsix(vsixPath: string, extensionsDir: string): string;
}

/** scripts/vscode-host/install.mjs */
export interface InstallModule {
  ensureHost(): Promise<{ dir: string; installed: boolean }>;
}

/** Loads one of the host scripts by file name. */
export function hostModule<T>(file: 'scenes.mjs' | 'codeServer.mjs' | 'install.mjs'): T {
  return require(path.join(repoRoot, 'scripts', 'vscode-host', file)) as T;
}

/** A throwaway copy of test/fixtures/workspace; the caller removes it. */
export function copyWorkspace(): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-ui-workspace-'));
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), target, { recursive: true });
  return target;
}

/** Adds the workbench console's last lines to a failure, which otherwise says little. */
export async function withSceneLog<T>(scene: Scene, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const log = scene.pageLog.slice(-20).join('\n');
    if (error instanceof Error) error.message += `\n--- workbench console (last lines) ---\n${log}`;
    throw error;
  }
}
