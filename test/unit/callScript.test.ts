/**
 * The call driver (webhook/src/sim/callScript.ts): which answer each wait gets, in order, with a
 * fake call standing in for the engine (no network). The rules are the issue's: answers go to the
 * waits in command-line order, an exhausted script times out once then hangs up, a <Dial> with no
 * status left is not answered, a <Record> gets a 5 s message, --no-input is a silent caller.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { CallAnswer, CallTurn, CallWait } from '../../webhook/src/conversation/types';
import { MAX_CALL_TURNS, runCallScript, type CallAnswers, type CallLike } from '../../webhook/src/sim/callScript';

type Verb = CallWait['verb'];

const ACCEPTS: Record<Verb, Array<CallAnswer['kind']>> = {
  Gather: ['digits', 'speech', 'silence', 'hangup'],
  Record: ['record', 'hangup'],
  Dial: ['dial', 'hangup'],
};

/** A call whose app waits on `waits` in turn (forever on the last one when `repeatLast`), then ends. */
class FakeCall implements CallLike {
  readonly answers: CallAnswer[] = [];
  private step = 0;
  private over = false;
  constructor(
    private readonly waits: Verb[],
    private readonly repeatLast = false,
  ) {}

  get ended(): boolean {
    return this.over;
  }

  get waiting(): CallWait | undefined {
    return this.over ? undefined : this.wait();
  }

  start(): Promise<CallTurn> {
    return Promise.resolve(this.turn());
  }

  answer(answer: CallAnswer): Promise<CallTurn> {
    assert.ok(!this.over, 'no answer after the end');
    this.answers.push(answer);
    if (answer.kind === 'hangup') this.over = true;
    else this.step++;
    return Promise.resolve({ ...this.turn(), answer });
  }

  private wait(): CallWait | undefined {
    const verb = this.waits[this.step] ?? (this.repeatLast ? this.waits.at(-1) : undefined);
    return verb && { verb, accepts: ACCEPTS[verb], attributes: {} };
  }

  private turn(): CallTurn {
    const waiting = this.over ? undefined : this.wait();
    if (!waiting) this.over = true;
    const base = { input: {}, voice: [], replies: [], requests: [], problems: [] };
    return waiting ? { ...base, waiting } : { ...base, ended: { reason: 'completed', durationSeconds: 3 } };
  }
}

const script = (answers: Partial<CallAnswers> = {}): CallAnswers => ({ gather: [], dials: [], ...answers });

test('each --press/--speak answers the next <Gather> in order; --dial-status the next <Dial>', async () => {
  const call = new FakeCall(['Gather', 'Dial', 'Gather', 'Dial', 'Gather']);
  const turns = await runCallScript(
    call,
    script({
      gather: [
        { kind: 'digits', digits: '1' },
        { kind: 'speech', text: 'billing' },
        { kind: 'digits', digits: '#' },
      ],
      dials: ['busy', 'completed'],
    }),
  );
  assert.deepEqual(call.answers, [
    { kind: 'digits', digits: '1' },
    { kind: 'dial', status: 'busy' },
    { kind: 'speech', text: 'billing' },
    { kind: 'dial', status: 'completed' },
    { kind: 'digits', digits: '#' },
  ]);
  assert.equal(turns.length, 6);
  assert.ok(turns.at(-1)?.ended);
  assert.deepEqual(
    turns.slice(1).map((turn) => turn.answer?.kind),
    ['digits', 'dial', 'speech', 'dial', 'digits'],
  );
});

test('out of answers: the next <Gather> times out, the one after gets a hang-up; a <Dial> gets no-answer', async () => {
  const call = new FakeCall(['Gather', 'Gather', 'Dial', 'Gather', 'Gather'], true);
  const turns = await runCallScript(call, script({ gather: [{ kind: 'digits', digits: '2' }] }));
  assert.deepEqual(call.answers, [
    { kind: 'digits', digits: '2' },
    { kind: 'silence' },
    { kind: 'dial', status: 'no-answer' },
    { kind: 'hangup' },
  ]);
  assert.equal(turns.length, 5);
  assert.ok(turns.at(-1)?.ended);
});

test('a <Record> gets a 5 s message, or --record-seconds', async () => {
  const defaults = new FakeCall(['Record', 'Record']);
  await runCallScript(defaults, script());
  assert.deepEqual(defaults.answers, [
    { kind: 'record', seconds: 5 },
    { kind: 'record', seconds: 5 },
  ]);
  const given = new FakeCall(['Record']);
  await runCallScript(given, script({ recordSeconds: 30 }));
  assert.deepEqual(given.answers, [{ kind: 'record', seconds: 30 }]);
});

test('--no-input: every <Gather> times out (hang-up at the second), every <Record> is empty', async () => {
  const call = new FakeCall(['Record', 'Gather', 'Record', 'Gather', 'Gather']);
  await runCallScript(call, script({ noInput: true, recordSeconds: 9 }));
  assert.deepEqual(call.answers, [
    { kind: 'record', seconds: 0 },
    { kind: 'silence' },
    { kind: 'record', seconds: 0 },
    { kind: 'hangup' },
  ]);
});

test('an answer the wait does not accept is given anyway: the engine reports it', async () => {
  class DtmfOnly extends FakeCall {
    override get waiting(): CallWait | undefined {
      const wait = super.waiting;
      return wait && { ...wait, accepts: ['digits', 'silence', 'hangup'] };
    }
  }
  const call = new DtmfOnly(['Gather']);
  await runCallScript(call, script({ gather: [{ kind: 'speech', text: 'sales' }] }));
  assert.deepEqual(call.answers, [{ kind: 'speech', text: 'sales' }]);
});

test('a call that ends at once is one turn; nothing is answered', async () => {
  const call = new FakeCall([]);
  const turns = await runCallScript(call, script({ gather: [{ kind: 'digits', digits: '1' }] }));
  assert.equal(turns.length, 1);
  assert.deepEqual(call.answers, []);
});

test('a runaway call is hung up after MAX_CALL_TURNS turns', async () => {
  // An app that answers every <Record> with another: answers never run out, so only the guard stops it.
  const call = new FakeCall(['Record'], true);
  const turns = await runCallScript(call, script());
  assert.equal(turns.length, MAX_CALL_TURNS);
  assert.deepEqual(call.answers.at(-1), { kind: 'hangup' });
  assert.equal(call.answers.filter((a) => a.kind === 'hangup').length, 1);
});

test('an engine that leaves `answer` off its turn gets it filled in; a rejection propagates', async () => {
  const call = new FakeCall(['Gather']);
  const original = call.answer.bind(call);
  call.answer = async (answer) => {
    const { answer: _dropped, ...turn } = await original(answer);
    void _dropped;
    return turn;
  };
  const turns = await runCallScript(call, script({ gather: [{ kind: 'digits', digits: '9' }] }));
  assert.deepEqual(turns[1].answer, { kind: 'digits', digits: '9' });
  const broken: CallLike = {
    ended: false,
    start: () => Promise.reject(new Error('engine down')),
    answer: () => Promise.reject(new Error('unused')),
  };
  await assert.rejects(runCallScript(broken, script()), /engine down/);
});
