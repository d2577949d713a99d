/**
 * The human output of a conversation: it reads like a phone (what the texter sent, what the app
 * answered, with segments and encoding), then a compact request log and the turn's problems.
 */
import type { Turn } from '../conversation/types';
import { formatProblems, formatRequestLog, type FormatOptions } from './turnLog';

export type { FormatOptions } from './turnLog';

/** One turn as text: "You: ...", each "App: ...", the request log, the problems. */
export function formatTurn(turn: Turn, number: number, options: FormatOptions = {}): string {
  const lines: string[] = [`── Turn ${number} ──`, `You: ${turn.input.Body ?? ''}`];
  const numMedia = Number(turn.input.NumMedia ?? '0');
  for (let i = 0; i < numMedia; i++) lines.push(`     [media] ${turn.input[`MediaUrl${i}`]}`);
  if (turn.replies.length === 0) lines.push('App: (no reply)');
  for (const reply of turn.replies) {
    lines.push(`App: ${reply.body.replace(/\n/g, '\n     ')}`);
    for (const media of reply.media) lines.push(`     [media] ${media}`);
    const plural = reply.segments === 1 ? '' : 's';
    lines.push(`     (${reply.segments} segment${plural}, ${reply.encoding})`);
  }
  lines.push(...formatRequestLog(turn.requests, options), ...formatProblems(turn.problems));
  return lines.join('\n');
}
