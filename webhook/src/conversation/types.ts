/**
 * The conversation engine's contract: a texter's conversation with a local app, turn by turn, as
 * Twilio would hold it (signed inbound requests, cookies, <Redirect>s, status callbacks). The
 * engine (conversation.ts), the `twiml-sim` CLI, scenarios and the VS Code panel all speak these
 * shapes; field names of {@link Turn} are the `--json` output and must not change.
 */

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

/** How a conversation is held. Everything but `url` has a default. */
export interface ConversationOptions {
  /** The app's webhook URL for incoming messages. */
  url: string;
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

/** What the texter sends in one turn. */
export interface TurnInput {
  body: string;
  /** Media URLs attached (MMS/WhatsApp): NumMedia, MediaUrlN, MediaContentTypeN. */
  media?: readonly string[];
}

/** One message the texter receives. */
export interface Reply {
  body: string;
  media: string[];
  /** SMS segments of the body and its encoding, as the preview counts them. */
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
}

/** One request made during a turn, for the request log. */
export interface RequestRecord {
  method: 'GET' | 'POST';
  url: string;
  /** HTTP status, absent when no response came. */
  status?: number;
  ms: number;
  /**
   * Why it was made: the inbound message or call, a <Redirect>, an HTTP 3xx, a status callback
   * (<Message action>/statusCallback, a recording's, a dialed leg's, the call's), or a voice verb's
   * action (<Gather>, <Record>, <Dial>) whose TwiML the call continues with.
   */
  why: 'inbound' | 'redirect' | 'http-redirect' | 'status-callback' | 'action';
  /** The request's headers as sent (X-Twilio-Signature included; the Auth Token never is). */
  requestHeaders?: Record<string, string>;
  /** The form body sent with a POST. */
  requestBody?: string;
  /** The response body, when one came. */
  responseBody?: string;
  /** Why no response came (timeout, connection refused...). */
  error?: string;
}

/** A problem on a turn, with the Twilio error code it predicts where there is one. */
export interface TurnProblem {
  code?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** One turn: what was sent, what the texter reads, how it was obtained, and what went wrong. */
export interface Turn {
  /** The parameters of the inbound request, as signed and sent. */
  input: Record<string, string>;
  replies: Reply[];
  requests: RequestRecord[];
  problems: TurnProblem[];
}

// ---------------------------------------------------------------------------------------------
// Voice calls (webhook/src/conversation/call.ts): a caller's call to a local app, held step by step.

/** How a call is placed. Everything but `url` has a default. */
export interface CallOptions {
  /** The app's webhook URL for incoming calls ("A call comes in" on the number). */
  url: string;
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

/** What the caller does when the call waits for them. */
export type CallAnswer =
  /** Keys pressed on the keypad (a <Gather> listening for dtmf, or the key that ends a <Record>). */
  | { kind: 'digits'; digits: string }
  /** Words spoken to a <Gather> listening for speech; Confidence defaults to 0.9. */
  | { kind: 'speech'; text: string; confidence?: number }
  /** The caller says nothing: the <Gather> times out. */
  | { kind: 'silence' }
  /** How the <Dial> ended; DialCallDuration is `seconds` (default 42 when completed, else 0). */
  | { kind: 'dial'; status: DialStatus; seconds?: number }
  /** A message left at a <Record>: `seconds` of audio (0: an empty recording), ended by `digits`. */
  | { kind: 'record'; seconds: number; digits?: string; transcript?: string }
  /** The caller hangs up. */
  | { kind: 'hangup' };

/** The outcomes of a <Dial> the user can choose (https://www.twilio.com/docs/voice/twiml/dial, DialCallStatus). */
export type DialStatus = 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';
export const DIAL_STATUSES: readonly DialStatus[] = ['completed', 'busy', 'no-answer', 'failed', 'canceled'];

/**
 * One thing the caller hears or that happens on the call, in order. `verb` is the recognised
 * TwiML name; `attributes` are as written (on the verb or noun).
 */
export interface VoiceItem {
  verb: string;
  attributes: Record<string, string>;
  /** <Say>'s words. */
  text?: string;
  /** <Play>'s audio URL, a <Redirect>'s target, a <Number>/<Client>/<Sip>'s address. */
  url?: string;
  /** What a <Gather> plays while it listens (<Say>/<Play>/<Pause>); a <Dial>'s nouns. */
  nested?: VoiceItem[];
  /**
   * What came of it: "pressed 2 → POST …", "no input (timeout 5 s)…", "no-answer → …",
   * "recorded 5 s → …". A verb the call waits on gets it once the caller answers, so the item in
   * the waiting turn (the same object) then tells how the wait ended.
   */
  outcome?: string;
  /** True for what the simulator does not run (<Conference>, <Enqueue>, <Stream>...); `outcome` says what happened instead. */
  notSimulated?: boolean;
}

/** What the call is waiting for at the end of a turn. */
export interface CallWait {
  verb: 'Gather' | 'Record' | 'Dial';
  /** The answers that fit: Gather → digits/speech/silence, Record → record, Dial → dial; hangup always. */
  accepts: Array<CallAnswer['kind']>;
  /** The verb's attributes as written (numDigits, input, timeout, finishOnKey...). */
  attributes: Record<string, string>;
}

/**
 * One step of a call: the request that started it (the inbound call, or the answer's action
 * request), what the caller heard, and either what the call now waits for or how it ended. Same
 * shape as a messaging {@link Turn} (`replies` is always empty: a call has no reply messages), so
 * `twiml-sim --json`, scenarios and the panel read both.
 */
export interface CallTurn extends Turn {
  voice: VoiceItem[];
  /** The caller's answer that began this turn (absent for the first, the inbound call). */
  answer?: CallAnswer;
  /** Set while the call waits for the caller. */
  waiting?: CallWait;
  /** Set once the call is over: why, and its simulated length. */
  ended?: {
    reason: string;
    durationSeconds: number;
    /** The CallStatus told to the number's status callback, when one is set (`completed`). */
    statusCallback?: string;
  };
}
