/** The tree-sitter languages of host code (the host-language table's); their grammars load before any host case runs. */
import { CODE_LANGUAGES, type CodeLanguage } from '../shared/hostLanguages';
import { ensureLanguage, loadFailure } from '../server/src/embedded/code/treeSitter';

export type { CodeLanguage };
export { CODE_LANGUAGES };

/** Loads every grammar; throws naming the ones that failed (a host fuzz run without them proves little). */
export async function loadAllGrammars(): Promise<void> {
  for (const language of CODE_LANGUAGES) await ensureLanguage(language);
  const failed = CODE_LANGUAGES.filter((language) => loadFailure(language) !== undefined);
  if (failed.length > 0)
    throw new Error(
      `grammars failed to load: ${failed.map((language) => `${language} (${loadFailure(language)})`).join(', ')}`,
    );
}
