/**
 * The shape of a conversation's turns: what the texter or caller sent, what came back, the
 * requests made and the problems found. The contract between the conversation and call engines
 * (webhook/src/conversation), `twiml-sim --json`, scenarios and the VS Code Conversation panel's
 * webview, so it lives here, as plain data. Field names are the `--json` output and must not
 * change.
 */

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
