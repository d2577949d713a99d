/**
 * The HTTP headers Twilio puts on a webhook request:
 * X-Twilio-Signature and I-Twilio-Idempotency-Token are documented
 * (https://www.twilio.com/docs/usage/security,
 * https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides), as is X-Home-Region
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-faq); User-Agent TwilioProxy/1.1,
 * Accept and Cache-Control are what captured requests show.
 */

/** Headers of one hop, before the cookie (added by the HTTP client). Names in their usual casing. */
export interface WebhookHeaderInput {
  /** Form body length in bytes, for POST. */
  bodyBytes?: number;
  signature?: string;
  idempotencyToken: string;
}

/**
 * Builds the request headers. Accept-Encoding is left out on purpose: the replay reads the
 * body as the app produced it, so a size or encoding problem is the app's, not gzip's.
 */
export function webhookHeaders(input: WebhookHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': 'TwilioProxy/1.1',
    Accept: '*/*',
    'Cache-Control': 'max-age=259200',
    'X-Home-Region': 'us1',
    'I-Twilio-Idempotency-Token': input.idempotencyToken,
  };
  if (input.bodyBytes !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    headers['Content-Length'] = String(input.bodyBytes);
  }
  if (input.signature !== undefined) headers['X-Twilio-Signature'] = input.signature;
  return headers;
}
