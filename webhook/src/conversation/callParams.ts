/**
 * The parameters Twilio sends during a voice call: the inbound call, each verb's action request,
 * the recording and transcription callbacks, a dialed leg's status callback and the call's own
 * status callback at the end. Names and formats:
 * - https://www.twilio.com/docs/voice/twiml ("Twilio's request to your application": AccountSid,
 *   CallSid, From, To, CallStatus, ApiVersion, Direction, Caller/Called and the geographic fields;
 *   the same parameters go with every action request "after a TwiML verb has completed").
 * - https://www.twilio.com/docs/voice/twiml/gather (Digits; SpeechResult, Confidence),
 *   /record (RecordingUrl, RecordingSid, RecordingDuration, Digits; recordingStatusCallback,
 *   transcribeCallback), /dial (DialCallStatus, DialCallSid, DialCallDuration), /number
 *   (statusCallback of the dialed leg), https://www.twilio.com/docs/voice/api/call-resource
 *   (the call's status callback: CallStatus, CallDuration).
 */
import { makeSid, type RandomBytes } from '../replay/random';
import { buildSample } from '../replay/samples';
import type { DialStatus } from './types';

/** Who calls whom, fixed for a call. */
export interface Caller {
  from: string;
  to: string;
  accountSid: string;
  callSid: string;
}

/** The parameters of the inbound call: CallStatus `ringing`, Direction `inbound`. */
export function inboundCallParams(caller: Caller, random: RandomBytes): Record<string, string> {
  return buildSample('voice', {
    from: caller.from,
    to: caller.to,
    random,
    overrides: { AccountSid: caller.accountSid, CallSid: caller.callSid },
  });
}

/** The standard parameters of every later request of the call: the call is now `in-progress`. */
export function inProgressParams(inbound: Readonly<Record<string, string>>): Record<string, string> {
  return { ...inbound, CallStatus: 'in-progress' };
}

/** A <Gather>'s action request: the keys pressed, or the words heard. */
export function gatherParams(
  base: Readonly<Record<string, string>>,
  input: { digits?: string; speech?: { text: string; confidence: number } },
): Record<string, string> {
  const params = { ...base };
  if (input.digits !== undefined) params.Digits = input.digits;
  if (input.speech) {
    params.SpeechResult = input.speech.text;
    params.Confidence = String(input.speech.confidence);
  }
  return params;
}

/** A simulated recording, named as Twilio names its Recording resources. */
export interface Recording {
  sid: string;
  url: string;
  seconds: number;
}

/** A new recording of `seconds` on the caller's account. */
export function makeRecording(accountSid: string, seconds: number, random: RandomBytes): Recording {
  const sid = makeSid('RE', random);
  return { sid, url: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${sid}`, seconds };
}

/** A <Record>'s action request; Digits is the key that ended it, when one did. */
export function recordParams(
  base: Readonly<Record<string, string>>,
  recording: Recording,
  digits: string | undefined,
): Record<string, string> {
  const params: Record<string, string> = {
    ...base,
    RecordingUrl: recording.url,
    RecordingSid: recording.sid,
    RecordingDuration: String(recording.seconds),
  };
  if (digits !== undefined) params.Digits = digits;
  return params;
}

/** The `recordingStatusCallback` request once the recording is available. */
export function recordingStatusParams(caller: Caller, recording: Recording): Record<string, string> {
  return {
    AccountSid: caller.accountSid,
    CallSid: caller.callSid,
    RecordingSid: recording.sid,
    RecordingUrl: recording.url,
    RecordingStatus: 'completed',
    RecordingDuration: String(recording.seconds),
    RecordingChannels: '1',
    RecordingSource: 'RecordVerb',
  };
}

/** The `transcribeCallback` request once the transcription is ready. */
export function transcriptionParams(
  base: Readonly<Record<string, string>>,
  recording: Recording,
  text: string,
  random: RandomBytes,
): Record<string, string> {
  const sid = makeSid('TR', random);
  return {
    ...base,
    TranscriptionSid: sid,
    TranscriptionText: text,
    TranscriptionStatus: 'completed',
    TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${base.AccountSid}/Transcriptions/${sid}`,
    RecordingSid: recording.sid,
    RecordingUrl: recording.url,
  };
}

/** A <Dial>'s action request: how the dialed call ended, while the caller's call is in progress. */
export function dialActionParams(
  base: Readonly<Record<string, string>>,
  dial: { sid: string; status: DialStatus; seconds: number },
): Record<string, string> {
  return {
    ...base,
    DialCallStatus: dial.status,
    DialCallSid: dial.sid,
    DialCallDuration: String(dial.seconds),
  };
}

/** The dialed leg's `statusCallback` (on <Number>/<Client>/<Sip>) when it ends. */
export function dialedLegStatusParams(
  caller: Caller,
  leg: { sid: string; to: string; status: DialStatus; seconds: number },
): Record<string, string> {
  return {
    AccountSid: caller.accountSid,
    ApiVersion: '2010-04-01',
    CallSid: leg.sid,
    ParentCallSid: caller.callSid,
    CallStatus: leg.status,
    CallDuration: String(leg.seconds),
    Direction: 'outbound-dial',
    From: caller.from,
    To: leg.to,
    CallbackSource: 'call-progress-events',
    SequenceNumber: '0',
  };
}

/** The call's own status callback when it ends: `completed`, with its length in seconds. */
export function callEndParams(base: Readonly<Record<string, string>>, seconds: number): Record<string, string> {
  return { ...base, CallStatus: 'completed', CallDuration: String(seconds) };
}
