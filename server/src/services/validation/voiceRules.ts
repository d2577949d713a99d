/**
 * Voice checks that look at more than one attribute or at an element's content. Each cites the
 * Twilio page it rests on; where the page does not say Twilio refuses the document, the finding
 * is a Warning or less.
 * - An asynchronous <Start> with nothing after it disconnects the call at once ("While Twilio is
 *   setting up the Media Stream, it immediately continues with the next TwiML instruction. If no
 *   instruction follows, the Call disconnects." https://www.twilio.com/docs/voice/twiml/stream).
 * - <Say> speaks "the text between <Say>'s opening and closing tags"
 *   (https://www.twilio.com/docs/voice/twiml/say): an empty one says nothing.
 * - <Say voice> and <Say language> go together: each voice speaks its own languages (the Say
 *   page's tables for man/woman and alice; Google voices carry their locale in the name; Polly
 *   voices speak one language each, https://www.twilio.com/docs/voice/twiml/say/text-speech).
 * - <Dial> connects the caller to the party in its text or nouns
 *   (https://www.twilio.com/docs/voice/twiml/dial): with neither there is nothing to dial; a SIP
 *   address needs the <Sip> noun (https://www.twilio.com/docs/voice/twiml/sip).
 * - <Number> holds a phone number, E.164 or an unformatted US number
 *   (https://www.twilio.com/docs/voice/twiml/number).
 * - "Using <Reject> as the first verb in your response is the only way to prevent Twilio from
 *   answering a call" (https://www.twilio.com/docs/voice/twiml/reject).
 */
import { isTemplated, sameTemplatePath } from '../../analysis/templateContext';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import {
  SAY_LANGUAGES,
  ALICE_LANGUAGES,
  BASIC_VOICE_LANGUAGES,
  POLLY_VOICE_LANGUAGES,
} from '../../data/voiceValueLists';
import { attributeNamed, childElements, directText, type XmlElement } from '../../parser/xmlModel';
import type { Finding, Rule } from './finding';

/** Runs the voice checks. */
export const voiceRule: Rule = (doc, report) => {
  if (doc.dialect.dialect !== 'voice' || !doc.root) return;
  const verbs = childElements(doc.root);
  const last = verbs[verbs.length - 1];
  // A placeholder after it (template output, the unseen rest of a fragment) may be more verbs.
  const after = last ? doc.root.children.slice(doc.root.children.indexOf(last) + 1) : [];
  const mayContinue = after.some((node) => node.type === 'text' && isTemplated(doc.template, node.value));
  if (last && last.name === 'Start' && !mayContinue) {
    report({
      rule: 'start-is-last',
      range: last.nameRange,
      message:
        '<Start> runs in the background and Twilio moves straight on: with no verb after it the call hangs up at once. Add a verb after it (e.g. <Pause> or <Say>).',
    });
  }
  for (const element of doc.elements) {
    const resolved = doc.resolved.get(element);
    if (!resolved?.spec || resolved.otherDialect || resolved.correctName) continue;
    switch (resolved.spec.id) {
      case 'Say':
        checkSay(doc, element, report);
        break;
      case 'Dial':
        checkDial(doc, element, report);
        break;
      case 'Number':
        checkNumber(doc, element, report);
        break;
      default:
        break;
    }
  }
  checkReject(doc, verbs, report);
};

/** Text content with no element children: the whole content of <Say>, <Dial>, <Number>. */
function hasElementChildren(element: XmlElement): boolean {
  return element.children.some((child) => child.type === 'element');
}

function checkSay(doc: TwimlDocument, say: XmlElement, report: (f: Finding) => void): void {
  if (!hasElementChildren(say) && directText(say).trim() === '') {
    report({
      rule: 'say-empty',
      range: say.nameRange,
      message:
        '<Say> speaks the text between its tags, and this one has none: the caller hears nothing. Add the text to speak, or remove the <Say>.',
    });
  }
  checkVoiceLanguage(doc, say, report);
}

const BASIC = new Set(BASIC_VOICE_LANGUAGES);
const ALICE = new Set(ALICE_LANGUAGES.map((language) => language.toLowerCase()));
const ANY_LANGUAGE = new Set(SAY_LANGUAGES.map((language) => language.toLowerCase()));

/** The languages `voice` speaks (lower case), or undefined when we do not know the voice. */
function languagesOf(voice: string): ReadonlySet<string> | undefined {
  if (voice === 'man' || voice === 'woman') return BASIC;
  if (voice === 'alice') return ALICE;
  const google = /^Google\.([a-z]{2,3}-[A-Z]{2})-/.exec(voice);
  if (google) return new Set([google[1].toLowerCase()]);
  const polly = /^Polly\.([A-Za-z]+)(?:-Neural|-Generative|-LongForm)?$/.exec(voice);
  const languages = polly ? POLLY_VOICE_LANGUAGES[polly[1]] : undefined;
  return languages ? new Set(languages.map((language) => language.toLowerCase())) : undefined;
}

/** A Google or Polly voice's languages as Twilio writes them, for messages. */
function spokenAsWritten(voice: string): readonly string[] {
  const google = /^Google\.([a-z]{2,3}-[A-Z]{2})-/.exec(voice);
  if (google) return [google[1]];
  const polly = /^Polly\.([A-Za-z]+)/.exec(voice);
  return (polly && POLLY_VOICE_LANGUAGES[polly[1]]) || [];
}

/**
 * Hints when the language is not one the voice speaks. Without a voice the account's default
 * voice may be any of them, so any known language passes; the basic voices' short codes too.
 */
function checkVoiceLanguage(doc: TwimlDocument, say: XmlElement, report: (f: Finding) => void): void {
  const language = attributeNamed(say, 'language');
  if (language?.value === undefined || !language.valueRange || isTemplated(doc.template, language.value)) return;
  const voiceAttribute = attributeNamed(say, 'voice');
  const voice = voiceAttribute?.value?.trim();
  if (voice !== undefined && isTemplated(doc.template, voice)) return;
  const wanted = language.value.trim().toLowerCase();
  const range = language.valueRange.end > language.valueRange.start ? language.valueRange : language.nameRange;
  const spoken = voice ? languagesOf(voice) : undefined;
  if (voice && spoken) {
    if (spoken.has(wanted)) return;
    const list =
      voice === 'alice'
        ? ALICE_LANGUAGES
        : voice === 'man' || voice === 'woman'
          ? BASIC_VOICE_LANGUAGES.slice(0, 5)
          : spokenAsWritten(voice);
    report({
      rule: 'say-voice-language',
      range,
      message: `The voice "${voice}" does not speak "${language.value}"; it speaks ${list.join(', ')}. Pick a language of this voice, or a voice that speaks "${language.value}".`,
    });
    return;
  }
  if (ANY_LANGUAGE.has(wanted) || BASIC.has(wanted)) return;
  report({
    rule: 'unknown-attribute-value',
    range,
    message: `language: "${language.value}" is not a language we know for <Say> (e.g. en-US, en-GB, es-ES, fr-FR). Twilio adds languages over time, so check its docs.`,
  });
}

/** A phone number as <Number> and bare <Dial> text may hold it: E.164 or unformatted digits. */
const DIALABLE = /^\+?\d{3,15}$/;

function checkDial(doc: TwimlDocument, dial: XmlElement, report: (f: Finding) => void): void {
  if (hasElementChildren(dial)) return;
  const text = directText(dial).trim();
  if (text === '') {
    report({
      rule: 'dial-empty',
      range: dial.nameRange,
      message:
        '<Dial> has nothing to dial: put a phone number between the tags, or a noun such as <Number>, <Client>, <Sip> or <Conference>.',
    });
    return;
  }
  if (isTemplated(doc.template, text)) return;
  if (/^sips?:/i.test(text)) {
    const node = dial.children.find((child) => child.type === 'text' && child.value.trim() !== '');
    const fixes =
      node && node.type === 'text' && !node.cdata
        ? [
            {
              title: 'Wrap the address in <Sip>',
              edits: [
                {
                  range: {
                    start: node.start + (node.value.length - node.value.trimStart().length),
                    end: node.end - (node.value.length - node.value.trimEnd().length),
                  },
                  newText: `<Sip>${text}</Sip>`,
                },
              ],
              isPreferred: true,
            },
          ]
        : undefined;
    report({
      rule: 'dial-sip-text',
      range: dial.nameRange,
      message: `Text inside <Dial> is dialled as a phone number; to call the SIP address "${text}", nest it in <Sip>: <Dial><Sip>${text}</Sip></Dial>.`,
      fixes,
    });
    return;
  }
  checkPhoneText(dial, text, 'Text inside <Dial>', report);
}

function checkNumber(doc: TwimlDocument, number: XmlElement, report: (f: Finding) => void): void {
  const text = directText(number).trim();
  if (text === '' || isTemplated(doc.template, text)) return; // missing-text reports an empty <Number>
  checkPhoneText(number, text, '<Number>', report);
}

/** `{to_number}`, `${n}`, `%s`, `<%= n %>`: TwiML cut out of code whose template we do not know. */
const LOOKS_TEMPLATED = /[{}$%]/;

function checkPhoneText(element: XmlElement, text: string, what: string, report: (f: Finding) => void): void {
  if (DIALABLE.test(text.replace(/[\s().-]/g, '')) || LOOKS_TEMPLATED.test(text)) return;
  report({
    rule: 'number-invalid',
    range: element.nameRange,
    message: `${what} must be a phone number, in E.164 form such as +14155550100 (Twilio also takes unformatted US numbers), not "${text}".`,
  });
}

function checkReject(doc: TwimlDocument, verbs: XmlElement[], report: (f: Finding) => void): void {
  for (let i = 1; i < verbs.length; i++) {
    const reject = verbs[i];
    if (reject.name !== 'Reject' || doc.flow.unreachable.has(reject)) continue;
    // In a template, an earlier verb in another arm of a conditional does not run before it.
    const before = verbs.slice(0, i).find((verb) => sameTemplatePath(doc.template, verb.start, reject.start));
    if (!before) continue;
    report({
      rule: 'reject-not-first',
      range: reject.nameRange,
      message: `<Reject> only declines the call as the first verb; after <${before.name}> Twilio has already answered it, so the caller is billed and hears the call end instead of ${attributeNamed(reject, 'reason')?.value === 'busy' ? 'a busy signal' : 'the call being rejected'}. Move <Reject> first, or use <Hangup>.`,
      related: { range: before.nameRange, message: `Twilio answers the call to run this <${before.name}>.` },
    });
    return;
  }
}
