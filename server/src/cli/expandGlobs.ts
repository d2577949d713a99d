/**
 * Expands the CLI's file arguments: plain paths, directories (every file of a host kind we read
 * inside: TwiML, templates, code) and globs with `*`, `?` and `**` (Node 20 has no fs.glob).
 * Shell-expanded lists pass through as is.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionOf, HOST_EXTENSIONS } from '../embedded/hostKind';

/** Dependencies, caches and build output: never the user's own TwiML. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'out',
  'dist',
  'build',
  'target',
  'vendor',
  'bower_components',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.next',
  '.nuxt',
  'coverage',
  'obj',
]);

const READ_EXTENSIONS = new Set(HOST_EXTENSIONS);

/** A Python virtualenv, whatever its name: it holds pyvenv.cfg. */
function isVirtualenv(directory: string): boolean {
  return fs.existsSync(path.join(directory, 'pyvenv.cfg'));
}

/** Converts a glob to a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

function walk(directory: string, out: string[]): void {
  const stack = [directory];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isVirtualenv(full)) stack.push(full);
      } else if (entry.isFile()) out.push(full);
    }
  }
}

/** The static directory a glob starts from (the part before the first wildcard). */
function globBase(glob: string): string {
  const parts = glob.split('/');
  const index = parts.findIndex((part) => /[*?]/.test(part));
  const base = parts.slice(0, index).join('/');
  return base === '' ? (glob.startsWith('/') ? '/' : '.') : base;
}

/** Expands arguments to a sorted, de-duplicated file list; unmatched arguments are returned apart. */
export function expandGlobs(args: string[], cwd: string): { files: string[]; unmatched: string[] } {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const normalized = arg.split(path.sep).join('/');
    const before = files.size;
    if (/[*?]/.test(normalized)) {
      const base = globBase(normalized);
      const regex = globToRegExp(normalized.replace(/^\.\//, ''));
      const found: string[] = [];
      walk(path.resolve(cwd, base), found);
      for (const file of found) {
        const relative = path.relative(cwd, file).split(path.sep).join('/');
        if (regex.test(relative) || regex.test(file.split(path.sep).join('/'))) files.add(relative);
      }
    } else if (fs.existsSync(path.resolve(cwd, arg)) && fs.statSync(path.resolve(cwd, arg)).isDirectory()) {
      const found: string[] = [];
      walk(path.resolve(cwd, arg), found);
      for (const file of found) if (READ_EXTENSIONS.has(extensionOf(file))) files.add(path.relative(cwd, file));
    } else if (fs.existsSync(path.resolve(cwd, arg))) files.add(arg);
    if (files.size === before) unmatched.push(arg);
  }
  return { files: [...files].sort(), unmatched };
}
