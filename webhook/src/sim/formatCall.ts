/**
 * The human output of a call: it reads as a call script (what Twilio says and plays, each wait
 * with the caller's answer and the request it led to, how the call ended), each turn followed by
 * its compact request log and problems. Plain text: no colour, so it reads the same in a log.
 */
import type { CallAnswer, CallTurn, CallWait, VoiceItem } from '../conversation/types';
import { formatProblems, formatRequestLog, type FormatOptions } from './turnLog';

/**
 * The whole call as text. Turns are formatted together because a wait's line ("Gather ... → You
 * pressed 1 → POST /menu") is finished by the next turn: its answer and its first request.
 */
export function formatCall(turns: readonly CallTurn[], options: FormatOptions = {}): string {
  if (turns.length === 0) return '── Call (no turn) ──';
  const origin = originOf(turns[0].requests[0]?.url);
  const blocks = turns.map((turn, index) => {
    const lines = index === 0 ? [callHeader(turn)] : [];
    const next = turns[index + 1];
    lines.push(
      ...turn.voice.flatMap((item, i) => itemLines(item, origin, i === turn.voice.length - 1 ? turn : undefined, next)),
    );
    // A wait the voice log did not show (an engine that reports it only in `waiting`).
    if (turn.waiting && !endsWithWait(turn)) lines.push(waitLine(turn.waiting.verb, turn.waiting, origin, next));
    if (turn.ended) lines.push(endLine(turn));
    lines.push(...formatRequestLog(turn.requests, options), ...formatProblems(turn.problems));
    return lines.join('\n');
  });
  return blocks.join('\n');
}

/** "── Call +1415... → +1415... (POST http://127.0.0.1:5000/voice) ──" */
function callHeader(turn: CallTurn): string {
  const request = turn.requests[0];
  const target = request ? ` (${request.method} ${request.url.split('?')[0]})` : '';
  return `── Call ${turn.input.From ?? '?'} → ${turn.input.To ?? '?'}${target} ──`;
}

// The engine pushes the verb it waits on last; its `outcome` (filled in once answered) is told
// here by the wait line, from the next turn's answer and request.
function endsWithWait(turn: CallTurn): boolean {
  const last = turn.voice[turn.voice.length - 1];
  return last !== undefined && last.verb === turn.waiting?.verb;
}

/**
 * The lines of one voice item. `waitingTurn` is set for the turn's last item: when that item is
 * the verb the call waits on, its line ends with the caller's answer from `next`.
 */
function itemLines(
  item: VoiceItem,
  origin: string,
  waitingTurn: CallTurn | undefined,
  next: CallTurn | undefined,
): string[] {
  const nested = (item.nested ?? []).flatMap((child) => itemLines(child, origin, undefined, undefined));
  const wait = waitingTurn?.waiting;
  if (wait && item.verb === wait.verb) {
    // <Dial>'s nouns are who is called, not something heard: they go on the Dial line.
    return item.verb === 'Dial'
      ? [waitLine(item.verb, wait, origin, next, item)]
      : [...nested, waitLine(item.verb, wait, origin, next, item)];
  }
  if (item.notSimulated)
    return [`${item.verb}${attributeList(item.attributes)} (not simulated: ${item.outcome ?? 'skipped'})`];
  const loop = Number(item.attributes.loop ?? '1');
  switch (item.verb) {
    case 'Say': {
      const extras = [item.attributes.voice && `voice ${item.attributes.voice}`, item.attributes.language];
      if (loop !== 1) extras.push(loopText(loop));
      return [`Twilio: "${item.text ?? ''}" (${['Say', ...extras.filter(Boolean)].join(', ')})`];
    }
    case 'Play':
      return [`Twilio: ♪ ${item.url ?? item.text ?? ''} (Play${loop !== 1 ? ` ${loopText(loop)}` : ''})`];
    case 'Pause':
      // https://www.twilio.com/docs/voice/twiml/pause: `length` defaults to 1 second.
      return [`Twilio: … ${item.attributes.length ?? '1'} s pause`];
    case 'Hangup':
      return ['Twilio hangs up.'];
    case 'Reject':
      return [`Twilio rejects the call (${item.attributes.reason ?? 'rejected'}).`];
    case 'Redirect':
      return [`Redirect → ${item.attributes.method ?? 'POST'} ${shortUrl(item.url ?? item.text ?? '', origin)}`];
    case 'Dial':
      return [`${dialHead(item)}${outcomeText(item)}`];
    default:
      return [...nested, `${item.verb}${attributeList(item.attributes)}${outcomeText(item)}`];
  }
}

/** "Dial +14155550111 (timeout 20 s)": the nouns dialled, or the bare number in the text. */
function dialHead(item: VoiceItem): string {
  // A noun's `url` (TwiML the called party hears first) and `statusCallback` are shown, not run.
  const parties = (item.nested ?? []).map((noun) => {
    const shown = ['url', 'statusCallback'].filter((name) => noun.attributes[name]);
    const extras = shown.map((name) => `${name} ${noun.attributes[name]}`).join(', ');
    const who = noun.url ?? noun.text ?? noun.verb;
    return `${noun.notSimulated ? `${noun.verb} ${who} (not simulated)` : who}${extras ? ` [${extras}]` : ''}`;
  });
  if (parties.length === 0 && item.text) parties.push(item.text);
  return `Dial${parties.length > 0 ? ` ${parties.join(', ')}` : ''}${attributeList(item.attributes)}`;
}

function outcomeText(item: VoiceItem): string {
  return item.outcome ? ` → ${item.outcome}` : '';
}

/** "Gather (numDigits 1, timeout 5 s) → You pressed 1 → POST /menu". */
function waitLine(verb: string, wait: CallWait, origin: string, next: CallTurn | undefined, item?: VoiceItem): string {
  const head = verb === 'Dial' && item ? dialHead(item) : `${verb}${attributeList(wait.attributes)}`;
  if (!next) return `${head} → (still waiting)`;
  const parts = [head, next.answer ? describeAnswer(next.answer, wait) : 'answered'];
  const request = next.requests.find((r) => r.why !== 'status-callback');
  if (request) parts.push(`${request.method} ${shortUrl(request.url, origin)}`);
  return parts.join(' → ');
}

/** The caller's answer in words. */
export function describeAnswer(answer: CallAnswer, wait?: CallWait): string {
  switch (answer.kind) {
    case 'digits':
      return `You pressed ${answer.digits}`;
    case 'speech':
      return `You said "${answer.text}"`;
    case 'silence':
      // https://www.twilio.com/docs/voice/twiml/gather#timeout: 5 seconds unless set.
      return `You say nothing (timed out after ${wait?.attributes.timeout ?? '5'} s)`;
    case 'dial':
      return answer.status === 'completed' && answer.seconds !== undefined
        ? `completed (${answer.seconds} s)`
        : answer.status;
    case 'record':
      return answer.seconds > 0 ? `You left a message of ${answer.seconds} s` : 'You left an empty recording';
    case 'hangup':
      return 'You hang up';
  }
}

/** "Call ended after 47 s: hung up (status callback: completed)." */
function endLine(turn: CallTurn): string {
  const ended = turn.ended!;
  const suffix = ended.statusCallback ? ` (status callback: ${ended.statusCallback})` : '';
  return `Call ended after ${ended.durationSeconds} s: ${ended.reason.replace(/\.$/, '')}${suffix}.`;
}

/** "(numDigits 1, timeout 5 s)": the attributes that shape what happens, with units. */
function attributeList(attributes: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    // The action and method show as the request after the arrow; callbacks are noise here.
    if (/^(action|method)$|callback/i.test(name)) continue;
    if (name === 'maxLength') parts.push(`max ${value} s`);
    else if (name === 'loop') parts.push(loopText(Number(value)));
    else if (/^(timeout|length|timeLimit|speechTimeout)$/.test(name) && /^\d+$/.test(value))
      parts.push(`${name} ${value} s`);
    else parts.push(`${name} ${value}`);
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function loopText(loop: number): string {
  // https://www.twilio.com/docs/voice/twiml/say#attributes-loop: 0 repeats until the call ends.
  return loop === 0 ? '×∞' : `×${loop}`;
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/** A URL on the app's own origin as its path ("/menu"); others whole. */
function shortUrl(url: string, origin: string): string {
  if (origin && url.startsWith(`${origin}/`)) return url.slice(origin.length).split('?')[0];
  return url;
}
