/**
 * The typed protocol between the extension client and the TwiML language server, compiled into
 * both sides (the vscode-eslint pattern). Every custom method is prefixed `twiml/`.
 *
 * This file must stay free of imports from `vscode` and from the server's internals: it holds
 * plain data shapes only, so the webview script can import the preview model types too.
 */
import type { Dialect } from './settings';

/** A zero-based line/character position, as in LSP. */
export interface PreviewPosition {
  line: number;
  character: number;
}

/** Why a verb is not executed by Twilio. */
export interface UnreachableReason {
  /** The verb that took control, e.g. `Redirect`. */
  verb: string;
  /** Where that verb starts. */
  position: PreviewPosition;
  /** Human sentence, e.g. "control passes to /next at <Redirect> on line 4". */
  message: string;
}

/** One `<Media>` of a reply. */
export interface PreviewMedia {
  url: string;
  /** `image` when the URL looks like an image (by extension), `other` otherwise (shown as a card). */
  kind: 'image' | 'other';
  /** True for absolute http(s) URLs; the webview shows nothing else as a link or image. */
  safe: boolean;
}

/** SMS encoding facts for a body. */
export interface PreviewSegments {
  characters: number;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

/** A step of a messaging reply, in document order. */
export type MessagingStep =
  | {
      kind: 'message';
      position: PreviewPosition;
      body: string;
      media: PreviewMedia[];
      to?: string;
      from?: string;
      segments: PreviewSegments;
      /** Set on a `<Message action>`: where control goes after this message. */
      action?: string;
      unreachable?: UnreachableReason;
    }
  | { kind: 'redirect'; position: PreviewPosition; url: string; method?: string; unreachable?: UnreachableReason };

/** A step of a voice call script, in document order. Nested nouns/verbs are flattened into `details`. */
export interface VoiceStep {
  /** The verb name, e.g. `Say`, `Gather`. */
  verb: string;
  position: PreviewPosition;
  /** Main text: what is said, the URL played, the number dialled... */
  text: string;
  /** Label/value pairs shown under the step (voice, language, options, targets...). */
  details: Array<{ label: string; value: string }>;
  /** Nested steps (e.g. `<Say>` inside `<Gather>`). */
  children: VoiceStep[];
  /** Set when the verb hands control elsewhere: the URL (or a sentence for Hangup/Reject). */
  continuesAt?: string;
  unreachable?: UnreachableReason;
}

/** The interpreted document the preview draws. Computed by the server's interpreter. */
export interface PreviewModel {
  uri: string;
  version: number;
  dialect: Dialect;
  /** Errors from the diagnostics, shown as a banner (message + 1-based line). */
  errors: Array<{ message: string; line: number; code: string }>;
  messaging: MessagingStep[];
  voice: VoiceStep[];
  /**
   * For TwiML in a template or a string literal: the placeholders. Texts in the model hold them
   * as one character each, U+E000 + index into this list; the webview draws them as chips.
   */
  placeholders?: PreviewPlaceholder[];
}

/** First character of the placeholder range in preview texts (Unicode Private Use Area). */
export const PREVIEW_PLACEHOLDER_BASE = 0xe000;

/** A placeholder of embedded TwiML, as the preview shows it. */
export interface PreviewPlaceholder {
  /** As written in the host, e.g. `{{Body}}`, `${name}`, `%s`. */
  label: string;
  /**
   * The Twilio webhook parameter it reads, when it names one (`{{Body}}`,
   * `request.form['From']`): the preview fills it from the sample message.
   */
  parameter?: string;
}

/** Params of `PreviewModelRequest` (requests.ts). */
export interface PreviewModelParams {
  uri: string;
  /** For a host file (code, template): the cursor, whose TwiML literal is previewed. */
  position?: PreviewPosition;
}

/**
 * The command a route lens runs (server → client, in `textDocument/codeLens`): open a conversation
 * with the user's app at `twiml.app.baseUrl` + {@link OpenConversationArgs.path}.
 */
export const OPEN_CONVERSATION_COMMAND = 'twiml.conversation.open';

/** The one argument of {@link OPEN_CONVERSATION_COMMAND}. */
export interface OpenConversationArgs {
  /** The route's path (`/sms`, `/api/voice`): the client resolves it against `twiml.app.baseUrl`. */
  path: string;
  /** Text the route (an SMS conversation) or call it (a voice call). */
  mode: 'text' | 'call';
  /** The method the webhook is sent with: POST when the route takes POST (or any), GET when only GET. */
  method?: 'GET' | 'POST';
  /** Place the call as soon as the panel opens (the call lens sets it). */
  start?: boolean;
}
