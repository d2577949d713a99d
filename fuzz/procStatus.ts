/** Memory of another process on Linux, from /proc/<pid>/status (the fuzzer and bench watch the server). */
import * as fs from 'node:fs';

/** Reads a `VmXxx:   1234 kB` field of /proc/<pid>/status; NaN where /proc is unavailable. */
export function procStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}
