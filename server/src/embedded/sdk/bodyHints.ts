/**
 * Inlay hints and the length check on literal message bodies: what `resp.message("...")` and
 * `msg.body("...")` will cost to send. The counting is the one hover uses on TwiML
 * (shared/smsSegments.ts) and the limit is the one the <Message> rule enforces, so a body
 * gets the same verdict whether it is written as TwiML or built with the SDK.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import { countSegments } from '../../../../shared/smsSegments';
import { MAX_BODY } from '../../data/limits';
import { textArgument } from './arguments';
import { literalValue, type LiteralValue } from './literalValue';
import type { BuilderLanguage } from './syntax';
import type { BuilderFinding, BuilderHint } from './types';

/** The hint and, when the body is over Twilio's limit, the finding for one body argument. */
export function checkBody(
  language: BuilderLanguage,
  method: string,
  args: readonly Node[],
): { hint?: BuilderHint; finding?: BuilderFinding } {
  const argument = textArgument(language, method, args);
  const value = argument && literalValue(language, argument);
  if (!argument || !value) return {};
  return { hint: bodyHint(argument.endIndex, value), finding: tooLong(argument, value) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "42 chars · GSM-7 · 1 segment"; with placeholders, a lower bound ("at least 12 chars · ..."). */
export function bodyHint(offset: number, value: LiteralValue): BuilderHint {
  const info = countSegments(value.text);
  if (value.exact) {
    if (info.characters === 0)
      return { offset, label: 'empty body', tooltip: 'Twilio cannot send a message without a body or media.' };
    return {
      offset,
      label: `${plural(info.characters, 'char')} · ${info.encoding} · ${plural(info.segments, 'segment')}`,
      tooltip: `Sent as ${plural(info.segments, 'SMS segment')} in ${info.encoding}: ${segmentRule(info.encoding)}`,
    };
  }
  // A placeholder can only add characters, and can turn GSM-7 into UCS-2 but never back.
  const encoding = info.encoding === 'UCS-2' ? ' · UCS-2' : '';
  return {
    offset,
    label: `at least ${plural(info.characters, 'char')}${encoding} · at least ${plural(Math.max(info.segments, 1), 'segment')}`,
    tooltip:
      'Counts only the literal text: the placeholders are filled in at run time. ' +
      `${segmentRule(info.encoding)} A character outside GSM-7 in a placeholder switches the message to UCS-2.`,
  };
}

function segmentRule(encoding: 'GSM-7' | 'UCS-2'): string {
  return encoding === 'GSM-7'
    ? 'one segment holds 160 GSM-7 characters, 153 each when the message is split.'
    : 'one segment holds 70 UCS-2 characters, 67 each when the message is split.';
}

/** Error 21617 when the body, as the <Message> rule measures it, is over MAX_BODY. */
function tooLong(argument: Node, value: LiteralValue): BuilderFinding | undefined {
  // Measured like messagingRules.ts measures a <Message> body: trimmed, in UTF-16 units.
  const length = value.text.trim().length;
  if (length <= MAX_BODY) return undefined;
  const amount = value.exact ? `${length}` : `at least ${length}`;
  return {
    rule: 'message-body-too-long',
    range: { start: argument.startIndex, end: argument.endIndex },
    message: `The message body is ${amount} characters; Twilio's limit is ${MAX_BODY}. Shorten it or send it as several messages.`,
  };
}
