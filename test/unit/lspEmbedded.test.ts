/**
 * TwiML in code and templates through the built server over --stdio, as Neovim or Helix send
 * them: diagnostics in the host file's lines, an empty list for a file without TwiML (and when
 * the last TwiML literal is removed), hover inside a literal, inlay hints on SDK builder calls,
 * a document whose language id the server does not know read by its extension, and the route
 * lenses ("Text this route" / "Call this route") of a Flask and an Express webhook app.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { LspClient } from '../../fuzz/lspClient';

const SERVER = path.join(repoRoot(), 'dist', 'server.js');

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string | number; range: { start: { line: number; character: number } } }>;
}

const FLASK = [
  'from flask import Flask, request',
  'app = Flask(__name__)',
  '',
  '@app.route("/sms", methods=["POST"])',
  'def sms():',
  '    body = request.values.get("Body", "")',
  '    return f"""<Response>',
  '    <message to="{request.values.get(\'From\')}">You said {body}</message>',
  '</Response>"""',
  '',
].join('\n');

describe('TwiML in code over --stdio', { skip: !fs.existsSync(SERVER) }, () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient(SERVER);
    const response = await client.initialize();
    assert.ok(
      (response.result as { capabilities: Record<string, unknown> }).capabilities.inlayHintProvider,
      'inlay hints are announced',
    );
    assert.deepEqual(
      (response.result as { capabilities: Record<string, unknown> }).capabilities.codeLensProvider,
      { resolveProvider: false },
      'code lenses are announced',
    );
  });

  after(async () => {
    if (client.process.exitCode === null) client.process.kill('SIGKILL');
  });

  test('a Python f-string reply: the case error on the host line, nothing on the interpolated number', async () => {
    const uri = 'file:///lsp/app.py';
    client.open(uri, FLASK, 1, 'python');
    const published = (await client.waitForDiagnostics(uri, 1)).params as PublishParams;
    const caseError = published.diagnostics.find((d) => d.code === 'element-case');
    assert.ok(caseError, JSON.stringify(published.diagnostics));
    assert.deepEqual(caseError.range.start, { line: 7, character: 5 });
    assert.ok(!published.diagnostics.some((d) => d.code === 'invalid-attribute-value'));

    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 7, character: 7 },
    });
    assert.match(JSON.stringify(hover.result), /Message/);

    // Removing the literal clears the file's findings: an empty list, not silence.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'print("no TwiML here")\n' }],
    });
    const cleared = (await client.waitForDiagnostics(uri, 2)).params as PublishParams;
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('a file without TwiML gets an empty list', async () => {
    const uri = 'file:///lsp/util.ts';
    client.open(uri, 'export const add = (a: number, b: number): number => a + b;\n', 1, 'typescript');
    assert.deepEqual(((await client.waitForDiagnostics(uri, 1)).params as PublishParams).diagnostics, []);
  });

  test('an Express template literal under an unknown language id is read by its extension', async () => {
    const uri = 'file:///lsp/server.js';
    client.open(
      uri,
      "app.post('/sms', (req, res) => {\n  res.type('text/xml').send(`<Response><Mesage>${req.body.Body}</Mesage></Response>`);\n});\n",
      1,
      'javascript.node',
    );
    const published = (await client.waitForDiagnostics(uri, 1)).params as PublishParams;
    assert.ok(
      published.diagnostics.some((d) => d.code === 'unknown-element' && d.range.start.line === 1),
      JSON.stringify(published.diagnostics),
    );
  });

  test('a Jinja template under jinja-xml: the placeholder in to= is no finding', async () => {
    const uri = 'file:///lsp/templates/sms.xml.j2';
    client.open(
      uri,
      '<?xml version="1.0"?>\n<Response>\n  <Message to="{{ from_number }}">{{ reply }}</Message>\n</Response>\n',
      1,
      'jinja-xml',
    );
    assert.deepEqual(((await client.waitForDiagnostics(uri, 1)).params as PublishParams).diagnostics, []);
  });

  test('SDK builders: an inlay hint with characters and segments after the literal body', async () => {
    const uri = 'file:///lsp/sdk.py';
    const text =
      'from twilio.twiml.messaging_response import MessagingResponse\n\ndef reply():\n    resp = MessagingResponse()\n    resp.message("Hello there")\n    return str(resp)\n';
    client.open(uri, text, 1, 'python');
    await client.waitForDiagnostics(uri, 1);
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
    });
    const list = hints.result as Array<{ position: { line: number; character: number }; label: string }>;
    assert.equal(list.length, 1, JSON.stringify(hints));
    assert.deepEqual(list[0].position, { line: 4, character: 30 });
    assert.match(list[0].label, /11 char.*GSM-7.*1 segment/);
  });

  test('route lenses: a Flask app and an Express app, with the exact command and arguments', async () => {
    type Lens = {
      range: { start: { line: number } };
      command: { title: string; command: string; arguments: unknown[] };
    };
    const lensesOf = async (uri: string): Promise<Lens[]> =>
      (await client.request('textDocument/codeLens', { textDocument: { uri } })).result as Lens[];

    // FLASK imports no twilio but writes TwiML: its POST /sms replies with a <message> (wrong case).
    const flask = 'file:///lsp/lens/app.py';
    client.open(
      flask,
      FLASK + '\n@app.get("/voice")\ndef voice():\n    return "<Response><Say>Hi</Say></Response>"\n',
      1,
      'python',
    );
    assert.deepEqual(
      (await lensesOf(flask)).map((lens) => [lens.range.start.line, lens.command]),
      [
        [
          3,
          {
            title: '$(comment) Text this route',
            command: 'twiml.conversation.open',
            arguments: [{ path: '/sms', mode: 'text', method: 'POST' }],
          },
        ],
        [
          3,
          {
            title: '$(call-outgoing) Call this route',
            command: 'twiml.conversation.open',
            arguments: [{ path: '/sms', mode: 'call', method: 'POST', start: true }],
          },
        ],
        [
          10,
          {
            title: '$(call-outgoing) Call this route',
            command: 'twiml.conversation.open',
            arguments: [{ path: '/voice', mode: 'call', method: 'GET', start: true }],
          },
        ],
      ],
    );

    const express = 'file:///lsp/lens/server.js';
    client.open(
      express,
      [
        "const { twiml } = require('twilio');",
        "router.post('/sms', (req, res) => {",
        '  const reply = new twiml.MessagingResponse();',
        '  res.send(reply.toString());',
        '});',
        '',
      ].join('\n'),
      1,
      'javascript',
    );
    assert.deepEqual(
      (await lensesOf(express)).map((lens) => [lens.range.start.line, lens.command]),
      [
        [
          1,
          {
            title: '$(comment) Text this route',
            command: 'twiml.conversation.open',
            arguments: [{ path: '/sms', mode: 'text', method: 'POST' }],
          },
        ],
      ],
    );

    // An Express app without twilio or TwiML: no lenses.
    const plain = 'file:///lsp/lens/web.js';
    client.open(plain, "app.post('/login', (req, res) => res.send('ok'));\n", 1, 'javascript');
    assert.deepEqual(await lensesOf(plain), []);
  });
});
