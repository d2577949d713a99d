/**
 * Twilio's numeric limits on a reply, as data: read by the rules, hover, the preview, the SDK
 * builder hints and the webhook replay, so each limit is written once.
 * - Message body: "Must be less than 1600 characters" (https://www.twilio.com/docs/messaging/twiml/message,
 *   error 21617); Twilio recommends 320 at most (https://support.twilio.com/hc/en-us/articles/360033806753).
 * - "The maximum number of <Media> that can be included in a given message is 10" (same page).
 * - At most 10 <Message> replies per incoming message (https://www.twilio.com/docs/api/errors/14109).
 * - A TwiML document over 64 kB fails (https://www.twilio.com/docs/api/errors/11750).
 */
import { TWILIO_CODES, type TwilioCode } from './errorCodes';

export const MAX_BODY = 1600;
export const RECOMMENDED_BODY = 320;
export const MAX_MEDIA = 10;
export const MAX_MESSAGES = 10;
export const MAX_DOCUMENT_BYTES = 64 * 1024;

/**
 * Twilio's own codes for a bad child of some verbs (https://www.twilio.com/docs/api/errors: 13320
 * <Gather>, 13215 <Dial>, 14300 <Start>); other nesting mistakes are 12200.
 */
export const NESTING_ERROR_CODES: Readonly<Record<string, TwilioCode | undefined>> = {
  Gather: TWILIO_CODES.gatherInvalidNested,
  Dial: TWILIO_CODES.dialInvalidNested,
  Start: TWILIO_CODES.startInvalidNested,
};
