/**
 * The project's TwiML knowledge in one place: every element definition of the messaging and
 * voice dialects (fax is out of scope). Validation, completion, hover, the preview and the tests
 * read it through `schemaIndex.ts`, which builds the lookup maps once.
 *
 * Decisions where Twilio's SDKs and docs disagree (we pick what keeps valid TwiML error-free):
 * - Structure follows the SDKs, plus the doc-only nesting <Stop><Recording>; doc-only attributes
 *   (Dial callReason, Client clientNotificationUrl, Recording name) are included.
 * - SDK-only parents stay allowed (<Response><Queue>, <Response><Prompt>, <Dial><Sim>,
 *   <Hangup><Parameter>); whether to flag them is a rule's business, not the schema's.
 * - Enums take the union of SDK and doc values (Dial record true/false, Conference region us2,
 *   Pay bankAccountType commercial-savings, ConversationRelay reportInputDuringAgentSpeech
 *   none/dtmf/speech/any plus true/false).
 * - ConversationRelay backgroundNoiseReduction, speechTimeout, deepgramSmartFormat and
 *   ignoreBackchannel are camelCase (twilio-python); twilio-node/java's all-lowercase spelling
 *   is reported by the case-mismatch check.
 * - Message statusCallback is not marked deprecated: the SDKs call it superseded, but the docs
 *   recommend setting it together with action. Gather enhanced is deprecated (docs).
 * - Stream audioFormat/sampleRate come from the twilio-node SDK in use (6.2.0).
 * - The unverified voice <Annotate> (known only from error 13120) is left out.
 */
import type { Dialect, ElementSpec } from './schemaTypes';
import { MESSAGING_ELEMENTS } from './messagingElements';
import { VOICE_ELEMENTS } from './voiceElements';

export { MESSAGING_ELEMENTS } from './messagingElements';
export { VOICE_ELEMENTS } from './voiceElements';

/** Name of the root element in both dialects. */
export const ROOT_ELEMENT_NAME = 'Response';

/**
 * What a root element's name is to Twilio: `exact` (`<Response>`), `wrong-case` (`<response>`:
 * the user meant it, but TwiML is case-sensitive) or `other` (not TwiML). The one test of "the
 * root is <Response>": the root rules, the rule selection, the fragment reader and the reply
 * readers all ask it.
 */
export function rootNameKind(name: string): 'exact' | 'wrong-case' | 'other' {
  if (name === ROOT_ELEMENT_NAME) return 'exact';
  return name.toLowerCase() === ROOT_ELEMENT_NAME.toLowerCase() ? 'wrong-case' : 'other';
}

/** All element definitions of each dialect, root first. */
export const ELEMENTS_BY_DIALECT: Readonly<Record<Dialect, readonly ElementSpec[]>> = {
  messaging: MESSAGING_ELEMENTS,
  voice: VOICE_ELEMENTS,
};

/** Both dialects, in a fixed order (messaging first) for loops that need one. */
export { DIALECTS } from '../../../shared/settings';

/** Every element name known in either dialect, sorted, without duplicates. */
export const ALL_ELEMENT_NAMES: readonly string[] = [
  ...new Set([...MESSAGING_ELEMENTS, ...VOICE_ELEMENTS].map((element) => element.name)),
].sort();

/** The <Response> definition of a dialect; its `children` are the verbs allowed at top level. */
export function rootElement(dialect: Dialect): ElementSpec {
  const root = ELEMENTS_BY_DIALECT[dialect].find((element) => element.kind === 'root');
  // The data files always start with the root; a missing one is a broken build, not user input.
  if (!root) throw new Error(`No root element for the ${dialect} dialect`);
  return root;
}
