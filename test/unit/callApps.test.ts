/**
 * The call engine (webhook/src/conversation/call.ts) end to end against our two IVR apps (Flask and
 * Express, test/fixtures/call-apps/): a two-level menu and the star key back to the top, voicemail
 * with its recording and transcription callbacks, a <Record> without action that loops until the
 * engine's document limit, <Dial> with each outcome and without action, a Gather timeout falling
 * through, speech said back, actionOnEmptyResult, a crashing route, a messaging-only route, the
 * visits cookie and the signature check. The assertions read what the caller hears, what the call
 * waits for, how it ends, the parameters sent and the problems.
 *
 * First, plain HTTP checks that both apps answer the same TwiML, so a difference between the two
 * engine runs is the engine's. No test is skipped: a machine without python3-flask fails with the
 * reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Call } from '../../webhook/src/conversation/call';
import {
  DIAL_STATUSES,
  type CallAnswer,
  type CallOptions,
  type CallTurn,
  type RequestRecord,
  type VoiceItem,
} from '../../webhook/src/conversation/types';
import { IVR_APPS, startApp, type AppKind, type RunningApp } from './helpers/conversationApps';
import { READER } from './helpers/reader';

const twilio = require('twilio') as {
  getExpectedTwilioSignature(authToken: string, url: string, params: Record<string, string>): string;
};

// Not hex-like: the default AccountSid is AC + 0123456789abcdef twice, which a hex token could match.
const TOKEN = 'ivr-test-auth-token-5c1f9e';
const WELCOME = 'Welcome to the test line';
const WELCOME_BACK = 'Welcome back';
const MENU = 'For sales press 1, to leave a message press 2, to talk to an agent press 3, for speech press 4';
const NO_CHOICE = "We didn't get your choice";
const SALES = 'For new orders press 1, press star for the main menu';

/** Everything <Say> said on the turn, in order, including what a <Gather> said while it listened. */
function heard(turn: CallTurn): string[] {
  const texts: string[] = [];
  const walk = (items: VoiceItem[] | undefined): void => {
    for (const item of items ?? []) {
      if (item.verb === 'Say' && item.text !== undefined) texts.push(item.text);
      walk(item.nested);
    }
  };
  walk(turn.voice);
  return texts;
}

/** The path of each request the turn made, in order. */
function paths(turn: CallTurn): string[] {
  return turn.requests.map((request) => new URL(request.url).pathname);
}

/** The turn's one request to `path` (its last, when there are several). */
function requestTo(turn: CallTurn, path: string): RequestRecord {
  const found = turn.requests.filter((request) => new URL(request.url).pathname === path);
  assert.ok(found.length > 0, `no request to ${path}; requests: ${paths(turn).join(', ')}`);
  return found[found.length - 1] as RequestRecord;
}

/** The form parameters a request posted (or its query, for GET). */
function sent(request: RequestRecord): URLSearchParams {
  return request.method === 'POST' ? new URLSearchParams(request.requestBody ?? '') : new URL(request.url).searchParams;
}

function header(request: RequestRecord, name: string): string | undefined {
  const entry = Object.entries(request.requestHeaders ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function errors(turn: CallTurn): Array<number | undefined> {
  return turn.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code);
}

function assertWaits(turn: CallTurn, verb: 'Gather' | 'Record' | 'Dial', attributes: Record<string, string> = {}) {
  assert.equal(turn.ended, undefined, `the call ended: ${JSON.stringify(turn.ended)}`);
  assert.ok(turn.waiting, 'the call waits');
  assert.equal(turn.waiting.verb, verb, `waits for ${JSON.stringify(turn.waiting)}`);
  for (const [name, value] of Object.entries(attributes)) assert.equal(turn.waiting.attributes[name], value, name);
  const kinds: Record<typeof verb, Array<CallAnswer['kind']>> = {
    Gather: ['digits', 'speech', 'silence'],
    Record: ['record'],
    Dial: ['dial'],
  };
  for (const kind of [...kinds[verb], 'hangup' as const]) {
    assert.ok(turn.waiting.accepts.includes(kind), `${verb} accepts ${kind}`);
  }
}

function assertEnded(turn: CallTurn): void {
  assert.ok(turn.ended, 'the call has ended');
  assert.equal(turn.waiting, undefined);
  assert.ok(turn.ended.durationSeconds >= 0);
}

function assertNoErrors(...turns: CallTurn[]): void {
  for (const turn of turns) assert.deepEqual(turn.problems, [], JSON.stringify(turn.problems));
}

/** The TwiML of an answer with the builders' one difference ("<Hangup />" in Python) evened out. */
async function twimlOf(response: Response): Promise<string> {
  return (await response.text()).replace(/\s+\/>/g, '/>');
}

function post(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
  });
}

describe('the IVR apps', () => {
  const started = new Map<AppKind, RunningApp | Error>();

  before(async () => {
    // Both at once; one that cannot start fails its own tests with the reason, not the other's.
    await Promise.all(
      IVR_APPS.map(async (kind) => {
        try {
          started.set(kind, await startApp(kind, { TWILIO_AUTH_TOKEN: TOKEN }));
        } catch (error) {
          started.set(kind, error as Error);
        }
      }),
    );
  });

  after(async () => {
    await Promise.all([...started.values()].map((app) => (app instanceof Error ? undefined : app.stop())));
  });

  const appOf = (kind: AppKind): RunningApp => {
    const app = started.get(kind);
    if (app === undefined) throw new Error(`the ${kind} app was not started`);
    if (app instanceof Error) throw app;
    return app;
  };

  test('both answer the same TwiML on every route (plain HTTP, no engine)', async () => {
    const flask = appOf('flask-ivr');
    const express = appOf('express-ivr');
    const cases: Array<[string, Record<string, string>]> = [
      ['/voice', {}],
      ...['1', '2', '3', '4', '*', '9', '7'].map((digits): [string, Record<string, string>] => [
        '/menu',
        { Digits: digits },
      ]),
      ['/sales', {}],
      ...['1', '*', '5'].map((digits): [string, Record<string, string>] => ['/sales-choice', { Digits: digits }]),
      ['/recorded', { RecordingUrl: 'https://api.twilio.com/recording', RecordingDuration: '5' }],
      ['/voicemail-loop', {}],
      ...DIAL_STATUSES.map((status): [string, Record<string, string>] => ['/dial-done', { DialCallStatus: status }]),
      ['/dial-no-action', {}],
      ['/speech', {}],
      ['/heard', { SpeechResult: 'fish & <chips>' }],
      ['/empty-action', {}],
      ['/empty-result', { Digits: '' }],
      ['/sms-only', {}],
    ];
    for (const [path, params] of cases) {
      const [a, b] = await Promise.all([post(flask.url + path, params), post(express.url + path, params)]);
      assert.equal(a.status, 200, `flask ${path}`);
      assert.equal(b.status, 200, `express ${path}`);
      assert.equal(await twimlOf(a), await twimlOf(b), `${path} ${JSON.stringify(params)}`);
    }
  });

  for (const kind of IVR_APPS) {
    describe(`${kind} (plain HTTP)`, () => {
      test('the routes answer the TwiML the engine tests rely on', async () => {
        const { url } = appOf(kind);
        const voice = await post(`${url}/voice`, {});
        assert.match(voice.headers.get('content-type') ?? '', /^text\/xml/);
        assert.match(voice.headers.get('set-cookie') ?? '', /^visits=1;/);
        const menu = await twimlOf(voice);
        assert.match(menu, /<Gather action="\/menu" numDigits="1"><Say>For sales press 1[^<]*<\/Say><Play>/);
        assert.match(menu, /<\/Gather><Say>We didn't get your choice<\/Say><Redirect>\/voice<\/Redirect><\/Response>$/);
        assert.match(await twimlOf(await post(`${url}/voice`, {}, { cookie: 'visits=1' })), /<Say>Welcome back<\/Say>/);
        assert.match(
          await twimlOf(await post(`${url}/menu`, { Digits: '2' })),
          /<Record action="\/recorded" finishOnKey="#" maxLength="30" recordingStatusCallback="\/recording-status" transcribe="true" transcribeCallback="\/transcription"\/>/,
        );
        assert.match(
          await twimlOf(await post(`${url}/menu`, { Digits: '3' })),
          /<Dial action="\/dial-done" timeout="20"><Number statusCallback="\/number-status">\+14155550111<\/Number><\/Dial>/,
        );
        assert.match(
          await twimlOf(await post(`${url}/heard`, { SpeechResult: 'a <b> & c' })),
          /You said: a &lt;b&gt; &amp; c/,
        );
        assert.equal((await post(`${url}/crash`, {})).status, 500);
      });

      test('the callbacks are kept for GET /callbacks; /signed checks the signature', async () => {
        const { url } = appOf(kind);
        const callSid = `CA${kind === 'flask-ivr' ? 'f' : 'e'}${'0'.repeat(31)}`;
        assert.equal(
          (await post(`${url}/recording-status`, { CallSid: callSid, RecordingStatus: 'completed' })).status,
          200,
        );
        assert.equal((await post(`${url}/transcription`, { CallSid: callSid, TranscriptionText: 'hi' })).status, 200);
        const log = (await (await fetch(`${url}/callbacks`)).json()) as Array<{
          path: string;
          params: Record<string, string>;
        }>;
        assert.deepEqual(
          log.filter((entry) => entry.params.CallSid === callSid),
          [
            { path: '/recording-status', params: { CallSid: callSid, RecordingStatus: 'completed' } },
            { path: '/transcription', params: { CallSid: callSid, TranscriptionText: 'hi' } },
          ],
        );
        const params = { CallSid: callSid, From: '+14155550100' };
        const good = twilio.getExpectedTwilioSignature(TOKEN, `${url}/signed`, params);
        const wrong = twilio.getExpectedTwilioSignature('another-token', `${url}/signed`, params);
        assert.equal((await post(`${url}/signed`, params)).status, 403);
        assert.equal((await post(`${url}/signed`, params, { 'x-twilio-signature': wrong })).status, 403);
        assert.match(await twimlOf(await post(`${url}/signed`, params, { 'x-twilio-signature': good })), /For sales/);
      });
    });

    describe(`${kind} (the call engine)`, () => {
      const url = (path: string): string => appOf(kind).url + path;
      const call = (path: string, options: Partial<CallOptions> = {}): Call =>
        new Call({ reader: READER, url: url(path), ...options });
      const callbacksOf = async (callSid: string | undefined) => {
        assert.ok(callSid, 'the call has a CallSid');
        const log = (await (await fetch(url('/callbacks'))).json()) as Array<{
          path: string;
          params: Record<string, string>;
        }>;
        return log.filter((entry) => entry.params.CallSid === callSid);
      };

      test('a two-level menu: 1 then 1 → "An agent will call you", and the call ends', async () => {
        const phone = call('/voice', { statusCallback: url('/call-status') });
        const first = await phone.start();
        // The inbound call as Twilio places it.
        assert.match(first.input.CallSid ?? '', /^CA[0-9a-f]{32}$/);
        assert.equal(first.input.CallStatus, 'ringing');
        assert.equal(first.input.Direction, 'inbound');
        assert.equal(first.input.From, '+14155550100');
        assert.equal(first.input.To, '+14155550199');
        assert.deepEqual(first.replies, []);
        assert.deepEqual(paths(first), ['/voice']);
        assert.equal(first.requests[0]?.status, 200);
        assert.deepEqual(heard(first), [WELCOME, MENU]);
        assertWaits(first, 'Gather', { numDigits: '1', action: '/menu' });
        assert.equal(phone.waiting?.verb, 'Gather');
        assert.equal(phone.ended, false);

        const sales = await phone.answer({ kind: 'digits', digits: '1' });
        assert.deepEqual(sales.answer, { kind: 'digits', digits: '1' });
        assert.deepEqual(paths(sales), ['/menu', '/sales']);
        const menu = sent(requestTo(sales, '/menu'));
        assert.equal(menu.get('Digits'), '1');
        assert.equal(menu.get('CallSid'), first.input.CallSid);
        assert.equal(menu.get('CallStatus'), 'in-progress');
        assert.deepEqual(heard(sales), [SALES]);
        assertWaits(sales, 'Gather', { numDigits: '1', action: '/sales-choice' });

        const done = await phone.answer({ kind: 'digits', digits: '1' });
        assert.equal(sent(requestTo(done, '/sales-choice')).get('Digits'), '1');
        assert.deepEqual(heard(done), ['An agent will call you']);
        assertEnded(done);
        assert.equal(phone.ended, true);
        assert.equal(phone.waiting, undefined);
        assertNoErrors(first, sales, done);

        // The number's status callback heard the end of the call.
        const status = (await callbacksOf(first.input.CallSid)).filter((entry) => entry.path === '/call-status');
        assert.equal(status.length, 1, JSON.stringify(status));
        assert.equal(status[0]?.params.CallStatus, 'completed');
        assert.match(status[0]?.params.CallDuration ?? '', /^\d+$/);
      });

      test('the star key goes back to the main menu: 1 then * → the main menu again', async () => {
        const phone = call('/voice');
        await phone.start();
        await phone.answer({ kind: 'digits', digits: '1' });
        const back = await phone.answer({ kind: 'digits', digits: '*' });
        assert.equal(sent(requestTo(back, '/sales-choice')).get('Digits'), '*');
        assert.deepEqual(paths(back), ['/sales-choice', '/voice']);
        assert.deepEqual(heard(back), [WELCOME_BACK, MENU]);
        assertWaits(back, 'Gather', { action: '/menu' });
        assertNoErrors(back);
      });

      test('voicemail: 2, a 5 s message ended with # → "5 second message"; recording and transcription callbacks arrive', async () => {
        const phone = call('/voice');
        const first = await phone.start();
        const prompt = await phone.answer({ kind: 'digits', digits: '2' });
        assert.deepEqual(heard(prompt), ['Leave a message after the beep, then press the pound key']);
        assertWaits(prompt, 'Record', { action: '/recorded', maxLength: '30', finishOnKey: '#', transcribe: 'true' });

        const transcript = 'Please call me back about my order';
        const done = await phone.answer({ kind: 'record', seconds: 5, digits: '#', transcript });
        const recorded = sent(requestTo(done, '/recorded'));
        assert.equal(recorded.get('RecordingDuration'), '5');
        assert.match(recorded.get('RecordingUrl') ?? '', /^https:\/\//);
        assert.match(recorded.get('RecordingSid') ?? '', /^RE[0-9a-f]{32}$/);
        assert.equal(recorded.get('Digits'), '#');
        assert.deepEqual(heard(done), ['Thanks, we got your 5 second message']);
        assertEnded(done);
        assertNoErrors(first, prompt, done);

        const arrived = await callbacksOf(first.input.CallSid);
        const recording = arrived.find((entry) => entry.path === '/recording-status');
        const transcription = arrived.find((entry) => entry.path === '/transcription');
        assert.ok(recording, `recording status callback; arrived: ${JSON.stringify(arrived)}`);
        assert.ok(transcription, `transcription callback; arrived: ${JSON.stringify(arrived)}`);
        assert.equal(recording.params.RecordingSid, recorded.get('RecordingSid'));
        assert.equal(recording.params.RecordingStatus, 'completed');
        assert.equal(transcription.params.TranscriptionText, transcript);
        assert.equal(transcription.params.RecordingSid, recorded.get('RecordingSid'));
      });

      test('a <Record> without action re-requests its document until the engine stops the loop', async () => {
        const phone = call('/voicemail-loop');
        const turns = [await phone.start()];
        assertWaits(turns[0] as CallTurn, 'Record', { maxLength: '10' });
        for (let answers = 0; answers < 20 && !phone.ended; answers++) {
          turns.push(await phone.answer({ kind: 'record', seconds: 3 }));
        }
        const last = turns[turns.length - 1] as CallTurn;
        assertEnded(last);
        assert.ok(
          last.problems.some((problem) => problem.severity === 'error'),
          JSON.stringify(last.problems),
        );
        const loops = turns.flatMap((turn) =>
          turn.requests.filter((r) => new URL(r.url).pathname === '/voicemail-loop'),
        );
        assert.ok(loops.length >= 10 && loops.length <= 12, `${loops.length} documents before the engine stopped`);
        // Each re-request posts the recording, as Twilio does when <Record> has no action.
        for (const request of loops.slice(1)) assert.equal(sent(request).get('RecordingDuration'), '3');
      });

      for (const status of DIAL_STATUSES) {
        test(`<Dial action>: ${status}`, async () => {
          const phone = call('/voice');
          await phone.start();
          const dialing = await phone.answer({ kind: 'digits', digits: '3' });
          assert.deepEqual(heard(dialing), ['Connecting you to an agent']);
          assertWaits(dialing, 'Dial', { action: '/dial-done', timeout: '20' });

          const outcome = await phone.answer({ kind: 'dial', status });
          const done = sent(requestTo(outcome, '/dial-done'));
          assert.equal(done.get('DialCallStatus'), status);
          assert.match(done.get('DialCallSid') ?? '', /^CA[0-9a-f]{32}$/);
          assert.equal(done.get('DialCallDuration'), status === 'completed' ? '42' : '0');
          assert.equal(done.get('CallStatus'), 'in-progress');
          assertNoErrors(dialing, outcome);
          if (status === 'completed') {
            assert.deepEqual(heard(outcome), ['Goodbye']);
            assertEnded(outcome);
          } else {
            assert.deepEqual(heard(outcome), [`Nobody answered (${status}), leave a message`]);
            assertWaits(outcome, 'Record', { action: '/recorded' });
          }
        });
      }

      test('<Dial> without action: the call goes on with the next verb', async () => {
        const phone = call('/dial-no-action');
        const first = await phone.start();
        assert.deepEqual(heard(first), []);
        assertWaits(first, 'Dial');
        const outcome = await phone.answer({ kind: 'dial', status: 'no-answer' });
        assert.deepEqual(paths(outcome), [], 'no new request: the same document goes on');
        assert.deepEqual(heard(outcome), ['The call has ended']);
        assertEnded(outcome);
        assertNoErrors(first, outcome);
      });

      test('a Gather timeout falls through: silence → "We didn\'t get your choice", then the main menu again', async () => {
        const phone = call('/voice');
        await phone.start();
        const again = await phone.answer({ kind: 'silence' });
        assert.deepEqual(paths(again), ['/voice'], 'no action request on a timeout, the <Redirect> only');
        assert.deepEqual(heard(again), [NO_CHOICE, WELCOME_BACK, MENU]);
        assertWaits(again, 'Gather', { action: '/menu' });
        assertNoErrors(again);
      });

      test('speech: what the caller says is said back', async () => {
        const phone = call('/voice');
        await phone.start();
        const listening = await phone.answer({ kind: 'digits', digits: '4' });
        assert.deepEqual(paths(listening), ['/menu', '/speech']);
        assert.deepEqual(heard(listening), ['Tell us what you need']);
        assertWaits(listening, 'Gather', { input: 'speech', speechTimeout: 'auto', action: '/heard' });

        const words = 'I\'d like <two> tickets & a "refund"';
        const done = await phone.answer({ kind: 'speech', text: words, confidence: 0.87 });
        const posted = sent(requestTo(done, '/heard'));
        assert.equal(posted.get('SpeechResult'), words);
        assert.equal(Number(posted.get('Confidence')), 0.87);
        assert.deepEqual(heard(done), [`You said: ${words}`]);
        assertEnded(done);
        assertNoErrors(listening, done);
      });

      test('actionOnEmptyResult: silence still posts to the action', async () => {
        const phone = call('/empty-action');
        const first = await phone.start();
        assertWaits(first, 'Gather', { actionOnEmptyResult: 'true', action: '/empty-result' });
        const done = await phone.answer({ kind: 'silence' });
        assert.equal(sent(requestTo(done, '/empty-result')).get('Digits') ?? '', '');
        assert.deepEqual(heard(done), ['You pressed nothing']);
        assertEnded(done);
        assertNoErrors(first, done);
      });

      test('a crashing route: HTTP 500 is error 11200 and the call ends', async () => {
        const phone = call('/voice');
        await phone.start();
        const crashed = await phone.answer({ kind: 'digits', digits: '9' });
        assert.deepEqual(paths(crashed), ['/menu', '/crash']);
        assert.equal(requestTo(crashed, '/crash').status, 500);
        assert.ok(errors(crashed).includes(11200), JSON.stringify(crashed.problems));
        assertEnded(crashed);
        assert.equal(phone.ended, true);
      });

      test('a messaging-only route: the <Message> is an error, not played, and the call ends', async () => {
        const turn = await call('/sms-only').start();
        assert.equal(turn.requests[0]?.status, 200);
        assert.ok(errors(turn).includes(12200), JSON.stringify(turn.problems));
        assert.ok(!heard(turn).includes('Thanks'), 'a <Message> is not said to the caller');
        assert.deepEqual(turn.replies, []);
        assertEnded(turn);
      });

      test("the visits cookie comes back on the call's later requests; a new call starts without it", async () => {
        const phone = call('/voice');
        const first = await phone.start();
        assert.equal(header(first.requests[0] as RequestRecord, 'cookie'), undefined);
        const second = await phone.answer({ kind: 'silence' });
        assert.match(header(requestTo(second, '/voice'), 'cookie') ?? '', /(^|; )visits=1(;|$)/);
        const third = await phone.answer({ kind: 'silence' });
        assert.match(header(requestTo(third, '/voice'), 'cookie') ?? '', /(^|; )visits=2(;|$)/);
        assert.ok(heard(third).includes(WELCOME_BACK));
        await phone.answer({ kind: 'hangup' });
        assert.equal(phone.ended, true);

        // Its own cookie jar: a second call is a first visit.
        const fresh = await call('/voice').start();
        assert.equal(header(fresh.requests[0] as RequestRecord, 'cookie'), undefined);
        assert.deepEqual(heard(fresh), [WELCOME, MENU]);
      });

      test('/signed accepts the call signed with the right token and rejects any other', async () => {
        const good = await call('/signed', { authToken: TOKEN }).start();
        assert.equal(good.requests[0]?.status, 200);
        assert.ok(header(good.requests[0] as RequestRecord, 'x-twilio-signature'));
        assert.deepEqual(heard(good), [WELCOME, MENU]);
        assertWaits(good, 'Gather', { action: '/menu' });
        assertNoErrors(good);
        assert.ok(!JSON.stringify(good).includes(TOKEN), 'the Auth Token is never in a turn');

        for (const options of [{ authToken: 'another-token-0123456789abcdef' }, {}]) {
          const rejected = await call('/signed', options).start();
          assert.equal(rejected.requests[0]?.status, 403, JSON.stringify(options));
          assert.ok(errors(rejected).length > 0, JSON.stringify(rejected.problems));
          assert.deepEqual(heard(rejected), []);
          assertEnded(rejected);
        }
      });
    });
  }
});
