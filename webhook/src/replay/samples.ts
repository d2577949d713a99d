/**
 * Builds the form parameters Twilio sends to an incoming-message or incoming-call webhook.
 * Parameter names, formats and example values follow
 * https://www.twilio.com/docs/messaging/guides/webhook-request (messaging) and
 * https://www.twilio.com/docs/voice/twiml "Twilio's request to your application" (voice).
 */
import { cryptoRandom, makeSid, type RandomBytes } from './random';
import { countSegments } from '../../../shared/smsSegments';
import { settingDefault } from '../../../shared/settings';

/** The kinds of incoming event the replay can imitate. */
export type SampleKind = 'sms' | 'mms' | 'whatsapp' | 'voice';

/** All sample kinds, in the order a picker shows them. */
export const SAMPLE_KINDS: readonly SampleKind[] = ['sms', 'mms', 'whatsapp', 'voice'];

/** Options of {@link buildSample}. */
export interface SampleOptions {
  /** Sender; E.164. For WhatsApp the `whatsapp:` prefix is added when missing. */
  from?: string;
  /** Your Twilio number; E.164 (WhatsApp prefix added likewise). */
  to?: string;
  /** Message text (ignored for voice). */
  body?: string;
  /** Number of media items for MMS/WhatsApp (MMS defaults to 1; at most 10). */
  mediaCount?: number;
  /** Include `MessagingServiceSid` (defaults to true for WhatsApp only). */
  messagingService?: boolean;
  /** Parameters merged last; `undefined` removes a parameter. */
  overrides?: Readonly<Record<string, string | undefined>>;
  /** Random source for SIDs (inject a seeded one for repeatable payloads). */
  random?: RandomBytes;
}

/** The `twiml.replay.from` / `twiml.replay.to` settings' defaults (package.json). */
export const DEFAULT_FROM = settingDefault<string>('twiml.replay.from');
export const DEFAULT_TO = settingDefault<string>('twiml.replay.to');
export const DEFAULT_BODY = 'hello';

const API_VERSION = '2010-04-01';
// Rotated through for MediaContentType{N}; all are "fully supported" MMS image types
// (https://www.twilio.com/docs/messaging/guides/accepted-mime-types).
const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif'];

/**
 * Twilio's geographic look-up ("if available") works for North American numbers; elsewhere the
 * fields carry the country only. The values are the doc's examples (SAN FRANCISCO / SAUSALITO).
 */
const COUNTRY_CODES: ReadonlyArray<[string, string]> = [
  ['+44', 'GB'],
  ['+33', 'FR'],
  ['+49', 'DE'],
  ['+34', 'ES'],
  ['+39', 'IT'],
  ['+61', 'AU'],
  ['+91', 'IN'],
  ['+52', 'MX'],
  ['+55', 'BR'],
  ['+81', 'JP'],
  ['+31', 'NL'],
  ['+46', 'SE'],
];

function geo(prefix: string, number: string, example: [string, string, string]): Record<string, string> {
  const bare = number.replace(/^whatsapp:/, '');
  if (bare.startsWith('+1')) {
    const [city, state, zip] = example;
    return { [`${prefix}City`]: city, [`${prefix}State`]: state, [`${prefix}Zip`]: zip, [`${prefix}Country`]: 'US' };
  }
  const country = COUNTRY_CODES.find(([code]) => bare.startsWith(code))?.[1] ?? '';
  return { [`${prefix}City`]: '', [`${prefix}State`]: '', [`${prefix}Zip`]: '', [`${prefix}Country`]: country };
}

const FROM_EXAMPLE: [string, string, string] = ['SAN FRANCISCO', 'CA', '94103'];
const TO_EXAMPLE: [string, string, string] = ['SAUSALITO', 'CA', '94965'];

function whatsappAddress(value: string): string {
  return value.startsWith('whatsapp:') ? value : `whatsapp:${value}`;
}

function mediaParams(
  count: number,
  accountSid: string,
  messageSid: string,
  random: RandomBytes,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    // MediaUrl{N} points at the Media sub-resource; its last segment is an ME SID (§0).
    params[`MediaContentType${i}`] = MEDIA_TYPES[i % MEDIA_TYPES.length];
    params[`MediaUrl${i}`] =
      `https://api.twilio.com/${API_VERSION}/Accounts/${accountSid}/Messages/${messageSid}/Media/${makeSid('ME', random)}`;
  }
  return params;
}

/** The AccountSid used when none is given: constant, so an app can be configured with it. */
export const DEFAULT_ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;

function messageSample(
  kind: Exclude<SampleKind, 'voice'>,
  options: SampleOptions,
  random: RandomBytes,
): Record<string, string> {
  const whatsapp = kind === 'whatsapp';
  const from = whatsapp ? whatsappAddress(options.from ?? DEFAULT_FROM) : (options.from ?? DEFAULT_FROM);
  const to = whatsapp ? whatsappAddress(options.to ?? DEFAULT_TO) : (options.to ?? DEFAULT_TO);
  const body = options.body ?? DEFAULT_BODY;
  const mediaCount = Math.max(0, Math.min(10, Math.floor(options.mediaCount ?? (kind === 'mms' ? 1 : 0))));
  const accountSid = makeSid('AC', random);
  // MMS messages carry an MM SID; everything else (incl. WhatsApp) an SM SID (§0, §1.1).
  const messageSid = makeSid(kind === 'mms' || (whatsapp && mediaCount > 0) ? 'MM' : 'SM', random);
  const params: Record<string, string> = {
    AccountSid: accountSid,
    ApiVersion: API_VERSION,
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    SmsStatus: 'received',
    From: from,
    To: to,
    Body: body,
    NumMedia: String(mediaCount),
    // "The value is always 1 for non-SMS/MMS messages" (§1.1).
    NumSegments: String(kind === 'sms' ? Math.max(1, countSegments(body).segments) : 1),
    ReferralNumMedia: '0',
    ...mediaParams(mediaCount, accountSid, messageSid, random),
  };
  if (options.messagingService ?? whatsapp) params.MessagingServiceSid = makeSid('MG', random);
  if (whatsapp) {
    // WhatsApp payloads name the sender's profile and WhatsApp ID (§1.4) and carry no geo data.
    params.ProfileName = 'Perspective Coffee';
    params.WaId = from.replace(/^whatsapp:\+?/, '');
  } else {
    Object.assign(params, geo('From', from, FROM_EXAMPLE), geo('To', to, TO_EXAMPLE));
  }
  return params;
}

function voiceSample(options: SampleOptions, random: RandomBytes): Record<string, string> {
  const from = options.from ?? DEFAULT_FROM;
  const to = options.to ?? DEFAULT_TO;
  const fromGeo = geo('From', from, FROM_EXAMPLE);
  const toGeo = geo('To', to, TO_EXAMPLE);
  // Caller*/Called* are the legacy duplicates of From*/To* seen in captured calls (§2.2).
  const rename = (fields: Record<string, string>, from_: string, to_: string): Record<string, string> =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(from_, to_), v]));
  return {
    AccountSid: makeSid('AC', random),
    ApiVersion: API_VERSION,
    CallSid: makeSid('CA', random),
    CallStatus: 'ringing',
    Direction: 'inbound',
    From: from,
    To: to,
    Caller: from,
    Called: to,
    ...fromGeo,
    ...toGeo,
    ...rename(fromGeo, 'From', 'Caller'),
    ...rename(toGeo, 'To', 'Called'),
  };
}

/**
 * Builds the parameters of an incoming webhook of `kind`.
 * @returns a fresh object; `overrides` are applied last (`undefined` deletes a key)
 */
export function buildSample(kind: SampleKind, options: SampleOptions = {}): Record<string, string> {
  const random = options.random ?? cryptoRandom;
  const params = kind === 'voice' ? voiceSample(options, random) : messageSample(kind, options, random);
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value === undefined) delete params[key];
    else params[key] = value;
  }
  return params;
}

/** True when `kind` is answered with Voice TwiML rather than Messaging TwiML. */
export function isVoice(kind: SampleKind): boolean {
  return kind === 'voice';
}
