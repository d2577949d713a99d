/**
 * Which HTTP requests a messaging verb makes once Twilio has run it, as data: where the URL comes
 * from, which attribute names the method and its default, and whether the response is TwiML that
 * continues the reply or only a status notification. Read by the interpreter (nextRequests) so
 * that the conversation engine follows the same facts the diagnostics and the preview use.
 * - <Redirect>: "transfers control of the current TwiML execution to another URL"; its text is
 *   the URL (absolute or relative), `method` defaults to POST
 *   (https://www.twilio.com/docs/messaging/twiml/redirect).
 * - <Message action>: "Twilio will use the TwiML received in your response to the action URL
 *   request to continue the interaction"; `method` (default POST) applies to it. `statusCallback`
 *   only receives the message's status changes
 *   (https://www.twilio.com/docs/messaging/twiml/message#action, #statuscallback).
 */
import type { RequestPurpose } from '../../../shared/replyReading';

/** How one verb's request is made. */
export interface VerbRequestFact {
  /** Where the URL is written: the element's text or an attribute. */
  readonly urlFrom: { readonly kind: 'text' } | { readonly kind: 'attribute'; readonly name: string };
  /**
   * Voice <Gather>, <Record>: "If you omit this attribute, Twilio calls the TwiML document making
   * the request" — the request is made to the current document when the attribute is absent.
   */
  readonly defaultsToCurrentDocument?: boolean;
  /** Attribute holding GET or POST; absent when the method is always POST. */
  readonly methodAttribute?: string;
  readonly defaultMethod: 'GET' | 'POST';
  /** What the request's response means (see {@link RequestPurpose}). */
  readonly purpose: RequestPurpose;
}

/** The requests each messaging verb makes, by element name (<Sms> is the legacy <Message>). */
export const MESSAGING_VERB_REQUESTS: Readonly<Record<string, readonly VerbRequestFact[]>> = {
  Redirect: [{ urlFrom: { kind: 'text' }, methodAttribute: 'method', defaultMethod: 'POST', purpose: 'document' }],
  Message: [
    {
      urlFrom: { kind: 'attribute', name: 'action' },
      methodAttribute: 'method',
      defaultMethod: 'POST',
      purpose: 'status-then-document',
    },
    // The page names no method attribute for statusCallback: Twilio POSTs status callbacks.
    { urlFrom: { kind: 'attribute', name: 'statusCallback' }, defaultMethod: 'POST', purpose: 'status' },
  ],
  Sms: [
    {
      urlFrom: { kind: 'attribute', name: 'action' },
      methodAttribute: 'method',
      defaultMethod: 'POST',
      purpose: 'status-then-document',
    },
    { urlFrom: { kind: 'attribute', name: 'statusCallback' }, defaultMethod: 'POST', purpose: 'status' },
  ],
};

/**
 * The requests each voice verb or <Dial> noun makes, by element name. Sources, each verb's page:
 * - <Redirect> (https://www.twilio.com/docs/voice/twiml/redirect): its text is the URL, `method`
 *   defaults to POST.
 * - <Gather> (https://www.twilio.com/docs/voice/twiml/gather): `action` with `method` (default
 *   POST); without `action`, "Twilio calls the TwiML document making the request".
 * - <Record> (https://www.twilio.com/docs/voice/twiml/record): `action`/`method` likewise default
 *   to the current document; `recordingStatusCallback` with `recordingStatusCallbackMethod`
 *   (default POST); `transcribeCallback` is POSTed once the transcription is ready.
 * - <Dial> (https://www.twilio.com/docs/voice/twiml/dial): `action`/`method`, no default URL
 *   ("If you do not provide an action URL, <Dial> will finish and Twilio will move on to the next
 *   TwiML verb").
 * - <Number>, <Client>, <Sip> (https://www.twilio.com/docs/voice/twiml/number, /client, /sip):
 *   `url` (`method`, default POST) is TwiML for the called party; `statusCallback` with
 *   `statusCallbackMethod` (default POST) receives the dialed call's progress.
 */
export const VOICE_VERB_REQUESTS: Readonly<Record<string, readonly VerbRequestFact[]>> = {
  Redirect: [{ urlFrom: { kind: 'text' }, methodAttribute: 'method', defaultMethod: 'POST', purpose: 'document' }],
  Gather: [
    {
      urlFrom: { kind: 'attribute', name: 'action' },
      defaultsToCurrentDocument: true,
      methodAttribute: 'method',
      defaultMethod: 'POST',
      purpose: 'document',
    },
  ],
  Record: [
    {
      urlFrom: { kind: 'attribute', name: 'action' },
      defaultsToCurrentDocument: true,
      methodAttribute: 'method',
      defaultMethod: 'POST',
      purpose: 'document',
    },
    {
      urlFrom: { kind: 'attribute', name: 'recordingStatusCallback' },
      methodAttribute: 'recordingStatusCallbackMethod',
      defaultMethod: 'POST',
      purpose: 'status',
    },
    { urlFrom: { kind: 'attribute', name: 'transcribeCallback' }, defaultMethod: 'POST', purpose: 'status' },
  ],
  Dial: [
    {
      urlFrom: { kind: 'attribute', name: 'action' },
      methodAttribute: 'method',
      defaultMethod: 'POST',
      purpose: 'document',
    },
  ],
  ...Object.fromEntries(
    ['Number', 'Client', 'Sip'].map((noun) => [
      noun,
      [
        {
          urlFrom: { kind: 'attribute', name: 'url' },
          methodAttribute: 'method',
          defaultMethod: 'POST',
          purpose: 'callee-document',
        },
        {
          urlFrom: { kind: 'attribute', name: 'statusCallback' },
          methodAttribute: 'statusCallbackMethod',
          defaultMethod: 'POST',
          purpose: 'status',
        },
      ] satisfies VerbRequestFact[],
    ]),
  ),
};
