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
  /** Why it was made: the inbound message, a <Redirect>, an HTTP 3xx, a <Message action>/statusCallback. */
  why: 'inbound' | 'redirect' | 'http-redirect' | 'status-callback';
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
