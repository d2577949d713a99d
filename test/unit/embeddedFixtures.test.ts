/**
 * Every host fixture (handlers in each language, templates, SDK builder code) validated end to
 * end through the host service: valid hosts get no Error or Warning, the others exactly the
 * findings listed here, at the host line.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage, type CodeLanguage } from '../../server/src/embedded/code/treeSitter';
import { repoRoot } from '../../fuzz/corpus';

const FIXTURES = path.join(repoRoot(), 'test', 'fixtures', 'embedded');

/** Errors and warnings expected per fixture, as `code@line` (1-based host lines). */
const EXPECTED: Record<string, string[]> = {
  'Reply.tsx.txt': [],
  'VoiceController.cs.txt': [],
  'VoiceController.java.txt': [],
  // Request values written raw (From, a route parameter, a form field): unescaped-input.
  'express_app.js': ['element-case@8', 'unescaped-input@8', 'unescaped-input@8', 'unescaped-input@14'],
  'flask_app.py': ['element-case@16', 'unescaped-input@16', 'unescaped-input@16'],
  'handler.go.txt': ['unescaped-input@13'],
  'voice_controller.rb': ['unescaped-input@7', 'unescaped-input@8', 'unescaped-input@15'],
  // Text after </Response> outside <?php ?> is sent too: a second root.
  'webhook.php': ['root-multiple@33', 'unescaped-input@20'],
  // Built across loops and branches: 1 looped + 10 plain <Message> is not 11, a <Redirect> in an
  // `if` arm does not make the appends after the `if` unreachable, a case error in a loop is found.
  'appends/LoopBuild.cs.txt': ['element-case@42'],
  'appends/LoopBuild.java.txt': ['element-case@33'],
  'appends/loop_build.go.txt': ['element-case@34'],
  'appends/loop_build.js': ['element-case@31'],
  'appends/loop_build.php': ['element-case@35'],
  'appends/loop_build.py': ['element-case@30'],
  'appends/loop_build.rb': ['element-case@31'],
  // The quickstart style: TwiML echoed over statements, loops and branches, read as one reply.
  'php/echo_chain.php': [],
  // A lowercase verb inside an echo chain, and one run printing two replies.
  'php/echo_chain_mistakes.php': ['element-case@8', 'root-multiple@15'],
  // One reply per branch, each ending the request: no second root.
  'php/alternatives.php': [],
  'php/alternatives_template.php': [],
  // Quoted attribute values holding an echo are opaque: no value check.
  'php/attr_quoted_echo.php': [],
  'sdk/after_redirect.py': ['unreachable-verb@10', 'unreachable-verb@18'],
  'sdk/esm_handler.ts.txt': ['unreachable-verb@9'],
  'sdk/express_app.js': [],
  'sdk/flask_quickstart.py': [],
  'sdk/long_body.py': ['message-body-too-long@6'],
  'sdk/not_twilio.py': [],
  'sdk/redirect_in_if.py': [],
  'sdk/redirect_node.js': ['unreachable-verb@7'],
  'templates/menu.hbs': [],
  'templates/page.html.j2': [],
  // <Message> in a voice document: the voice dialect has no <Message>.
  'templates/reply.xml.erb': ['wrong-dialect@5'],
  'templates/sms.xml': [],
  'templates/twiml-bin.xml': ['wrong-dialect@5'],
  'templates/twiml.php': ['wrong-dialect@7'],
  'templates/voice.django.xml': [],
  'templates/voice.ejs': [],
  // `action=<?php echo $url ?>`: the echoed value carries its own quotes: one opaque value.
  'php/attr_echo.php': [],
  // Shapes seen in real webhooks. A call after the closed reply (mail(), a helper) is not text
  // after the root; an echo after it still is.
  'realworld-shapes/echo_then_mail.php': [],
  'realworld-shapes/echo_then_mail_closed.php': ['root-multiple@7'],
  // A literal the parser could not read whole (escaped backticks) is not read as TwiML.
  'realworld-shapes/escaped_backticks.js': [],
  // Blade views: `@yield`, `{{ }}`, `{!! !!}` are placeholders, `@if`/`@foreach` blocks; a case
  // error inside is still found.
  'realworld-shapes/voice_layout.blade.php': [],
  'realworld-shapes/menu.blade.php': ['element-case@5'],
  // Blanks before <?xml removed by .trim()/.strip() before sending are not in the reply; a
  // literal sent as written keeps them.
  'realworld-shapes/trimmed_reply.js': [],
  'realworld-shapes/stripped_reply.py': ['xml-declaration-position@21'],
  // A <Response> holding only elements TwiML does not define is another XML's, not TwiML; one
  // holding a TwiML verb is still checked.
  'realworld-shapes/builder_tests.php': ['element-case@18'],
  // An echo whose `;` is missing: the joined value holds a parse error, nothing is read from it.
  'realworld-shapes/missing_semicolon.php': [],
  // A syntax error elsewhere in the file, even one wrapped around the function, leaves a whole
  // literal readable.
  'realworld-shapes/typo_elsewhere.py': ['element-case@12'],
  // Plivo's XML shares the <Response> root: a reply with <Speak>, <GetDigits>, <Wait> or
  // <Dial><User> is Plivo's, not TwiML; the Twilio reply beside it is still checked.
  'realworld-shapes/plivo_answer.php': [],
  'realworld-shapes/plivo_reply.py': ['element-case@22'],
};

const LANGUAGES: CodeLanguage[] = ['python', 'javascript', 'typescript', 'tsx', 'php', 'ruby', 'java', 'csharp', 'go'];

/** Errors and warnings of the host fixture at `relative`, as `code@line`. */
function findingsOf(service: ReturnType<typeof createHostLanguageService>, relative: string): string[] {
  // Fixtures in languages tsc would compile carry `.txt`: the host kind comes from the name before it.
  const document = TextDocument.create(
    `file:///fixtures/${relative.replace(/\.txt$/, '')}`,
    '',
    1,
    fs.readFileSync(path.join(FIXTURES, relative), 'utf8'),
  );
  return service
    .doValidation(document, service.analyze(document))
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => `${d.code}@${d.range.start.line + 1}`);
}

test('every host fixture has its expected findings, and only those', async () => {
  for (const language of LANGUAGES) await ensureLanguage(language);
  const service = createHostLanguageService();
  const seen: string[] = [];
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  for (const file of walk(FIXTURES)) {
    const relative = path.relative(FIXTURES, file).split(path.sep).join('/');
    seen.push(relative);
    assert.deepEqual(findingsOf(service, relative), EXPECTED[relative] ?? ['(fixture not listed)'], relative);
  }
  assert.deepEqual(
    seen.sort(),
    Object.keys(EXPECTED).sort(),
    'every fixture is listed, and every listed fixture exists',
  );
});
