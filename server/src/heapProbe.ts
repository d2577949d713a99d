/**
 * Hidden requests the bench uses to watch the server's own memory (the leak check, the grammar
 * laziness figures). They are registered only when the server runs with {@link HEAP_PROBE_ENV}
 * set, so no editor ever sees them and a snapshot cannot be written on a client's word.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Connection } from 'vscode-languageserver/node';
import { loadedLanguages } from './embedded/code/treeSitter';
import { HeapSnapshotRequest, HeapStatsRequest, type HeapStats } from '../../shared/requests';

export type { HeapStats };

/** The environment variable (`1`) that turns the probe on. */
export const HEAP_PROBE_ENV = 'TWIML_HEAP_PROBE';
let gc: (() => void) | undefined;

/** Two full collections: the second frees what finalizers of the first let go. */
function collectGarbage(): void {
  if (!gc) {
    // The server is not started with --expose-gc (editors start it): a fresh context gets `gc`.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

/** Registers the probe's requests on `connection` when the environment asks for them. */
export function registerHeapProbe(connection: Connection, env: NodeJS.ProcessEnv = process.env): void {
  if (env[HEAP_PROBE_ENV] !== '1') return;
  connection.onRequest(HeapStatsRequest, (): HeapStats => {
    collectGarbage();
    const usage = process.memoryUsage();
    return {
      heapUsed: usage.heapUsed,
      rss: usage.rss,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size])),
      grammars: loadedLanguages(),
    };
  });
  connection.onRequest(HeapSnapshotRequest, (params): string => {
    collectGarbage();
    return v8.writeHeapSnapshot(params.path);
  });
}
