import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, openDocument, openFixture, resetEditors, waitFor } from './helpers';

suite('Activation and language detection', () => {
  teardown(resetEditors);

  test('opening a .twiml file activates the extension with language twiml', async () => {
    const editor = await openFixture('hello.twiml');
    assert.equal(editor.document.languageId, 'twiml');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test host`);
    await waitFor(() => extension.isActive, 'the extension to activate');
  });

  test('an .xml file whose root is <Response> becomes twiml', async () => {
    const uri = fixtureUri('reply.xml');
    await openFixture('reply.xml');
    await waitFor(() => openDocument(uri)?.languageId === 'twiml', 'reply.xml to switch to twiml');
  });

  test('another .xml file stays xml', async () => {
    const uri = fixtureUri('note.xml');
    await openFixture('note.xml');
    // Make sure detection has had its chance: a TwiML .xml opened after it does switch.
    await openFixture('reply.xml');
    await waitFor(() => openDocument(fixtureUri('reply.xml'))?.languageId === 'twiml', 'reply.xml to switch to twiml');
    assert.equal(openDocument(uri)?.languageId, 'xml');
  });
});
