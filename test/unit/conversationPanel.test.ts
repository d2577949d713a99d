/**
 * The Conversation panel's parts that run without VS Code: the phone model over the engines, the
 * checks on what the webview posts, and the transcript's rendering of hostile app replies.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { parseFromWebview } from '../../shared/conversationMessages';
import type { PhoneEntry } from '../../shared/conversationMessages';
import { Phone } from '../../webhook/src/phone/phone';
import { parseAnyScenario, isCallScenario } from '../../webhook/src/sim/callScenario';
import { fakeApp, twiml } from './helpers/fakeApp';
import { READER } from './helpers/reader';

const TOKEN = 'panel-test-token-zz';

function counterApp(): ReturnType<typeof fakeApp> {
  return fakeApp((request, params) => {
    const path = new URL(request.url).pathname;
    if (path === '/voice') return { body: twiml('<Gather numDigits="1" action="/menu"><Say>Press 1</Say></Gather>') };
    if (path === '/menu') return { body: twiml(`<Say>You chose ${params.get('Digits')}</Say><Hangup/>`) };
    const count = Number(/n=(\d+)/.exec(request.headers.cookie ?? '')?.[1] ?? '0') + 1;
    return {
      headers: { 'content-type': 'text/xml', 'set-cookie': `n=${count}; Path=/` },
      body: twiml(`<Message>${params.get('Body')} #${count}</Message>`),
    };
  });
}

test('the phone texts, keeps cookies, calls and answers; snapshots never hold the token', async () => {
  const { transport } = counterApp();
  const phone = new Phone(
    { reader: READER, authToken: async () => TOKEN, transport },
    { url: 'https://app.example.com/sms' },
  );
  const seen: number[] = [];
  phone.onChange((snapshot) => seen.push(snapshot.entries.length));
  assert.equal((await phone.send({ body: 'a' })).replies[0].body, 'a #1');
  assert.equal((await phone.send({ body: 'b' })).replies[0].body, 'b #2');
  let snapshot = phone.snapshot();
  assert.deepEqual(
    snapshot.cookies.map((c) => `${c.name}=${c.value}`),
    ['n=2'],
  );
  assert.equal(snapshot.signed, true);
  assert.equal(phone.clearCookies(), 1);
  assert.equal((await phone.send({ body: 'c' })).replies[0].body, 'c #1', 'cleared cookies are not sent');
  const call = await phone.placeCall('https://app.example.com/voice');
  assert.equal(call.waiting?.verb, 'Gather');
  assert.equal(phone.snapshot().settings.mode, 'call');
  const answered = await phone.answer({ kind: 'digits', digits: '1' });
  assert.equal(answered.voice[0].text, 'You chose 1');
  snapshot = phone.snapshot();
  assert.equal(snapshot.inCall, false);
  assert.equal(snapshot.entries.length, 5);
  assert.ok(!JSON.stringify(snapshot).includes(TOKEN), 'the Auth Token never enters a snapshot');
  assert.ok(seen.length > 0, 'listeners hear every change');
});

test('the phone saves the last call as a scenario and re-runs it from a fresh call', async () => {
  const { transport, seen } = counterApp();
  const phone = new Phone(
    { reader: READER, authToken: async () => undefined, transport },
    { url: 'https://app.example.com/voice' },
  );
  await phone.placeCall();
  await phone.answer({ kind: 'digits', digits: '1' });
  const scenario = parseAnyScenario(phone.toScenario(), 'call.yaml');
  assert.ok(isCallScenario(scenario));
  assert.equal(scenario.turns.length, 2);
  const before = seen.length;
  const turns = await phone.rerun();
  assert.equal(turns.length, 2);
  assert.equal(seen.length - before, 2, 'the call and the key press were sent again');
  assert.equal(phone.snapshot().entries.length, 2);
});

test('an answer with no call in progress is a problem, not a throw', async () => {
  const phone = new Phone({ reader: READER, authToken: async () => undefined, transport: counterApp().transport });
  const turn = await phone.answer({ kind: 'digits', digits: '1' });
  assert.match(turn.problems[0].message, /No call in progress/);
});

test('what the webview posts is checked before use', () => {
  assert.deepEqual(parseFromWebview({ type: 'send', text: 'hi', media: ['https://x.example/a.png'] }), {
    type: 'send',
    text: 'hi',
    media: ['https://x.example/a.png'],
  });
  assert.equal(parseFromWebview({ type: 'send', text: 'hi', media: ['javascript:alert(1)'] }), undefined);
  // The probe button carries nothing: the route is the panel's own, never one the webview names.
  assert.deepEqual(parseFromWebview({ type: 'probeInjection', url: 'https://attacker.example/' }), {
    type: 'probeInjection',
  });
  assert.equal(parseFromWebview({ type: 'send', text: 'x'.repeat(20_000), media: [] }), undefined);
  assert.equal(parseFromWebview({ type: 'answer', answer: { kind: 'digits', digits: '1; rm -rf' } }), undefined);
  assert.equal(parseFromWebview({ type: 'answer', answer: { kind: 'dial', status: 'exploded' } }), undefined);
  assert.deepEqual(parseFromWebview({ type: 'answer', answer: { kind: 'dial', status: 'busy' } }), {
    type: 'answer',
    answer: { kind: 'dial', status: 'busy' },
  });
  assert.deepEqual(parseFromWebview({ type: 'configure', changes: { url: 'file:///etc/passwd', mode: 'call' } }), {
    type: 'configure',
    changes: { mode: 'call' },
  });
  assert.equal(parseFromWebview({ type: 'sendAgain', entry: -1, request: 0 }), undefined);
  assert.equal(parseFromWebview({ type: 'eval', code: '1' }), undefined);
  assert.equal(parseFromWebview(null), undefined);
});

test('hostile reply bodies, media and spoken text are drawn as text, never as markup', async () => {
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { runScripts: 'dangerously' });
  const globals = globalThis as unknown as { document?: Document };
  globals.document = dom.window.document;
  try {
    const { renderTranscript } = await import('../../client/conversation-src/transcript');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const entries: PhoneEntry[] = [
      {
        mode: 'text',
        sent: { body: hostile, media: [] },
        turn: {
          input: {},
          replies: [
            {
              body: hostile,
              media: ['javascript:window.__pwned=1', 'https://ok.example/cat.png'],
              segments: 1,
              encoding: 'GSM-7',
            },
          ],
          requests: [
            {
              method: 'POST',
              url: 'https://app.example.com/sms',
              ms: 1,
              why: 'inbound',
              status: 200,
              responseBody: hostile,
            },
          ],
          problems: [{ severity: 'error', message: hostile }],
        },
      },
      {
        mode: 'call',
        starts: true,
        turn: {
          input: {},
          replies: [],
          requests: [],
          problems: [],
          voice: [{ verb: 'Say', attributes: { voice: hostile }, text: hostile }],
        },
      },
    ];
    const nodes = renderTranscript(entries, { sendAgain: () => undefined, openReply: () => undefined });
    dom.window.document.body.append(...nodes);
    const images = [...dom.window.document.querySelectorAll('img')];
    assert.deepEqual(
      images.map((img) => img.getAttribute('src')),
      ['https://ok.example/cat.png'],
      'only the http(s) image becomes an <img>',
    );
    assert.equal(dom.window.document.querySelectorAll('script').length, 0);
    assert.ok(dom.window.document.body.textContent?.includes(hostile), 'the text is shown as written');
    assert.equal((dom.window as unknown as { __pwned?: number }).__pwned, undefined);
  } finally {
    delete globals.document;
  }
});
