/**
 * A texter's conversation with a local app, held as Twilio holds it: every inbound message is a
 * signed webhook with the conversation's AccountSid and a new MessageSid, cookies are kept per
 * From/To pair, and the app's TwiML is run (replies, <Redirect>s, HTTP redirects, <Message action>
 * and statusCallback requests) until the reply is complete. Pure Node; the HTTP is injected.
 */
import { DEFAULT_ACCOUNT_SID } from '../replay/samples';
import { MAX_MESSAGES } from '../../../server/src/data/limits';
import { CookieJar } from '../replay/cookies';
import type { StoredCookie } from '../replay/setCookie';
import { cryptoRandom, makeSid, type RandomBytes } from '../replay/random';
import { DEFAULT_FROM, DEFAULT_TO } from '../replay/samples';
import { httpTransport } from './httpTransport';
import { inboundParams, OUTBOUND_STATUSES, statusParams, type Party } from './inbound';
import type { ReadMessage } from '../../../shared/replyReading';
import { TWILIO_CATALOGUE, TWILIO_CODES, titled } from '../../../server/src/data/errorCodes';
import { MAX_HTTP_REDIRECTS, resolveUrl, WebhookSession, type Planned } from './session';
import type { ConversationOptions, Turn, TurnInput } from './types';

/**
 * At most this many documents for one inbound message: the first plus <Redirect>s and action
 * responses; past it Twilio stops with 14106 "Document retrieval limit reached"
 * (https://www.twilio.com/docs/api/errors/14106).
 */
export const MAX_DOCUMENTS = 10;
export { DEFAULT_ACCOUNT_SID, MAX_HTTP_REDIRECTS };

/** One conversation; {@link send} one texter message at a time (turns do not overlap). */
export class Conversation {
  private readonly options: ConversationOptions;
  private readonly session: WebhookSession;
  private readonly party: Party;
  private readonly random: RandomBytes = cryptoRandom;

  constructor(options: ConversationOptions) {
    this.options = options;
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
    this.session = new WebhookSession({
      transport: options.transport ?? httpTransport,
      authToken: options.authToken,
      // "Twilio will keep cookie state across multiple SMS messages between the same two phone
      // numbers" (https://www.twilio.com/docs/messaging/twiml, "Cookies").
      cookieKey: CookieJar.conversationKey(this.party.from, this.party.to),
      jar: new CookieJar({ now: options.now }),
      dialect: 'messaging',
      reader: options.reader,
      random: this.random,
      timeoutMs: options.timeoutMs,
    });
  }

  /** The cookies the app has set and Twilio would send back, for display. */
  cookies(): StoredCookie[] {
    return this.session.cookies();
  }

  /** Forgets the cookies, as if the idle expiry had passed. */
  clearCookies(): void {
    this.session.clearCookies();
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
          code: TWILIO_CODES.documentRetrievalLimit,
          severity: 'error',
          message: titled(
            TWILIO_CODES.documentRetrievalLimit,
            `more than ${MAX_DOCUMENTS} TwiML documents for one incoming message (the last one asked for ${next.method} ${next.url}); Twilio stops here. Look for a <Redirect> or action loop.`,
          ),
        });
        break;
      }
      const fetched = await this.session.fetch(next, turn, 'error');
      if (!fetched.text) break;
      const document = await this.options.reader.readMessaging(fetched.text, fetched.url);
      turn.problems.push(...document.problems);
      if (document.problems.some((p) => p.severity === 'error')) break;
      next = undefined;
      for (const step of document.steps) {
        if (step.kind === 'redirect') {
          // A relative <Redirect> URL is resolved against the document's own URL; the inbound
          // parameters go along (https://www.twilio.com/docs/messaging/twiml/redirect).
          next = { ...step.request, url: resolveUrl(step.request.url, fetched.url), params, why: 'redirect' };
          break;
        }
        if (turn.replies.length >= MAX_MESSAGES) {
          if (!turn.problems.some((p) => p.code === TWILIO_CODES.replyLimitExceeded)) {
            turn.problems.push({
              code: TWILIO_CODES.replyLimitExceeded,
              severity: 'error',
              message: titled(
                TWILIO_CODES.replyLimitExceeded,
                `Twilio sends at most ${MAX_MESSAGES} replies to one incoming message; reply ${MAX_MESSAGES + 1} (${JSON.stringify(step.message.reply.body.slice(0, 40))}) is not sent (${TWILIO_CATALOGUE.replyLimitExceeded.url}).`,
              ),
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
      const url = resolveUrl(request.url, base);
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
        await this.session.fetch(planned, turn, 'warning');
      }
    }
    return continuation;
  }
}
