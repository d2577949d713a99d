/** The call engine on an injected transport that plays a fake IVR app. */
import test from 'node:test';
import assert from 'node:assert/strict';
import twilio from 'twilio';
import { Call } from '../../webhook/src/conversation/call';
import { MAX_DOCUMENTS } from '../../webhook/src/conversation/conversation';
import { fakeApp, twiml, type FakeApp } from './helpers/fakeApp';
import { READER } from './helpers/reader';

const BASE = 'https://ivr.example.com';

/** An IVR: a menu, a second level, voicemail, a dial, speech, a crash, an SMS-only route. */
function ivr(): ReturnType<typeof fakeApp> {
  return fakeApp((request, params): ReturnType<FakeApp> => {
    const path = new URL(request.url).pathname;
    const digits = params.get('Digits');
    switch (path) {
      case '/voice':
        return {
          headers: { 'content-type': 'text/xml', 'set-cookie': 'seen=yes; Path=/' },
          body: twiml(
            '<Gather numDigits="1" action="/menu" timeout="3"><Say voice="alice" language="en-GB">Press 1 for sales.</Say><Play loop="2">https://cdn.example.com/hold.mp3</Play></Gather>' +
              '<Say>We did not get your choice.</Say><Redirect>/voice</Redirect>',
          ),
        };
      case '/menu':
        if (digits === '1') return { body: twiml('<Redirect method="GET">/sales</Redirect>') };
        if (digits === '2')
          return {
            body: twiml(
              '<Say>Leave a message.</Say><Record action="/recorded" maxLength="30" recordingStatusCallback="/rec-status" transcribeCallback="/transcript"/><Say>No message.</Say>',
            ),
          };
        if (digits === '3')
          return {
            body: twiml(
              '<Dial action="/dialed" timeout="20"><Number statusCallback="/leg" url="/whisper">+14155550111</Number></Dial><Say>Unreachable</Say>',
            ),
          };
        if (digits === '4')
          return { body: twiml('<Dial><Number>+14155550111</Number></Dial><Say>After the dial.</Say>') };
        return { body: twiml('<Say>Sorry.</Say><Redirect>/voice</Redirect>') };
      case '/sales':
        return {
          body: twiml(
            `<Gather numDigits="1" action="/sales-choice"><Say>Sales. Cookie ${request.headers.cookie ?? 'none'}.</Say></Gather>`,
          ),
        };
      case '/sales-choice':
        return digits === '*'
          ? { body: twiml('<Redirect>/voice</Redirect>') }
          : { body: twiml('<Say>An agent will call you.</Say><Hangup/>') };
      case '/recorded':
        return { body: twiml(`<Say>Got ${params.get('RecordingDuration')} seconds.</Say>`) };
      case '/dialed':
        return {
          body: twiml(`<Say>Dial ended ${params.get('DialCallStatus')} with call ${params.get('CallStatus')}.</Say>`),
        };
      case '/speech':
        return { body: twiml('<Gather input="speech" action="/heard"><Say>Say something.</Say></Gather>') };
      case '/heard':
        return { body: twiml(`<Say>You said ${params.get('SpeechResult')}.</Say>`) };
      case '/loop':
        return { body: twiml('<Say>Record.</Say><Record/>') };
      case '/crash':
        return { status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Internal Server Error</h1>' };
      case '/sms':
        return { body: twiml('<Message>Thanks</Message>') };
      case '/stream':
        return {
          body: twiml(
            '<Start><Stream url="wss://x.example.com"/></Start><Say>Streaming.</Say><Connect><Stream url="wss://x.example.com"/></Connect>',
          ),
        };
      default:
        return { status: 200, body: '' };
    }
  });
}

const says = (turn: { voice: { verb: string; text?: string }[] }): string[] =>
  turn.voice.filter((v) => v.verb === 'Say').map((v) => v.text ?? '');

test('a call through two menu levels: inbound parameters signed, Gather waits, keys posted to its action', async () => {
  const { transport, seen } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport, authToken: 'secret' });
  const first = await call.start();
  assert.equal(first.input.CallStatus, 'ringing');
  assert.equal(first.input.Direction, 'inbound');
  assert.match(first.input.CallSid, /^CA[0-9a-f]{32}$/);
  assert.equal(first.input.Caller, first.input.From);
  assert.ok(twilio.validateRequest('secret', seen[0].headers['x-twilio-signature'], seen[0].url, first.input));
  assert.deepEqual(first.waiting?.verb, 'Gather');
  const gather = first.voice[0];
  assert.deepEqual(
    gather.nested?.map((n) => [n.verb, n.text ?? n.url]),
    [
      ['Say', 'Press 1 for sales.'],
      ['Play', 'https://cdn.example.com/hold.mp3'],
    ],
  );
  assert.equal(gather.nested?.[0].attributes.voice, 'alice');
  assert.equal(gather.url, undefined, "a Gather's nested verbs are not its own text");
  const second = await call.answer({ kind: 'digits', digits: '1' });
  assert.equal(second.input.Digits, '1');
  assert.equal(second.input.CallStatus, 'in-progress');
  assert.equal(second.input.CallSid, first.input.CallSid);
  assert.deepEqual(
    second.requests.map((r) => [r.method, new URL(r.url).pathname, r.why]),
    [
      ['POST', '/menu', 'action'],
      ['GET', '/sales', 'redirect'],
    ],
  );
  assert.equal(second.voice[1].nested?.[0].text, 'Sales. Cookie seen=yes.', 'the call keeps its cookie');
  const third = await call.answer({ kind: 'digits', digits: '1' });
  assert.deepEqual(says(third), ['An agent will call you.']);
  assert.equal(third.ended?.reason, 'Hung up by <Hangup>.');
  assert.equal(call.ended, true);
  const after = await call.answer({ kind: 'digits', digits: '1' });
  assert.match(after.problems[0].message, /the call has ended/);
});

test('the star key goes back to the main menu; a Gather timeout falls through to the next verb', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  await call.answer({ kind: 'digits', digits: '1' });
  const back = await call.answer({ kind: 'digits', digits: '*' });
  assert.equal(back.voice[0].verb, 'Redirect');
  assert.equal(back.voice[1].nested?.[0].text, 'Press 1 for sales.');
  const timeout = await call.answer({ kind: 'silence' });
  assert.match(back.voice[1].outcome ?? '', /no input \(timeout 3 s\)/, 'the outcome is written on the Gather heard');
  assert.deepEqual(says(timeout), ['We did not get your choice.']);
  assert.equal(timeout.waiting?.verb, 'Gather', 'the Redirect brought the menu back');
});

test('digits: finishOnKey ends the entry and numDigits caps it; a speech answer to a dtmf Gather is ignored', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  const capped = await call.answer({ kind: 'digits', digits: '37' });
  assert.equal(capped.input.Digits, '3');
  const other = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await other.start();
  const spoken = await other.answer({ kind: 'speech', text: 'sales' });
  assert.match(spoken.problems[0].message, /listens for keys only/);
  assert.deepEqual(says(spoken), ['We did not get your choice.'], 'ignored input is a timeout');
});

test('voicemail: the recording is posted to action, then its status and transcription callbacks', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  const prompt = await call.answer({ kind: 'digits', digits: '2' });
  assert.equal(prompt.waiting?.verb, 'Record');
  const done = await call.answer({ kind: 'record', seconds: 45, digits: '#', transcript: 'call me back' });
  const [action, status, transcript] = done.requests.map((r) => ({
    path: new URL(r.url).pathname,
    body: new URLSearchParams(r.requestBody),
  }));
  assert.equal(action.path, '/recorded');
  assert.equal(action.body.get('RecordingDuration'), '30', 'cut at maxLength');
  assert.equal(action.body.get('Digits'), '#');
  assert.match(action.body.get('RecordingSid') ?? '', /^RE[0-9a-f]{32}$/);
  assert.equal(
    action.body.get('RecordingUrl'),
    `https://api.twilio.com/2010-04-01/Accounts/${done.input.AccountSid}/Recordings/${action.body.get('RecordingSid')}`,
  );
  assert.equal(status.path, '/rec-status');
  assert.equal(status.body.get('RecordingStatus'), 'completed');
  assert.equal(transcript.path, '/transcript');
  assert.equal(transcript.body.get('TranscriptionText'), 'call me back');
  assert.deepEqual(says(done), ['Got 30 seconds.']);
  assert.match(done.ended?.reason ?? '', /No more verbs/);
});

test('an empty recording falls through to the next verb without a request', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  await call.answer({ kind: 'digits', digits: '2' });
  const empty = await call.answer({ kind: 'record', seconds: 0 });
  assert.equal(empty.requests.length, 0);
  assert.deepEqual(says(empty), ['No message.']);
});

test('a <Record> without action re-requests its document until the document limit stops the call', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/loop`, transport });
  let turn = await call.start();
  let turns = 1;
  while (!call.ended && turns < 50) {
    turn = await call.answer({ kind: 'record', seconds: 3 });
    turns++;
  }
  assert.equal(turns, MAX_DOCUMENTS + 1, 'each recording fetched the same document again, up to the limit');
  assert.match(turn.problems.at(-1)?.message ?? '', /More than 10 TwiML documents/);
  assert.equal(turn.problems.at(-1)?.severity, 'error');
});

for (const status of ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const) {
  test(`<Dial action> answered ${status}: DialCallStatus posted while the call stays in progress`, async () => {
    const { transport } = ivr();
    const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
    await call.start();
    const dialing = await call.answer({ kind: 'digits', digits: '3' });
    assert.equal(dialing.waiting?.verb, 'Dial');
    assert.deepEqual(
      dialing.voice[0].nested?.map((n) => [n.verb, n.url, n.attributes.url]),
      [['Number', '+14155550111', '/whisper']],
    );
    const done = await call.answer({ kind: 'dial', status });
    const action = new URLSearchParams(done.requests[0].requestBody);
    assert.equal(action.get('DialCallStatus'), status);
    assert.equal(action.get('DialCallDuration'), status === 'completed' ? '42' : '0');
    assert.match(action.get('DialCallSid') ?? '', /^CA/);
    assert.deepEqual(says(done), [`Dial ended ${status} with call in-progress.`]);
    const leg = new URLSearchParams(done.requests[1].requestBody);
    assert.equal(new URL(done.requests[1].url).pathname, '/leg');
    assert.equal(leg.get('CallStatus'), status);
    assert.equal(leg.get('ParentCallSid'), done.input.CallSid);
  });
}

test('<Dial> without action goes on with the next verb', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  await call.answer({ kind: 'digits', digits: '4' });
  const done = await call.answer({ kind: 'dial', status: 'busy' });
  assert.equal(done.requests.length, 0);
  assert.deepEqual(says(done), ['After the dial.']);
});

test('a speech answer is posted as SpeechResult with a Confidence', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/speech`, transport });
  await call.start();
  const heard = await call.answer({ kind: 'speech', text: 'billing please' });
  assert.equal(heard.input.SpeechResult, 'billing please');
  assert.equal(heard.input.Confidence, '0.9');
  assert.deepEqual(says(heard), ['You said billing please.']);
});

test('a route that crashes is 11200 and ends the call; the status callback hears completed', async () => {
  const { transport, seen } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/crash`, transport, statusCallback: '/call-status' });
  const turn = await call.start();
  assert.ok(turn.problems.some((p) => p.code === 11200 && p.severity === 'error'));
  assert.match(turn.ended?.reason ?? '', /application error/);
  const status = new URLSearchParams(seen.at(-1)?.body);
  assert.equal(new URL(seen.at(-1)!.url).pathname, '/call-status');
  assert.equal(status.get('CallStatus'), 'completed');
  assert.ok(status.has('CallDuration'));
});

test('a call to a route that answers as for SMS reports the <Message>, plays nothing and ends', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/sms`, transport });
  const turn = await call.start();
  assert.ok(turn.problems.some((p) => p.severity === 'error' && /<Message> is a messaging verb/.test(p.message)));
  assert.equal(turn.voice.length, 0);
  assert.ok(turn.ended);
});

test('<Start> is shown as not simulated and continues; <Connect> ends the simulation', async () => {
  const { transport } = ivr();
  const turn = await new Call({ reader: READER, url: `${BASE}/stream`, transport }).start();
  assert.deepEqual(
    turn.voice.map((v) => [v.verb, v.notSimulated ?? false]),
    [
      ['Start', true],
      ['Say', false],
      ['Connect', true],
    ],
  );
  assert.match(turn.ended?.reason ?? '', /stops at <Connect>/);
});

test('an answer that does not fit the wait is refused and the call keeps waiting', async () => {
  const { transport } = ivr();
  const call = new Call({ reader: READER, url: `${BASE}/voice`, transport });
  await call.start();
  const wrong = await call.answer({ kind: 'dial', status: 'busy' });
  assert.equal(wrong.problems[0].severity, 'error');
  assert.equal(wrong.waiting?.verb, 'Gather');
  const hung = await call.answer({ kind: 'hangup' });
  assert.equal(hung.ended?.reason, 'The caller hung up.');
});

test('a GET webhook carries the parameters in the query, signed for that URL; timeoutMs reaches the transport', async () => {
  const { transport, seen } = fakeApp((request) =>
    new URL(request.url).pathname === '/voice'
      ? { body: twiml('<Gather action="/next" method="GET" numDigits="2"/>') }
      : { body: twiml('<Say>ok</Say>') },
  );
  const call = new Call({
    reader: READER,
    url: `${BASE}/voice?lang=en`,
    method: 'GET',
    transport,
    authToken: 'secret',
    timeoutMs: 2500,
  });
  const first = await call.start();
  assert.equal(seen[0].method, 'GET');
  assert.equal(seen[0].body, undefined);
  const query = new URL(seen[0].url).searchParams;
  assert.equal(query.get('lang'), 'en');
  assert.equal(query.get('CallSid'), first.input.CallSid);
  assert.ok(twilio.validateRequest('secret', seen[0].headers['x-twilio-signature'], seen[0].url, {}));
  assert.equal(seen[0].timeoutMs, 2500);
  await call.answer({ kind: 'digits', digits: '42#' });
  const next = new URL(seen[1].url);
  assert.equal(next.pathname, '/next');
  assert.equal(next.searchParams.get('Digits'), '42');
  assert.equal(next.searchParams.get('lang'), null, 'the action URL is its own');
});

test('an app that does not answer is 11205 and the call ends', async () => {
  const { transport } = fakeApp(() => ({
    kind: 'error',
    reason: 'timeout',
    message: 'no answer within 15 s',
    ms: 15000,
  }));
  const turn = await new Call({ reader: READER, url: `${BASE}/voice`, transport }).start();
  assert.equal(turn.problems[0].code, 11205);
  assert.match(turn.problems[0].message, /Twilio gives up after 15 s/);
  assert.ok(turn.ended);
});
