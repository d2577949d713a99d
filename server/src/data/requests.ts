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

/** How one verb's request is made. */
export interface VerbRequestFact {
  /** Where the URL is written: the element's text or an attribute. */
  readonly urlFrom: { readonly kind: 'text' } | { readonly kind: 'attribute'; readonly name: string };
  /** Attribute holding GET or POST; absent when the method is always POST. */
  readonly methodAttribute?: string;
  readonly defaultMethod: 'GET' | 'POST';
  /**
   * `document`: the response is the TwiML that runs next.
   * `status-then-document`: the request reports the sent message's status and its response is
   * the TwiML that runs next (<Message action>).
   * `status`: the request only reports the status; its response is not read.
   */
  readonly purpose: 'document' | 'status-then-document' | 'status';
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
