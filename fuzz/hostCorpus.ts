/**
 * The host fuzz corpus: every embedded host fixture (test/fixtures/embedded/, recursively: code in
 * each language, templates, SDK builder code) plus the TwiML corpus seeds as `.twiml` hosts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_LANGUAGES, type CodeLanguage } from './hostLanguages';
import { loadCorpus, repoRoot } from './corpus';

/** One seed document and the URI it is opened under (the URI decides the host kind). */
export interface HostSeed {
  name: string;
  uri: string;
  text: string;
}

export { CODE_LANGUAGES, type CodeLanguage };

/** The seeds, sorted by name so case seeds map to the same inputs everywhere. */
export function loadHostCorpus(): HostSeed[] {
  const root = path.join(repoRoot(), 'test', 'fixtures', 'embedded');
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  const hosts = walk(root)
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort()
    .map((name) => ({
      name,
      // Fixtures in languages tsc would compile carry `.txt`: the host kind comes from the name before it.
      uri: `file:///fixtures/${name.replace(/\.txt$/, '')}`,
      text: fs.readFileSync(path.join(root, name), 'utf8'),
    }));
  const { names, texts } = loadCorpus();
  return [
    ...hosts,
    ...names.map((name, index) => ({ name: `fuzz-corpus/${name}`, uri: `file:///corpus/${name}`, text: texts[index] })),
  ];
}
