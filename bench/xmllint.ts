/**
 * `xmllint --noout` (libxml2) as an outside reference point. The bench installs Debian's
 * libxml2-utils itself when it is missing and it can (root + apt); otherwise the column is skipped
 * with a note rather than failing the whole run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Whether xmllint can be run, and why not when it cannot. */
export interface XmllintStatus {
  available: boolean;
  note: string;
}

function found(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Finds xmllint, installing libxml2-utils with apt-get when possible. Never throws. */
export function ensureXmllint(log: (line: string) => void): XmllintStatus {
  if (found()) return { available: true, note: 'xmllint found' };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt)
    return {
      available: false,
      note: 'xmllint missing and cannot install (needs root and apt-get): install libxml2-utils',
    };
  log('xmllint missing: installing libxml2-utils with apt-get ...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'libxml2-utils'], {
      stdio: 'ignore',
      timeout: 300_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    return {
      available: false,
      note: `apt-get install libxml2-utils failed: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  return found()
    ? { available: true, note: 'xmllint installed by the bench' }
    : { available: false, note: 'libxml2-utils installed but xmllint still not found' };
}

/** Writes `text` to a temporary file once, for repeated xmllint runs; returns its path. */
export function writeTemp(text: string, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'twiml-bench-')), name);
  fs.writeFileSync(file, text);
  return file;
}

/**
 * Wall time of one `xmllint --noout` over `file`, including process start. `--timing` is not
 * used: it prints parse time only to stderr in a version-dependent format, and the process
 * start is part of what an editor integration around xmllint would pay anyway. Startup is
 * measured apart (see {@link xmllintStartupMs}) so the table can show both.
 */
export function timeXmllint(file: string): number {
  const start = process.hrtime.bigint();
  spawnSync('xmllint', ['--noout', '--nonet', file], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Wall time of xmllint over an empty document: the per-run process overhead. */
export function xmllintStartupMs(runs: number): number[] {
  const file = writeTemp('<Response/>', 'empty.xml');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeXmllint(file));
  return samples;
}
