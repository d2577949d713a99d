import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureLanguage, parserFor } from '../../server/src/embedded/code/treeSitter';
import {
  analyzeBuilderCalls,
  type BuilderAnalysis,
  type BuilderLanguage,
} from '../../server/src/embedded/sdk/builderCalls';
import { decodeEscapes } from '../../server/src/embedded/sdk/literalValue';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/embedded/sdk');

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

async function analyze(language: BuilderLanguage, text: string): Promise<BuilderAnalysis> {
  await ensureLanguage(language);
  const tree = parserFor(language)!.parse(text)!;
  try {
    return analyzeBuilderCalls(language, text, tree);
  } finally {
    tree.delete();
  }
}

/** Offset just after the only occurrence of `snippet` in `text`. */
function after(text: string, snippet: string): number {
  const at = text.indexOf(snippet);
  assert.ok(at >= 0, `${snippet} not in the fixture`);
  assert.equal(text.indexOf(snippet, at + 1), -1, `${snippet} occurs twice in the fixture`);
  return at + snippet.length;
}

/** [start, end) of the only occurrence of `snippet` in `text`. */
function span(text: string, snippet: string): { start: number; end: number } {
  const end = after(text, snippet);
  return { start: end - snippet.length, end };
}

function labels(result: BuilderAnalysis): { offset: number; label: string }[] {
  return result.hints.map(({ offset, label }) => ({ offset, label }));
}

test('Flask quickstart: every literal body passed to message() and body() gets its count', async () => {
  const text = fixture('flask_quickstart.py');
  const result = await analyze('python', text);
  assert.deepEqual(labels(result), [
    { offset: after(text, '"The Robots are coming! Head for the hills!"'), label: '42 chars · GSM-7 · 1 segment' },
    { offset: after(text, 'msg.body("Thanks for writing.")') - 1, label: '19 chars · GSM-7 · 1 segment' },
    // "\u00e9" is one character once decoded; the emoji makes it UCS-2.
    { offset: after(text, '"Caf\\u00e9 opens at 9 ☕"'), label: '17 chars · UCS-2 · 1 segment' },
    { offset: after(text, 'body="Reply STOP to opt out."'), label: '22 chars · GSM-7 · 1 segment' },
    { offset: after(text, "literals\n                 'friend'"), label: '19 chars · GSM-7 · 1 segment' },
    { offset: after(text, 'f"Hi {name}, your order has shipped"'), label: 'at least 27 chars · at least 1 segment' },
    { offset: after(text, "'Chained body'"), label: '12 chars · GSM-7 · 1 segment' },
  ]);
  assert.deepEqual(result.findings, []);
  assert.equal(
    result.hints[0].tooltip,
    'Sent as 1 SMS segment in GSM-7: one segment holds 160 GSM-7 characters, 153 each when the message is split.',
  );
  assert.match(result.hints[5].tooltip ?? '', /^Counts only the literal text/);
});

test("Express app: require('twilio').twiml, attributes before the body, body(), template and + literals", async () => {
  const text = fixture('express_app.js');
  const result = await analyze('javascript', text);
  assert.deepEqual(labels(result), [
    { offset: after(text, "'The Robots are coming! Head for the hills!'"), label: '42 chars · GSM-7 · 1 segment' },
    { offset: after(text, '"Got it \\u2014 we\'re on it"'), label: '20 chars · UCS-2 · 1 segment' },
    { offset: after(text, '`Your code is ${req.body.Code}`'), label: 'at least 13 chars · at least 1 segment' },
    { offset: after(text, "'Part one, ' + 'part two'"), label: '18 chars · GSM-7 · 1 segment' },
  ]);
  assert.deepEqual(result.findings, []);
});

for (const language of ['typescript', 'tsx'] as const) {
  test(`${language}: import twilio from 'twilio' and new twilio.twiml.MessagingResponse()`, async () => {
    const text = fixture('esm_handler.ts.txt');
    const result = await analyze(language, text);
    assert.deepEqual(labels(result), [
      { offset: after(text, "'Typed body'"), label: '10 chars · GSM-7 · 1 segment' },
      { offset: after(text, "'after the redirect'"), label: '18 chars · GSM-7 · 1 segment' },
    ]);
    assert.deepEqual(result.findings, [
      {
        rule: 'unreachable-verb',
        range: span(text, "twiml.message('after the redirect')"),
        message: 'Twilio never runs this: <Redirect> on line 8 hands control to /next first.',
      },
    ]);
  });
}

test('a 1,700-character literal body is error 21617 on the literal', async () => {
  const text = fixture('long_body.py');
  const result = await analyze('python', text);
  const literal = text.slice(text.indexOf('"Lorem'), text.indexOf('")') + 1);
  assert.equal(literal.length, 1702);
  assert.deepEqual(labels(result), [{ offset: after(text, literal), label: '1700 chars · GSM-7 · 12 segments' }]);
  assert.deepEqual(result.findings, [
    {
      rule: 'message-body-too-long',
      range: span(text, literal),
      message:
        "The message body is 1700 characters; Twilio's limit is 1600. Shorten it or send it as several messages.",
    },
  ]);
});

test('a JS body of 1,600 characters is allowed, 1,601 is not', async () => {
  const source = (length: number): string =>
    `const twilio = require('twilio');\nconst t = new twilio.twiml.MessagingResponse();\nt.message('${'a'.repeat(length)}');\n`;
  assert.deepEqual((await analyze('javascript', source(1600))).findings, []);
  assert.deepEqual(
    (await analyze('javascript', source(1601))).findings.map((f) => f.rule),
    ['message-body-too-long'],
  );
});

test('calls on the response after redirect() in straight-line code are flagged, on the line of the redirect', async () => {
  const text = fixture('after_redirect.py');
  const result = await analyze('python', text);
  assert.deepEqual(result.findings, [
    {
      rule: 'unreachable-verb',
      range: span(text, 'resp.message("never sent")'),
      message: 'Twilio never runs this: <Redirect> on line 8 hands control to /next first.',
    },
    {
      rule: 'unreachable-verb',
      range: span(text, 'response.say("You will not hear this")'),
      message: 'Twilio never runs this: <Redirect> on line 17 hands control to another URL first.',
    },
  ]);
});

test('a redirect inside an if, or a call inside a branch after the redirect, is not flagged', async () => {
  const result = await analyze('python', fixture('redirect_in_if.py'));
  assert.deepEqual(result.findings, []);
  assert.equal(result.hints.length, 2);
});

test('Node VoiceResponse: say() after redirect() is flagged; nothing past the following if is', async () => {
  const text = fixture('redirect_node.js');
  const result = await analyze('javascript', text);
  assert.deepEqual(result.hints, []);
  assert.deepEqual(
    result.findings.map((f) => ({ range: f.range, message: f.message })),
    [
      {
        range: span(text, "twiml.say('Never heard')"),
        message: 'Twilio never runs this: <Redirect> on line 6 hands control to /next first.',
      },
    ],
  );
});

test('message() on other objects, and on a variable that is rebound, is not hinted', async () => {
  const text = fixture('not_twilio.py');
  const result = await analyze('python', text);
  assert.deepEqual(labels(result), [{ offset: after(text, '"Real reply"'), label: '10 chars · GSM-7 · 1 segment' }]);
  assert.deepEqual(result.findings, []);
});

test('a file that does not import twilio, or never names a response class, yields nothing', async () => {
  const lookalike = 'from mylib import MessagingResponse\nresp = MessagingResponse()\nresp.message("x")\n';
  assert.deepEqual(await analyze('python', lookalike), { hints: [], findings: [] });
  assert.deepEqual(await analyze('javascript', "const twilio = require('twilio');\nchat.message('hi');\n"), {
    hints: [],
    findings: [],
  });
});

test('a builder used in a nested function is left alone; a module-level builder is tracked', async () => {
  const text = [
    'from twilio.twiml.messaging_response import MessagingResponse',
    'resp = MessagingResponse()',
    'resp.message("top")',
    'def later():',
    '    resp.message("inside")',
  ].join('\n');
  const result = await analyze('python', text);
  assert.deepEqual(labels(result), [{ offset: after(text, '"top"'), label: '3 chars · GSM-7 · 1 segment' }]);
});

test('escapes decode the way each language reads them', () => {
  assert.deepEqual(decodeEscapes('a\\n\\x41\\u00e9\\U0001F600\\q', 'python'), { text: 'a\nAé😀\\q', exact: true });
  assert.deepEqual(decodeEscapes('a\\n\\x41\\u{1F600}\\q\\`', 'javascript'), { text: 'a\nA😀q`', exact: true });
  assert.deepEqual(decodeEscapes('\\N{BULLET} x', 'python'), { text: '? x', exact: false });
  assert.deepEqual(decodeEscapes('line\\\nnext', 'javascript'), { text: 'linenext', exact: true });
});

test('a 5,000-line file: the calls of both handlers are found among 720 helpers; a file without a response class yields nothing', async () => {
  const handler = fixture('flask_quickstart.py');
  const filler: string[] = [];
  for (let i = 0; i < 720; i++) {
    filler.push(
      `def helper_${i}(request, response):`,
      `    value = request.values.get("resp") + str(${i})`,
      '    response.headers["X"] = value',
      '    items = [v.message for v in value if v]',
      '    return value',
      '',
      '',
    );
  }
  const text = handler + filler.join('\n') + handler.replace(/sms_reply|status_reply/g, (name) => `${name}_again`);
  assert.ok(text.split('\n').length > 5000);
  await ensureLanguage('python');
  const tree = parserFor('python')!.parse(text)!;
  const none = parserFor('python')!.parse(filler.join('\n'))!;
  try {
    // Its cost is measured by `npm run bench -- --only embedded`, not asserted here.
    assert.equal(analyzeBuilderCalls('python', text, tree).hints.length, 14);
    assert.deepEqual(analyzeBuilderCalls('python', filler.join('\n'), none), { hints: [], findings: [] });
  } finally {
    tree.delete();
    none.delete();
  }
});

test('the deprecated sms() builder call gets an inlay hint after it, in Python and Node', async () => {
  const python = [
    'from twilio.twiml.voice_response import VoiceResponse',
    'def call():',
    '    resp = VoiceResponse()',
    '    resp.say("Thanks for calling")',
    '    resp.sms("We will text you", to="+14155550100")',
    '    return str(resp)',
  ].join('\n');
  const py = await analyze('python', python);
  assert.deepEqual(
    py.hints.map((h) => ({ offset: h.offset, label: h.label })),
    [{ offset: after(python, 'to="+14155550100")'), label: 'deprecated <Sms>' }],
  );
  assert.match(py.hints[0].tooltip ?? '', /twilio\.com\/docs\/voice\/twiml\/sms/);
  const node = "const twilio = require('twilio');\nconst r = new twilio.twiml.VoiceResponse();\nr.sms('hi');\n";
  const js = await analyze('javascript', node);
  assert.deepEqual(
    js.hints.map((h) => h.label),
    ['deprecated <Sms>'],
  );
  // message() is not sms(): no such hint.
  const ok = await analyze('python', python.replace('resp.sms(', 'resp.say('));
  assert.deepEqual(
    ok.hints.filter((h) => h.label.includes('Sms')),
    [],
  );
});
