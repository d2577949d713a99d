/**
 * A tiny JSON-RPC client for the language server over stdio, written by hand (Content-Length
 * framing) so the tests and the bench talk to `dist/server.js` exactly like Neovim or Helix
 * would, with no vscode-languageclient in between.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A JSON-RPC message as received, with the time it arrived (performance.now()). */
export interface ReceivedMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
  receivedAt: number;
}

/** A response to one of our requests. */
export type Response = Pick<ReceivedMessage, 'result' | 'error' | 'receivedAt'>;

/** Encodes one message with its Content-Length header (bytes, not characters). */
export function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Splits a byte stream into JSON-RPC messages; keeps partial data between chunks. */
export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0);

  /** Feeds a chunk; returns the complete messages it finished. */
  push(chunk: Buffer): unknown[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const messages: unknown[] = [];
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) throw new Error(`Bad header from server: ${JSON.stringify(header)}`);
      const length = Number(match[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) break;
      messages.push(JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')));
      this.buffer = this.buffer.subarray(start + length);
    }
    return messages;
  }
}

/** A running server process and the conversation with it. */
export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification received, in order. */
  readonly notifications: ReceivedMessage[] = [];
  /** Everything the server wrote to stderr. */
  stderr = '';
  /** Resolves with the exit code (or signal name) when the process ends. */
  readonly exited: Promise<number | string | null>;
  private nextId = 1;
  private readonly pending = new Map<number, (response: ReceivedMessage) => void>();
  private readonly waiters = new Set<() => void>();
  private readonly decoder = new FrameDecoder();

  /** Spawns `node <serverPath> --stdio`, with `env` added to this process's environment. */
  constructor(serverPath: string, args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}) {
    this.process = spawn(process.execPath, [serverPath, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    this.process.stdout.on('data', (chunk: Buffer) => {
      const receivedAt = performance.now();
      for (const raw of this.decoder.push(chunk)) this.receive({ ...(raw as ReceivedMessage), receivedAt });
    });
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // Writing to a server that died must surface as a test failure, not an unhandled EPIPE.
    this.process.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve(code ?? signal)));
  }

  /** The server's process id (for /proc/<pid>/status). */
  get pid(): number {
    return this.process.pid ?? -1;
  }

  private receive(message: ReceivedMessage): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      // A server → client request (configuration, registerCapability, ...): answer politely.
      this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
    } else if (typeof message.id === 'number') {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    }
    for (const wake of [...this.waiters]) wake();
  }

  /** Sends raw bytes (for malformed-input tests). */
  writeRaw(bytes: Buffer | string): void {
    this.process.stdin.write(bytes);
  }

  private write(message: object): void {
    this.process.stdin.write(frame(message));
  }

  /** Sends a request and resolves with its response (result or error), or rejects on timeout. */
  request(method: string, params?: unknown, timeoutMs = 10_000): Promise<Response> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`No response to ${method} within ${timeoutMs} ms. stderr: ${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, (response) => {
        clearTimeout(timer);
        resolve({ result: response.result, error: response.error, receivedAt: response.receivedAt });
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a notification; returns the time it was written (performance.now()). */
  notify(method: string, params?: unknown): number {
    const sentAt = performance.now();
    this.write({ jsonrpc: '2.0', method, params });
    return sentAt;
  }

  /**
   * Waits until a notification received at index `from` or later satisfies `predicate`;
   * resolves with it, or rejects after `timeoutMs`.
   */
  waitForNotification(
    predicate: (message: ReceivedMessage) => boolean,
    timeoutMs = 10_000,
    from = 0,
  ): Promise<ReceivedMessage> {
    return new Promise((resolve, reject) => {
      let scanned = from;
      const check = (): boolean => {
        for (; scanned < this.notifications.length; scanned++) {
          const message = this.notifications[scanned];
          if (predicate(message)) {
            this.waiters.delete(check as () => void);
            clearTimeout(timer);
            resolve(message);
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check as () => void);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for a notification. stderr: ${this.stderr}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check as () => void);
    });
  }

  /** Waits for publishDiagnostics of `uri` (and `version`, when given). */
  waitForDiagnostics(uri: string, version?: number, timeoutMs = 10_000, from = 0): Promise<ReceivedMessage> {
    return this.waitForNotification(
      (message) => {
        if (message.method !== 'textDocument/publishDiagnostics') return false;
        const params = message.params as { uri: string; version?: number };
        return params.uri === uri && (version === undefined || params.version === version);
      },
      timeoutMs,
      from,
    );
  }

  /** initialize + initialized, with a minimal client like a plain editor would send. */
  async initialize(initializationOptions?: unknown): Promise<Response> {
    const response = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    this.notify('initialized', {});
    return response;
  }

  /** Sends textDocument/didOpen (a TwiML document unless another language id is given). */
  open(uri: string, text: string, version = 1, languageId = 'twiml'): number {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** shutdown + exit; resolves with the exit code. Kills the process if it does not leave. */
  async shutdown(timeoutMs = 5_000): Promise<number | string | null> {
    if (this.process.exitCode === null) {
      await this.request('shutdown', null, timeoutMs).catch(() => undefined);
      this.notify('exit');
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
