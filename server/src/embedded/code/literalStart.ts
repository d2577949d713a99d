/**
 * Whether the value of a string literal (or of literals joined into one value) is TwiML: the
 * detection every code reader shares.
 */
import { isPlaceholderCode } from '../virtualDocument';

/**
 * True when the text, after leading blanks, starts with a `<Response` tag (any case), possibly
 * after an XML declaration and comments. A declaration with anything else after it (an RSS
 * feed, nothing at all) is not TwiML; neither is `<ResponseMetadata>`.
 */
export function startsAsTwiml(text: string): boolean {
  let i = skipBlanks(text, 0);
  if (text.startsWith('<?', i) && text.slice(i, i + 5).toLowerCase() === '<?xml') {
    const close = text.indexOf('?>', i);
    if (close < 0) return false;
    i = skipBlanks(text, close + 2);
    while (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = skipBlanks(text, end + 3);
    }
  }
  if (text.slice(i, i + 9).toLowerCase() !== '<response') return false;
  const after = text.charCodeAt(i + 9);
  return Number.isNaN(after) || after === 62 || after === 47 || after <= 32 || isPlaceholderCode(after);
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}
