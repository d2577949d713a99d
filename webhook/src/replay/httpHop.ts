/**
 * One HTTP exchange with Node's http/https: sends a request, reads at most a bounded body and
 * reports what happened as data (never throws). Redirects, cookies and the overall deadline
 * are the caller's job (httpClient.ts).
 */
import * as http from 'node:http';
import * as https from 'node:https';

/** What came back from the server (possibly only partly). */
export interface ResponseInfo {
  status: number;
  statusText: string;
  /** Lowercase names; repeated headers joined with ", " (Set-Cookie is kept apart). */
  headers: Record<string, string>;
  setCookies: string[];
  /** At most `maxBodyBytes` bytes of the body. */
  body: Buffer;
  /** Body bytes received, including any past the cap. */
  bytesRead: number;
  /** True when the body went past the cap and reading stopped there. */
  truncated: boolean;
}

/** The result of one exchange. */
export type HopResult =
  | { kind: 'response'; response: ResponseInfo }
  /** The connection ended before the body was complete (e.g. Content-Length not honoured). */
  | { kind: 'incomplete'; response: ResponseInfo; expectedBytes?: number }
  /** The shared signal aborted: before any answer, after the headers, or mid-body. */
  | { kind: 'aborted'; phase: 'connect' | 'headers' | 'body'; response?: ResponseInfo }
  | { kind: 'error'; code: string; message: string };

/** One request to send. */
export interface HopRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  maxBodyBytes: number;
  signal: AbortSignal;
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || name === 'set-cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function requestOptions(request: HopRequest): http.RequestOptions {
  const { url } = request;
  return {
    method: request.method,
    protocol: url.protocol,
    // WHATWG keeps IPv6 literals in brackets; Node's resolver wants them bare.
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? undefined : Number(url.port),
    // The fragment is never sent; credentials are not sent either (Twilio only adds
    // Authorization after a 401 challenge: https://www.twilio.com/docs/usage/security).
    path: `${url.pathname || '/'}${url.search}`,
    headers: request.headers,
    // A fresh connection per request: nothing lingers in a pool after the replay ends.
    agent: false,
    signal: request.signal,
  };
}

/** Sends one request and settles once the exchange is over, however it ends. */
export function sendHop(request: HopRequest): Promise<HopResult> {
  return new Promise((resolve) => {
    let settled = false;
    let response: ResponseInfo | undefined;
    const settle = (result: HopResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    let connected = false;
    const abortedResult = (): HopResult => ({
      kind: 'aborted',
      phase: response ? 'body' : connected ? 'headers' : 'connect',
      response,
    });
    const transport = request.url.protocol === 'https:' ? https : http;
    let req: http.ClientRequest;
    try {
      req = transport.request(requestOptions(request));
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      settle({ kind: 'error', code: err.code ?? 'EINVAL', message: err.message });
      return;
    }
    req.on('socket', (socket) => socket.once('connect', () => (connected = true)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (request.signal.aborted) {
        settle(abortedResult());
        return;
      }
      if (response) settle({ kind: 'incomplete', response, expectedBytes: expectedLength(response) });
      else settle({ kind: 'error', code: error.code ?? 'ERROR', message: error.message });
    });
    req.on('response', (res) => {
      const info: ResponseInfo = {
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        headers: flattenHeaders(res.headers),
        setCookies: res.headers['set-cookie'] ?? [],
        body: Buffer.alloc(0),
        bytesRead: 0,
        truncated: false,
      };
      response = info;
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        info.bytesRead += chunk.length;
        const room = request.maxBodyBytes - kept;
        if (room > 0) {
          const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
          chunks.push(part);
          kept += part.length;
        }
        if (info.bytesRead > request.maxBodyBytes) {
          // Past the cap: stop reading so memory stays bounded whatever the server sends.
          info.truncated = true;
          info.body = Buffer.concat(chunks);
          settle({ kind: 'response', response: info });
          res.destroy();
          req.destroy();
        }
      });
      res.on('end', () => {
        info.body = Buffer.concat(chunks);
        settle({ kind: 'response', response: info });
      });
      // Errors here are reported through 'close' below; the listener avoids an unhandled throw.
      res.on('error', () => undefined);
      res.on('close', () => {
        if (settled) return;
        info.body = Buffer.concat(chunks);
        settle(
          request.signal.aborted
            ? abortedResult()
            : { kind: 'incomplete', response: info, expectedBytes: expectedLength(info) },
        );
      });
    });
    req.end(request.body);
  });
}

function expectedLength(response: ResponseInfo): number | undefined {
  const value = response.headers['content-length'];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
