/**
 * The caller's side of a scripted call (`twiml-sim URL --call --press 1 --dial-status busy ...`):
 * which answer each wait of the call gets, and the loop that plays them until the call ends.
 * Pure: the call is anything shaped like the engine's `Call`, so tests drive a fake.
 */
import type { CallAnswer, CallTurn, CallWait, DialStatus } from '../conversation/types';

/** What the script says to one <Gather>: keys pressed (--press) or words spoken (--speak). */
export type GatherAnswer = { kind: 'digits'; digits: string } | { kind: 'speech'; text: string };

/** The caller's script, as the command line gives it. */
export interface CallAnswers {
  /** One answer per <Gather>, in command-line order (--press and --speak share the list). */
  gather: GatherAnswer[];
  /** One outcome per <Dial> (--dial-status), in order. */
  dials: DialStatus[];
  /** The length of the message left at each <Record> (default {@link DEFAULT_RECORD_SECONDS}). */
  recordSeconds?: number;
  /** The caller says nothing: every <Gather> times out and every <Record> is empty. */
  noInput?: boolean;
}

/** Anything that holds a call the way the engine's `Call` does (webhook/src/conversation/call.ts). */
export interface CallLike {
  start(): Promise<CallTurn>;
  answer(answer: CallAnswer): Promise<CallTurn>;
  readonly ended: boolean;
  readonly waiting?: CallWait;
}

/** A <Record> with no --record-seconds gets a message this long. */
export const DEFAULT_RECORD_SECONDS = 5;

/**
 * The longest message a <Record> takes: "maxLength ... at most 14400 s" (four hours), the limit
 * without 24-hour calls (https://www.twilio.com/docs/voice/twiml/record#maxlength).
 */
export const MAX_RECORD_SECONDS = 4 * 60 * 60;

/** A call never runs more turns than this (an app that loops on <Gather>/<Redirect> forever). */
export const MAX_CALL_TURNS = 100;

/**
 * Chooses the caller's answers, one wait at a time. Keeps its place in the script, so the n-th
 * <Gather> gets the n-th --press/--speak whatever waits came between.
 */
export class CallAnswerPlan {
  private gathered = 0;
  private dialed = 0;
  /** True once a <Gather> has timed out for want of an answer: the next one gets a hang-up. */
  private timedOut = false;

  constructor(private readonly answers: CallAnswers) {}

  /** The answer to `wait`. */
  next(wait: CallWait): CallAnswer {
    switch (wait.verb) {
      case 'Gather':
        return this.gather();
      case 'Dial':
        // Nobody picks up a simulated <Dial>: DialCallStatus no-answer, as when the dialled party
        // lets it ring past `timeout` (https://www.twilio.com/docs/voice/twiml/dial#dialcallstatus-values).
        return { kind: 'dial', status: this.answers.dials[this.dialed++] ?? 'no-answer' };
      case 'Record': {
        // A silent caller leaves an empty recording: Twilio then moves on to the next verb
        // (https://www.twilio.com/docs/voice/twiml/record, "If no audio is recorded").
        const seconds = this.answers.noInput ? 0 : (this.answers.recordSeconds ?? DEFAULT_RECORD_SECONDS);
        return { kind: 'record', seconds };
      }
      default:
        // A wait the script does not know: the caller gives up rather than wait forever.
        return { kind: 'hangup' };
    }
  }

  private gather(): CallAnswer {
    const answer = this.answers.noInput ? undefined : this.answers.gather[this.gathered++];
    // Out of answers, the caller stays silent once: the <Gather> times out and the app gets its
    // chance to handle no input (https://www.twilio.com/docs/voice/twiml/gather#timeout). A second
    // <Gather> after that would wait forever (a menu that repeats itself), so the caller hangs up.
    if (answer) return answer.kind === 'digits' ? { kind: 'digits', digits: answer.digits } : { ...answer };
    if (this.timedOut) return { kind: 'hangup' };
    this.timedOut = true;
    return { kind: 'silence' };
  }
}

/**
 * Places `call` and answers each wait from `answers` until the call has ended. An answer the wait
 * does not accept (speech to a dtmf-only <Gather>) is given anyway: the engine reports what Twilio
 * would do with it. After {@link MAX_CALL_TURNS} turns the caller hangs up.
 * @returns every turn, the call itself first. Rejects only when the call does.
 */
export async function runCallScript(call: CallLike, answers: CallAnswers): Promise<CallTurn[]> {
  const plan = new CallAnswerPlan(answers);
  const turns: CallTurn[] = [await call.start()];
  for (;;) {
    const last = turns[turns.length - 1];
    const wait = last.waiting ?? call.waiting;
    if (last.ended || call.ended || !wait) return turns;
    const answer = turns.length >= MAX_CALL_TURNS - 1 ? { kind: 'hangup' as const } : plan.next(wait);
    const turn = await call.answer(answer);
    // The contract records the answer on its turn; fill it in for an engine that leaves it out,
    // since --save writes the steps back from it.
    turn.answer ??= answer;
    turns.push(turn);
    // A hang-up ends the call whatever the turn says; never answer again after one.
    if (answer.kind === 'hangup') return turns;
  }
}
