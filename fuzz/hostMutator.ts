/**
 * Seeded mutations of host documents (code, templates, `.twiml`): the TwiML mutator's byte and
 * markup damage plus host-shaped damage: quotes, backslashes and interpolations added or removed
 * inside literals, template and PHP tags, heredoc markers, triple quotes, newlines inside strings,
 * appends (`+=`, `.=`), `echo`, loop and branch keywords, lines cut, duplicated or moved, and
 * crossover between hosts in different languages. Every case is reproducible from its seed alone.
 */
import { MAX_LENGTH, MUTATIONS } from './mutator';
import { Prng } from './prng';
import type { HostSeed } from './hostCorpus';

/** One generated host fuzz input. */
export interface HostCase {
  seed: number;
  /** Index of the seed document it started from. */
  base: number;
  /** The URI it is opened under: usually the seed's, sometimes another host kind's. */
  uri: string;
  mutations: string[];
  input: string;
}

/** Pieces that open, close or break literals, interpolations, templates and statements. */
const HOST_PIECES: readonly string[] = [
  '"',
  "'",
  '`',
  '\\',
  '\\"',
  "\\'",
  '\\n',
  '\\u',
  '\\x4',
  '${',
  '}',
  '${x}',
  '{{',
  '}}',
  '{{ x }}',
  '{{{',
  '}}}',
  '{%',
  '%}',
  '{% if x %}',
  '{% endif %}',
  '{{#each items}}',
  '{{/each}}',
  '<%',
  '%>',
  '<%= x %>',
  '<%-',
  '<?php',
  '?>',
  '<?=',
  '<?php echo $x; ?>',
  '#{',
  '#{x}',
  '"""',
  "'''",
  'f"',
  'r"',
  'b"',
  '@"',
  '$"',
  '$@"',
  '<<<EOT\n',
  "<<<'EOT'\n",
  '\nEOT;\n',
  '<<~XML\n',
  '<<-EOS\n',
  '\nXML\n',
  '\nEOS\n',
  '"+"',
  '" + "',
  "' . '",
  '"\n',
  '\n',
  '\r\n',
  ' += ',
  ' .= ',
  '+=',
  '.=',
  ' << ',
  'echo ',
  'echo "',
  'print(',
  'puts ',
  'return ',
  'exit;',
  'die();',
  'for ',
  'for (;;) {',
  'foreach ($a as $b) {',
  'for x in y:\n    ',
  'if ',
  'if (x) {',
  'if x:\n    ',
  '} else {',
  'else:\n',
  'end\n',
  '}',
  '{',
  '(',
  ')',
  ';',
  '//',
  '/*',
  '*/',
  '#',
  '<!--',
  '-->',
  '`${`',
  'String.raw`',
  'fmt.Sprintf(`',
  'twiml.say(',
  'response.message(',
  '.Say(',
  'new VoiceResponse()',
  'MessagingResponse()',
];

/** Positions biased towards the places host mutations matter: quotes, interpolations, tags, line ends. */
function hostPosition(prng: Prng, text: string): number {
  if (text.length === 0) return 0;
  if (prng.chance(0.6)) {
    const from = prng.int(text.length);
    const at = text.indexOf(
      prng.pick(['"', "'", '`', '<', '>', '{', '}', '$', '?', '%', '\n', '\\', '(', ')', '.', '+']),
      from,
    );
    if (at >= 0) return at + prng.int(2);
  }
  return prng.int(text.length + 1);
}

function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

type HostMutation = (prng: Prng, text: string, corpus: readonly HostSeed[]) => [string, string];

/** Start offsets of every line of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

const HOST_MUTATIONS: ReadonlyArray<HostMutation> = [
  (prng, text) => {
    const at = hostPosition(prng, text);
    const piece = prng.pick(HOST_PIECES);
    return [insert(text, at, piece), `host-insert@${at}:${JSON.stringify(piece)}`];
  },
  (prng, text) => {
    // Delete one quote, backslash or interpolation character: a literal ends early or runs on.
    const positions: number[] = [];
    for (let i = 0; i < text.length; i++) if ('"\'`\\{}$#?%'.includes(text[i])) positions.push(i);
    if (positions.length === 0) return [text, 'host-unquote:none'];
    const at = prng.pick(positions);
    return [text.slice(0, at) + text.slice(at + 1), `host-unquote@${at}`];
  },
  (prng, text) => {
    // A newline inside a literal: right after a quote or inside a tag.
    const quotes = [...text.matchAll(/["'`>]/g)].map((m) => m.index ?? 0);
    const at = quotes.length > 0 ? prng.pick(quotes) + 1 : hostPosition(prng, text);
    const piece = prng.pick(['\n', '\r\n', '\\\n', '\n\n  ']);
    return [insert(text, at, piece), `host-newline@${at}`];
  },
  (prng, text) => {
    // Lines cut, duplicated (a statement run twice) or moved (out of or into a loop, branch, literal).
    const starts = lineStarts(text);
    const first = prng.int(starts.length);
    const last = Math.min(starts.length - 1, first + prng.int(4));
    const from = starts[first],
      to = last + 1 < starts.length ? starts[last + 1] : text.length;
    const lines = text.slice(from, to);
    switch (prng.int(3)) {
      case 0:
        return [text.slice(0, from) + text.slice(to), `host-cut-lines@${first}-${last}`];
      case 1:
        return [insert(text, to, lines.repeat(prng.range(1, 3))), `host-dup-lines@${first}-${last}`];
      default: {
        const rest = text.slice(0, from) + text.slice(to);
        const target = prng.pick(lineStarts(rest));
        return [insert(rest, target, lines), `host-move-lines@${first}-${last}->${target}`];
      }
    }
  },
  (prng, text) => {
    // Replace one quote kind by another (single ↔ double ↔ backtick ↔ triple).
    const quotes = [...text.matchAll(/"""|'''|["'`]/g)];
    if (quotes.length === 0) return [text, 'host-requote:none'];
    const match = prng.pick(quotes);
    const at = match.index ?? 0;
    const by = prng.pick(['"', "'", '`', '"""', "'''", '\\"']);
    return [text.slice(0, at) + by + text.slice(at + match[0].length), `host-requote@${at}:${JSON.stringify(by)}`];
  },
  (prng, text, corpus) => {
    // Crossover with another host: a span of a different language's code or template.
    const other = prng.pick(corpus).text;
    const from = prng.int(Math.max(1, other.length));
    const piece = other.slice(from, from + prng.range(1, 600));
    return [insert(text, hostPosition(prng, text), piece), `host-splice@${from}`];
  },
  (prng, text) => {
    // Wrap a span in an interpolation or template tag (an expression over TwiML text).
    const at = hostPosition(prng, text);
    const length = prng.range(0, 40);
    const [open, close] = prng.pick([
      ['${', '}'],
      ['{{', '}}'],
      ['{%', '%}'],
      ['<%= ', ' %>'],
      ['<?php echo ', '; ?>'],
      ['#{', '}'],
      ['{', '}'],
      ['" + ', ' + "'],
      ["' . ", " . '"],
    ]);
    return [
      text.slice(0, at) + open + text.slice(at, at + length) + close + text.slice(at + length),
      `host-wrap@${at}+${length}:${open}`,
    ];
  },
];

/** Generates the host case for `seed` (1 to 4 stacked mutations, host-shaped ones more often). */
export function makeHostCase(seed: number, corpus: readonly HostSeed[]): HostCase {
  const prng = new Prng(seed);
  const base = prng.int(corpus.length);
  let input = corpus[base].text;
  // Sometimes the text is opened as another host kind (Python code read as PHP, a template as Go).
  const uri = prng.chance(0.1) ? prng.pick(corpus).uri : corpus[base].uri;
  const texts = corpus.map((host) => host.text);
  const mutations: string[] = uri === corpus[base].uri ? [] : [`as:${uri}`];
  const count = prng.range(1, 4);
  for (let i = 0; i < count; i++) {
    const [next, label] = prng.chance(0.6)
      ? prng.pick(HOST_MUTATIONS)(prng, input, corpus)
      : MUTATIONS[prng.int(MUTATIONS.length)](prng, input, texts);
    input = next.length > MAX_LENGTH ? next.slice(0, MAX_LENGTH) : next;
    mutations.push(label);
  }
  return { seed, base, uri, mutations, input };
}
