/**
 * Deterministic generator of realistic TwiML documents of a requested size: the verbs people
 * actually write (<Say>, <Play>, <Gather> with nested <Say>, <Dial><Number>, <Message> with
 * <Body>/<Media>), with attributes, entity and character references, comments and indentation.
 * The same (size, dialect, seed) always yields the same text, so benchmark runs compare.
 */
import { Prng } from '../fuzz/prng';

/** Which kind of document to generate. */
export type GeneratedDialect = 'voice' | 'messaging';

const VOICES = ['Polly.Joanna', 'Polly.Matthew', 'alice', 'man', 'woman', 'Google.en-US-Neural2-F'];
const LANGUAGES = ['en-US', 'en-GB', 'es-MX', 'fr-FR', 'de-DE'];
/** The languages each voice speaks (Twilio's Say page), so generated documents stay valid. */
const SPOKEN: Record<string, readonly string[]> = {
  'Polly.Joanna': ['en-US'],
  'Polly.Matthew': ['en-US'],
  alice: LANGUAGES,
  man: ['en-US', 'en-GB'],
  woman: ['en-US', 'en-GB'],
  'Google.en-US-Neural2-F': ['en-US'],
};

/** `voice="…" language="…"` with a language the voice speaks (its first one otherwise). */
function voiceAndLanguage(voice: string, language: string): string {
  const spoken = SPOKEN[voice] ?? [language];
  return `voice="${voice}" language="${spoken.includes(language) ? language : spoken[0]}"`;
}

const WORDS = [
  'thanks',
  'for',
  'calling',
  'your',
  'order',
  'has',
  'shipped',
  'press',
  'one',
  'to',
  'talk',
  'with',
  'sales',
  'two',
  'support',
  'café',
  'naïve',
  'we',
  'will',
  'call',
  'back',
  'tomorrow',
  'between',
  'nine',
  'and',
  'five',
];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#233;', '&#x1F600;'];

function sentence(prng: Prng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(prng.pick(WORDS));
    if (prng.chance(0.08)) out.push(prng.pick(ENTITIES));
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function phone(prng: Prng): string {
  return `+1415555${String(prng.int(10000)).padStart(4, '0')}`;
}

/** One voice verb block, indented under <Response>. None of them transfers control, so all stay reachable. */
function voiceBlock(prng: Prng, index: number): string {
  switch (prng.int(6)) {
    case 0:
      return `  <Say ${voiceAndLanguage(prng.pick(VOICES), prng.pick(LANGUAGES))}>${sentence(prng, prng.range(6, 20))}</Say>\n`;
    case 1:
      return `  <Play loop="${prng.range(1, 3)}">https://example.com/audio/clip-${index}.mp3</Play>\n`;
    case 2:
      return `  <Pause length="${prng.range(1, 5)}"/>\n`;
    case 3:
      return (
        `  <Gather input="dtmf speech" timeout="${prng.range(3, 10)}" numDigits="1" hints="sales, support" language="${prng.pick(LANGUAGES)}">\n` +
        `    <Say voice="${prng.pick(VOICES)}">${sentence(prng, prng.range(8, 16))}</Say>\n` +
        `    <Pause length="1"/>\n` +
        `  </Gather>\n`
      );
    case 4:
      return (
        `  <Dial callerId="${phone(prng)}" timeout="${prng.range(10, 30)}" record="record-from-answer">\n` +
        `    <Number sendDigits="ww${prng.int(1000)}" statusCallbackEvent="initiated ringing answered completed" statusCallback="https://example.com/status/${index}">${phone(prng)}</Number>\n` +
        `  </Dial>\n`
      );
    default:
      return `  <!-- step ${index}: ${prng.pick(WORDS)} -->\n`;
  }
}

/** One messaging verb block; the validator will (correctly) flag messages past the tenth. */
function messagingBlock(prng: Prng, index: number): string {
  switch (prng.int(4)) {
    case 0:
      return `  <Message to="${phone(prng)}" from="${phone(prng)}">${sentence(prng, prng.range(5, 25))}</Message>\n`;
    case 1:
      return (
        `  <Message>\n    <Body>${sentence(prng, prng.range(5, 30))}</Body>\n` +
        `    <Media>https://example.com/img/${index}.png</Media>\n  </Message>\n`
      );
    case 2:
      return `  <Message statusCallback="https://example.com/sms/status?id=${index}&amp;try=1">${sentence(prng, prng.range(3, 12))}</Message>\n`;
    default:
      return `  <!-- reply ${index} -->\n`;
  }
}

/**
 * A well-formed TwiML document of about `targetBytes` UTF-16 code units (a little over, never
 * under, except that 0 still yields an empty <Response>).
 */
export function generateTwiml(targetBytes: number, dialect: GeneratedDialect = 'voice', seed = 1): string {
  const prng = new Prng(seed);
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- twiml: ${dialect} -->\n<Response>\n`;
  const tail = dialect === 'voice' ? '  <Redirect method="POST">/next-step</Redirect>\n</Response>\n' : '</Response>\n';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let index = 0; size < targetBytes; index++) {
    const block = dialect === 'voice' ? voiceBlock(prng, index) : messagingBlock(prng, index);
    parts.push(block);
    size += block.length;
  }
  parts.push(tail);
  return parts.join('');
}
