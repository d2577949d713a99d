import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage } from '../../server/src/embedded/code/treeSitter';
import type { DiagnosticData } from '../../server/src/languageService';

const service = createHostLanguageService();
let version = 0;

/** A host document at `path` (under a fresh folder), analysed with its grammar loaded. */
async function analyse(
  path: string,
  languageId: string,
  text: string,
  escapeFunctions: string[] = [],
): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  const document = TextDocument.create(`file:///project${version++}/${path}`, languageId, 1, text);
  const settings = { escapeFunctions };
  let analysis = service.analyze(document, settings);
  if (analysis.pending) {
    await analysis.pending;
    analysis = service.analyze(document, settings);
  }
  return { document, diagnostics: service.doValidation(document, analysis, settings) };
}

/** The text each `unescaped-input` diagnostic covers. */
async function flagged(
  path: string,
  languageId: string,
  text: string,
  escapeFunctions: string[] = [],
): Promise<string[]> {
  const { document, diagnostics } = await analyse(path, languageId, text, escapeFunctions);
  return diagnostics.filter((d) => d.code === 'unescaped-input').map((d) => document.getText(d.range));
}

/** The host text after the quick fix of the first `unescaped-input` diagnostic. */
async function fixed(path: string, languageId: string, text: string): Promise<string | undefined> {
  const { document, diagnostics } = await analyse(path, languageId, text);
  const diagnostic = diagnostics.find((d) => d.code === 'unescaped-input');
  const fix = (diagnostic?.data as DiagnosticData | undefined)?.fixes?.find((f) => f.title.startsWith('Escape'));
  if (!fix) return undefined;
  return TextDocument.applyEdits(document, fix.edits);
}

test.before(async () => {
  await ensureLanguage('php');
});

const reply = (tag: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Message>You said: ${tag}</Message>
</Response>
`;

// ---- Jinja and Django ----

test('Jinja: a request value marked |safe is flagged, in a Flask .xml template and a .j2 file', async () => {
  assert.deepEqual(await flagged('templates/sms.xml', 'xml', reply("{{ request.form['Body']|safe }}")), [
    "{{ request.form['Body']|safe }}",
  ]);
  assert.deepEqual(
    await flagged('templates/sms.j2', 'jinja', reply("{{ request.values.get('Body', '')|trim|safe }}")),
    ["{{ request.values.get('Body', '')|trim|safe }}"],
  );
  // Django's dot lookup, written only in templates.
  assert.deepEqual(await flagged('templates/sms.xml', 'xml', reply('{% load static %}{{ request.POST.Body|safe }}')), [
    '{{ request.POST.Body|safe }}',
  ]);
});

test('Jinja: output inside {% autoescape false %} (Django: off) is flagged, and only there', async () => {
  const text = `<?xml version="1.0"?>
<Response>
  {% autoescape false %}<Message>{{ request.form['Body'] }}</Message>{% endautoescape %}
  <Message>{{ request.form['From'] }}</Message>
  {% autoescape off %}<Message>{{ request.GET.q }}</Message>{% endautoescape %}
</Response>
`;
  assert.deepEqual(await flagged('templates/sms.xml', 'xml', text), [
    "{{ request.form['Body'] }}",
    '{{ request.GET.q }}',
  ]);
});

test('Jinja: escaped output, escaping filters, constants, locals and Digits are not flagged', async () => {
  for (const tag of [
    "{{ request.form['Body'] }}",
    "{{ request.form['Body']|e }}",
    "{{ request.form['Body']|safe|escape }}",
    "{{ request.form['Body']|length }}",
    "{{ 'Hi & welcome'|safe }}",
    '{{ message|safe }}',
    "{{ request.form['Digits']|safe }}",
    '{{ request.POST.CallSid|safe }}',
    "{{ config['GREETING']|safe }}",
  ])
    assert.deepEqual(await flagged('templates/sms.xml', 'xml', reply(tag)), [], tag);
  const inEscapingBlock = `<Response>{% autoescape true %}<Message>{{ request.form['Body'] }}</Message>{% endautoescape %}</Response>`;
  assert.deepEqual(await flagged('templates/sms.xml', 'xml', inEscapingBlock), []);
});

test('Jinja: the fix turns |safe into |escape, or adds |escape inside an autoescape-false block', async () => {
  assert.equal(
    await fixed('templates/sms.xml', 'xml', reply("{{ request.form['Body'] | safe }}")),
    reply("{{ request.form['Body'] | escape }}"),
  );
  const block = (tag: string) =>
    `<Response>{% autoescape false %}<Message>${tag}</Message>{% endautoescape %}</Response>`;
  assert.equal(
    await fixed('templates/sms.xml', 'xml', block("{{ request.args.get('q') }}")),
    block("{{ request.args.get('q')|escape }}"),
  );
});

// ---- Mustache (TwiML Bins) and Handlebars ----

test('TwiML Bin: {{{Body}}} and {{&From}} are flagged; {{Body}}, {{{Digits}}} and unknown names are not', async () => {
  assert.deepEqual(await flagged('bin.twiml', 'twiml', reply('{{{Body}}} from {{& From}}')), [
    '{{{Body}}}',
    '{{& From}}',
  ]);
  assert.deepEqual(
    await flagged('bin.xml', 'xml', reply('{{Body}} {{{Digits}}} {{{Greeting}}} {{#e164}}{{To}}{{/e164}}')),
    [],
  );
});

test('Handlebars: a view local written raw is not known to come from the request', async () => {
  assert.deepEqual(await flagged('views/sms.hbs', 'handlebars', reply('{{{message}}} {{{Body}}}')), []);
});

test('TwiML Bin: the fix writes {{Body}}', async () => {
  assert.equal(await fixed('bin.twiml', 'twiml', reply('{{{ Body }}}')), reply('{{ Body }}'));
  assert.equal(await fixed('bin.twiml', 'twiml', reply('{{&Body}}')), reply('{{Body}}'));
});

// ---- EJS ----

test('EJS: <%- with a request read is flagged; <%=, locals and Digits are not', async () => {
  assert.deepEqual(await flagged('views/sms.ejs', 'ejs', reply('<%- req.body.Body %>')), ['<%- req.body.Body %>']);
  for (const tag of ['<%= req.body.Body %>', '<%- body %>', '<%- req.body.Digits %>', "<%- include('footer') %>"])
    assert.deepEqual(await flagged('views/sms.ejs', 'ejs', reply(tag)), [], tag);
});

test('EJS: the fix turns <%- into <%=', async () => {
  assert.equal(await fixed('views/sms.ejs', 'ejs', reply('<%- req.query.q %>')), reply('<%= req.query.q %>'));
});

// ---- ERB (Rails and plain) ----

test('Rails: <%==, raw and .html_safe with params are flagged; <%= and locals are not', async () => {
  const view = 'app/views/sms/reply.xml.erb';
  assert.deepEqual(await flagged(view, 'erb', reply('<%== params[:Body] %>')), ['<%== params[:Body] %>']);
  assert.deepEqual(await flagged(view, 'erb', reply('<%= raw(params[:Body]) %>')), ['<%= raw(params[:Body]) %>']);
  assert.deepEqual(await flagged(view, 'erb', reply('<%= raw params[:Body] %>')), ['<%= raw params[:Body] %>']);
  assert.deepEqual(await flagged(view, 'erb', reply("<%= params['Body'].html_safe %>")), [
    "<%= params['Body'].html_safe %>",
  ]);
  for (const tag of ['<%= params[:Body] %>', '<%== @body %>', '<%= raw(@message) %>', '<%== params[:Digits] %>'])
    assert.deepEqual(await flagged(view, 'erb', reply(tag)), [], tag);
});

test('Rails: the fixes drop <%==, raw and .html_safe', async () => {
  const view = 'app/views/sms/reply.xml.erb';
  assert.equal(await fixed(view, 'erb', reply('<%== params[:Body] %>')), reply('<%= params[:Body] %>'));
  assert.equal(await fixed(view, 'erb', reply('<%= raw(params[:Body]) %>')), reply('<%= params[:Body] %>'));
  assert.equal(await fixed(view, 'erb', reply('<%= params[:Body].html_safe %>')), reply('<%= params[:Body] %>'));
});

test('plain ERB (Sinatra): <%= params[...] %> is flagged; escaped, local and <%== are not; the fix wraps ERB::Util.h', async () => {
  assert.deepEqual(await flagged('views/reply.erb', 'erb', reply('<%= params[:Body] %>')), ['<%= params[:Body] %>']);
  for (const tag of [
    '<%= h(params[:Body]) %>',
    '<%= CGI.escapeHTML(params[:Body]) %>',
    '<%= @body %>',
    '<%== params[:Body] %>',
    '<%= params[:CallSid] %>',
  ])
    assert.deepEqual(await flagged('views/reply.erb', 'erb', reply(tag)), [], tag);
  assert.deepEqual(await flagged('views/reply.erb', 'erb', reply('<%= clean(params[:Body]) %>'), ['clean']), []);
  assert.equal(
    await fixed('views/reply.erb', 'erb', reply('<%= params[:Body] %>')),
    reply('<%= ERB::Util.h(params[:Body]) %>'),
  );
});

// ---- PHP and Blade ----

test('PHP: <?= and echo of a request read or a variable holding one are flagged', async () => {
  assert.deepEqual(await flagged('sms.php', 'php', reply("<?= $_POST['Body'] ?>")), ["<?= $_POST['Body'] ?>"]);
  assert.deepEqual(await flagged('sms.php', 'php', reply("<?php echo $_REQUEST['From']; ?>")), [
    "<?php echo $_REQUEST['From']; ?>",
  ]);
  const assigned = `<?php
header('Content-Type: text/xml');
$body = trim($_POST['Body'] ?? '');
$said = $body;
?>
${reply('<?= $said ?>')}`;
  assert.deepEqual(await flagged('sms.php', 'php', assigned), ['<?= $said ?>']);
});

test('PHP: escaped, constant, unknown and constrained values are not flagged', async () => {
  for (const tag of [
    "<?= htmlspecialchars($_POST['Body'], ENT_XML1) ?>",
    "<?= $_POST['Digits'] ?>",
    '<?= $name ?>',
    "<?= 'Hi' ?>",
    '<?= 42 ?>',
  ])
    assert.deepEqual(await flagged('sms.php', 'php', reply(tag)), [], tag);
  const cleaned = (line: string) => `<?php
$body = $_POST['Body'];
${line}
?>
${reply('<?= $body ?>')}`;
  for (const line of [
    '$body = strip_tags($body);',
    "$body .= '!';",
    'foreach ($list as $body) {}',
    'preg_match("/x/", $s, $body);',
  ])
    assert.deepEqual(await flagged('sms.php', 'php', cleaned(line)), [], line);
  assert.deepEqual(await flagged('sms.php', 'php', cleaned('if (isset($body)) {}')), ['<?= $body ?>']);
});

test('PHP: the fix wraps htmlspecialchars(…, ENT_QUOTES | ENT_XML1)', async () => {
  assert.equal(
    await fixed('sms.php', 'php', reply("<?= $_POST['Body'] ?>")),
    reply("<?= htmlspecialchars($_POST['Body'], ENT_QUOTES | ENT_XML1) ?>"),
  );
  assert.equal(
    await fixed('sms.php', 'php', reply("<?php echo $_GET['q']; ?>")),
    reply("<?php echo htmlspecialchars($_GET['q'], ENT_QUOTES | ENT_XML1); ?>"),
  );
});

test('Blade: {!! !!} of a request read is flagged and fixed to {{ }}; {{ }} is not', async () => {
  const view = (tag: string) => `@extends('twiml')\n${reply(tag)}`;
  assert.deepEqual(await flagged('resources/views/sms.blade.php', 'php', view("{!! $_POST['Body'] !!}")), [
    "{!! $_POST['Body'] !!}",
  ]);
  assert.deepEqual(
    await flagged('resources/views/sms.blade.php', 'php', view("{{ $_POST['Body'] }} {!! $body !!}")),
    [],
  );
  assert.equal(
    await fixed('resources/views/sms.blade.php', 'php', view("{!! $_POST['Body'] !!}")),
    view("{{ $_POST['Body'] }}"),
  );
});

test('a twiml-disable comment in the template silences the finding', async () => {
  const text = `<Response>
  {# twiml-disable-next-line unescaped-input #}
  <Message>{{ request.form['Body']|safe }}</Message>
  <Message>{{ request.form['From']|safe }}</Message>
</Response>
`;
  assert.deepEqual(await flagged('templates/sms.j2', 'jinja', text), ["{{ request.form['From']|safe }}"]);
});
