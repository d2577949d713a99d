/**
 * Keeps V8's young generation at its starting size in the server process. V8 doubles the young
 * generation (up to 2 × 16 MB) once enough objects have survived scavenges since the last growth,
 * which any session of edits reaches: with 100 open documents it was 34 MB of a 110 MB RSS while
 * the live heap was 9 MB. Our analyses are short-lived, so a small nursery costs a few more
 * scavenges, not throughput. The growth factor is read when V8 grows the space, so it can be set
 * after start (unlike --max-semi-space-size), which keeps `node dist/server.js --stdio` as it is.
 * Runs on import, and server.ts imports it first: loading the bundle's modules (the schema data)
 * already grew the space from 1 to 4 MB per semi-space before the server's own code ran.
 */
import * as v8 from 'node:v8';

v8.setFlagsFromString('--semi-space-growth-factor=1');
