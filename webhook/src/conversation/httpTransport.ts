/**
 * The default {@link Transport}: one real HTTP request with node:http/https (through the replay's
 * httpHop), no redirect following (the conversation does that, to log each hop), a bounded body.
 */
import { MAX_DOCUMENT_BYTES } from '../../../server/src/data/limits';
import { sendHop } from '../replay/httpHop';
import type { OutgoingRequest, Transport, TransportResult } from './types';

/** Sends `request` over the network. Never throws. */
export const httpTransport: Transport = async (request: OutgoingRequest): Promise<TransportResult> => {
  const started = performance.now();
  const ms = (): number => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { kind: 'error', reason: 'network', message: `not an absolute URL: ${request.url}`, ms: 0 };
  }
  const signal = AbortSignal.timeout(request.timeoutMs);
  const result = await sendHop({
    method: request.method,
    url,
    headers: { ...request.headers },
    body: request.body,
    // One byte past Twilio's 64 kB lets the conversation see that a reply is too large (11750).
    maxBodyBytes: MAX_DOCUMENT_BYTES + 1,
    signal,
  });
  switch (result.kind) {
    case 'response':
    case 'incomplete': {
      const headers: Record<string, string> = { ...result.response.headers };
      if (result.response.setCookies.length > 0) headers['set-cookie'] = result.response.setCookies.join('\n');
      return {
        kind: 'response',
        status: result.response.status,
        headers,
        body: result.response.body.toString('utf8'),
        ms: ms(),
      };
    }
    case 'aborted':
      return { kind: 'error', reason: 'timeout', message: `no answer within ${request.timeoutMs / 1000} s`, ms: ms() };
    case 'error':
      return {
        kind: 'error',
        reason: result.code === 'ECONNREFUSED' ? 'refused' : 'network',
        message: `${result.code}: ${result.message}`,
        ms: ms(),
      };
  }
};
