/**
 * Compares two V8 heap snapshots (`.heapsnapshot`, as `v8.writeHeapSnapshot` writes them) by
 * constructor: how many more objects of each kind the later one holds and how many more bytes
 * they take themselves. What a leak check prints when the heap grew: the top rows name what leaked.
 */
import * as fs from 'node:fs';

/** Objects of one constructor (or V8 node type, in parentheses) in one snapshot. */
export interface ConstructorTotals {
  count: number;
  selfBytes: number;
}

/** The growth of one constructor between two snapshots. */
export interface ConstructorGrowth {
  name: string;
  countDelta: number;
  selfBytesDelta: number;
}

interface SnapshotFile {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Counts the nodes of a snapshot per constructor: objects by name, the rest by node type. */
export function totalsByConstructor(file: string): Map<string, ConstructorTotals> {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as SnapshotFile;
  const fields = parsed.snapshot.meta.node_fields;
  const types = parsed.snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const totals = new Map<string, ConstructorTotals>();
  for (let i = 0; i < parsed.nodes.length; i += stride) {
    const type = types[parsed.nodes[i + typeAt]];
    // Strings and code are named by their content: grouping them by type keeps the table short.
    const name = type === 'object' || type === 'closure' ? parsed.strings[parsed.nodes[i + nameAt]] : `(${type})`;
    const entry = totals.get(name) ?? { count: 0, selfBytes: 0 };
    entry.count++;
    entry.selfBytes += parsed.nodes[i + sizeAt];
    totals.set(name, entry);
  }
  return totals;
}

/** The constructors that grew most from `before` to `after`, by self bytes, largest first. */
export function diffSnapshots(before: string, after: string, top = 15): ConstructorGrowth[] {
  const old = totalsByConstructor(before);
  const growth: ConstructorGrowth[] = [];
  for (const [name, now] of totalsByConstructor(after)) {
    const was = old.get(name) ?? { count: 0, selfBytes: 0 };
    growth.push({ name, countDelta: now.count - was.count, selfBytesDelta: now.selfBytes - was.selfBytes });
  }
  return growth
    .filter((row) => row.selfBytesDelta > 0 || row.countDelta > 0)
    .sort((a, b) => b.selfBytesDelta - a.selfBytesDelta)
    .slice(0, top);
}
