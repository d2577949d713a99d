/**
 * Whether a handler answers a call or a message, read from the code of its body: the SDK's
 * response class it builds (twilio-python's `twilio.twiml.voice_response.VoiceResponse`,
 * twilio-node's `twiml.VoiceResponse`, and their messaging twins), or the verbs in the TwiML it
 * writes as text. Voice and messaging TwiML share only `<Redirect>` (and `<Response>`), so one
 * verb of either side tells: https://www.twilio.com/docs/voice/twiml and
 * https://www.twilio.com/docs/messaging/twiml.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { RouteMode } from './types';

/** Names that only the voice side of the SDKs has (class and module). */
const VOICE_NAMES: ReadonlySet<string> = new Set(['VoiceResponse', 'voice_response']);
/** Names that only the messaging side of the SDKs has. */
const MESSAGING_NAMES: ReadonlySet<string> = new Set(['MessagingResponse', 'messaging_response']);

/** Verbs Voice TwiML has and Messaging TwiML does not (a regex over a literal's text, not the source). */
const VOICE_VERB = /<(?:Say|Gather|Dial|Play|Record|Hangup|Pause|Reject|Enqueue|Leave|Connect|Pay|Refer)\b/;
/** `<Message>` is the messaging verb (`<Sms>` is the deprecated voice one, so it does not count). */
const MESSAGING_VERB = /<Message\b/;

const NAME_TYPES: ReadonlySet<string> = new Set(['identifier', 'property_identifier', 'type_identifier']);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'template_string']);

/** What the code under `nodes` builds, if it says; undefined when it builds neither or both. */
export function replyModeOf(nodes: readonly Node[]): RouteMode | undefined {
  let voice = false,
    messaging = false;
  for (const node of nodes) {
    const cursor = node.walk();
    try {
      for (;;) {
        const type = cursor.nodeType;
        let enter = true;
        if (NAME_TYPES.has(type)) {
          const name = cursor.nodeText;
          voice ||= VOICE_NAMES.has(name);
          messaging ||= MESSAGING_NAMES.has(name);
        } else if (STRING_TYPES.has(type)) {
          const text = cursor.nodeText;
          voice ||= VOICE_VERB.test(text);
          messaging ||= MESSAGING_VERB.test(text);
          enter = false;
        } else if (type === 'comment') enter = false;
        if (enter && cursor.gotoFirstChild()) continue;
        let done = false;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            done = true;
            break;
          }
        }
        if (done) break;
      }
    } finally {
      cursor.delete();
    }
  }
  if (voice === messaging) return undefined;
  return voice ? 'call' : 'text';
}
