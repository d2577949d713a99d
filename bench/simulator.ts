/**
 * The conversation engine's own cost: turns held against a local app over real HTTP, the time
 * per turn minus the time spent waiting for the app (each request's `ms`), and the heap after
 * many turns (a conversation keeps cookies and ids, never the turns themselves).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Conversation } from '../webhook/src/conversation/conversation';
import { median, quantile } from './stats';
import { createReplyReader } from '../server/src/reading/replyReader';

export interface SimulatorFigures {
  turns: number;
  /** Median and p95 of (turn time − time waiting for the app), ms. */
  ownMedianMs: number;
  ownP95Ms: number;
  /** Median time the app took per turn, ms. */
  appMedianMs: number;
  /** Heap used after GC at the start and after `memoryTurns` turns, bytes. */
  heapBefore: number;
  heapAfter: number;
  memoryTurns: number;
}

/** A cookie-counting messaging app: the reply depends on the cookie, as real conversations do. */
function startApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    request.resume();
    const count = Number(/counter=(\d+)/.exec(request.headers.cookie ?? '')?.[1] ?? '0') + 1;
    response.writeHead(200, { 'Content-Type': 'text/xml', 'Set-Cookie': `counter=${count}; Path=/` });
    response.end(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>Message ${count}</Message></Response>`);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/sms`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Holds `turns` timed turns, then `memoryTurns` more for the heap figure. */
export async function measureSimulator(turns: number, memoryTurns: number): Promise<SimulatorFigures> {
  const app = await startApp();
  try {
    const conversation = new Conversation({
      reader: createReplyReader(),
      url: app.url,
      authToken: '0123456789abcdef0123456789abcdef',
    });
    await conversation.send({ body: 'warm up' });
    const own: number[] = [];
    const waited: number[] = [];
    for (let i = 0; i < turns; i++) {
      const started = performance.now();
      const turn = await conversation.send({ body: `text ${i}` });
      const total = performance.now() - started;
      const app = turn.requests.reduce((sum, request) => sum + request.ms, 0);
      own.push(Math.max(0, total - app));
      waited.push(app);
    }
    const heapBefore = heapAfterGc();
    for (let i = 0; i < memoryTurns; i++) await conversation.send({ body: `text ${i}` });
    const heapAfter = heapAfterGc();
    return {
      turns,
      ownMedianMs: median(own),
      ownP95Ms: quantile(own, 0.95),
      appMedianMs: median(waited),
      heapBefore,
      heapAfter,
      memoryTurns,
    };
  } finally {
    await app.close();
  }
}
