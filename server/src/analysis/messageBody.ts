/**
 * The body Twilio sends for a <Message>: its own text plus every <Body>, concatenated
 * (https://www.twilio.com/docs/messaging/twiml/message). One definition for the length rules,
 * hover, symbols and the preview.
 */
import { childElements, directText, type XmlElement } from '../parser/xmlModel';

/** The body Twilio sends for a <Message>: its text plus every <Body>, concatenated. */
export function messageBody(message: XmlElement): string {
  let body = directText(message).trim();
  for (const child of childElements(message)) if (child.name.toLowerCase() === 'body') body += directText(child).trim();
  return body;
}
