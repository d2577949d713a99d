/**
 * Twilio error and warning codes that our rules can predict before Twilio logs them.
 * Titles are Twilio's own, as shown on each code's page in the Error and Warning Dictionary
 * (https://www.twilio.com/docs/api/errors); diagnostics show the code with a link to its page.
 */
import type { TwilioErrorCode } from './schemaTypes';

/** Page of a Twilio error code. */
export function twilioErrorUrl(code: number): string {
  return `https://www.twilio.com/docs/api/errors/${code}`;
}

function entry(code: number, title: string): TwilioErrorCode {
  return { code, title, url: twilioErrorUrl(code) };
}

/** The codes our rules refer to, keyed by number. */
export const TWILIO_ERRORS = {
  // Fetching the document (webhook replay, absolute URLs)
  11100: entry(11100, 'Invalid URL format'),
  11200: entry(11200, 'HTTP retrieval failure'),
  11205: entry(11205, 'HTTP connection failure'),
  11215: entry(11215, 'HTTP too many redirects'),
  11750: entry(11750, 'TwiML response body too large'),
  11751: entry(11751, 'Media Message - Media exceeds messaging provider size limit'),
  // Parsing and schema
  12100: entry(12100, 'Document parse failure'),
  12101: entry(12101, 'Invalid Twilio Markup XML version'),
  12102: entry(12102, 'The root element must be Response'),
  12200: entry(12200, 'Schema validation warning'),
  12300: entry(12300, 'Invalid Content-Type'),
  // Voice verbs
  13210: entry(13210, 'Dial: Invalid method value'),
  13215: entry(13215, 'Dial: Invalid nested element'),
  13238: entry(13238, 'Dial->Conference: Invalid Verb used in waitUrl, holdUrl, or announceUrl TwiML'),
  13320: entry(13320, 'Gather: Invalid nested verb'),
  13327: entry(13327, 'Gather: Invalid speechTimeout value'),
  13335: entry(13335, 'Gather: speechTimeout auto cannot be used with model default'),
  13338: entry(13338, 'Gather: Invalid actionOnEmptyResult value'),
  14300: entry(14300, 'Start: Invalid nested noun value'),
  16025: entry(16025, 'Dial->Conference: Participant label is in use by another participant'),
  // Messaging replies
  14101: entry(14101, 'Invalid "To" attribute'),
  14102: entry(14102, 'Invalid "From" attribute'),
  14103: entry(14103, 'Invalid Body'),
  14104: entry(14104, 'Invalid Method attribute'),
  14105: entry(14105, 'Invalid statusCallback attribute'),
  14106: entry(14106, 'Document retrieval limit reached'),
  14107: entry(14107, 'SMS send rate limit exceeded'),
  14108: entry(14108, 'From phone number not SMS capable'),
  14109: entry(14109, 'TwiML Reply message limit exceeded'),
  14110: entry(14110, 'Invalid Verb for SMS Reply'),
  14111: entry(14111, 'Invalid To phone number for Trial mode'),
  21617: entry(21617, 'The concatenated message body exceeds the 1600 character limit'),
  21623: entry(21623, 'Number of media files exceeds allowed limit'),
} as const satisfies Readonly<Record<number, TwilioErrorCode>>;

/** A code our rules know, or undefined. */
export function twilioError(code: number): TwilioErrorCode | undefined {
  return (TWILIO_ERRORS as Readonly<Record<number, TwilioErrorCode>>)[code];
}
