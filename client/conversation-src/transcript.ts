/**
 * Draws the transcript: text turns as bubbles (the texter's on the right, the app's replies on the
 * left, with media, characters, encoding and segments), Redirects and status callbacks as small
 * events between them, and call turns as a call script. Each turn ends with its request log
 * ("Send again", "Open reply"). Text only through textContent.
 */
import type { PhoneEntry } from '../../shared/conversationMessages';
import type { CallAnswer, CallTurn, RequestRecord, Turn, TurnProblem, VoiceItem } from '../../shared/turns';
import { button, h } from './dom';

/** What a click in the log asks the extension to do. */
export interface TranscriptActions {
  sendAgain(entry: number, request: number): void;
  openReply(entry: number, request: number): void;
}

const IMAGE = /\.(png|jpe?g|gif|webp)(\?|$)/i;

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + (parsed.search.length > 40 ? `${parsed.search.slice(0, 40)}…` : parsed.search);
  } catch {
    return url;
  }
}

function media(url: string): HTMLElement {
  // Images over http(s) only (the CSP allows nothing else); other media as their URL.
  if (/^https?:\/\//i.test(url) && IMAGE.test(url)) return h('img', { class: 'media', src: url, alt: `media ${url}` });
  return h('div', { class: 'media-link' }, `Media: ${url}`);
}

function problems(list: readonly TurnProblem[]): HTMLElement[] {
  return list.map((problem) =>
    h(
      'div',
      { class: `problem ${problem.severity}`, role: problem.severity === 'error' ? 'alert' : undefined },
      `${problem.severity === 'error' ? 'Error' : 'Warning'}${problem.code !== undefined ? ` ${problem.code}` : ''}: ${problem.message}`,
    ),
  );
}

function events(requests: readonly RequestRecord[]): HTMLElement[] {
  // The first request is the message or call itself; redirects and callbacks are events.
  return requests
    .slice(1)
    .filter((r) => r.why !== 'action')
    .map((r) => {
      const what =
        r.why === 'status-callback' ? 'status callback' : r.why === 'http-redirect' ? 'HTTP redirect' : '<Redirect>';
      return h('div', { class: 'event' }, `↪ ${what} ${r.method} ${pathOf(r.url)} · ${r.status ?? 'no answer'}`);
    });
}

function requestLog(requests: readonly RequestRecord[], entry: number, actions: TranscriptActions): HTMLElement {
  const rows = requests.map((r, index) => {
    const details = h(
      'details',
      { class: 'exchange' },
      h('summary', {}, 'headers and bodies'),
      h(
        'pre',
        {},
        Object.entries(r.requestHeaders ?? {})
          .map(([k, v]) => `> ${k}: ${v}`)
          .join('\n'),
      ),
      r.requestBody !== undefined ? h('pre', {}, `> ${r.requestBody}`) : undefined,
      r.responseBody !== undefined ? h('pre', {}, r.responseBody) : undefined,
      r.error !== undefined ? h('pre', {}, `no answer: ${r.error}`) : undefined,
    );
    return h(
      'li',
      {},
      h(
        'span',
        { class: 'request-line' },
        `${r.method} ${pathOf(r.url)} · ${r.status ?? 'no answer'} · ${r.ms} ms · ${r.why}`,
      ),
      ' ',
      button('Send again', () => actions.sendAgain(entry, index), {
        class: 'link',
        title: `${r.method} ${r.url} again, exactly as it went`,
      }),
      r.responseBody !== undefined
        ? button('Open reply', () => actions.openReply(entry, index), {
            class: 'link',
            title: 'Open the answer as a read-only document',
          })
        : undefined,
      details,
    );
  });
  return h('details', { class: 'log' }, h('summary', {}, `Requests (${requests.length})`), h('ul', {}, ...rows));
}

function textTurn(
  sent: { body: string; media?: readonly string[] },
  turn: Turn,
  index: number,
  actions: TranscriptActions,
): HTMLElement {
  const out = h(
    'div',
    { class: 'bubble out', 'aria-label': 'You sent' },
    h('div', { class: 'body' }, sent.body),
    ...(sent.media ?? []).map(media),
  );
  const replies = turn.replies.map((reply) =>
    h(
      'div',
      { class: 'bubble in', 'aria-label': 'The app replied' },
      h('div', { class: 'body' }, reply.body),
      ...reply.media.map(media),
      h(
        'div',
        { class: 'meta' },
        `${[...reply.body].length} chars · ${reply.encoding} · ${reply.segments} segment${reply.segments === 1 ? '' : 's'}`,
      ),
    ),
  );
  return h(
    'section',
    { class: 'turn' },
    out,
    ...events(turn.requests),
    ...(replies.length > 0 ? replies : [h('div', { class: 'event' }, 'no reply')]),
    ...problems(turn.problems),
    requestLog(turn.requests, index, actions),
  );
}

/** The caller's answer in words. */
export function answerText(answer: CallAnswer): string {
  switch (answer.kind) {
    case 'digits':
      return `You pressed ${answer.digits}`;
    case 'speech':
      return `You said “${answer.text}”`;
    case 'silence':
      return 'You said nothing';
    case 'dial':
      return `The dialed party: ${answer.status}`;
    case 'record':
      return answer.seconds > 0 ? `You left a message of ${answer.seconds} s` : 'You left an empty recording';
    case 'hangup':
      return 'You hung up';
  }
}

function attributesText(item: VoiceItem): string {
  const shown = Object.entries(item.attributes).filter(([name]) => !/^(action|method)$/.test(name));
  return shown.length > 0 ? ` (${shown.map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
}

function voiceLine(item: VoiceItem): HTMLElement {
  const nested = (item.nested ?? []).map((child) => h('div', { class: 'nested' }, voiceLine(child)));
  // The engine names full URLs; the app's own paths read better here.
  const outcome = item.outcome
    ? h('span', { class: 'outcome' }, ` → ${item.outcome.replace(/https?:\/\/[^\s/]+(\/\S*)/g, '$1')}`)
    : undefined;
  let text: string;
  switch (item.verb) {
    case 'Say':
      text = `Twilio: “${item.text ?? ''}”${item.attributes.voice ? ` (${item.attributes.voice})` : ''}`;
      break;
    case 'Play':
      text = `♪ ${item.url ?? ''}${item.attributes.loop ? ` ×${item.attributes.loop}` : ''}`;
      break;
    case 'Pause':
      text = `… pause ${item.attributes.length ?? '1'} s`;
      break;
    default:
      text = `${item.verb}${item.url ? ` ${item.url}` : ''}${attributesText(item)}`;
  }
  return h(
    'div',
    { class: `voice ${item.notSimulated ? 'not-simulated' : ''} verb-${item.verb}` },
    text,
    outcome,
    ...nested,
  );
}

function callTurn(
  turn: CallTurn,
  starts: boolean,
  index: number,
  last: boolean,
  actions: TranscriptActions,
): HTMLElement {
  const first = turn.requests[0];
  return h(
    'section',
    { class: 'turn call' },
    starts && first
      ? h('div', { class: 'event call-start' }, `Calling ${first.method} ${pathOf(first.url)}`)
      : undefined,
    turn.answer ? h('div', { class: 'bubble out' }, answerText(turn.answer)) : undefined,
    ...turn.voice.map(voiceLine),
    // Only the last turn still waits; an earlier one's wait has its outcome on the verb's line.
    turn.waiting && last ? h('div', { class: 'event waiting' }, `Waiting at <${turn.waiting.verb}>`) : undefined,
    turn.ended
      ? h('div', { class: 'event ended' }, `Call ended after ${turn.ended.durationSeconds} s: ${turn.ended.reason}`)
      : undefined,
    ...problems(turn.problems),
    turn.requests.length > 0 ? requestLog(turn.requests, index, actions) : undefined,
  );
}

/** All entries, in order. */
export function renderTranscript(entries: readonly PhoneEntry[], actions: TranscriptActions): HTMLElement[] {
  return entries.map((entry, index) =>
    entry.mode === 'text'
      ? textTurn(entry.sent, entry.turn, index, actions)
      : callTurn(entry.turn, entry.starts, index, index === entries.length - 1, actions),
  );
}
