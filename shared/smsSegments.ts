/**
 * SMS encoding and segment count of a message body, for hover and the preview.
 * Facts from https://www.twilio.com/docs/glossary/what-sms-character-limit: GSM-7 fits 160
 * characters in one segment and 153 per segment when split; UCS-2 fits 70 and 67; characters of
 * the GSM-7 extension table take two septets; any character outside GSM-7 switches the whole
 * message to UCS-2; a two-septet character is never split across segments.
 */

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('\f^{}\\[~]|€');

/** Encoding facts of one body. */
export interface SegmentInfo {
  /** Characters as a person counts them (code points). */
  characters: number;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENDED.has(char)) return false;
  return true;
}

/** Encoding and number of SMS segments for `text`. */
export function countSegments(text: string): SegmentInfo {
  const characters = [...text].length;
  if (text.length === 0) return { characters: 0, encoding: 'GSM-7', segments: 0 };
  if (isGsm7(text)) return { characters, encoding: 'GSM-7', segments: gsmSegments(text) };
  return { characters, encoding: 'UCS-2', segments: ucs2Segments(text) };
}

function gsmSegments(text: string): number {
  const septets = [...text].map((char) => (GSM_EXTENDED.has(char) ? 2 : 1));
  const total = septets.reduce((sum, size) => sum + size, 0);
  if (total <= 160) return 1;
  let segments = 1,
    used = 0;
  for (const size of septets) {
    if (used + size > 153) {
      segments++;
      used = 0;
    }
    used += size;
  }
  return segments;
}

function ucs2Segments(text: string): number {
  // UCS-2 counts UTF-16 code units; a surrogate pair is not split across segments.
  if (text.length <= 70) return 1;
  let segments = 1,
    used = 0;
  for (const char of text) {
    if (used + char.length > 67) {
      segments++;
      used = 0;
    }
    used += char.length;
  }
  return segments;
}
