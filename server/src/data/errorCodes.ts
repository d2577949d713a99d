/**
 * The one Twilio error catalogue: every Twilio error and warning code the product names (rules,
 * the replay, the conversation and call engines, the CLIs), with Twilio's own title as shown on
 * the code's page in the Error and Warning Dictionary (https://www.twilio.com/docs/api/errors).
 *
 * How to use it (one style everywhere):
 * - A code the code names: `TWILIO_CODES.documentParseFailure` (12100), typed as its literal.
 * - Its title or page: `TWILIO_CATALOGUE.documentParseFailure.title` / `.url`.
 * - A code that arrives as a number (diagnostic data, a problem): `twilioError(code)?.title`.
 * - A sentence about it, opening with its title: `titled(code, 'what happened')`.
 * - A field that holds a code: type it {@link TwilioCode}, so only catalogued codes fit.
 * Nowhere else writes a Twilio code number: test/unit/errorCatalogue.test.ts fails on any
 * five-digit literal outside server/src/data/ (write other numbers as `15_000`). To name a new
 * code, add an entry here with the title from its page.
 */
import type { TwilioErrorCode } from './schemaTypes';

/** Page of a Twilio error code. */
export function twilioErrorUrl(code: number): string {
  return `https://www.twilio.com/docs/api/errors/${code}`;
}

function entry<Code extends number>(code: Code, title: string): TwilioErrorCode & { readonly code: Code } {
  return { code, title, url: twilioErrorUrl(code) };
}

/**
 * Every Twilio code the product writes (rules, the replay, the conversation and call engines, the
 * CLIs), by name: the one place a Twilio code number is written.
 */
export const TWILIO_CATALOGUE = {
  // Fetching the document (webhook replay, absolute URLs)
  invalidUrlFormat: entry(11100, 'Invalid URL format'),
  httpRetrievalFailure: entry(11200, 'HTTP retrieval failure'),
  httpConnectionFailure: entry(11205, 'HTTP connection failure'),
  httpTooManyRedirects: entry(11215, 'HTTP too many redirects'),
  responseTooLarge: entry(11750, 'TwiML response body too large'),
  mediaTooLarge: entry(11751, 'Media Message - Media exceeds messaging provider size limit'),
  // Parsing and schema
  documentParseFailure: entry(12100, 'Document parse failure'),
  invalidXmlVersion: entry(12101, 'Invalid Twilio Markup XML version'),
  rootMustBeResponse: entry(12102, 'The root element must be Response'),
  schemaValidation: entry(12200, 'Schema validation warning'),
  invalidContentType: entry(12300, 'Invalid Content-Type'),
  // Voice verbs
  dialInvalidMethod: entry(13210, 'Dial: Invalid method value'),
  dialInvalidNested: entry(13215, 'Dial: Invalid nested element'),
  conferenceInvalidWaitVerb: entry(
    13238,
    'Dial->Conference: Invalid Verb used in waitUrl, holdUrl, or announceUrl TwiML',
  ),
  gatherInvalidNested: entry(13320, 'Gather: Invalid nested verb'),
  gatherInvalidSpeechTimeout: entry(13327, 'Gather: Invalid speechTimeout value'),
  gatherSpeechTimeoutAutoWithDefaultModel: entry(13335, 'Gather: speechTimeout auto cannot be used with model default'),
  gatherInvalidActionOnEmptyResult: entry(13338, 'Gather: Invalid actionOnEmptyResult value'),
  startInvalidNested: entry(14300, 'Start: Invalid nested noun value'),
  conferenceLabelInUse: entry(16025, 'Dial->Conference: Participant label is in use by another participant'),
  // Messaging replies
  invalidTo: entry(14101, 'Invalid "To" attribute'),
  invalidFrom: entry(14102, 'Invalid "From" attribute'),
  invalidBody: entry(14103, 'Invalid Body'),
  invalidMethod: entry(14104, 'Invalid Method attribute'),
  invalidStatusCallback: entry(14105, 'Invalid statusCallback attribute'),
  documentRetrievalLimit: entry(14106, 'Document retrieval limit reached'),
  smsRateLimit: entry(14107, 'SMS send rate limit exceeded'),
  fromNotSmsCapable: entry(14108, 'From phone number not SMS capable'),
  replyLimitExceeded: entry(14109, 'TwiML Reply message limit exceeded'),
  invalidSmsVerb: entry(14110, 'Invalid Verb for SMS Reply'),
  trialInvalidTo: entry(14111, 'Invalid To phone number for Trial mode'),
  bodyTooLong: entry(21617, 'The concatenated message body exceeds the 1600 character limit'),
  tooManyMedia: entry(21623, 'Number of media files exceeds allowed limit'),
} as const satisfies Readonly<Record<string, TwilioErrorCode>>;

type Catalogue = typeof TWILIO_CATALOGUE;

/** A code in the catalogue (12100 | 12200 | ...): the type of a field that holds a Twilio code. */
export type TwilioCode = Catalogue[keyof Catalogue]['code'];

/** Each code by name, e.g. `TWILIO_CODES.documentParseFailure` is 12100. */
export const TWILIO_CODES = Object.fromEntries(
  Object.entries(TWILIO_CATALOGUE).map(([name, entry]) => [name, entry.code]),
) as { readonly [Name in keyof Catalogue]: Catalogue[Name]['code'] };

/** The catalogue keyed by code number. */
export const TWILIO_ERRORS: Readonly<Record<number, TwilioErrorCode>> = Object.fromEntries(
  Object.values(TWILIO_CATALOGUE).map((entry) => [entry.code, entry]),
);

/** A code our rules know, or undefined. */
export function twilioError(code: number): TwilioErrorCode | undefined {
  return TWILIO_ERRORS[code];
}

/**
 * A finding's sentence as Twilio's Debugger words it: the code's title, then what happened
 * ("HTTP retrieval failure: your app answered 500."); just `detail` for a code not catalogued.
 */
export function titled(code: number, detail: string): string {
  const known = twilioError(code);
  return known ? `${known.title}: ${detail}` : detail;
}
