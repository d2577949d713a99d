/**
 * Runs a language's literal extractor on host text the way the server does: parse, find the
 * candidates, extract. Also a readable form of a virtual text (placeholders as `¤`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findCandidates } from '../../../shared/twimlCandidates';
import { CodeTrees } from '../../../server/src/embedded/code/codeTrees';
import { EXTRACTORS } from '../../../server/src/embedded/code/extractors';
import { ensureLanguage, type CodeLanguage } from '../../../server/src/embedded/code/treeSitter';
import type { EmbeddedDocument } from '../../../server/src/embedded/virtualDocument';

const trees = new CodeTrees();
let counter = 0;

/** The documents `language`'s extractor finds in `text`. */
export async function extractFrom(language: CodeLanguage, text: string): Promise<EmbeddedDocument[]> {
  await ensureLanguage(language);
  const key = `test://${counter++}`;
  const tree = trees.parse(key, language, text);
  if (!tree) throw new Error(`no parser for ${language}`);
  const extractor = EXTRACTORS[language];
  if (!extractor) throw new Error(`no extractor for ${language}`);
  try {
    return extractor({ text, tree, candidates: findCandidates(text) });
  } finally {
    trees.delete(key);
  }
}

/** A fixture under test/fixtures/embedded (read from the source tree, not out/). */
export function fixture(name: string): string {
  const fromOut = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'embedded', name);
  return fs.readFileSync(fromOut, 'utf8');
}

/** The virtual text with each placeholder character shown as `¤`. */
export function shown(text: string): string {
  return text.replace(/[\ue000-\uf8ff]/g, '¤');
}

/** Host offset of the `nth` (0-based) occurrence of `needle` in `text`, plus `delta`. */
export function hostOffset(text: string, needle: string, delta = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  return at + delta;
}
