import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  fixtureUri,
  openFixture,
  resetEditors,
  twimlDiagnostics,
  waitFor,
  waitForDiagnostic,
} from './helpers';

suite('Diagnostics', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a lowercase <message> is an element-case error', async () => {
    await openFixture('case-mistake.twiml');
    const diagnostic = await waitForDiagnostic(fixtureUri('case-mistake.twiml'), 'element-case');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.source, 'twiml');
    assert.equal(diagnostic.range.start.line, 2, 'the range points at the <message> line');
  });

  test('a <Message> after <Redirect> is an unreachable-verb warning, faded', async () => {
    const uri = fixtureUri('unreachable.twiml');
    await openFixture('unreachable.twiml');
    const diagnostic = await waitForDiagnostic(uri, 'unreachable-verb');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.range.start.line, 4, 'the range points at the second <Message>');
    // The fading may ride on the warning itself or on a companion hint spanning the dead verb.
    await waitFor(
      () =>
        twimlDiagnostics(uri).some(
          (d) => d.tags?.includes(vscode.DiagnosticTag.Unnecessary) && d.range.contains(diagnostic.range.start),
        ),
      'an Unnecessary-tagged (faded) diagnostic over the unreachable <Message>',
    );
  });
});
