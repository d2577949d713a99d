/**
 * The Conversation panel in a real VS Code, driven through its commands as a keybinding or another
 * extension would: texting our cookie-counting Flask app twice (the second reply depends on the
 * first), calling our Flask IVR and pressing a key, and leaving no document that asks to be saved.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CallTurn, Turn } from '../../shared/turns';
import type { PhoneSnapshot } from '../../shared/conversationMessages';
import { startApp, type RunningApp } from '../unit/helpers/conversationApps';
import { activateExtension, openFixture, resetEditors, waitFor } from './helpers';

interface ConversationApi {
  getConversation(): PhoneSnapshot;
}

interface ReplyApi {
  showReplyDocument(reply: {
    method: string;
    url: string;
    status?: number;
    body: string;
  }): Promise<vscode.TextDocument>;
}

suite('Conversation panel', () => {
  let texting: RunningApp | undefined;
  let ivr: RunningApp | undefined;
  let api: ConversationApi;

  suiteSetup(async function () {
    api = (await activateExtension()).exports as unknown as ConversationApi;
    // Fails (not skips) without Flask: startApp says what is missing.
    [texting, ivr] = await Promise.all([startApp('flask'), startApp('flask-ivr')]);
  });

  suiteTeardown(async () => {
    await Promise.all([texting?.stop(), ivr?.stop()]);
  });

  teardown(resetEditors);

  test('texting the app twice through the commands: the second reply depends on the first (cookies)', async () => {
    assert.ok(texting);
    await vscode.commands.executeCommand('twiml.conversation.open', { url: `${texting.url}/sms`, mode: 'text' });
    await vscode.commands.executeCommand('twiml.conversation.clear');
    const first = await vscode.commands.executeCommand<Turn>('twiml.conversation.send', { text: 'hello' });
    const second = await vscode.commands.executeCommand<Turn>('twiml.conversation.send', { text: 'again' });
    assert.equal(first.problems.length, 0, JSON.stringify(first.problems));
    assert.equal(first.replies[0]?.body, 'Message 1');
    assert.equal(second.replies[0]?.body, 'Message 2', 'the cookie set by the first reply came back');
    assert.match(second.requests[0].requestHeaders?.cookie ?? '', /counter=1/);
    const snapshot = api.getConversation();
    assert.equal(snapshot.entries.length, 2);
    assert.equal(snapshot.cookies.find((c) => c.name === 'counter')?.value, '2');
    const panel = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'TwiML Conversation'),
      'the Conversation panel tab',
    );
    assert.ok(panel);
  });

  test('probing a route for injection: the raw echo is reported, the escaped one passes', async () => {
    assert.ok(texting);
    type Report = { vulnerable?: boolean; probes?: Array<{ verdict: string; added: string[] }> };
    const unsafe = await vscode.commands.executeCommand<Report>('twiml.conversation.probeInjection', {
      url: `${texting.url}/echo-unsafe`,
    });
    assert.equal(unsafe.vulnerable, true);
    assert.ok(unsafe.probes?.some((probe) => probe.verdict === 'injected' && probe.added.includes('Redirect')));
    const safe = await vscode.commands.executeCommand<Report>('twiml.conversation.probeInjection', {
      url: `${texting.url}/echo-safe`,
    });
    assert.equal(safe.vulnerable, false);
    // The hostile texts never entered the panel's own conversation.
    assert.ok(!api.getConversation().entries.some((entry) => JSON.stringify(entry).includes('injection-probe')));
  });

  test('calling a Gather route and pressing a key: the keys go to its action and the next menu is heard', async () => {
    assert.ok(ivr);
    const call = await vscode.commands.executeCommand<CallTurn>('twiml.conversation.call', { url: `${ivr.url}/voice` });
    assert.equal(call.waiting?.verb, 'Gather', JSON.stringify(call));
    assert.equal(api.getConversation().settings.mode, 'call');
    const pressed = await vscode.commands.executeCommand<CallTurn>('twiml.conversation.press', { digits: '1' });
    assert.equal(pressed.input.Digits, '1');
    assert.equal(new URL(pressed.requests[0].url).pathname, '/menu');
    const heard = JSON.stringify(pressed.voice);
    assert.match(heard, /For new orders press 1/, heard);
    const hungUp = await vscode.commands.executeCommand<CallTurn>('twiml.conversation.hangup');
    assert.ok(hungUp.ended, 'the call ends when the caller hangs up');
  });

  test('a reply opened from the conversation is read-only; closing everything asks to save nothing', async () => {
    await vscode.commands.executeCommand('twiml.conversation.open', {});
    const answered = api
      .getConversation()
      .entries.flatMap((entry) => entry.turn.requests)
      .filter((request) => request.responseBody !== undefined);
    const last = answered.at(-1);
    assert.ok(last?.responseBody !== undefined, 'the conversation has an answer to open');
    const reply = await (api as unknown as ReplyApi).showReplyDocument({
      method: last.method,
      url: last.url,
      status: last.status,
      body: last.responseBody,
    });
    assert.equal(reply.uri.scheme, 'twiml-reply');
    assert.equal(reply.languageId, 'twiml');
    const name = `${last.method} ${new URL(last.url).pathname.replace(/\//g, '∕')} · ${last.status} · reply.twiml`;
    assert.ok(reply.uri.path.endsWith(name), `${reply.uri.path} is named ${name}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isUntitled || d.isDirty);
    assert.deepEqual(
      dirty.map((d) => d.uri.toString()),
      [],
    );
  });
});

suite('Route code lenses', () => {
  teardown(resetEditors);

  for (const file of ['lens_routes.py', 'lens_routes.js']) {
    test(`${file}: "Text this route" above /sms and "Call this route" above /voice, opening the conversation`, async () => {
      await activateExtension();
      const editor = await openFixture(file);
      const lenses = await waitFor(async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          editor.document.uri,
        );
        return found && found.length >= 2 ? found : undefined;
      }, `code lenses in ${file}`);
      const shown = lenses.map((lens) => ({
        line: editor.document.lineAt(lens.range.start.line).text.trim(),
        title: lens.command?.title,
        command: lens.command?.command,
        args: lens.command?.arguments?.[0] as { path: string; mode: string; start?: boolean } | undefined,
      }));
      const sms = shown.find((lens) => lens.args?.path === '/sms');
      const voice = shown.find((lens) => lens.args?.path === '/voice');
      assert.equal(sms?.command, 'twiml.conversation.open', JSON.stringify(shown));
      assert.match(sms?.title ?? '', /Text this route/);
      assert.equal(sms?.args?.mode, 'text');
      assert.match(sms?.line ?? '', /sms/);
      assert.match(voice?.title ?? '', /Call this route/);
      assert.equal(voice?.args?.mode, 'call');
      assert.equal(voice?.args?.start, true, 'the call lens places the call at once');
      // The lens's command opens the panel at the base URL plus the route's path.
      const settings = await vscode.commands.executeCommand<{ url: string; mode: string }>(
        'twiml.conversation.open',
        // Without placing it here: nothing listens on the default base URL in this suite.
        { ...voice?.args, start: false },
      );
      assert.equal(settings.url, 'http://localhost:5000/voice');
      assert.equal(settings.mode, 'call');
    });
  }
});
