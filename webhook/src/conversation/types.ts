/**
 * The conversation engine's contract: how a texter's conversation or a caller's call with a local
 * app is held (options, the injected HTTP transport). The turns it produces are plain data in
 * shared/turns.ts, re-exported here, because the VS Code panel's webview reads them too.
 */
export * from '../../../shared/turns';
import type { ReplyReader } from '../../../shared/replyReading';

/** One HTTP request the engine makes, as the injected transport receives it. */
export interface OutgoingRequest {
  method: 'GET' | 'POST';
  /** Absolute URL, with the query for GET. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The form body for POST. */
  body?: string;
  timeoutMs: number;
}

/**
 * What came back: a response, or a failure to get one. Header names in lower case; several
 * Set-Cookie headers are joined with "\n" (a comma can sit inside a cookie's Expires).
 */
export type TransportResult =
  | { kind: 'response'; status: number; headers: Readonly<Record<string, string>>; body: string; ms: number }
  | { kind: 'error'; reason: 'timeout' | 'refused' | 'network'; message: string; ms: number };

/** Sends one request (real HTTP in the CLI, a function in tests). Never throws. */
export type Transport = (request: OutgoingRequest) => Promise<TransportResult>;

/** How a conversation is held. Everything but `url` and `reader` has a default. */
export interface ConversationOptions {
  /** The app's webhook URL for incoming messages. */
  url: string;
  /**
   * Judges and reads the app's TwiML: the language service in this process (CLIs, tests) or in
   * the language server (the VS Code extension, which carries no XML parser).
   */
  reader: ReplyReader;
  method?: 'GET' | 'POST';
  channel?: 'sms' | 'mms' | 'whatsapp';
  /** The texter's number (default +14155550100); `whatsapp:` is added for WhatsApp. */
  from?: string;
  /** The app's Twilio number (default +14155550199). */
  to?: string;
  /** Signs every request when set; the token never appears in any result. */
  authToken?: string;
  /** One AccountSid for the whole conversation (a stable default when absent). */
  accountSid?: string;
  transport?: Transport;
  /** Clock in ms (tests move it to expire cookies after 4 hours). */
  now?: () => number;
  /** How long to wait for the app's answer (default 15 s: Twilio's webhook timeout). */
  timeoutMs?: number;
}

/** How a call is placed. Everything but `url` and `reader` has a default. */
export interface CallOptions {
  /** The app's webhook URL for incoming calls ("A call comes in" on the number). */
  url: string;
  /** Judges and reads the app's TwiML (see {@link ConversationOptions.reader}). */
  reader: ReplyReader;
  method?: 'GET' | 'POST';
  /** The caller's number (default +14155550100). */
  from?: string;
  /** The app's Twilio number (default +14155550199). */
  to?: string;
  /** Signs every request when set; the token never appears in any result. */
  authToken?: string;
  accountSid?: string;
  /** The number's call status callback URL: told `completed` with CallDuration when the call ends. */
  statusCallback?: string;
  statusCallbackMethod?: 'GET' | 'POST';
  transport?: Transport;
  now?: () => number;
  /** How long to wait for the app's answer (default 15 s: Twilio's webhook timeout). */
  timeoutMs?: number;
}
