/**
 * A seeded structure-aware mutator over real TwiML: every case is reproducible from its seed and
 * the corpus alone. Mutations mix byte-level noise (flips, deleted/duplicated spans, truncation)
 * with XML-shaped damage (random tags and attributes in right and wrong case, CDATA, DOCTYPEs
 * with entities, deep nesting) and awkward text (astral, combining, RTL, NUL, BOM, lone surrogates).
 */
import { ELEMENTS_BY_DIALECT, ALL_ELEMENT_NAMES } from '../server/src/data/twimlSchema';
import { Prng } from './prng';

/** One generated fuzz input, with the mutations that made it (for failure reports). */
export interface FuzzCase {
  seed: number;
  /** Index of the corpus document it started from. */
  base: number;
  mutations: string[];
  input: string;
}

const KNOWN_ATTRIBUTES: readonly string[] = [
  ...new Set(
    Object.values(ELEMENTS_BY_DIALECT).flatMap((elements) =>
      elements.flatMap((element) => element.attributes.map((attribute) => attribute.name)),
    ),
  ),
].sort();
const UNKNOWN_NAMES = ['foo', 'Speak', 'Mesage', 'x:y', 'data-id', 'Respone', 'sms', 'ÄÖÜ', '𝒳', 'a'];
const ODD_TEXT = [
  '\u{1F600}',
  '\u{1D573}',
  '\u{10FFFF}',
  'e\u0301',
  'a\u0300\u0301\u0302\u0303',
  '\u202Eevil\u202C',
  '\u05E9\u05DC\u05D5\u05DD',
  '\u0627\u0644\u0633\u0644\u0627\u0645',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\r\n',
  '\r',
  '\t',
  '\u2028',
  '\uFFFE',
  '\u0085',
];
const ENTITY_REFS = [
  '&amp;',
  '&lt;',
  '&bogus;',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&#65;',
  '&#x1F600;',
  '&',
  '&amp',
  '&#;',
  '&lol9;',
  '&nbsp;',
];
const VALUES = [
  '',
  'true',
  'false',
  'POST',
  'get',
  '-1',
  '0',
  '99999999999999999999',
  '1.5',
  'https://example.com/a?b=1&amp;c=2',
  'wss://x',
  'ftp://x',
  '+14155550100',
  'whatsapp:+14155550100',
  'sip:a@b',
  'client:bob',
  'Polly.Joanna',
  'en-US',
  'dtmf speech',
  'initiated ringing',
  'x'.repeat(2000),
  '&quot;',
];

/** Picks a case variant of a name: exact, lower, upper or randomly flipped. */
function wrongCase(prng: Prng, name: string): string {
  switch (prng.int(4)) {
    case 0:
      return name;
    case 1:
      return name.toLowerCase();
    case 2:
      return name.toUpperCase();
    default:
      return [...name].map((c) => (prng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
  }
}

function elementName(prng: Prng): string {
  return prng.chance(0.8) ? wrongCase(prng, prng.pick(ALL_ELEMENT_NAMES)) : prng.pick(UNKNOWN_NAMES);
}

function attribute(prng: Prng): string {
  const name = prng.chance(0.8) ? wrongCase(prng, prng.pick(KNOWN_ATTRIBUTES)) : prng.pick(UNKNOWN_NAMES);
  const value = prng.pick(VALUES);
  switch (prng.int(6)) {
    case 0:
      return `${name}=${value.replace(/\s/g, '') || 'x'}`;
    case 1:
      return name;
    case 2:
      return `${name}='${value}'`;
    case 3:
      return `${name}="${value}`;
    default:
      return `${name}="${value}"`;
  }
}

function tag(prng: Prng): string {
  const name = elementName(prng);
  const attributes = Array.from({ length: prng.int(4) }, () => ` ${attribute(prng)}`).join('');
  switch (prng.int(5)) {
    case 0:
      return `<${name}${attributes}/>`;
    case 1:
      return `</${name}>`;
    case 2:
      return `<${name}${attributes}>`;
    case 3:
      return `<${name}${attributes}>${prng.pick(ODD_TEXT)}text</${name}>`;
    default:
      return `<${name}${attributes}>${prng.pick(ENTITY_REFS)}</${wrongCase(prng, name)}>`;
  }
}

function doctype(prng: Prng): string {
  switch (prng.int(4)) {
    case 0: {
      const entities = ['<!ENTITY lol "lol">'];
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
      return `<!DOCTYPE Response [\n${entities.join('\n')}\n]>`;
    }
    case 1:
      return '<!DOCTYPE Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    case 2:
      return '<!DOCTYPE Response SYSTEM "http://127.0.0.1:9/x.dtd">';
    default:
      return '<!DOCTYPE Response [ <!ELEMENT Response ANY> <!-- ] --> ';
  }
}

function nesting(prng: Prng): string {
  const depth = prng.chance(0.2) ? prng.range(500, 3000) : prng.range(2, 60);
  const name = prng.chance(0.5) ? prng.pick(['Gather', 'Dial', 'Message', 'Response', 'x']) : elementName(prng);
  const close = prng.chance(0.7);
  return `<${name}>`.repeat(depth) + 'deep' + (close ? `</${name}>`.repeat(depth) : '');
}

/** A position in `text`; biased towards markup boundaries so mutations land inside tags too. */
function position(prng: Prng, text: string): number {
  if (text.length === 0) return 0;
  if (prng.chance(0.5)) {
    const at = prng.int(text.length);
    const lt = text.indexOf(prng.pick(['<', '>', '"', ' ', '=']), at);
    if (lt >= 0) return lt + prng.int(2);
  }
  return prng.int(text.length + 1);
}

function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Upper bound on a mutated document's length, so one case cannot dominate the run time. */
export const MAX_LENGTH = 120_000;

export type Mutation = (prng: Prng, text: string, corpus: readonly string[]) => [string, string];

/** The mutations, each returning the new text and a short label for the failure report. */
export const MUTATIONS: ReadonlyArray<Mutation> = [
  (prng, text) => {
    const at = prng.int(Math.max(1, text.length));
    const code = prng.chance(0.5) ? text.charCodeAt(at) ^ (1 << prng.int(8)) : prng.int(0x80);
    return [text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1), `flip@${at}`];
  },
  (prng, text) => {
    const at = prng.int(Math.max(1, text.length));
    const length = prng.range(1, Math.min(200, Math.max(1, text.length - at)));
    return [text.slice(0, at) + text.slice(at + length), `delete@${at}+${length}`];
  },
  (prng, text) => {
    const at = prng.int(Math.max(1, text.length));
    const length = prng.range(1, 300);
    const times = prng.chance(0.1) ? prng.range(10, 300) : prng.range(1, 3);
    return [
      insert(text, position(prng, text), text.slice(at, at + length).repeat(times)),
      `duplicate@${at}+${length}x${times}`,
    ];
  },
  (prng, text) => {
    const at = prng.int(text.length + 1);
    return [text.slice(0, at), `truncate@${at}`];
  },
  (prng, text) => {
    const at = position(prng, text);
    return [insert(text, at, tag(prng)), `tag@${at}`];
  },
  (prng, text) => {
    // An attribute inside an existing start tag (right after its name) or anywhere.
    const starts = [...text.matchAll(/<[A-Za-z][\w.:-]*/g)].map((m) => (m.index ?? 0) + m[0].length);
    const at = starts.length > 0 && prng.chance(0.8) ? prng.pick(starts) : position(prng, text);
    return [insert(text, at, ` ${attribute(prng)}`), `attribute@${at}`];
  },
  (prng, text) => {
    const at = position(prng, text);
    const piece = Array.from({ length: prng.range(1, 5) }, () => prng.pick(ODD_TEXT)).join('');
    return [insert(text, at, piece), `unicode@${at}`];
  },
  (prng, text) => {
    const at = prng.chance(0.5) ? 0 : position(prng, text);
    const piece = prng.pick(['\uFEFF', '\u0000', '\u0000\u0000\u0000', '\uFEFF\uFEFF']);
    return [insert(text, at, piece), `nul-bom@${at}`];
  },
  (prng, text) => {
    const at = position(prng, text);
    const piece = prng.pick([
      '<![CDATA[',
      ']]>',
      '<![CDATA[ <Say>x</Say> & ]]>',
      '<![CDATA[unterminated',
      '<!--',
      '-->',
      '<!-- c -- d -->',
      '<?xml version="1.0"?>',
      '<?pi x?>',
      '<?',
    ]);
    return [insert(text, at, piece), `markup@${at}`];
  },
  (prng, text) => {
    const at = prng.chance(0.6) ? (text.startsWith('<?xml') ? text.indexOf('?>') + 2 : 0) : position(prng, text);
    return [insert(text, Math.max(0, at), doctype(prng)), `doctype@${at}`];
  },
  (prng, text) => {
    const at = position(prng, text);
    return [insert(text, at, nesting(prng)), `nest@${at}`];
  },
  (prng, text) => {
    const at = position(prng, text);
    return [insert(text, at, prng.pick(ENTITY_REFS)), `entity@${at}`];
  },
  (prng, text, corpus) => {
    // Crossover: splice a span of another corpus document in.
    const other = prng.pick(corpus);
    const from = prng.int(Math.max(1, other.length));
    const piece = other.slice(from, from + prng.range(1, 400));
    return [insert(text, position(prng, text), piece), `splice@${from}`];
  },
  (prng, text) => {
    // Rename every occurrence of one tag name (case mistakes that stay balanced).
    const names = [...new Set([...text.matchAll(/<\/?([A-Za-z][\w]*)/g)].map((m) => m[1]))];
    if (names.length === 0) return [text, 'rename:none'];
    const name = prng.pick(names);
    const replacement = prng.chance(0.7) ? wrongCase(prng, name) : elementName(prng);
    return [text.replace(new RegExp(`(</?)${name}\\b`, 'g'), `$1${replacement}`), `rename:${name}->${replacement}`];
  },
];

/** Generates the case for `seed` from `corpus` (1 to 4 stacked mutations). */
export function makeCase(seed: number, corpus: readonly string[]): FuzzCase {
  const prng = new Prng(seed);
  const base = prng.int(corpus.length);
  let input = corpus[base];
  const mutations: string[] = [];
  const count = prng.range(1, 4);
  for (let i = 0; i < count; i++) {
    const index = prng.int(MUTATIONS.length);
    const [next, label] = MUTATIONS[index](prng, input, corpus);
    input = next.length > MAX_LENGTH ? next.slice(0, MAX_LENGTH) : next;
    mutations.push(label);
  }
  return { seed, base, mutations, input };
}
