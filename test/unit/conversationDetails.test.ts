/** The pieces under the conversation: the interpreter's next requests, cookie expiry, the HTTP transport. */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLanguageService, nextRequests, childElements } from '../../server/src/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Conversation } from '../../webhook/src/conversation/conversation';
import { httpTransport } from '../../webhook/src/conversation/httpTransport';
import type { OutgoingRequest, TransportResult } from '../../webhook/src/conversation/types';
import { runSim } from '../../webhook/src/sim/cli';
import { READER } from './helpers/reader';

test('the interpreter says which request each messaging verb makes next', () => {
  const service = createLanguageService();
  const text =
    '<Response><Message action="/a" method="get" statusCallback="/s">x</Message><Redirect>next</Redirect><Redirect method="PUT">/p</Redirect><Message>y</Message></Response>';
  const twiml = service.analyze(TextDocument.create('file:///r.xml', 'twiml', 0, text), { dialect: 'messaging' });
  const verbs = childElements(twiml.root!);
  const plans = verbs.map((verb) => nextRequests(verb, twiml.resolved.get(verb)?.spec));
  assert.deepEqual(plans, [
    [
      { url: '/a', attribute: 'action', method: 'GET', purpose: 'status-then-document' },
      { url: '/s', attribute: 'statusCallback', method: 'POST', purpose: 'status' },
    ],
    [{ url: 'next', method: 'POST', purpose: 'document' }],
    [{ url: '/p', method: 'POST', purpose: 'document', badMethod: true }],
    [],
  ]);
});

test('the interpreter says which request each voice verb makes next, and where an absent action goes', () => {
  const service = createLanguageService();
  const text =
    '<Response><Gather numDigits="1"/><Record action="/r" method="GET" recordingStatusCallback="/rs" transcribeCallback="/t"/>' +
    '<Dial action="/d"><Number url="/w" statusCallback="/n" statusCallbackMethod="GET">+1</Number></Dial><Redirect>/x</Redirect><Say>hi</Say></Response>';
  const twiml = service.analyze(TextDocument.create('file:///v.xml', 'twiml', 0, text), { dialect: 'voice' });
  const [gather, record, dial, redirect, say] = childElements(twiml.root!);
  const plan = (element: typeof gather) => nextRequests(element, twiml.resolved.get(element)?.spec);
  // https://www.twilio.com/docs/voice/twiml/gather: without action, "Twilio calls the TwiML document making the request".
  assert.deepEqual(plan(gather), [{ url: '', attribute: 'action', method: 'POST', purpose: 'document' }]);
  assert.deepEqual(plan(record), [
    { url: '/r', attribute: 'action', method: 'GET', purpose: 'document' },
    { url: '/rs', attribute: 'recordingStatusCallback', method: 'POST', purpose: 'status' },
    { url: '/t', attribute: 'transcribeCallback', method: 'POST', purpose: 'status' },
  ]);
  assert.deepEqual(plan(dial), [{ url: '/d', attribute: 'action', method: 'POST', purpose: 'document' }]);
  assert.deepEqual(plan(childElements(dial)[0]), [
    { url: '/w', attribute: 'url', method: 'POST', purpose: 'callee-document' },
    { url: '/n', attribute: 'statusCallback', method: 'GET', purpose: 'status' },
  ]);
  assert.deepEqual(plan(redirect), [{ url: '/x', method: 'POST', purpose: 'document' }]);
  assert.deepEqual(plan(say), []);
});

test('cookies are forgotten after four idle hours, as Twilio does', async () => {
  let now = 0;
  const cookies: Array<string | undefined> = [];
  const transport = (request: OutgoingRequest): Promise<TransportResult> => {
    cookies.push(request.headers.cookie);
    return Promise.resolve({
      kind: 'response',
      status: 200,
      headers: { 'content-type': 'text/xml', 'set-cookie': 'seen=1; Path=/' },
      body: '<Response/>',
      ms: 1,
    });
  };
  const conversation = new Conversation({
    reader: READER,
    url: 'https://app.example.com/sms',
    transport,
    now: () => now,
  });
  await conversation.send({ body: 'a' });
  now += 60 * 60 * 1000;
  await conversation.send({ body: 'b' });
  now += 4 * 60 * 60 * 1000;
  await conversation.send({ body: 'c' });
  assert.deepEqual(cookies, [undefined, 'seen=1', undefined]);
});

test('the HTTP transport reports a timeout, a refusal and a response with its cookies', async () => {
  const server = http.createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    res.writeHead(201, {
      'Content-Type': 'text/xml',
      'Set-Cookie': ['a=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT', 'b=2'],
    });
    res.end('<Response/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = (url: string, timeoutMs = 2000): OutgoingRequest => ({ method: 'GET', url, headers: {}, timeoutMs });
  try {
    const ok = await httpTransport(request(`${base}/ok`));
    assert.equal(ok.kind, 'response');
    assert.equal(ok.kind === 'response' && ok.status, 201);
    assert.equal(ok.kind === 'response' && ok.headers['set-cookie'], 'a=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT\nb=2');
    const slow = await httpTransport(request(`${base}/slow`, 150));
    assert.equal(slow.kind === 'error' && slow.reason, 'timeout');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  const refused = await httpTransport(request(`${base}/ok`));
  assert.equal(refused.kind === 'error' && refused.reason, 'refused');
});

test('--auth-token-env names the variable that holds the token', async () => {
  let signature: string | undefined;
  const server = http.createServer((req, res) => {
    signature = req.headers['x-twilio-signature'] as string | undefined;
    res.writeHead(200, { 'Content-Type': 'text/xml' });
    res.end('<Response><Message>ok</Message></Response>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  let err = '';
  try {
    const code = await runSim([url, '--auth-token-env', 'MY_TOKEN', '--send', 'x'], {
      out: () => undefined,
      err: (t) => (err += t),
      env: { MY_TOKEN: 'abc' },
    });
    assert.equal(code, 0);
    assert.match(signature ?? '', /^[A-Za-z0-9+/]{27}=$/);
    assert.equal(err, '');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
