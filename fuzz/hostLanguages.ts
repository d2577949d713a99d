/** The nine tree-sitter languages of host code; their grammars load before any host case runs. */
import { ensureLanguage, loadFailure, type CodeLanguage } from '../server/src/embedded/code/treeSitter';

export type { CodeLanguage };
export const CODE_LANGUAGES: readonly CodeLanguage[] = [
  'python',
  'javascript',
  'typescript',
  'tsx',
  'php',
  'ruby',
  'java',
  'csharp',
  'go',
];

/** Loads every grammar; throws naming the ones that failed (a host fuzz run without them proves little). */
export async function loadAllGrammars(): Promise<void> {
  for (const language of CODE_LANGUAGES) await ensureLanguage(language);
  const failed = CODE_LANGUAGES.filter((language) => loadFailure(language) !== undefined);
  if (failed.length > 0)
    throw new Error(
      `grammars failed to load: ${failed.map((language) => `${language} (${loadFailure(language)})`).join(', ')}`,
    );
}
