import test from 'node:test';
import assert from 'node:assert/strict';
import { forgottenReplyText, replyDocumentName, ReplyStore, requestPath } from '../../client/src/replies/replyStore';

test('a reply is named after its request: method, path (no query), status', () => {
  assert.equal(
    replyDocumentName({ method: 'post', url: 'http://localhost:5000/sms', status: 200 }),
    'POST \u2215sms · 200 · reply.twiml',
  );
  assert.equal(
    replyDocumentName({ method: 'GET', url: 'http://h.test/a/b?Body=secret&From=%2B1', status: 404 }),
    'GET \u2215a\u2215b · 404 · reply.twiml',
    'the query (every parameter of a GET) stays out of the name',
  );
  assert.equal(
    replyDocumentName({ method: 'POST', url: 'http://h.test', status: undefined }),
    'POST \u2215 · no response · reply.twiml',
  );
  const odd = replyDocumentName({ method: 'POST', url: 'not a url/x\u0000y\\z', status: 1 });
  assert.ok(!odd.includes('/') && !odd.includes('\\') && !odd.includes('\u0000'), odd);
});

test('requestPath falls back to the text before any query for a non-URL', () => {
  assert.equal(requestPath('http://h.test/x?y=1'), '/x');
  assert.equal(requestPath('/relative?x=1'), '/relative');
});

test('every reply gets its own path; the last ones stay addressable, older ones are forgotten', () => {
  const store = new ReplyStore(3);
  const reply = { method: 'POST', url: 'http://h.test/sms', status: 200 };
  const stored = Array.from({ length: 5 }, (_, i) => store.add({ ...reply, body: `<Response>${i}</Response>` }));
  assert.equal(new Set(stored.map((s) => s.path)).size, 5, 'equal names, distinct paths');
  assert.ok(stored.every((s) => s.path.endsWith(`/${s.name}`)));
  assert.equal(store.size, 3);
  assert.equal(store.get(stored[0].path), undefined);
  assert.equal(store.get(stored[1].path), undefined);
  assert.equal(store.get(stored[4].path)?.body, '<Response>4</Response>');
  assert.match(forgottenReplyText(stored[0].path), /^<!-- .*no longer kept.*-->\n$/);
});
