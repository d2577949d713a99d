import test from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../webhook/src/replay/random';
import { buildSample, SAMPLE_KINDS } from '../../webhook/src/replay/samples';

const sid = (prefix: string): RegExp => new RegExp(`^${prefix}[0-9a-f]{32}$`);
const E164 = /^\+[1-9]\d{6,14}$/;

test('SMS sample: SIDs, E.164 numbers, geo fields and consistent counts', () => {
  const p = buildSample('sms', { random: seededRandom(1), body: 'Ahoy!' });
  assert.match(p.AccountSid, sid('AC'));
  assert.match(p.MessageSid, sid('SM'));
  assert.equal(p.SmsSid, p.MessageSid);
  assert.equal(p.SmsMessageSid, p.MessageSid);
  assert.match(p.From, E164);
  assert.match(p.To, E164);
  assert.equal(p.Body, 'Ahoy!');
  assert.equal(p.NumMedia, '0');
  assert.equal(p.NumSegments, '1');
  assert.equal(p.ApiVersion, '2010-04-01');
  assert.equal(p.SmsStatus, 'received');
  assert.equal(p.FromCountry, 'US');
  assert.equal(p.ToCity, 'SAUSALITO');
  assert.equal(p.MediaUrl0, undefined);
  assert.equal(p.MessagingServiceSid, undefined);
});

test('MMS sample: MM SID, media URLs and types match NumMedia', () => {
  const p = buildSample('mms', { random: seededRandom(2), mediaCount: 3 });
  assert.match(p.MessageSid, sid('MM'));
  assert.equal(p.NumMedia, '3');
  for (let i = 0; i < 3; i++) {
    const url = new RegExp(
      `^https://api\\.twilio\\.com/2010-04-01/Accounts/${p.AccountSid}/Messages/${p.MessageSid}/Media/ME[0-9a-f]{32}$`,
    );
    assert.match(p[`MediaUrl${i}`], url);
    assert.match(p[`MediaContentType${i}`], /^image\/(jpeg|png|gif)$/);
  }
  assert.equal(p.MediaUrl3, undefined);
  assert.equal(buildSample('mms', { random: seededRandom(2) }).NumMedia, '1');
  assert.equal(buildSample('mms', { mediaCount: 50 }).NumMedia, '10');
});

test('WhatsApp sample: whatsapp: addresses, WaId, ProfileName, one segment', () => {
  const p = buildSample('whatsapp', { random: seededRandom(3), from: '+447700900123', body: 'x'.repeat(400) });
  assert.equal(p.From, 'whatsapp:+447700900123');
  assert.match(p.To, /^whatsapp:\+[1-9]\d{6,14}$/);
  assert.equal(p.WaId, '447700900123');
  assert.ok(p.ProfileName.length > 0);
  assert.equal(p.NumSegments, '1');
  assert.match(p.MessagingServiceSid, sid('MG'));
  assert.match(p.MessageSid, sid('SM'));
  assert.equal(p.FromCity, undefined);
  assert.equal(buildSample('whatsapp', { from: 'whatsapp:+14155550100' }).From, 'whatsapp:+14155550100');
});

test('voice sample: CallSid, ringing inbound, Caller/Called mirror From/To', () => {
  const p = buildSample('voice', {
    random: seededRandom(4),
    from: '+16175551212',
    to: '+14155550199',
    body: 'ignored',
  });
  assert.match(p.CallSid, sid('CA'));
  assert.match(p.AccountSid, sid('AC'));
  assert.equal(p.CallStatus, 'ringing');
  assert.equal(p.Direction, 'inbound');
  assert.equal(p.Caller, p.From);
  assert.equal(p.Called, p.To);
  assert.equal(p.CallerCity, p.FromCity);
  assert.equal(p.CalledZip, p.ToZip);
  assert.equal(p.Body, undefined);
  assert.equal(p.MessageSid, undefined);
});

test('non-North-American numbers get the country but no city', () => {
  const p = buildSample('sms', { from: '+447700900123', to: '+33612345678' });
  assert.equal(p.FromCountry, 'GB');
  assert.equal(p.FromCity, '');
  assert.equal(p.ToCountry, 'FR');
});

test('the same seed gives the same payload; different seeds differ', () => {
  for (const kind of SAMPLE_KINDS) {
    assert.deepEqual(buildSample(kind, { random: seededRandom(9) }), buildSample(kind, { random: seededRandom(9) }));
    assert.notDeepEqual(
      buildSample(kind, { random: seededRandom(9) }),
      buildSample(kind, { random: seededRandom(10) }),
    );
  }
});

test('overrides are merged last and undefined removes a parameter', () => {
  const p = buildSample('sms', {
    overrides: { Body: 'STOP', OptOutType: 'STOP', FromCity: undefined, MessagingServiceSid: 'MG' + '0'.repeat(32) },
  });
  assert.equal(p.Body, 'STOP');
  assert.equal(p.OptOutType, 'STOP');
  assert.ok(!('FromCity' in p));
  assert.equal(p.MessagingServiceSid, 'MG' + '0'.repeat(32));
});

test('NumSegments follows the body: GSM-7 / UCS-2 segment sizes, at least 1', () => {
  assert.equal(buildSample('sms', { body: '' }).NumSegments, '1');
  assert.equal(buildSample('sms', { body: 'a'.repeat(161) }).NumSegments, '2');
  assert.equal(buildSample('sms', { body: 'ő'.repeat(71) }).NumSegments, '2');
  assert.equal(buildSample('mms', { body: 'a'.repeat(400) }).NumSegments, '1');
});
