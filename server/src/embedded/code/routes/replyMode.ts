/**
 * Whether a handler answers a call or a message, read from the code of its body: the SDK's
 * response class it builds (twilio-python's `twilio.twiml.voice_response.VoiceResponse`,
 * twilio-node's `twiml.VoiceResponse`, and their messaging twins), or the verbs in the TwiML it
 * writes as text. Voice and messaging TwiML share only `<Redirect>` (and `<Response>`), so one
 * verb of either side tells: https://www.twilio.com/docs/voice/twiml and
 * https://www.twilio.com/docs/messaging/twiml.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import { collectNodes } from './treeWalk';
import type { RouteMode } from './types';

/** Names that only the voice side of the SDKs has (class and module). */
const VOICE_NAMES: ReadonlySet<string> = new Set(['VoiceResponse', 'voice_response']);
/** Names that only the messaging side of the SDKs has. */
const MESSAGING_NAMES: ReadonlySet<string> = new Set(['MessagingResponse', 'messaging_response']);

/** Verbs Voice TwiML has and Messaging TwiML does not (a regex over a literal's text, not the source). */
const VOICE_VERB = /<(?:Say|Gather|Dial|Play|Record|Hangup|Pause|Reject|Enqueue|Leave|Connect|Pay|Refer)\b/;
/** `<Message>` is the messaging verb (`<Sms>` is the deprecated voice one, so it does not count). */
const MESSAGING_VERB = /<Message\b/;

const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'template_string']);
/** Names (the SDK's classes and modules) and string literals (TwiML written as text). */
const WANTED: ReadonlySet<string> = new Set(['identifier', 'property_identifier', 'type_identifier', ...STRING_TYPES]);

/** What the code under `nodes` builds, if it says; undefined when it builds neither or both. */
export function replyModeOf(nodes: readonly Node[]): RouteMode | undefined {
  let voice = false,
    messaging = false;
  for (const node of nodes) {
    for (const [type, found] of collectNodes(node, WANTED)) {
      for (const match of found) {
        const text = match.text;
        if (STRING_TYPES.has(type)) {
          voice ||= VOICE_VERB.test(text);
          messaging ||= MESSAGING_VERB.test(text);
        } else {
          voice ||= VOICE_NAMES.has(text);
          messaging ||= MESSAGING_NAMES.has(text);
        }
      }
    }
  }
  if (voice === messaging) return undefined;
  return voice ? 'call' : 'text';
}
