/**
 * Server-side cost of one keystroke, in process: apply an incremental edit to a TextDocument (as
 * the server's TextDocuments does for incremental sync) and re-analyse + re-validate it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/languageService';
import { generateTwiml } from './generate';
import { median, quantile, timeMs } from './stats';

/**
 * What a user types: a new verb, character by character, at the end of the document. Every
 * intermediate state (`<Sa`, `<Say voice="Po`, ...) is broken XML, which is the realistic case.
 */
export const TYPED =
  '\n  <Say voice="Polly.Joanna" language="en-US">Your appointment is at 10 o\'clock &amp; lasts an hour.</Say>' +
  '\n  <Gather input="dtmf" numDigits="1" timeout="5"><Say>Press 1 to confirm, 2 to cancel.</Say></Gather>' +
  '\n  <Pause length="2"/>\n  <Play loop="1">https://example.com/a.mp3</Play>';

/** One keystroke edit: the range (in the current document) replaced and the new text. */
export interface Keystroke {
  offset: number;
  text: string;
}

/** The keystrokes that type {@link TYPED} before `</Response>` of `base`, `count` of them. */
export function keystrokes(base: string, count: number): Keystroke[] {
  const insertAt = base.lastIndexOf('</Response>');
  const strokes: Keystroke[] = [];
  for (let i = 0; i < count; i++)
    strokes.push({ offset: insertAt + (i % TYPED.length), text: TYPED[i % TYPED.length] });
  return strokes;
}

/** Result of the in-process keystroke benchmark. */
export interface KeystrokeResult {
  bytes: number;
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Process CPU time per keystroke (all threads, so GC helpers count): less sensitive to a busy machine than wall time. */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

/** Measures `count` keystrokes on a ~`bytes` document. */
export function measureKeystrokes(bytes = 5_000, count = 200): KeystrokeResult {
  const service = createLanguageService();
  const base = generateTwiml(bytes, 'voice', 3);
  const strokes = keystrokes(base, count);
  // A running server is warm: one untimed pass over the same keystrokes on a throwaway copy, so
  // the figures are steady-state rather than JIT compilation of the first calls.
  for (let pass = 0; pass < 2; pass++) {
    let warm = TextDocument.create('file:///warm.twiml', 'twiml', 1, base);
    for (let i = 0; i < strokes.length; i++) {
      if (i > 0 && i % TYPED.length === 0) warm = TextDocument.create('file:///warm.twiml', 'twiml', 1, base);
      warm = type(warm, strokes[i]);
      service.doValidation(warm, service.analyze(warm));
    }
  }
  let document = TextDocument.create('file:///keystroke.twiml', 'twiml', 1, base);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < strokes.length; i++) {
    // When the typed text wraps around, start over from the base document.
    if (i > 0 && i % TYPED.length === 0)
      document = TextDocument.create('file:///keystroke.twiml', 'twiml', document.version + 1, base);
    const stroke = strokes[i];
    const cpuBefore = process.cpuUsage();
    samples.push(
      timeMs(() => {
        document = type(document, stroke);
        service.doValidation(document, service.analyze(document));
      }),
    );
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    bytes: base.length,
    count,
    medianMs: median(samples),
    p95Ms: quantile(samples, 0.95),
    maxMs: Math.max(...samples),
    cpuMedianMs: median(cpu),
    cpuP95Ms: quantile(cpu, 0.95),
  };
}

function type(document: TextDocument, stroke: Keystroke): TextDocument {
  const position = document.positionAt(stroke.offset);
  return TextDocument.update(
    document,
    [{ range: { start: position, end: position }, text: stroke.text }],
    document.version + 1,
  );
}
