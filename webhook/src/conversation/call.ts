/**
 * A caller's phone call to a local app, held as Twilio holds it: a signed inbound-call webhook,
 * then the app's voice TwiML run verb by verb. The call stops where Twilio would wait for the
 * caller (<Gather>, <Record>) or for the dialed party (<Dial>); {@link Call.answer} gives what
 * happened there, and the call goes on: the verb's action request with Twilio's parameters, or
 * the next verb when Twilio falls through. Cookies are kept for the call alone ("Twilio accepts
 * HTTP cookies and will include them in each request", https://www.twilio.com/docs/voice/twiml),
 * apart from any SMS conversation between the same numbers. Pure Node; the HTTP is injected.
 * Sources per verb: https://www.twilio.com/docs/voice/twiml/gather, /record, /dial, /redirect,
 * /hangup, /reject, /say, /play, /pause.
 */
import { CookieJar } from '../replay/cookies';
import type { StoredCookie } from '../replay/setCookie';
import { cryptoRandom, makeSid, type RandomBytes } from '../replay/random';
import { DEFAULT_ACCOUNT_SID, DEFAULT_FROM, DEFAULT_TO } from '../replay/samples';
import type { VerbRequest, VoiceStep } from '../../../shared/replyReading';
import {
  callEndParams,
  dialActionParams,
  dialedLegStatusParams,
  gatherParams,
  inboundCallParams,
  inProgressParams,
  makeRecording,
  recordingStatusParams,
  recordParams,
  transcriptionParams,
  type Caller,
} from './callParams';
import { MAX_DOCUMENTS } from './conversation';
import { httpTransport } from './httpTransport';
import { resolveUrl, WebhookSession, type Planned } from './session';
import type { CallAnswer, CallOptions, CallTurn, CallWait, DialStatus, VoiceItem } from './types';

/** What each waiting verb accepts (hanging up is always possible). */
const ACCEPTS: Readonly<Record<CallWait['verb'], Array<CallAnswer['kind']>>> = {
  Gather: ['digits', 'speech', 'silence', 'hangup'],
  Record: ['record', 'hangup'],
  Dial: ['dial', 'hangup'],
};

/** A dialed party who answers talks this long unless the answer says otherwise (seconds). */
const DEFAULT_DIAL_SECONDS = 42;
/** Speech read out at about 150 words a minute, for the call's estimated length. */
const WORDS_PER_SECOND = 2.5;

/** The document being run and where in it the call is. */
interface Program {
  steps: VoiceStep[];
  next: number;
  /** The document's URL: where an action without a URL goes ("the current document"). */
  url: string;
}

/** One phone call. {@link start} it, then {@link answer} each time it waits, until it has ended. */
export class Call {
  private readonly session: WebhookSession;
  private readonly caller: Caller;
  private readonly random: RandomBytes = cryptoRandom;
  private inbound: Record<string, string> = {};
  private program: Program | undefined;
  private waitingStep: VoiceStep | undefined;
  private over = false;
  private started = false;
  /** Estimated seconds the call has lasted. */
  private seconds = 0;
  /** Documents fetched since the caller last chose something (keys, speech, a dial outcome). */
  private documents = 0;

  constructor(readonly options: CallOptions) {
    this.caller = {
      from: options.from ?? DEFAULT_FROM,
      to: options.to ?? DEFAULT_TO,
      accountSid: options.accountSid ?? DEFAULT_ACCOUNT_SID,
      callSid: makeSid('CA', this.random),
    };
    this.session = new WebhookSession({
      transport: options.transport ?? httpTransport,
      authToken: options.authToken,
      // One jar per call, keyed by its CallSid: a call's cookies are its own.
      cookieKey: this.caller.callSid,
      jar: new CookieJar({ now: options.now }),
      dialect: 'voice',
      reader: options.reader,
      random: this.random,
      timeoutMs: options.timeoutMs,
    });
  }

  /** The cookies the app has set and Twilio would send back, for display. */
  cookies(): StoredCookie[] {
    return this.session.cookies();
  }

  /** Forgets the cookies, as if the idle expiry had passed. */
  clearCookies(): void {
    this.session.clearCookies();
  }

  /** What the call waits for, while it waits. */
  get waiting(): CallWait | undefined {
    return this.waitingStep && !this.over ? waitOf(this.waitingStep) : undefined;
  }

  /** True once the call is over (hung up, out of verbs, failed). */
  get ended(): boolean {
    return this.over;
  }

  /** Places the call (signed inbound request) and runs until it waits for the caller or ends. Never rejects. */
  async start(): Promise<CallTurn> {
    if (this.started) {
      const turn = newTurn({});
      turn.problems.push({ severity: 'error', message: 'This call has already been placed; start a new Call.' });
      return this.finishTurn(turn);
    }
    this.started = true;
    this.inbound = inboundCallParams(this.caller, this.random);
    const turn = newTurn(this.inbound);
    await this.run(turn, {
      method: this.options.method ?? 'POST',
      url: this.options.url,
      params: this.inbound,
      why: 'inbound',
    });
    return this.finishTurn(turn);
  }

  /** The caller's answer to what the call waits for; runs until the next wait or the end. Never rejects. */
  async answer(answer: CallAnswer): Promise<CallTurn> {
    const turn = newTurn({});
    turn.answer = answer;
    const step = this.waitingStep;
    if (this.over || !step) {
      const why = this.over ? 'the call has ended' : 'the call has not been placed yet (start it first)';
      turn.problems.push({ severity: 'error', message: `Nothing to answer: ${why}.` });
      return this.finishTurn(turn);
    }
    if (answer.kind === 'hangup') {
      step.item.outcome = 'the caller hung up';
      await this.end(turn, 'The caller hung up.');
      return this.finishTurn(turn);
    }
    const wait = waitOf(step);
    if (!wait.accepts.includes(answer.kind)) {
      turn.problems.push({
        severity: 'error',
        message: `The call waits at <${wait.verb}>, which takes ${wait.accepts.join(', ')}, not ${answer.kind}.`,
      });
      turn.waiting = wait;
      return this.finishTurn(turn);
    }
    this.waitingStep = undefined;
    if (step.verb === 'Gather') await this.answerGather(step, answer, turn);
    else if (step.verb === 'Record' && answer.kind === 'record') await this.answerRecord(step, answer, turn);
    else if (step.verb === 'Dial' && answer.kind === 'dial')
      await this.answerDial(step, answer.status, answer.seconds, turn);
    return this.finishTurn(turn);
  }

  /**
   * <Gather>: "When the <Gather> verb ends, if Twilio has received any input from the caller,
   * Twilio sends an HTTP request to this URL"; without input "the call flow in the original TwiML
   * document continues, unless actionOnEmptyResult is set to true"; keys are collected until
   * `finishOnKey` (default #, not sent) or `numDigits` keys.
   */
  private async answerGather(step: VoiceStep, answer: CallAnswer, turn: CallTurn): Promise<void> {
    const attributes = step.item.attributes;
    const input = (attributes.input ?? 'dtmf').toLowerCase().split(/\s+/);
    const timeout = positive(attributes.timeout) ?? 5;
    let digits: string | undefined;
    let speech: { text: string; confidence: number } | undefined;
    if (answer.kind === 'digits') {
      if (input.includes('dtmf')) digits = collectDigits(answer.digits, attributes);
      else
        turn.problems.push({
          severity: 'warning',
          message: `This <Gather> listens for speech only (input="${attributes.input}"): the keys ${answer.digits} are ignored.`,
        });
    } else if (answer.kind === 'speech') {
      if (input.includes('speech')) speech = { text: answer.text, confidence: answer.confidence ?? 0.9 };
      else
        turn.problems.push({
          severity: 'warning',
          message: `This <Gather> listens for keys only (input="${attributes.input ?? 'dtmf'}", the default): the words "${answer.text}" are ignored. Add input="dtmf speech" to hear them.`,
        });
    }
    const heard = digits ? `pressed ${digits}` : speech ? `said "${speech.text}"` : undefined;
    const request = step.requests.find((r) => r.attribute === 'action' || r.url === '');
    const emptyPosts = (attributes.actionOnEmptyResult ?? '').trim().toLowerCase() === 'true';
    if (!heard && !emptyPosts) {
      this.seconds += timeout;
      step.item.outcome = `no input (timeout ${timeout} s): Twilio goes on to the next verb`;
      await this.run(turn);
      return;
    }
    if (heard) this.documents = 0;
    else this.seconds += timeout;
    const next = this.actionRequest(
      request,
      gatherParams(this.base(), { digits: digits ?? (heard ? undefined : ''), speech }),
    );
    step.item.outcome = `${heard ?? `no input (timeout ${timeout} s), actionOnEmptyResult`} → ${next.method} ${next.url}`;
    turn.input = next.params;
    await this.run(turn, next);
  }

  /**
   * <Record>: once recorded, Twilio requests `action` (default: the current document) and
   * continues with its TwiML; `recordingStatusCallback` hears when the recording is available and
   * `transcribeCallback` gets the transcription. "If Twilio receives an empty recording, it will
   * not make a request to the action URL" and goes on with the next verb (the older page's rule).
   */
  private async answerRecord(
    step: VoiceStep,
    answer: Extract<CallAnswer, { kind: 'record' }>,
    turn: CallTurn,
  ): Promise<void> {
    const attributes = step.item.attributes;
    const maxLength = positive(attributes.maxLength) ?? 3600;
    const seconds = Math.min(Math.max(0, Math.round(answer.seconds)), maxLength);
    this.seconds += seconds;
    if (seconds === 0) {
      step.item.outcome = 'empty recording: Twilio goes on to the next verb';
      await this.run(turn);
      return;
    }
    const recording = makeRecording(this.caller.accountSid, seconds, this.random);
    const cut = seconds < answer.seconds ? ` (cut at maxLength ${maxLength} s)` : '';
    const next = this.actionRequest(
      step.requests.find((r) => r.attribute === 'action'),
      recordParams(this.base(), recording, answer.digits),
    );
    step.item.outcome = `recorded ${seconds} s${cut} → ${next.method} ${next.url}`;
    turn.input = next.params;
    const callbacks: Planned[] = [];
    for (const request of step.requests) {
      if (request.attribute === 'recordingStatusCallback')
        callbacks.push(this.callback(request, recordingStatusParams(this.caller, recording)));
      if (request.attribute === 'transcribeCallback') {
        const text = answer.transcript ?? '(simulated transcription of the message)';
        callbacks.push(this.callback(request, transcriptionParams(this.base(), recording, text, this.random)));
      }
    }
    await this.run(turn, next, callbacks);
  }

  /**
   * <Dial>: with `action`, Twilio requests it when the dialed call ends (DialCallStatus,
   * DialCallSid, DialCallDuration) and continues with its TwiML; without, "<Dial> will finish and
   * Twilio will move on to the next TwiML verb". Each noun's `statusCallback` hears the dialed
   * leg end.
   */
  private async answerDial(
    step: VoiceStep,
    status: DialStatus,
    given: number | undefined,
    turn: CallTurn,
  ): Promise<void> {
    this.documents = 0;
    const seconds = status === 'completed' ? Math.max(0, Math.round(given ?? DEFAULT_DIAL_SECONDS)) : 0;
    this.seconds += status === 'completed' ? seconds : (positive(step.item.attributes.timeout) ?? 30);
    const sid = makeSid('CA', this.random);
    const callbacks: Planned[] = [];
    step.nounRequests.forEach((requests, index) => {
      const noun = step.item.nested?.[index];
      for (const request of requests) {
        if (request.attribute !== 'statusCallback' || !noun) continue;
        const leg = { sid, to: noun.url ?? '', status, seconds };
        callbacks.push(this.callback(request, dialedLegStatusParams(this.caller, leg)));
      }
    });
    const request = step.requests.find((r) => r.attribute === 'action');
    const lasted = status === 'completed' ? ` after ${seconds} s` : '';
    if (!request) {
      step.item.outcome = `${status}${lasted}: no action, Twilio goes on to the next verb`;
      for (const callback of callbacks) await this.session.fetch(callback, turn, 'warning');
      await this.run(turn);
      return;
    }
    const next = this.actionRequest(request, dialActionParams(this.base(), { sid, status, seconds }));
    step.item.outcome = `${status}${lasted} → ${next.method} ${next.url}`;
    turn.input = next.params;
    await this.run(turn, next, callbacks);
  }

  /**
   * Runs the call: fetches `next` (then sends `callbacks`), and runs verbs until one waits or the
   * call ends. Without `next`, goes on with the current document's next verb.
   */
  private async run(turn: CallTurn, next?: Planned, callbacks: Planned[] = []): Promise<void> {
    for (;;) {
      if (next) {
        if (++this.documents > MAX_DOCUMENTS) {
          turn.problems.push({
            severity: 'error',
            message: `More than ${MAX_DOCUMENTS} TwiML documents without the caller choosing anything (the last one asked for ${next.method} ${next.url}): a <Record> or <Redirect> loop? A real caller would be stuck here; the simulator hangs up.`,
          });
          await this.end(turn, `Stopped after ${MAX_DOCUMENTS} documents without caller input.`);
          return;
        }
        const fetched = await this.session.fetch(next, turn, 'error');
        for (const callback of callbacks.splice(0)) await this.session.fetch(callback, turn, 'warning');
        next = undefined;
        const read =
          fetched.text === undefined
            ? undefined
            : await this.options.reader.readVoice(fetched.text, fetched.documentUrl);
        if (read) turn.problems.push(...read.problems);
        if (!read?.steps) {
          // https://www.twilio.com/docs/api/errors/11200, 12100: the caller hears "An application
          // error has occurred" and Twilio ends the call.
          await this.end(
            turn,
            'Twilio could not run the answer: the caller hears "An application error has occurred" and the call ends.',
          );
          return;
        }
        this.program = { steps: read.steps, next: 0, url: fetched.documentUrl };
      }
      const program = this.program!;
      const step = program.steps[program.next++];
      if (!step) {
        await this.end(turn, 'No more verbs: Twilio ends the call.');
        return;
      }
      turn.voice.push(step.item);
      switch (step.kind) {
        case 'heard':
          this.seconds += heardSeconds(step.item);
          continue;
        case 'wait':
          // A <Gather>'s prompts are heard while it listens.
          for (const prompt of step.item.nested ?? []) this.seconds += heardSeconds(prompt);
          this.waitingStep = step;
          return;
        case 'redirect': {
          const request = step.requests.find((r) => r.purpose === 'document');
          if (!request) continue; // an empty <Redirect> was judged by the language service
          next = {
            method: request.method,
            url: resolveUrl(request.url, program.url),
            params: this.base(),
            why: 'redirect',
          };
          step.item.outcome = `${next.method} ${next.url}`;
          continue;
        }
        case 'end':
          step.item.outcome = step.verb === 'Reject' ? 'Twilio rejects the call' : 'Twilio hangs up';
          await this.end(turn, step.verb === 'Reject' ? 'Rejected by <Reject>.' : 'Hung up by <Hangup>.');
          return;
        case 'unsimulated-end':
          await this.end(turn, `The simulation stops at <${step.verb}>, which it does not run.`);
          return;
        case 'unsimulated-continue':
          continue;
      }
    }
  }

  /** Ends the call and tells the number's status callback, as Twilio does once a call completes. */
  private async end(turn: CallTurn, reason: string): Promise<void> {
    this.over = true;
    this.waitingStep = undefined;
    turn.ended = { reason, durationSeconds: Math.round(this.seconds) };
    const url = this.options.statusCallback;
    if (!url) return;
    const params = callEndParams(this.base(), Math.round(this.seconds));
    turn.ended.statusCallback = params.CallStatus;
    const planned: Planned = {
      method: this.options.statusCallbackMethod ?? 'POST',
      url: resolveUrl(url, this.options.url),
      params,
      why: 'status-callback',
    };
    await this.session.fetch(planned, turn, 'warning');
  }

  /** The standard parameters of the call once answered. */
  private base(): Record<string, string> {
    return inProgressParams(this.inbound);
  }

  /** The request of a verb's action (the current document when it names none). */
  private actionRequest(request: VerbRequest | undefined, params: Record<string, string>): Planned {
    const url = resolveUrl(request?.url ?? '', this.program?.url ?? this.options.url);
    return { method: request?.method ?? 'POST', url, params, why: 'action' };
  }

  private callback(request: VerbRequest, params: Record<string, string>): Planned {
    return {
      method: request.method,
      url: resolveUrl(request.url, this.program?.url ?? this.options.url),
      params,
      why: 'status-callback',
    };
  }

  private finishTurn(turn: CallTurn): CallTurn {
    const wait = this.waiting;
    if (wait) turn.waiting = wait;
    return turn;
  }
}

function newTurn(input: Record<string, string>): CallTurn {
  return { input, replies: [], requests: [], problems: [], voice: [] };
}

function waitOf(step: VoiceStep): CallWait {
  const verb = step.verb as CallWait['verb'];
  return { verb, accepts: ACCEPTS[verb], attributes: step.item.attributes };
}

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** The keys a <Gather> keeps: up to `finishOnKey` (default #, "" for none), at most `numDigits`. */
function collectDigits(pressed: string, attributes: Record<string, string>): string | undefined {
  const finishOnKey = attributes.finishOnKey ?? '#';
  // 'w' is a half-second pause between keys, not a key.
  let digits = pressed.replace(/w/gi, '');
  const at = finishOnKey ? digits.indexOf(finishOnKey) : -1;
  if (at !== -1) digits = digits.slice(0, at);
  const numDigits = positive(attributes.numDigits);
  if (numDigits !== undefined) digits = digits.slice(0, Math.floor(numDigits));
  return digits || undefined;
}

/** Roughly how long the caller listens to a <Say> or <Pause> (a <Play>'s length is unknown: 0). */
function heardSeconds(item: VoiceItem): number {
  const { verb, attributes, text } = item;
  if (verb === 'Pause') return positive(attributes.length) ?? 1;
  if (verb !== 'Say' || !text) return 0;
  const loops = positive(attributes.loop) ?? 1;
  return (text.split(/\s+/).length / WORDS_PER_SECOND) * loops;
}
