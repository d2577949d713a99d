/**
 * The parameters Twilio sends to an incoming-message webhook, one set per texter message, and
 * those of the status callbacks for a message the app sends back. Names and formats:
 * https://www.twilio.com/docs/messaging/guides/webhook-request (inbound: NumMedia, MediaUrlN,
 * MediaContentTypeN, ProfileName and WaId for WhatsApp) and
 * https://www.twilio.com/docs/messaging/guides/track-outbound-message-status (status callbacks).
 */
import { makeSid, type RandomBytes } from '../replay/random';
import { buildSample } from '../replay/samples';

/** Who talks to whom over which channel, fixed for a conversation. */
export interface Party {
  channel: 'sms' | 'mms' | 'whatsapp';
  /** The texter's address (with `whatsapp:` on WhatsApp). */
  from: string;
  /** The app's address. */
  to: string;
  accountSid: string;
  /** Only WhatsApp numbers sit behind a Messaging Service in the sample (as samples.ts does). */
  messagingServiceSid?: string;
}

// Content types guessed from the file extension; Twilio reports the type it fetched
// (https://www.twilio.com/docs/messaging/guides/accepted-mime-types).
const TYPES: ReadonlyArray<[RegExp, string]> = [
  [/\.jpe?g$/i, 'image/jpeg'],
  [/\.png$/i, 'image/png'],
  [/\.gif$/i, 'image/gif'],
  [/\.pdf$/i, 'application/pdf'],
  [/\.mp4$/i, 'video/mp4'],
  [/\.(mp3|mpeg)$/i, 'audio/mpeg'],
  [/\.ogg$/i, 'audio/ogg'],
  [/\.vcf$/i, 'text/vcard'],
];

/** The MIME type Twilio would report for a media URL (image/jpeg when the extension says nothing). */
export function mediaContentType(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not absolute: judge the text as it is.
  }
  return TYPES.find(([pattern]) => pattern.test(path))?.[1] ?? 'image/jpeg';
}

/** The inbound parameters of one texter message; a new MessageSid each time. */
export function inboundParams(
  party: Party,
  body: string,
  media: readonly string[],
  random: RandomBytes,
): Record<string, string> {
  const withMedia = media.length > 0;
  // An SMS with an attachment arrives as an MMS; MMS (and WhatsApp media) carry an MM SID.
  const kind = party.channel === 'sms' && withMedia ? 'mms' : party.channel;
  const messageSid = makeSid(kind === 'mms' || withMedia ? 'MM' : 'SM', random);
  const params = buildSample(kind, {
    from: party.from,
    to: party.to,
    body,
    mediaCount: 0,
    messagingService: party.messagingServiceSid !== undefined,
    random,
    overrides: {
      AccountSid: party.accountSid,
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      MessagingServiceSid: party.messagingServiceSid,
      NumMedia: String(media.length),
    },
  });
  media.forEach((url, i) => {
    params[`MediaContentType${i}`] = mediaContentType(url);
    params[`MediaUrl${i}`] = url;
  });
  return params;
}

/** The statuses a delivered outbound message reports, in order. */
export const OUTBOUND_STATUSES = ['queued', 'sent', 'delivered'] as const;

/**
 * The parameters of one status callback for a message the app sent: the message's own SID and
 * addresses (from the app's number to the texter unless <Message from/to> said otherwise),
 * MessageStatus and its legacy twin SmsStatus, ApiVersion. No MessagingServiceSid: the reply is
 * sent from the number, not a service.
 */
export function statusParams(
  party: Party,
  message: { sid: string; from: string; to: string },
  status: string,
): Record<string, string> {
  return {
    AccountSid: party.accountSid,
    ApiVersion: '2010-04-01',
    From: message.from,
    MessageSid: message.sid,
    MessageStatus: status,
    SmsSid: message.sid,
    SmsStatus: status,
    To: message.to,
  };
}
