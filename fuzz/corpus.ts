/** Loads the fuzz seed corpus (test/fixtures/fuzz-corpus/*.twiml) from the repository. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root: the nearest directory above `from` holding package-lock.json. (Not
 * package.json: the compiler copies it to out/, as shared/settings.ts imports it.)
 */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package-lock.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package-lock.json not found above ${from}`);
    dir = up;
  }
  return dir;
}

/** The corpus documents, sorted by file name so case seeds map to the same inputs everywhere. */
export function loadCorpus(): { names: string[]; texts: string[] } {
  const dir = path.join(repoRoot(), 'test', 'fixtures', 'fuzz-corpus');
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.twiml'))
    .sort();
  // Read as UTF-8 with the BOM kept: a BOM-first document is one of the seeds.
  return { names, texts: names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8')) };
}
