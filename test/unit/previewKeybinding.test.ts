import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';

interface Contributes {
  commands: Array<{ command: string; title: string; category?: string }>;
  keybindings: Array<{ command: string; when?: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(__dirname), 'package.json'), 'utf8')) as {
  contributes: Contributes;
  activationEvents: string[];
};

test("the preview's keys work wherever its editor title button shows (Ctrl+K V in a Python file)", () => {
  const button = pkg.contributes.menus['editor/title'].find((item) => item.command === 'twiml.showPreviewToSide');
  assert.ok(button?.when);
  for (const command of ['twiml.showPreview', 'twiml.showPreviewToSide']) {
    const binding = pkg.contributes.keybindings.find((item) => item.command === command);
    assert.equal(binding?.when, button.when, command);
  }
});

test('twiml.replay.clearCookies is contributed with its palette title and activates the extension', () => {
  const command = pkg.contributes.commands.find((item) => item.command === 'twiml.replay.clearCookies');
  assert.deepEqual(command, { command: 'twiml.replay.clearCookies', title: 'Clear Replay Cookies', category: 'TwiML' });
  assert.ok(pkg.activationEvents.includes('onCommand:twiml.replay.clearCookies'));
});
