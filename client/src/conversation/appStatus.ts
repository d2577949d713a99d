/**
 * Whether the user's app answers: a TCP connection to its host and port, every few seconds while
 * something shows it. A bare connection leaves no line in the app's request log (an HTTP probe
 * would print "GET / 404" in the user's Flask console every few seconds).
 */
import * as net from 'node:net';
import type { AppStatus } from '../../../shared/conversationMessages';

/** Resolves to `up` when `url`'s host accepts a connection within `timeoutMs`. Never rejects. */
export function probeApp(url: string, timeoutMs = 1000): Promise<AppStatus> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve('unknown');
  }
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (status: AppStatus): void => {
      socket.destroy();
      resolve(status);
    };
    socket.setTimeout(timeoutMs, () => done('down'));
    socket.once('connect', () => done('up'));
    socket.once('error', () => done('down'));
  });
}
