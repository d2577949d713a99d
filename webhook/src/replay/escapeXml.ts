/**
 * Escaping text into TwiML (a text/plain reply becomes <Message> or <Say>). The one XML escaper:
 * judging a document is the language service's job (shared/replyReading.ts), never this module's.
 */

/**
 * Escapes text for an XML text node. Characters XML 1.0 cannot carry at all (C0 controls other
 * than tab/LF/CR, lone surrogates) become U+FFFD so the result always parses.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(NOT_XML_CHARACTERS, '\uFFFD');
}

/** C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates: what XML 1.0 cannot carry. */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
