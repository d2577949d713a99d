import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  fixtureUri,
  openFixture,
  parseJsonc,
  resetEditors,
  twimlDiagnostics,
  waitFor,
  waitForDiagnostic,
} from './helpers';

interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
}

/** The body of the snippet with `prefix`, read from the extension's own snippets file. */
function snippetBody(extensionPath: string, prefix: string): string {
  const file = path.join(extensionPath, 'snippets', 'twiml.code-snippets');
  const snippets = parseJsonc(fs.readFileSync(file, 'utf8')) as Record<string, SnippetDefinition>;
  const snippet = Object.values(snippets).find((candidate) => [candidate.prefix].flat().includes(prefix));
  if (!snippet) throw new Error(`no snippet with prefix ${prefix} in ${file}`);
  return [snippet.body].flat().join('\n');
}

suite('Snippets', () => {
  teardown(resetEditors);

  test('twiml-reply inserts TwiML the server accepts', async () => {
    const extension = await activateExtension();
    const uri = fixtureUri('snippet.twiml');
    const editor = await openFixture('snippet.twiml');
    // Start from an error so the server has demonstrably re-validated when it goes away.
    await waitForDiagnostic(uri, 'element-case');
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const inserted = await editor.insertSnippet(
      new vscode.SnippetString(snippetBody(extension.extensionPath, 'twiml-reply')),
      whole,
    );
    assert.ok(inserted, 'the snippet was inserted');
    assert.match(document.getText(), /<Response>[\s\S]*<Message>[\s\S]*<\/Message>[\s\S]*<\/Response>/);
    const errors = () => twimlDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    await waitFor(
      () => errors().length === 0,
      () =>
        `no error diagnostics after the snippet; still: ${errors()
          .map((d) => d.message)
          .join('; ')}`,
    );
  });
});
