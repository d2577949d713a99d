/**
 * A texter's conversation with a local app, held as Twilio holds it: every inbound message is a
 * signed webhook with the conversation's AccountSid and a new MessageSid, cookies are kept per
 * From/To pair, and the app's TwiML is run (replies, <Redirect>s, HTTP redirects, <Message action>
 * and statusCallback requests) until the reply is complete. Pure Node; the HTTP is injected.
 */
import { DEFAULT_ACCOUNT_SID } from '../replay/samples';
import { MAX_MESSAGES } from '../../../server/src/data/limits';
import { CookieJar } from '../replay/cookies';
import { appendQuery, encodeForm } from '../replay/form';
import { webhookHeaders } from '../replay/headers';
import { nextHop } from '../replay/hopRules';
import { DEFAULT_TIMEOUT_MS } from '../replay/httpClient';
import { cryptoRandom, makeIdempotencyToken, makeSid, type RandomBytes } from '../replay/random';
import { DEFAULT_FROM, DEFAULT_TO } from '../replay/samples';
import { signRequest } from '../replay/signature';
import { fetchProblems, type Fetched } from './fetchProblems';
import { httpTransport } from './httpTransport';
import { inboundParams, OUTBOUND_STATUSES, statusParams, type Party } from './inbound';
import { readDocument, type ReadMessage } from './readReply';
import type { ConversationOptions, OutgoingRequest, RequestRecord, Transport, Turn, TurnInput } from './types';

/**
 * At most this many documents for one inbound message: the first plus <Redirect>s and action
 * responses; past it Twilio stops with 14106 "Document retrieval limit reached"
 * (https://www.twilio.com/docs/api/errors/14106).
 */
export const MAX_DOCUMENTS = 10;
/** HTTP 3xx followed per document fetch, like the replay's client. */
export const MAX_HTTP_REDIRECTS = 10;
export { DEFAULT_ACCOUNT_SID };

const HTTP_REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A request to make, before signing and cookies. */
interface Planned {
  method: 'GET' | 'POST';
  url: string;
  params: Record<string, string>;
  why: RequestRecord['why'];
}

/** One conversation; {@link send} one texter message at a time (turns do not overlap). */
export class Conversation {
  private readonly options: ConversationOptions;
  private readonly transport: Transport;
  private readonly jar: CookieJar;
  private readonly party: Party;
  private readonly random: RandomBytes = cryptoRandom;

  constructor(options: ConversationOptions) {
    this.options = options;
    this.transport = options.transport ?? httpTransport;
    this.jar = new CookieJar({ now: options.now });
    const channel = options.channel ?? 'sms';
    // WhatsApp addresses carry the `whatsapp:` prefix in From and To (webhook-request page).
    const address = (value: string): string =>
      channel === 'whatsapp' && !value.startsWith('whatsapp:') ? `whatsapp:${value}` : value;
    this.party = {
      channel,
      from: address(options.from ?? DEFAULT_FROM),
      to: address(options.to ?? DEFAULT_TO),
      accountSid: options.accountSid ?? DEFAULT_ACCOUNT_SID,
      messagingServiceSid: channel === 'whatsapp' ? makeSid('MG', this.random) : undefined,
    };
  }

  /** Sends one texter message and runs the app's answer to the end. Never rejects. */
  async send(input: TurnInput): Promise<Turn> {
    const params = inboundParams(this.party, input.body, input.media ?? [], this.random);
    const turn: Turn = { input: params, replies: [], requests: [], problems: [] };
    let next: Planned | undefined = {
      method: this.options.method ?? 'POST',
      url: this.options.url,
      params,
      why: 'inbound',
    };
    let documents = 0;
    while (next) {
      if (++documents > MAX_DOCUMENTS) {
        turn.problems.push({
          code: 14106,
          severity: 'error',
          message: `Document retrieval limit reached: more than ${MAX_DOCUMENTS} TwiML documents for one incoming message (the last one asked for ${next.method} ${next.url}); Twilio stops here. Look for a <Redirect> or action loop.`,
        });
        break;
      }
      const fetched = await this.fetch(next, turn, 'error');
      if (!fetched.text) break;
      const document = readDocument(fetched.text, fetched.url);
      turn.problems.push(...document.problems);
      if (document.problems.some((p) => p.severity === 'error')) break;
      next = undefined;
      for (const step of document.steps) {
        if (step.kind === 'redirect') {
          // A relative <Redirect> URL is resolved against the document's own URL; the inbound
          // parameters go along (https://www.twilio.com/docs/messaging/twiml/redirect).
          next = { ...step.request, url: resolve(step.request.url, fetched.url), params, why: 'redirect' };
          break;
        }
        if (turn.replies.length >= MAX_MESSAGES) {
          if (!turn.problems.some((p) => p.code === 14109)) {
            turn.problems.push({
              code: 14109,
              severity: 'error',
              message: `TwiML Reply message limit exceeded: Twilio sends at most ${MAX_MESSAGES} replies to one incoming message; reply ${MAX_MESSAGES + 1} (${JSON.stringify(step.message.reply.body.slice(0, 40))}) is not sent (https://www.twilio.com/docs/api/errors/14109).`,
            });
          }
          continue;
        }
        turn.replies.push(step.message.reply);
        next = await this.afterMessage(step.message, fetched.url, turn);
        if (next) break;
      }
    }
    return turn;
  }

  /**
   * The status callbacks of a sent reply. "statusCallback": Twilio reports the message's status
   * changes to it; "action": Twilio sends the status to it "and use[s] the TwiML received in your
   * response to the action URL request to continue the interaction"
   * (https://www.twilio.com/docs/messaging/twiml/message#action). The page does not say which of
   * the status requests returns that TwiML; we read the response to the first one (queued).
   * @returns the action document to continue with, if any
   */
  private async afterMessage(message: ReadMessage, base: string, turn: Turn): Promise<Planned | undefined> {
    const sid = makeSid(message.reply.media.length > 0 ? 'MM' : 'SM', this.random);
    // A reply goes from the app's number back to the texter unless <Message from/to> say otherwise.
    const addressed = { sid, from: message.from ?? this.party.to, to: message.to ?? this.party.from };
    let continuation: Planned | undefined;
    // statusCallback's requests first; the action document is fetched last, by send(), because
    // its TwiML is what runs next.
    const ordered = [...message.requests].sort(
      (a, b) => Number(a.purpose !== 'status') - Number(b.purpose !== 'status'),
    );
    for (const request of ordered) {
      if (request.purpose === 'document') continue;
      const url = resolve(request.url, base);
      for (const status of OUTBOUND_STATUSES) {
        const planned: Planned = {
          method: request.method,
          url,
          params: statusParams(this.party, addressed, status),
          why: 'status-callback',
        };
        if (request.purpose === 'status-then-document' && !continuation) {
          // Its response is fetched again as the next document by send(); do not send it twice.
          continuation = planned;
          continue;
        }
        await this.fetch(planned, turn, 'warning');
      }
    }
    return continuation;
  }

  /**
   * Makes one request and follows HTTP redirects (https://www.twilio.com/docs/usage/webhooks/webhooks-faq:
   * Twilio follows 3xx; 303 becomes GET, 307/308 keep the method and body, 301/302 after a POST
   * become GET as in browsers). Problems of a document fetch are errors; of a status callback,
   * warnings (Twilio logs them but the reply is already sent).
   */
  private async fetch(first: Planned, turn: Turn, level: 'error' | 'warning'): Promise<Fetched> {
    let planned = first;
    for (let hops = 0; ; hops++) {
      const request = this.outgoing(planned);
      const result = await this.transport(request);
      const record: RequestRecord = {
        method: request.method,
        url: request.url,
        ms: result.ms,
        why: planned.why,
        requestHeaders: { ...request.headers },
      };
      if (request.body !== undefined) record.requestBody = request.body;
      turn.requests.push(record);
      if (result.kind === 'error') {
        record.error = result.message;
        return fetchProblems(turn, { url: request.url, failure: result }, level);
      }
      record.status = result.status;
      record.responseBody = result.body;
      this.jar.store(this.key(), request.url, splitCookies(result.headers['set-cookie']));
      const location = result.headers.location;
      if (HTTP_REDIRECTS.has(result.status) && location) {
        if (hops >= MAX_HTTP_REDIRECTS) {
          return fetchProblems(turn, { url: request.url, tooManyRedirects: MAX_HTTP_REDIRECTS }, level);
        }
        const hop = nextHop({ method: request.method, url: request.url, body: request.body }, result.status, location);
        // A redirect that keeps a POST keeps its parameters; a GET goes to the Location as given.
        const params = hop.method === 'POST' ? planned.params : {};
        planned = { method: hop.method, url: hop.url, params, why: 'http-redirect' };
        continue;
      }
      return fetchProblems(turn, { url: request.url, response: result }, level);
    }
  }

  /** The signed request for `planned`, with the conversation's cookie. */
  private outgoing(planned: Planned): OutgoingRequest {
    const post = planned.method === 'POST';
    const url = post ? planned.url : appendQuery(planned.url, planned.params);
    const body = post ? encodeForm(planned.params) : undefined;
    const token = this.options.authToken || undefined;
    // Each request is signed for its own URL and, for POST, its own parameters
    // (https://www.twilio.com/docs/usage/security).
    const signature =
      token === undefined
        ? undefined
        : signRequest({ authToken: token, method: planned.method, url, params: post ? planned.params : {} });
    const idempotencyToken = makeIdempotencyToken(this.random);
    const named = webhookHeaders({
      bodyBytes: body === undefined ? undefined : Buffer.byteLength(body),
      signature,
      idempotencyToken,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(named)) headers[name.toLowerCase()] = value;
    const cookie = this.jar.cookieHeader(this.key(), url);
    if (cookie !== undefined) headers.cookie = cookie;
    return { method: planned.method, url, headers, body, timeoutMs: DEFAULT_TIMEOUT_MS };
  }

  // "Twilio will keep cookie state across multiple SMS messages between the same two phone
  // numbers" (https://www.twilio.com/docs/messaging/twiml, "Cookies").
  private key(): string {
    return CookieJar.conversationKey(this.party.from, this.party.to);
  }
}

function splitCookies(value: string | undefined): string[] {
  return value === undefined ? [] : value.split('\n').filter((line) => line.trim() !== '');
}

function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}
