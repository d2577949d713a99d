/**
 * The cheap first look at a host file: where could TwiML start? A file with no `<response` and
 * no `<?xml` (in any case) holds no TwiML, and this substring search is all it costs.
 */

const NEEDLES = ['<response', '<?xml'];

/** True when `text` may hold TwiML: a case-insensitive `<response` or `<?xml` occurs. */
export function mayHoldTwiml(text: string): boolean {
  return findCandidates(text, 1).length > 0;
}

/** Ascending offsets of `<response` and `<?xml` (any case), at most `limit` of them. */
export function findCandidates(text: string, limit = Infinity): number[] {
  const out: number[] = [];
  let from = 0;
  while (out.length < limit) {
    const lt = text.indexOf('<', from);
    if (lt < 0) break;
    from = lt + 1;
    const next = text.charCodeAt(lt + 1);
    // Only "r"/"R" and "?" can start a needle: most "<" (comparisons, HTML, generics) stop here.
    if (next !== 114 && next !== 82 && next !== 63) continue;
    for (const needle of NEEDLES) {
      if (text.length - lt >= needle.length && text.slice(lt, lt + needle.length).toLowerCase() === needle) {
        out.push(lt);
        break;
      }
    }
  }
  return out;
}
