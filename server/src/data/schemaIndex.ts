/**
 * Lookups over the TwiML schema, built once at module load: validation and completion ask
 * these questions for every element of every keystroke, so they must not scan arrays.
 */
import type { AttributeSpec, Dialect, ElementSpec } from './schemaTypes';
import { DIALECTS, ELEMENTS_BY_DIALECT } from './twimlSchema';

interface DialectIndex {
  /** name → definitions, in data order (a name has several when they differ by parent). */
  readonly byName: ReadonlyMap<string, readonly ElementSpec[]>;
  /** lower-cased name → correctly cased name. */
  readonly byLowerName: ReadonlyMap<string, string>;
  readonly names: readonly string[];
  readonly verbs: readonly string[];
}

const INDEX: Readonly<Record<Dialect, DialectIndex>> = {
  messaging: buildIndex(ELEMENTS_BY_DIALECT.messaging),
  voice: buildIndex(ELEMENTS_BY_DIALECT.voice),
};

// Per-definition attribute maps, keyed by object identity (definitions are shared constants).
const ATTRIBUTES = new Map<ElementSpec, ReadonlyMap<string, AttributeSpec>>();
const ATTRIBUTES_LOWER = new Map<ElementSpec, ReadonlyMap<string, string>>();
for (const dialect of DIALECTS) {
  for (const element of ELEMENTS_BY_DIALECT[dialect]) {
    ATTRIBUTES.set(element, new Map(element.attributes.map((attribute) => [attribute.name, attribute])));
    ATTRIBUTES_LOWER.set(
      element,
      new Map(element.attributes.map((attribute) => [attribute.name.toLowerCase(), attribute.name])),
    );
  }
}

const VOICE_ONLY_VERBS = new Set(INDEX.voice.verbs.filter((name) => !INDEX.messaging.byName.has(name)));
const MESSAGING_ONLY_VERBS = new Set(INDEX.messaging.verbs.filter((name) => !INDEX.voice.byName.has(name)));

function buildIndex(elements: readonly ElementSpec[]): DialectIndex {
  const byName = new Map<string, ElementSpec[]>();
  const byLowerName = new Map<string, string>();
  for (const element of elements) {
    const list = byName.get(element.name);
    if (list) list.push(element);
    else byName.set(element.name, [element]);
    byLowerName.set(element.name.toLowerCase(), element.name);
  }
  const names = [...byName.keys()].sort();
  const verbs = names.filter((name) => byName.get(name)?.some((element) => element.kind === 'verb'));
  return { byName, byLowerName, names, verbs };
}

/** All definitions of `name` in `dialect` (exact case); empty when unknown. */
export function elementsNamed(dialect: Dialect, name: string): readonly ElementSpec[] {
  return INDEX[dialect].byName.get(name) ?? [];
}

/**
 * The definition of `name` (exact case) as a child of `parentName`: the one whose `parents`
 * contain the parent, else the first definition (so a misplaced element still gets its
 * attributes checked). Undefined when the dialect has no element of that name.
 */
export function findElement(dialect: Dialect, parentName: string | undefined, name: string): ElementSpec | undefined {
  const candidates = elementsNamed(dialect, name);
  if (candidates.length === 0) return undefined;
  if (parentName !== undefined) {
    const placed = candidates.find((element) => element.parents.includes(parentName));
    if (placed) return placed;
  }
  return candidates[0];
}

/** The attribute `name` (exact case) of `element`, or undefined. */
export function findAttribute(element: ElementSpec, name: string): AttributeSpec | undefined {
  return ATTRIBUTES.get(element)?.get(name) ?? element.attributes.find((attribute) => attribute.name === name);
}

/**
 * The correctly cased element name when `name` differs from a known one only by case
 * (`say` → `Say`), looking in `dialect` first and then the other dialect. Undefined when
 * `name` is already exact or matches nothing.
 */
export function caseInsensitiveElement(dialect: Dialect, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const where of [dialect, otherDialect(dialect)]) {
    const known = INDEX[where].byLowerName.get(lower);
    if (known !== undefined) return known === name ? undefined : known;
  }
  return undefined;
}

/**
 * The correctly cased attribute name of `element` when `name` differs only by case
 * (`statuscallback` → `statusCallback`); undefined when exact or unknown.
 */
export function caseInsensitiveAttribute(element: ElementSpec, name: string): string | undefined {
  const known =
    ATTRIBUTES_LOWER.get(element)?.get(name.toLowerCase()) ??
    element.attributes.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase())?.name;
  return known === undefined || known === name ? undefined : known;
}

/** Every element name of the dialect, sorted. */
export function allElementNames(dialect: Dialect): readonly string[] {
  return INDEX[dialect].names;
}

/** Names of the dialect's verbs (not nouns or the root), sorted. */
export function verbNames(dialect: Dialect): readonly string[] {
  return INDEX[dialect].verbs;
}

/** True for verbs that exist only in voice (Say, Dial, ...): their presence means a voice document. */
export function isVoiceOnlyVerb(name: string): boolean {
  return VOICE_ONLY_VERBS.has(name);
}

/** True for verbs that exist only in messaging (Message): their presence means a messaging reply. */
export function isMessagingOnlyVerb(name: string): boolean {
  return MESSAGING_ONLY_VERBS.has(name);
}

/** The dialects that define an element called `name` (exact case). */
export function dialectsOf(name: string): Dialect[] {
  return DIALECTS.filter((dialect) => INDEX[dialect].byName.has(name));
}

/**
 * Did-you-mean: the candidates closest to `name` by Damerau-Levenshtein distance (compared
 * case-insensitively, so a case-only slip ranks first), when that distance is at most 2 or at
 * most a third of the name's length. Ties are all returned, in candidate order; an exact match
 * is not a suggestion.
 */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const distance = damerauLevenshtein(lower, candidate.toLowerCase(), Math.min(limit, best));
    if (distance > limit || distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push(candidate);
  }
  return found;
}

/**
 * Optimal-string-alignment distance (adjacent transpositions count once). Gives up early
 * and returns `cap + 1` once every path is already longer than `cap`.
 */
export function damerauLevenshtein(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'voice' ? 'messaging' : 'voice';
}
