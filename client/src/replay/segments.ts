/**
 * Estimates `NumSegments` for an incoming SMS body, so the sample payload is consistent with its
 * Body. Rules from Twilio's glossary "How long can a message be?"
 * (https://www.twilio.com/docs/glossary/what-sms-character-limit): a segment holds 140 octets;
 * GSM-7 fits 160 characters alone or 153 per part, UCS-2 fits 70 alone or 67 per part; GSM-7
 * extension characters take two septets and are never split across segments.
 */

const GSM7_BASIC = new Set(
  '\n\r !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz' +
    '¡£¤¥§¿ÄÅÆÉÑÖØÜßàäåæÇèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ',
);
const GSM7_EXTENSION = new Set('\f[\\]^{|}~€');

/** Septets a character takes in GSM-7, or undefined when it forces UCS-2. */
function gsmSeptets(char: string): number | undefined {
  if (GSM7_BASIC.has(char)) return 1;
  if (GSM7_EXTENSION.has(char)) return 2;
  return undefined;
}

/**
 * Number of SMS segments for `body` (at least 1, as Twilio reports for an empty body).
 */
export function countSegments(body: string): number {
  const chars = Array.from(body);
  const septets = chars.map(gsmSeptets);
  if (septets.every((s): s is number => s !== undefined)) {
    const total = septets.reduce((a, b) => a + b, 0);
    if (total <= 160) return 1;
    // Pack part by part so a two-septet character never straddles a boundary.
    let segments = 1;
    let used = 0;
    for (const s of septets) {
      if (used + s > 153) {
        segments++;
        used = 0;
      }
      used += s;
    }
    return segments;
  }
  // UCS-2 counts UTF-16 code units; a surrogate pair (emoji) is never split either.
  const units = chars.map((c) => c.length);
  const totalUnits = units.reduce((a, b) => a + b, 0);
  if (totalUnits <= 70) return 1;
  let segments = 1;
  let used = 0;
  for (const u of units) {
    if (used + u > 67) {
      segments++;
      used = 0;
    }
    used += u;
  }
  return segments;
}
