/**
 * A caller's phone call to a local app, held as Twilio holds it (contract; the engine lands next).
 */
import type { CallAnswer, CallOptions, CallTurn, CallWait } from './types';

/** One phone call. {@link start} it, then {@link answer} each time it waits, until it has ended. */
export class Call {
  constructor(readonly options: CallOptions) {}

  /** What the call waits for, while it waits. */
  get waiting(): CallWait | undefined {
    return undefined;
  }

  /** True once the call is over (hung up, out of verbs, failed). */
  get ended(): boolean {
    return true;
  }

  /** Places the call (signed inbound request) and runs until it waits for the caller or ends. Never rejects. */
  async start(): Promise<CallTurn> {
    return Promise.reject(new Error('not implemented yet'));
  }

  /** The caller's answer to what the call waits for; runs until the next wait or the end. Never rejects. */
  async answer(answer: CallAnswer): Promise<CallTurn> {
    return Promise.reject(new Error(`not implemented yet: ${answer.kind}`));
  }
}
