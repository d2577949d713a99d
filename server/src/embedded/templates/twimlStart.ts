/**
 * Whether a virtual document is TwiML at all: a template that renders an HTML page or a PHP
 * file that is pure code has no `<Response>` root and is not read.
 */
import { isPlivoXml } from '../code/literalStart';
import { isPlaceholderCode } from '../../analysis/placeholders';

/**
 * True when `text`, after blanks, XML comments, the XML declaration and a doctype, opens a
 * `<Response` element (any case). Statements before the root are spaces or nothing; an output
 * placeholder there (`{{ header }}<Response>`) could write anything, so it does not count. A
 * reply written for Plivo (`<Speak>`, `<Dial><User>`) is not TwiML.
 */
export function startsWithResponse(text: string): boolean {
  let i = 0;
  for (;;) {
    while (i < text.length && /[\s\ufeff]/.test(text[i])) i++;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return false;
      i = close + 3;
    } else if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
      const close = text.indexOf('>', i + 2);
      if (close < 0) return false;
      i = close + 1;
    } else break;
  }
  if (i < text.length && isPlaceholderCode(text.charCodeAt(i))) return false;
  return /^<response(?![\w.:-])/i.test(text.slice(i, i + 10)) && !isPlivoXml(text);
}
