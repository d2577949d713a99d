/**
 * Generators of the large and hostile documents the stdio fuzzer (and `bench --only server`)
 * opens every Kth case: floods, deep nesting, entity bombs, huge host files. Each takes its size
 * as a parameter so unit tests can check the shape on small instances, and each is deterministic
 * (no randomness at all) so a run reproduces from its seed.
 */
import { generateTwiml } from '../bench/generate';

/** One large document kind: how to make it at full size, and the URI/language it is opened under. */
export interface LargeDocumentKind {
  name: string;
  /** File extension of the URI it is opened under (decides the host kind with the language id). */
  extension: string;
  languageId: string;
  /** The document at the size the issue names (5 MB, 10 MB, 10,000 literals, ...). */
  make: () => string;
}

/** Repeats `unit(i)` until `bytes` (UTF-16 units, equal to bytes for the ASCII used here) are reached. */
function fill(head: string, tail: string, bytes: number, unit: (index: number) => string, separator = ''): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let index = 0; size < bytes; index++) {
    const piece = (index > 0 ? separator : '') + unit(index);
    parts.push(piece);
    size += piece.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A `<Response>` holding nothing but `<Pause/>` elements, about `bytes` long. */
export function pauseFlood(bytes: number): string {
  return fill('<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n', '</Response>\n', bytes, () => '<Pause/>\n');
}

/** A realistic voice document (Say, Gather, Dial, ...) about `bytes` long: bench/generate's generator. */
export function largeTwiml(bytes: number): string {
  return generateTwiml(bytes, 'voice', 10);
}

/** `depth` nested `<Gather>` elements inside a `<Response>`: well-formed XML, wrong TwiML nesting. */
export function deepNesting(depth: number): string {
  return `<Response>${'<Gather>'.repeat(depth)}<Say>deep</Say>${'</Gather>'.repeat(depth)}</Response>\n`;
}

/** One `<Say>` with `count` distinct unknown attributes (well-formed: no name repeats). */
export function attributeFlood(count: number): string {
  const attributes: string[] = [];
  for (let i = 0; i < count; i++) attributes.push(`a${i}="v"`);
  return `<Response><Say ${attributes.join(' ')}>Hello</Say></Response>\n`;
}

/**
 * The "billion laughs" shape: `levels` entities, each ten references to the one below, used once
 * in a `<Say>`. Expanded it would be 3 × 10^levels characters: a parser that expands it loses.
 */
export function entityBomb(levels: number): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= levels; level++)
    entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE Response [\n  ${entities.join('\n  ')}\n]>\n<Response><Say>&lol${levels};</Say></Response>\n`;
}

/** A Python (Flask) file about `bytes` long: routes returning TwiML between plain functions. */
export function largePython(bytes: number): string {
  return fill('from flask import Flask, Response\n\napp = Flask(__name__)\n\n', '', bytes, (i) =>
    i % 4 === 0
      ? `@app.route("/voice/${i}", methods=["POST"])\ndef voice_${i}():\n    twiml = '<Response><Say voice="alice">Hello caller ${i}</Say><Gather numDigits="1" action="/menu/${i}"><Say>Press 1</Say></Gather></Response>'\n    return Response(twiml, mimetype="text/xml")\n\n`
      : `def helper_${i}(values):\n    total = 0\n    for value in values:\n        total += value * ${i}\n    return {"id": ${i}, "total": total, "label": "item ${i}"}\n\n`,
  );
}

/** A Python file with `count` module-level TwiML string literals, one a line. */
export function pythonLiterals(count: number): string {
  const lines = ['# Many TwiML literals'];
  for (let i = 0; i < count; i++)
    lines.push(`REPLY_${i} = "<Response><Message>Reply number ${i}</Message></Response>"`);
  return lines.join('\n') + '\n';
}

/** A PHP file about `bytes` long: functions echoing TwiML between plain ones. */
export function largePhp(bytes: number): string {
  return fill('<?php\nheader("Content-Type: text/xml");\n\n', '', bytes, (i) =>
    i % 4 === 0
      ? `function voice_${i}() {\n    echo '<Response><Say>Hello caller ${i}</Say><Hangup/></Response>';\n}\n\n`
      : `function helper_${i}($values) {\n    $total = 0;\n    foreach ($values as $value) { $total += $value * ${i}; }\n    return ['id' => ${i}, 'total' => $total];\n}\n\n`,
  );
}

/** A single-line minified Express app about `bytes` long: handlers sending TwiML, no newline at all. */
export function minifiedJs(bytes: number): string {
  return fill('"use strict";var e=require("express"),a=e();', 'a.listen(3e3);', bytes, (i) =>
    i % 3 === 0
      ? `a.post("/v${i}",function(q,r){r.type("text/xml");r.send("<Response><Say>Hi ${i}</Say></Response>")});`
      : `function f${i}(t){for(var n=0,o=0;o<t.length;o++)n+=t[o]*${i};return{id:${i},n:n}}`,
  );
}

const MB = 1_000_000;

/** The large documents of the stdio fuzzer, at the sizes of the issue, in the order they rotate. */
export const LARGE_DOCUMENTS: readonly LargeDocumentKind[] = [
  { name: '5 MB <Pause/> flood', extension: 'twiml', languageId: 'twiml', make: () => pauseFlood(5 * MB) },
  { name: '10 MB TwiML', extension: 'twiml', languageId: 'twiml', make: () => largeTwiml(10 * MB) },
  { name: '5,000-deep nesting', extension: 'twiml', languageId: 'twiml', make: () => deepNesting(5_000) },
  { name: 'attribute flood (100,000)', extension: 'twiml', languageId: 'twiml', make: () => attributeFlood(100_000) },
  { name: 'entity bomb (10 levels)', extension: 'twiml', languageId: 'twiml', make: () => entityBomb(10) },
  { name: '10 MB Python', extension: 'py', languageId: 'python', make: () => largePython(10 * MB) },
  { name: 'Python, 10,000 literals', extension: 'py', languageId: 'python', make: () => pythonLiterals(10_000) },
  { name: '10 MB PHP', extension: 'php', languageId: 'php', make: () => largePhp(10 * MB) },
  { name: '1 MB minified JS (one line)', extension: 'js', languageId: 'javascript', make: () => minifiedJs(MB) },
];
