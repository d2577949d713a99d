/**
 * XML name characters (a practical subset of the XML spec): what the scanner reads as a name, and
 * what the editor features that look at raw text around the cursor take for one.
 */

/** True for characters that may continue an XML name. */
export function isXmlNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    code === 58 ||
    code > 127
  );
}

/** True for characters that may start an XML name. */
export function isXmlNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code > 127;
}

/** Linked-editing word pattern: one XML name (letters, digits, `_ : . -`, non-ASCII). */
export const XML_NAME_PATTERN = '[A-Za-z_:\\u0080-\\uFFFF][A-Za-z0-9_:.\\-\\u0080-\\uFFFF]*';
