/**
 * The element names the TextMate grammar (syntaxes/twiml.tmLanguage.json) colours by role,
 * derived from the schema so the grammar cannot drift from what the linter knows. The build
 * writes them into the grammar (scripts/generate-grammar.mjs); a unit test fails when the file
 * and the schema disagree.
 */
import { ELEMENTS_BY_DIALECT } from './twimlSchema';
import type { ElementSpec } from './schemaTypes';

/** Element names by the colour they get: the root, verbs, nouns, and SSML inside `<Say>`. */
export interface TagNameGroups {
  root: string[];
  verbs: string[];
  nouns: string[];
  ssml: string[];
}

/** The names of both dialects, sorted, by role (SSML elements are the lower-case nouns). */
export function tagNameGroups(): TagNameGroups {
  const all = [...ELEMENTS_BY_DIALECT.messaging, ...ELEMENTS_BY_DIALECT.voice];
  const names = (keep: (element: ElementSpec) => boolean): string[] =>
    [...new Set(all.filter(keep).map((element) => element.name))].sort();
  return {
    root: names((element) => element.kind === 'root'),
    verbs: names((element) => element.kind === 'verb'),
    nouns: names((element) => element.kind === 'noun' && /^[A-Z]/.test(element.name)),
    ssml: names((element) => element.kind === 'noun' && !/^[A-Z]/.test(element.name)),
  };
}

/** Any other XML name: the grammar's last group, for unknown and wrongly cased elements. */
const OTHER_NAME = '[\\p{L}_:][\\p{L}\\p{N}\\p{M}_.:\\-]*';

/** Escapes a name for a regular expression alternative (`say-as` holds a "-"). */
function alternative(names: readonly string[]): string {
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
}

/**
 * The `begin` patterns of the grammar's `start-tag` and `end-tag` rules. Capture groups: 1 the
 * punctuation, 2 the root, 3 verbs, 4 nouns, 5 SSML, 6 any other name (the rules' captures
 * colour them in this order).
 */
export function tagBeginPatterns(groups: TagNameGroups = tagNameGroups()): { startTag: string; endTag: string } {
  const names = `(?:(${alternative(groups.root)})|(${alternative(groups.verbs)})|(${alternative(groups.nouns)})|(${alternative(groups.ssml)})|(${OTHER_NAME}))`;
  return { startTag: `(<)${names}(?=[\\s/>]|$)`, endTag: `(</)${names}(?=[\\s>]|$)` };
}
