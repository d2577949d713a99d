/** A transport that plays an app written as a function, for the conversation and call engines' tests. */
import type { OutgoingRequest, TransportResult } from '../../../webhook/src/conversation/types';

/** The app: given a request and its parameters, a response (200 text/xml by default) or a failure. */
export type FakeApp = (
  request: OutgoingRequest,
  params: URLSearchParams,
) => Partial<Extract<TransportResult, { kind: 'response' }>> | TransportResult;

/** A transport that answers with `app`, recording every request in `seen`. */
export function fakeApp(app: FakeApp): {
  transport: (r: OutgoingRequest) => Promise<TransportResult>;
  seen: OutgoingRequest[];
} {
  const seen: OutgoingRequest[] = [];
  const transport = (request: OutgoingRequest): Promise<TransportResult> => {
    seen.push(request);
    const params =
      request.method === 'POST' ? new URLSearchParams(request.body ?? '') : new URL(request.url).searchParams;
    const answer = app(request, params);
    if ('kind' in answer && answer.kind === 'error') return Promise.resolve(answer);
    return Promise.resolve({
      kind: 'response',
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: '',
      ms: 1,
      ...answer,
    } as TransportResult);
  };
  return { transport, seen };
}

/** A TwiML document around `inner`. */
export const twiml = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>`;
