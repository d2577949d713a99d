/**
 * Expands a VS Code snippet body to the text VS Code inserts when the user accepts every default:
 * placeholders keep their default text, choices take their first option, mirrors (`$1` after
 * `${1:x}`) repeat the value of their tabstop, and `$0` / empty tabstops insert nothing.
 *
 * Variables (`$TM_FILENAME`, `${TM_SELECTED_TEXT:default}`, ...) resolve to their default when one
 * is given and to the empty string otherwise, which is what an editor with no selection does for
 * `TM_SELECTED_TEXT`. That keeps expansions deterministic for tests.
 *
 * Transforms (`${1/regex/format/}`) are not supported and throw, so a test never silently checks
 * text that differs from what VS Code would produce.
 */

type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly children?: SnippetNode[]; readonly choices?: string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly children?: SnippetNode[] };

/** Snippet bodies in a `.code-snippets` file are a string or an array of lines. */
export type SnippetBody = string | readonly string[];

/** Options for {@link expandSnippet}. */
export interface ExpandOptions {
  /** Picks the option a choice tabstop inserts; VS Code's default (and this one's) is the first. */
  choose?: (choices: readonly string[]) => string;
}

/**
 * Returns the text VS Code would insert for `body` with all defaults accepted.
 * @throws Error when the body uses a transform.
 */
export function expandSnippet(body: SnippetBody, options: ExpandOptions = {}): string {
  const source = typeof body === 'string' ? body : body.join('\n');
  const nodes = new SnippetParser(source).parse();
  const defaults = collectTabstopDefaults(nodes, options.choose ?? ((choices) => choices[0] ?? ''));
  return render(nodes, defaults);
}

/** The first tabstop of an index that carries a default (text or choice) defines what its mirrors show. */
function collectTabstopDefaults(
  nodes: readonly SnippetNode[],
  choose: (choices: readonly string[]) => string,
  found = new Map<number, readonly SnippetNode[] | string>(),
) {
  for (const node of nodes) {
    if (node.kind === 'tabstop') {
      if (!found.has(node.index)) {
        if (node.choices) found.set(node.index, choose(node.choices));
        else if (node.children) found.set(node.index, node.children);
      }
      if (node.children) collectTabstopDefaults(node.children, choose, found);
    } else if (node.kind === 'variable' && node.children) {
      collectTabstopDefaults(node.children, choose, found);
    }
  }
  return found;
}

function render(nodes: readonly SnippetNode[], defaults: ReadonlyMap<number, readonly SnippetNode[] | string>): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.value;
    else if (node.kind === 'variable') out += node.children ? render(node.children, defaults) : '';
    else if (node.index !== 0) {
      const value = defaults.get(node.index);
      if (value === undefined) continue;
      out += typeof value === 'string' ? value : render(value, defaults);
    }
  }
  return out;
}

/**
 * Recursive-descent parser for the snippet grammar VS Code documents (tabstop, placeholder, choice,
 * variable, text). Anything that does not parse as a construct is literal text, as in VS Code
 * (e.g. a lone `$` or an unterminated `${1:`).
 */
class SnippetParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    return this.parseSequence(false);
  }

  /** Reads nodes until the end, or (inside a placeholder) until the unescaped `}` that closes it. */
  private parseSequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        const construct = this.tryConstruct();
        if (construct) {
          flush();
          nodes.push(construct);
        } else {
          text += ch;
          this.pos++;
        }
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** Parses a construct at `$`, or restores the position and returns undefined. */
  private tryConstruct(): SnippetNode | undefined {
    const start = this.pos;
    const node = this.src[this.pos + 1] === '{' ? this.parseBraced() : this.parseBare();
    if (!node) this.pos = start;
    return node;
  }

  private parseBare(): SnippetNode | undefined {
    const m = /^\$(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[1] !== undefined ? { kind: 'tabstop', index: Number(m[1]) } : { kind: 'variable', name: m[2] };
  }

  private parseBraced(): SnippetNode | undefined {
    const m = /^\$\{(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    const index = m[1] !== undefined ? Number(m[1]) : undefined;
    const next = this.src[this.pos];
    if (next === '}') {
      this.pos++;
      return index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: m[2] };
    }
    if (next === ':') {
      this.pos++;
      const children = this.parseSequence(true);
      if (this.src[this.pos] !== '}') return undefined;
      this.pos++;
      return index !== undefined ? { kind: 'tabstop', index, children } : { kind: 'variable', name: m[2], children };
    }
    if (next === '|' && index !== undefined) return this.parseChoiceRest(index);
    if (next === '/')
      throw new Error(`snippet transforms are not supported: ${this.src.slice(this.pos - m[0].length)}`);
    return undefined;
  }

  /** After `${n|`: options separated by `,`, closed by `|}`; `\,` `\|` `\\` escape. */
  private parseChoiceRest(index: number): SnippetNode | undefined {
    this.pos++;
    const choices: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && ',|\\'.includes(this.src[this.pos + 1] ?? '')) {
        current += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        this.pos++;
      } else if (ch === '|' && this.src[this.pos + 1] === '}') {
        choices.push(current);
        this.pos += 2;
        return { kind: 'tabstop', index, choices };
      } else {
        current += ch;
        this.pos++;
      }
    }
    return undefined;
  }
}
