/**
 * Reading scenario files: YAML (or JSON, read as YAML) with line numbers, and typed fields whose
 * every mistake becomes a {@link ScenarioError} naming its line. Shared by message and call scenarios.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

/** A file that is not a valid scenario; the message starts with `file:line:`. */
export class ScenarioError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${fileName}:${line}: ${reason}`);
    this.name = 'ScenarioError';
  }
}

/**
 * Parses the text of a scenario file down to its top-level mapping.
 * @throws ScenarioError for a syntax error or a file that is not a mapping
 */
export function loadScenarioDocument(text: string, fileName: string): { root: YAMLMap; reader: NodeReader } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const reader = new NodeReader(fileName, lineCounter);
  const syntax = doc.errors[0];
  if (syntax) {
    throw new ScenarioError(fileName, lineCounter.linePos(syntax.pos[0]).line, syntax.message.split('\n')[0]);
  }
  const root = doc.contents;
  if (!isMap(root)) throw reader.error(root, 'a scenario is a mapping with `url` and `turns`');
  return { root, reader };
}

/** `{ key: value }` when the value is there, `{}` otherwise: keeps absent fields absent. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Reads typed fields out of YAML nodes and turns every mistake into an error with its line. */
export class NodeReader {
  constructor(
    private readonly fileName: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  error(node: Node | null | undefined, reason: string): ScenarioError {
    return new ScenarioError(this.fileName, this.line(node), reason);
  }

  onlyKeys(map: YAMLMap, allowed: readonly string[], where: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!allowed.includes(key)) {
        throw this.error(pair.key as Node, `${where}: unknown key \`${key}\` (expected one of ${allowed.join(', ')})`);
      }
    }
  }

  required(map: YAMLMap, key: string, where: string): Node {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) throw this.error(map, `${where}: \`${key}\` is required`);
    return node;
  }

  private scalar(map: YAMLMap, key: string): { node: Node; value: unknown } | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) return undefined;
    return { node, value: isScalar(node) ? node.value : node };
  }

  string(map: YAMLMap, key: string, where: string, isRequired = false): string | undefined {
    if (isRequired) this.required(map, key, where);
    const found = this.scalar(map, key);
    if (!found) return undefined;
    // A bare number (`send: 42`) is what the texter typed: keep it as text.
    if (typeof found.value === 'number' && isScalar(found.node)) return found.node.source ?? String(found.value);
    if (typeof found.value !== 'string') throw this.error(found.node, `${where}: \`${key}\` must be a string`);
    return found.value;
  }

  strings(map: YAMLMap, key: string, where: string): string[] | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) return undefined;
    if (!isSeq(node)) throw this.error(node, `${where}: \`${key}\` must be a list of URLs`);
    return node.items.map((item) => {
      if (!isScalar(item) || typeof item.value !== 'string') {
        throw this.error(item as Node, `${where}: every \`${key}\` entry must be a URL string`);
      }
      return item.value;
    });
  }

  integer(map: YAMLMap, key: string, where: string): number | undefined {
    const found = this.scalar(map, key);
    if (!found) return undefined;
    if (typeof found.value !== 'number' || !Number.isInteger(found.value) || found.value < 0) {
      throw this.error(found.node, `${where}: \`${key}\` must be a whole number`);
    }
    return found.value;
  }

  boolean(map: YAMLMap, key: string, where: string): boolean | undefined {
    const found = this.scalar(map, key);
    if (!found) return undefined;
    if (typeof found.value !== 'boolean') throw this.error(found.node, `${where}: \`${key}\` must be true or false`);
    return found.value;
  }

  oneOf<T extends string>(map: YAMLMap, key: string, values: readonly T[]): T | undefined {
    const found = this.scalar(map, key);
    if (!found) return undefined;
    if (!values.includes(found.value as T)) {
      throw this.error(found.node, `\`${key}\` must be one of ${values.join(', ')}`);
    }
    return found.value as T;
  }
}
