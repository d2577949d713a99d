// Writes the schema's element names into the TextMate grammar (the start-tag and end-tag rules'
// `begin` patterns), so the grammar's verb and noun lists are generated, not kept by hand.
// Run by scripts/build.mjs; `node scripts/generate-grammar.mjs` runs it alone. Only the two
// patterns change: the rest of the file, and its formatting, is left as written.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const GRAMMAR = 'syntaxes/twiml.tmLanguage.json';

/** Loads server/src/data/grammarTagNames.ts (TypeScript) by bundling it in memory. */
async function loadTagNames() {
  const result = await esbuild.build({
    entryPoints: ['server/src/data/grammarTagNames.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports;
}

/** Rewrites the grammar's two patterns when they differ from the schema's; returns whether it wrote. */
export async function generateGrammar() {
  const { tagBeginPatterns } = await loadTagNames();
  const { startTag, endTag } = tagBeginPatterns();
  const raw = fs.readFileSync(GRAMMAR, 'utf8');
  const grammar = JSON.parse(raw);
  let text = raw;
  for (const [rule, begin] of [
    ['start-tag', startTag],
    ['end-tag', endTag],
  ]) {
    const old = grammar.repository[rule].begin;
    if (old !== begin) text = text.replace(`"begin": ${JSON.stringify(old)}`, `"begin": ${JSON.stringify(begin)}`);
  }
  if (text === raw) return false;
  fs.writeFileSync(GRAMMAR, text);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    (await generateGrammar()) ? `${GRAMMAR}: element names updated from the schema` : `${GRAMMAR}: up to date`,
  );
}
