/**
 * Whether the value of a string literal (or of literals joined into one value) is TwiML: the
 * detection every code reader shares. TwiML's root is `<Response>`, exact case; a miscased
 * `<response>` is a beginner's TwiML only when it holds TwiML verbs, since other XML APIs answer
 * with a lowercase `<response>` of their own (`<response><status>ok</status></response>`).
 */
import { allElementNames, suggest, verbNames } from '../../data/schemaIndex';
import { isPlaceholderCode } from '../../analysis/placeholders';

/** Verbs in their TwiML spelling, and those whose lower-case name no common XML API uses. */
const EXACT_VERBS = new Set([...verbNames('voice'), ...verbNames('messaging')]);
const DISTINCT_LOWERCASE = new Set([
  'say',
  'gather',
  'dial',
  'hangup',
  'redirect',
  'play',
  'pause',
  'record',
  'reject',
  'sms',
  'enqueue',
  'leave',
]);
/** Lower-case names that other XML replies use too: TwiML only in a file that mentions Twilio. */
const SHARED_LOWERCASE = new Set(['message', 'media', 'body']);
/** Every TwiML element name, lower case: a miscased reply holding any other element is not TwiML. */
const ELEMENT_NAMES = [...new Set([...allElementNames('voice'), ...allElementNames('messaging')])];
const ANY_ELEMENT = new Set(ELEMENT_NAMES.map((name) => name.toLowerCase()));

/**
 * True when the text, after leading blanks, starts with a `<Response` tag, possibly after an XML
 * declaration (even a broken one, which the parser then reports) and comments; a miscased
 * `<response` counts when the value holds a TwiML verb and no other element (see above; `mentionsTwilio` says the host
 * file names Twilio, which makes `<message>` one). A declaration followed by anything else (an RSS
 * feed, nothing at all) is not TwiML; neither is `<ResponseMetadata>`, nor a `<Response>` holding
 * only elements TwiML does not define (another API's reply, a builder's test of `<Example/>`),
 * nor Plivo's XML (see {@link isPlivoXml}).
 */
export function startsAsTwiml(text: string, mentionsTwilio = false): boolean {
  let i = skipBlanks(text, 0);
  if (text.startsWith('<?', i) && text.slice(i, i + 5).toLowerCase() === '<?xml') {
    const close = text.indexOf('?>', i);
    const nextTag = text.indexOf('<', i + 2);
    if (nextTag < 0) return false;
    // A declaration never holds "<": when the next tag comes first, the declaration is broken.
    i = skipBlanks(text, close >= 0 && close < nextTag ? close + 2 : nextTag);
    while (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = skipBlanks(text, end + 3);
    }
  }
  const tag = text.slice(i, i + 9);
  if (tag.toLowerCase() !== '<response') return false;
  const after = text.charCodeAt(i + 9);
  if (!(Number.isNaN(after) || after === 62 || after === 47 || after <= 32 || isPlaceholderCode(after))) return false;
  if (isPlivoXml(text)) return false;
  return tag === '<Response' ? !onlyForeignElements(text, i + 9) : holdsVerb(text, i + 9, mentionsTwilio);
}

/** Elements only Plivo's XML defines; it shares TwiML's `<Response>` root and most verbs. */
const PLIVO_ONLY = /<(?:Speak|GetDigits|GetInput|PreAnswer|Wait|User|DTMF|MultiPartyCall)[\s/>]/;

/**
 * True when a `<Response>` document uses an element only Plivo's XML has (`<Speak>`,
 * `<GetDigits>`, `<Dial><User>`…): it is written for Plivo, not Twilio, and is not read as TwiML.
 */
export function isPlivoXml(text: string): boolean {
  return PLIVO_ONLY.test(text);
}

/**
 * True when the start tags after `from` exist and none names an element TwiML defines, in any
 * case or misspelled (`<Mesage>` is a slip for `<Message>`): `<Response><Example/></Response>`
 * in a builder's tests, `<Response><Status>` of another API. An empty `<Response/>` is TwiML.
 */
function onlyForeignElements(text: string, from: number): boolean {
  const tags = /<([A-Za-z][\w.:-]*)[\s/>]/g;
  tags.lastIndex = from;
  let any = false;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (ANY_ELEMENT.has(match[1].toLowerCase()) || suggest(match[1], ELEMENT_NAMES).length > 0) return false;
    any = true;
  }
  return any;
}

/**
 * True when the start tags after `from` name a TwiML verb and nothing TwiML does not define
 * (`<response><status>` is another API's reply, whatever else it holds).
 */
function holdsVerb(text: string, from: number, mentionsTwilio: boolean): boolean {
  const tags = /<([A-Za-z]+)[\s/>]/g;
  tags.lastIndex = from;
  let verb = false;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    const name = match[1];
    const lower = name.toLowerCase();
    if (!ANY_ELEMENT.has(lower)) return false;
    if (EXACT_VERBS.has(name) || DISTINCT_LOWERCASE.has(lower) || (mentionsTwilio && SHARED_LOWERCASE.has(lower)))
      verb = true;
  }
  return verb;
}

/** True when the host text names Twilio (an import, a client, a comment): cheap, case-insensitive. */
export function mentionsTwilio(hostText: string): boolean {
  return /twilio|twiml/i.test(hostText);
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xfeff)) i++;
  return i;
}
