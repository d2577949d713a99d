// Free ports and process-group lifetime for the host's child processes (code-server, the
// sample webhook app). Children are started detached so that one signal to the group also
// reaches what they spawn (file watchers, extension hosts, pty hosts), which outlive the
// main process otherwise.
import * as net from 'node:net';
import { waitFor } from './waitFor.mjs';

/** Asks the kernel for a free TCP port on 127.0.0.1.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** True while any process of the group led by `pid` is alive. */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Sends `signal` to the whole group; a group that is already gone is not an error. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already exited
  }
}

/**
 * Ends the process group led by `pid`: SIGTERM, then SIGKILL if it is still there after `graceMs`.
 * @param {number | undefined} pid
 * @param {number} [graceMs]
 */
export async function killGroup(pid, graceMs = 3000) {
  if (!pid || !groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  try {
    await waitFor(() => !groupAlive(pid), { timeoutMs: graceMs, intervalMs: 50, what: `process group ${pid} to exit` });
  } catch {
    signalGroup(pid, 'SIGKILL');
  }
}

/** Process groups to SIGKILL if this process exits without cleaning up (crash, process.exit). */
const groupsToReap = new Set();
let reaperInstalled = false;

/**
 * Remembers a detached child's group so it is killed when this process exits, whatever the path.
 * @param {number | undefined} pid
 * @returns {() => void} call when the group has been ended normally
 */
export function reapOnExit(pid) {
  if (!pid) return () => {};
  groupsToReap.add(pid);
  if (!reaperInstalled) {
    reaperInstalled = true;
    process.on('exit', () => {
      for (const group of groupsToReap) signalGroup(group, 'SIGKILL');
    });
  }
  return () => groupsToReap.delete(pid);
}
