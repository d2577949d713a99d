/**
 * The placeholders of an embedded document as the preview shows them: the host text as a chip,
 * and the Twilio webhook parameter it reads when it names one, so the preview can fill it from
 * the sample message (https://www.twilio.com/docs/messaging/guides/webhook-request).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PreviewPlaceholder } from '../../../shared/protocol';
import type { EmbeddedDocument } from './virtualDocument';

/** Parameters of Twilio's messaging and voice webhooks that a sample message or call carries. */
export const WEBHOOK_PARAMETERS: ReadonlySet<string> = new Set([
  'Body',
  'From',
  'To',
  'MessageSid',
  'SmsSid',
  'SmsMessageSid',
  'AccountSid',
  'MessagingServiceSid',
  'NumMedia',
  'NumSegments',
  'MediaUrl0',
  'MediaContentType0',
  'FromCity',
  'FromState',
  'FromZip',
  'FromCountry',
  'ToCity',
  'ToState',
  'ToZip',
  'ToCountry',
  'ProfileName',
  'WaId',
  'CallSid',
  'CallStatus',
  'Direction',
  'Caller',
  'Called',
  'Digits',
  'SpeechResult',
  'ApiVersion',
]);

const MAX_LABEL = 40;

/**
 * One entry per placeholder, in index order. `origins` are the parameters the host reader traced
 * through names and escapes (HostAnalysis.placeholderParameters), for placeholders whose own text
 * names none.
 */
export function previewPlaceholders(
  host: TextDocument,
  embedded: EmbeddedDocument,
  origins?: ReadonlyMap<number, string>,
): PreviewPlaceholder[] {
  const text = host.getText();
  return embedded.placeholders.map((placeholder) => {
    // A fragment's synthetic placeholder has no host text: it stands for the rest of the document.
    const { start, end } = placeholder.hostRange;
    const source = end > start ? text.slice(start, end) : placeholder.expression;
    const label = source.length > MAX_LABEL ? `${source.slice(0, MAX_LABEL - 1)}…` : source;
    const traced = origins?.get(start);
    const parameter =
      webhookParameterOf(placeholder.expression) ?? (traced && WEBHOOK_PARAMETERS.has(traced) ? traced : undefined);
    return parameter ? { label, parameter } : { label };
  });
}

/**
 * The webhook parameter an expression reads: `Body`, `request.form['Body']`,
 * `request.values.get("From", "")`, `req.body.Body`, `$_POST['Body']`, `params[:Body]`.
 * A plain variable such as `body` is not one: its value is the app's business.
 */
export function webhookParameterOf(expression: string): string | undefined {
  const words = expression.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) if (WEBHOOK_PARAMETERS.has(words[i])) return words[i];
  return undefined;
}
