/**
 * The Conversation panel's contract: what the phone (webhook/src/phone/phone.ts) shows, the
 * messages between the panel's webview (client/conversation-src) and the extension
 * (client/src/conversation), and their validators. Plain data, no Node, no DOM, no vscode.
 * Whatever the webview posts is checked with {@link parseFromWebview} before use: the webview
 * draws app-controlled text, so the extension treats what it posts as untrusted.
 */
import type { CallAnswer, CallTurn, CallWait, DialStatus, Turn, TurnInput } from './turns';
import { DIAL_STATUSES } from './turns';

/** Text (SMS, MMS, WhatsApp) or a voice call. */
export type PhoneMode = 'text' | 'call';

/** What the user can edit. */
export interface PhoneSettings {
  mode: PhoneMode;
  /** The webhook URL of the route talked to. */
  url: string;
  method: 'GET' | 'POST';
  /** The texter's or caller's number. */
  from: string;
  /** The app's Twilio number. */
  to: string;
  channel: 'sms' | 'mms' | 'whatsapp';
}

/** One entry of the transcript: a messaging turn (with what was sent) or a call turn. */
export type PhoneEntry =
  | { mode: 'text'; sent: TurnInput; turn: Turn }
  | { mode: 'call'; turn: CallTurn; /** True on the first turn of a call. */ starts: boolean };

/** A cookie as shown: name, value, where it applies, when it expires. */
export interface ShownCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** ISO time, absent for a session cookie. */
  expires?: string;
}

/** Everything a UI draws. Plain data: safe to post to a webview and to persist. */
export interface PhoneSnapshot {
  settings: PhoneSettings;
  entries: PhoneEntry[];
  /** What the current call waits for. */
  waiting?: CallWait;
  /** True while a call is in progress (placed and not ended). */
  inCall: boolean;
  cookies: ShownCookie[];
  /** True when requests are signed (an Auth Token is set). */
  signed: boolean;
  /** True while a request is on its way. */
  busy: boolean;
}

/** Whether the app's port accepts connections (the status bar's and the panel's dot). */
export type AppStatus = 'up' | 'down' | 'unknown';

/** Extension → webview. */
export type ToConversationWebview = { type: 'state'; snapshot: PhoneSnapshot; appStatus: AppStatus };

/** Webview → extension. */
export type FromConversationWebview =
  | { type: 'ready' }
  | { type: 'configure'; changes: Partial<PhoneSettings> }
  | { type: 'send'; text: string; media: string[] }
  | { type: 'call' }
  | { type: 'answer'; answer: CallAnswer }
  | { type: 'clear' }
  | { type: 'clearCookies' }
  | { type: 'save' }
  | { type: 'rerun' }
  /** Probes the panel's route for TwiML injection (hostile texts never enter this conversation). */
  | { type: 'probeInjection' }
  /** Sends request `request` of transcript entry `entry` again, exactly as it went. */
  | { type: 'sendAgain'; entry: number; request: number }
  /** Opens the response body of that request as a read-only reply document. */
  | { type: 'openReply'; entry: number; request: number };

/** Longest text accepted from the webview (a message body, a URL, a number). */
export const MAX_FIELD_LENGTH = 16_384;

const isString = (value: unknown, max = MAX_FIELD_LENGTH): value is string =>
  typeof value === 'string' && value.length <= max;
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function parseChanges(value: unknown): Partial<PhoneSettings> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const input = value as Record<string, unknown>;
  const changes: Partial<PhoneSettings> = {};
  if (input.mode === 'text' || input.mode === 'call') changes.mode = input.mode;
  if (input.method === 'GET' || input.method === 'POST') changes.method = input.method;
  if (input.channel === 'sms' || input.channel === 'mms' || input.channel === 'whatsapp')
    changes.channel = input.channel;
  for (const key of ['url', 'from', 'to'] as const) {
    const text = input[key];
    if (isString(text, 2048) && text.trim() !== '') changes[key] = text.trim();
  }
  if (changes.url !== undefined && !/^https?:\/\/[^\s/?#]+/i.test(changes.url)) delete changes.url;
  return changes;
}

function parseAnswer(value: unknown): CallAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  switch (a.kind) {
    case 'digits':
      return isString(a.digits, 64) && /^[0-9*#w]+$/i.test(a.digits) ? { kind: 'digits', digits: a.digits } : undefined;
    case 'speech':
      return isString(a.text, 4096) && a.text.trim() !== '' ? { kind: 'speech', text: a.text } : undefined;
    case 'silence':
    case 'hangup':
      return { kind: a.kind };
    case 'dial':
      return DIAL_STATUSES.includes(a.status as DialStatus)
        ? { kind: 'dial', status: a.status as DialStatus }
        : undefined;
    case 'record': {
      const seconds = Number(a.seconds);
      return Number.isFinite(seconds) && seconds >= 0 && seconds <= 14_400
        ? { kind: 'record', seconds: Math.round(seconds) }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The message, checked, or undefined when it is not one the extension accepts. */
export function parseFromWebview(value: unknown): FromConversationWebview | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'call':
    case 'clear':
    case 'clearCookies':
    case 'save':
    case 'rerun':
    case 'probeInjection':
      return { type: message.type };
    case 'configure': {
      const changes = parseChanges(message.changes);
      return changes ? { type: 'configure', changes } : undefined;
    }
    case 'send': {
      if (!isString(message.text)) return undefined;
      const media = Array.isArray(message.media) ? message.media : [];
      if (media.length > 10 || !media.every((m) => isString(m, 2048) && /^https?:\/\//i.test(m))) return undefined;
      return { type: 'send', text: message.text, media: media as string[] };
    }
    case 'answer': {
      const answer = parseAnswer(message.answer);
      return answer ? { type: 'answer', answer } : undefined;
    }
    case 'sendAgain':
    case 'openReply':
      return isIndex(message.entry) && isIndex(message.request)
        ? { type: message.type, entry: message.entry, request: message.request }
        : undefined;
    default:
      return undefined;
  }
}
