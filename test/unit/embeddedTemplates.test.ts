/**
 * Template readers: a template file holding TwiML (Jinja, Django, Mustache/TwiML Bins,
 * Handlebars, ERB, EJS, PHP) read into the virtual TwiML document: exact virtual text, blocks,
 * placeholders and the host ↔ virtual map.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureLanguage, parserFor } from '../../server/src/embedded/code/treeSitter';
import { readTemplate } from '../../server/src/embedded/templates/readTemplate';
import {
  detectTemplateSyntax,
  templateSyntaxOfLanguage,
  type TemplateSyntax,
} from '../../server/src/embedded/templates/templateSyntax';
import type { EmbeddedDocument } from '../../server/src/embedded/virtualDocument';
import { parseXml } from '../../server/src/parser/parseXml';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/embedded/templates');

/** The placeholder character of the `index`-th placeholder. */
const P = (index: number): string => String.fromCharCode(0xe000 + index);

const phpReady = ensureLanguage('php');

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The syntaxes of a file as the server would pick them: by name, else by content. */
function syntaxesOf(name: string, text: string, languageId = 'xml'): TemplateSyntax[] {
  const byName = templateSyntaxOfLanguage(languageId, name);
  return byName ? [byName] : detectTemplateSyntax(text);
}

function read(name: string, languageId?: string): { host: string; doc: EmbeddedDocument } {
  const host = fixture(name);
  const doc = readTemplate(host, syntaxesOf(name, host, languageId));
  assert.ok(doc, `${name} gives a document`);
  assert.equal(doc.origin, 'template');
  assert.deepEqual(parseXml(doc.text).problems, [], `${name}: the virtual document is well-formed XML`);
  return { host, doc };
}

/** The blocks as [kind, virtual text] pairs, for readable assertions. */
function blocks(doc: EmbeddedDocument): Array<[string, string]> {
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
}

/** Host offset of the `occurrence`-th `needle`. */
function at(host: string, needle: string, occurrence = 1): number {
  let offset = -1;
  for (let n = 0; n < occurrence; n++) {
    offset = host.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} #${n + 1} not found`);
  }
  return offset;
}

test('syntax by language id and file name', () => {
  const cases: Array<[string, string, TemplateSyntax | undefined]> = [
    ['xml', 'sms.j2', 'jinja'],
    ['xml', 'sms.jinja2', 'jinja'],
    ['jinja-xml', 'sms.xml', 'jinja'],
    ['django-html', 'x.html', 'jinja'],
    ['xml', 'menu.hbs', 'mustache'],
    ['handlebars', 'menu.html', 'mustache'],
    ['xml', 'x.mustache', 'mustache'],
    ['xml', 'reply.xml.erb', 'erb'],
    ['erb', 'reply', 'erb'],
    ['xml', 'voice.ejs', 'erb'],
    ['ejs', 'voice', 'erb'],
    ['php', 'twiml', 'php'],
    ['xml', 'twiml.php', 'php'],
    ['xml', 'sms.xml', undefined],
    ['twiml', 'reply.twiml', undefined],
  ];
  for (const [id, name, expected] of cases) assert.equal(templateSyntaxOfLanguage(id, name), expected, `${id} ${name}`);
});

test('syntax by content', () => {
  assert.deepEqual(detectTemplateSyntax('<Response>{% if x %}{% endif %}</Response>'), ['jinja']);
  assert.deepEqual(detectTemplateSyntax('<Response>{# note #}</Response>'), ['jinja']);
  assert.deepEqual(detectTemplateSyntax('<Response>{{#e164}}{{To}}{{/e164}}</Response>'), ['mustache']);
  assert.deepEqual(detectTemplateSyntax('<Response>{{! c }}{{{ raw }}}{{^x}}{{/x}}</Response>'), ['mustache']);
  assert.deepEqual(detectTemplateSyntax('<Response>{{#if a}}A{{else}}B{{/if}}</Response>'), ['mustache']);
  // `{{ x }}` alone: Mustache, which reads it as Jinja would.
  assert.deepEqual(detectTemplateSyntax('<Response><Message>{{ Body }}</Message></Response>'), ['mustache']);
  assert.deepEqual(detectTemplateSyntax('<Response><%= x %></Response>'), ['erb']);
  assert.deepEqual(detectTemplateSyntax('<?php echo 1; ?><Response/>'), ['php']);
  assert.deepEqual(detectTemplateSyntax('<Response><?= $x ?></Response>'), ['php']);
  assert.deepEqual(detectTemplateSyntax('<?xml version="1.0"?><Response/>'), []);
  assert.deepEqual(detectTemplateSyntax('<Response>{% if a %}<%= b %>{% endif %}</Response>'), ['jinja', 'erb']);
});

test('Flask Jinja sms.xml: the for loop is a loop block, {{ body }} a placeholder', () => {
  const { host, doc } = read('sms.xml');
  assert.equal(
    doc.text,
    `<?xml version="1.0" encoding="UTF-8"?>\n \n<Response>\n     \n    <Message>${P(0)}</Message>\n     \n</Response>\n`,
  );
  assert.deepEqual(blocks(doc), [['loop', `\n    <Message>${P(0)}</Message>\n    `]]);
  assert.deepEqual(
    doc.placeholders.map((p) => [p.expression, p.kind]),
    [['body', 'output']],
  );
  const tag = at(host, '{{ body }}');
  assert.deepEqual(doc.placeholders[0].hostRange, { start: tag, end: tag + '{{ body }}'.length });
  // Host → virtual: text maps one to one; inside the tag, to the placeholder character.
  const message = at(host, '<Message>');
  assert.equal(doc.map.toVirtual(message), doc.text.indexOf('<Message>'));
  assert.equal(doc.map.toVirtual(tag + 3), doc.text.indexOf(P(0)));
  assert.equal(doc.map.toHost(doc.text.indexOf(P(0))), tag);
  assert.equal(doc.map.toHost(doc.text.indexOf(P(0)) + 1, 'end'), tag + '{{ body }}'.length);
  assert.equal(doc.map.toHost(doc.text.indexOf('</Response>')), at(host, '</Response>'));
});

test('Django: if/elif/else arms, statements inside an attribute are placeholders, {% static %} writes, comment and verbatim', () => {
  const { host, doc } = read('voice.django.xml', 'django-html');
  const say = `<Say voice="${P(0)}Polly.Celine${P(1)}Polly.Joanna${P(2)}">Welcome back, ${P(3)}</Say>`;
  assert.equal(
    doc.text,
    [
      // `{% load static %}` before anything writes nothing: the declaration stays first.
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Response>',
      '     ',
      `    ${say}`,
      '     ',
      `    <Dial>${P(4)}</Dial>`,
      '     ',
      `    <Play>${P(5)}</Play>`,
      '     ',
      '     ',
      '     <Say>{{ literally }}</Say> ',
      '</Response>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(blocks(doc), [
    ['branch', `\n    ${say}\n    `],
    ['branch', 'Polly.Celine'],
    ['branch', 'Polly.Joanna'],
    ['branch', `\n    <Dial>${P(4)}</Dial>\n    `],
    ['branch', `\n    <Play>${P(5)}</Play>\n    `],
  ]);
  assert.deepEqual(
    doc.placeholders.map((p) => [p.expression, p.kind]),
    [
      ["if caller.lang == 'fr'", 'statement'],
      ['else', 'statement'],
      ['endif', 'statement'],
      ['caller.name|default:"friend"', 'output'],
      ['agent_number', 'output'],
      ['static "closed.mp3"', 'output'],
    ],
  );
  // The verbatim block is host text: `{{ literally }}` maps one to one.
  assert.equal(doc.map.toVirtual(at(host, '{{ literally }}')), doc.text.indexOf('{{ literally }}'));
  assert.equal(doc.map.toVirtual(at(host, '{% load')), undefined, 'the leading statement maps nowhere');
});

test('TwiML Bin: {{From}} and {{#e164}}{{To}}{{/e164}} in an attribute', () => {
  const { host, doc } = read('twiml-bin.xml');
  assert.equal(
    doc.text,
    `<Response>\n  <Dial callerId="${P(0)}${P(1)}${P(2)}">\n    <Number>+15558675310</Number>\n  </Dial>\n  <Message>Call from ${P(3)}</Message>\n</Response>\n`,
  );
  assert.deepEqual(
    doc.placeholders.map((p) => [p.expression, p.kind]),
    [
      ['e164', 'statement'],
      ['To', 'output'],
      ['e164', 'statement'],
      ['From', 'output'],
    ],
  );
  // A Mustache section may run 0..n times: a loop.
  assert.deepEqual(blocks(doc), [['loop', P(1)]]);
  const from = at(host, '{{From}}');
  assert.equal(doc.map.toVirtual(from + 2), doc.text.indexOf(P(3)));
  assert.deepEqual(doc.map.rangeToHost({ start: doc.text.indexOf(P(3)), end: doc.text.indexOf(P(3)) + 1 }), {
    start: from,
    end: from + 8,
  });
});

test('Handlebars: {{#each}}…{{else}}, {{#if}} with ~ trimming, a long comment holding }}', () => {
  const { doc } = read('menu.hbs');
  assert.equal(
    doc.text,
    [
      '<Response>',
      '   ',
      `  <Gather numDigits="1" action="${P(0)}">`,
      '     ',
      `    <Say>Press ${P(1)} for ${P(2)}.</Say>`,
      '     ',
      '    <Say>No options today.</Say>',
      '     ',
      '  </Gather>',
      `   <Record maxLength="${P(3)}"/> <Hangup/> `,
      '</Response>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(blocks(doc), [
    ['loop', `\n    <Say>Press ${P(1)} for ${P(2)}.</Say>\n    `],
    ['branch', '\n    <Say>No options today.</Say>\n    '],
    ['branch', `<Record maxLength="${P(3)}"/>`],
    ['branch', '<Hangup/>'],
  ]);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['actionUrl', 'digit', 'label', 'max'],
  );
});

test('ERB reply.xml.erb: .each do … end is a loop, if/elsif/else arms, -%> trims the line break, "%>" in a string', () => {
  const { host, doc } = read('reply.xml.erb');
  const message = `  <Message to="${P(0)}">${P(1)}</Message>\n`;
  assert.equal(
    doc.text,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Response>',
      ' ',
      ` ${message}  `,
      `  <Redirect>${P(2)}</Redirect>`,
      ' ',
      '  <Hangup/>',
      ' ',
      `  <Say>No messages, ${P(3)}.</Say>`,
      ' ',
      '</Response>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(blocks(doc), [
    ['loop', message],
    ['branch', `\n  <Redirect>${P(2)}</Redirect>\n`],
    ['branch', '\n  <Hangup/>\n'],
    ['branch', `\n  <Say>No messages, ${P(3)}.</Say>\n`],
  ]);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['message.to', 'message.body', 'forward_url', '"%>"'],
  );
  const literal = at(host, '<%= "%>" %>');
  assert.deepEqual(doc.placeholders[3].hostRange, { start: literal, end: literal + '<%= "%>" %>'.length });
  assert.equal(doc.map.toVirtual(at(host, '<Hangup/>')), doc.text.indexOf('<Hangup/>'));
});

test('EJS view: if (x) { } else { }, forEach(function (n) { }), <%- %> output, <%_ _%> slurping', () => {
  const { doc } = read('voice.ejs');
  assert.equal(
    doc.text,
    `<Response>\n <Say>${P(0)}</Say>\n <Say>Hello</Say>\n  \n  <Dial>${P(1)}</Dial>\n   \n   \n</Response>\n`,
  );
  assert.deepEqual(blocks(doc), [
    ['branch', `<Say>${P(0)}</Say>\n`],
    ['branch', '<Say>Hello</Say>\n'],
    ['loop', `\n  <Dial>${P(1)}</Dial>\n  `],
  ]);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['greeting', 'n'],
  );
});

test('PHP page: the echoed declaration is part of the document, foreach/endforeach and { } else { } blocks, echo is output', async () => {
  await phpReady;
  const { host, doc } = read('twiml.php');
  assert.equal(
    doc.text,
    `<?xml version="1.0" encoding="UTF-8"?> <Response>\n <Message>${P(0)}</Message>\n  <Dial>${P(1)}</Dial>\n <Hangup/>\n </Response>\n`,
  );
  assert.deepEqual(blocks(doc), [
    ['loop', `<Message>${P(0)}</Message>\n`],
    ['branch', `<Dial>${P(1)}</Dial>\n`],
    ['branch', '<Hangup/>\n'],
  ]);
  assert.deepEqual(
    doc.placeholders.map((p) => [p.expression, p.kind]),
    [
      ['htmlspecialchars($message)', 'output'],
      ['$forward', 'output'],
    ],
  );
  // The declaration maps to the content of the PHP string literal.
  const declaration = at(host, '<?xml');
  assert.equal(doc.map.toHost(0), declaration);
  assert.equal(doc.map.toVirtual(declaration + 6), 6);
  assert.equal(parseXml(doc.text).declaration?.start, 0);
  // The same with a tree the caller keeps.
  const tree = parserFor('php')!.parse(host)!;
  try {
    assert.equal(readTemplate(host, ['php'], tree)?.text, doc.text);
  } finally {
    tree.delete();
  }
});

test('PHP: alternative syntax if/elseif/else/endif, a literal <?xml declaration, an escaped declaration in double quotes', async () => {
  await phpReady;
  const plain =
    '<?xml version="1.0"?>\n<Response><?php if ($a): ?>A<?php elseif ($b): ?>B<?php else: ?>C<?php endif; ?></Response>';
  const doc = readTemplate(plain, ['php']);
  // With short open tags off, as most servers run, `<?xml …?>` is text: its line break stays.
  assert.equal(doc?.text, '<?xml version="1.0"?>\n<Response> A B C </Response>');
  assert.deepEqual(blocks(doc!), [
    ['branch', 'A'],
    ['branch', 'B'],
    ['branch', 'C'],
  ]);
  const escaped =
    '<?php echo "<?xml version=\\"1.0\\"?>\\n"; ?><Response><?php while ($row = next()) { ?><Say><?= $row ?></Say><?php } ?></Response>';
  const read2 = readTemplate(escaped, ['php'])!;
  assert.equal(read2.text, `<?xml version="1.0"?>\n <Response> <Say>${P(0)}</Say> </Response>`);
  assert.deepEqual(blocks(read2), [['loop', `<Say>${P(0)}</Say>`]]);
});

test('not TwiML: an HTML template, a PHP file that is only code, a template starting with an output tag', async () => {
  await phpReady;
  assert.equal(readTemplate(fixture('page.html.j2'), ['jinja']), undefined);
  assert.equal(readTemplate('<?php\n$x = ["a" => 1];\necho json_encode($x);\n', ['php']), undefined);
  assert.equal(readTemplate('<!DOCTYPE html><html><?php echo $title; ?></html>', ['php']), undefined);
  assert.equal(readTemplate('{{ header }}<Response/>', ['mustache']), undefined);
  assert.ok(
    readTemplate('<!-- reply -->\n<response><Say>{{ x }}</Say></response>', ['jinja']),
    'lower-case root after a comment',
  );
  assert.ok(readTemplate('{% if a %}<Response>A</Response>{% else %}<Response>B</Response>{% endif %}', ['jinja']));
});

test('tags inside quotes and comments: the engine does not know XML, a template comment hides tags', () => {
  const doc = readTemplate(
    '<Response><!-- {{ note }} --><Say voice="{{ voice }}">{# {{ hidden }} #}{{ "}}" }}{{ \'%}\' }}</Say></Response>',
    ['jinja'],
  )!;
  // The builder sees an XML comment as the inside of a tag, where an output is a space.
  assert.equal(doc.text, `<Response><!--   --><Say voice="${P(0)}"> ${P(1)}${P(2)}</Say></Response>`);
  assert.deepEqual(
    doc.placeholders.map((p) => p.expression),
    ['voice', '"}}"', "'%}'"],
  );
  const mustache = readTemplate('<Response><Say>{{ "}}" }}{{!-- {{x}} }} --}}{{{ raw }}}</Say></Response>', [
    'mustache',
  ])!;
  assert.equal(mustache.text, `<Response><Say>${P(0)} ${P(1)}</Say></Response>`);
  assert.deepEqual(
    mustache.placeholders.map((p) => p.expression),
    ['"}}"', 'raw'],
  );
  const erb = readTemplate("<Response><Say><%= 'a %> b' %><%# don't %></Say><%% x %></Response>", ['erb'])!;
  assert.equal(erb.text, `<Response><Say>${P(0)} </Say><% x %></Response>`);
});

test('whitespace control and raw blocks', () => {
  const jinja = readTemplate(
    '<Response>\n  {%- if x -%}\n  <Say>{{- a -}}  </Say>\n{%- endif %}{% raw %}<Say>{{ x }}</Say>{% endraw %}</Response>',
    ['jinja'],
  )!;
  assert.equal(jinja.text, `<Response> <Say>${P(0)}</Say>  <Say>{{ x }}</Say> </Response>`);
  const hbs = readTemplate(
    '<Response>\n  {{~#if x~}}\n  <Say>a</Say>\n  {{~/if}}{{{{raw}}}}{{y}}{{{{/raw}}}}</Response>',
    ['mustache'],
  )!;
  assert.equal(hbs.text, '<Response> <Say>a</Say>  {{y}} </Response>');
  const erb = readTemplate('<Response>\n  <%- if x -%>\n  <Say>a</Say>\n  <%- end -%>\n</Response>', ['erb'])!;
  assert.equal(erb.text, '<Response>\n   <Say>a</Say>\n </Response>');
});

test('Ruby case/when, for, while, unless; one-line if … end opens nothing; a do block that is not an iterator', () => {
  const doc = readTemplate(
    '<Response><% case kind %><% when :a %>A<% when :b %>B<% else %>C<% end %><% for x in xs %>F<% end %><% while more? %>W<% end %><% unless y %>U<% end %><% if a then b end %><% cache do %>K<% end %></Response>',
    ['erb'],
  )!;
  assert.deepEqual(blocks(doc), [
    ['branch', 'A'],
    ['branch', 'B'],
    ['branch', 'C'],
    ['loop', 'F'],
    ['loop', 'W'],
    ['branch', 'U'],
  ]);
  assert.equal(doc.text, '<Response>  A B C  F  W  U   K </Response>');
});

test('nested blocks and a for … else arm (Jinja), {{^x}} and {{else if}} (Mustache)', () => {
  const jinja = readTemplate(
    '<Response>{% for m in ms %}{% if m.ok %}<Say>{{ m }}</Say>{% endif %}{% else %}<Hangup/>{% endfor %}{% with a=1 %}W{% endwith %}</Response>',
    ['jinja'],
  )!;
  assert.deepEqual(blocks(jinja), [
    ['loop', ` <Say>${P(0)}</Say> `],
    ['branch', `<Say>${P(0)}</Say>`],
    ['branch', '<Hangup/>'],
  ]);
  const hbs = readTemplate(
    '<Response>{{^items}}none{{/items}}{{#if a}}A{{else if b}}B{{^}}C{{/if}}{{#unless c}}U{{/unless}}</Response>',
    ['mustache'],
  )!;
  assert.deepEqual(blocks(hbs), [
    ['branch', 'none'],
    ['branch', 'A'],
    ['branch', 'B'],
    ['branch', 'C'],
    ['branch', 'U'],
  ]);
});

test('unclosed tags and stray closes never throw; an unclosed opener is text', async () => {
  await phpReady;
  const stray = readTemplate('{% endif %}<Response>{% endfor %}<Say>a</Say>{% else %}</Response>', ['jinja'])!;
  assert.equal(stray.text, '<Response> <Say>a</Say> </Response>');
  assert.deepEqual(stray.blocks, []);
  const strayMustache = readTemplate('{{/each}}<Response>{{/if}}{{else}}</Response>', ['mustache'])!;
  assert.equal(strayMustache.text, '<Response>  </Response>');
  assert.deepEqual(strayMustache.blocks, []);
  assert.equal(
    readTemplate('<Response><Say>{{ x</Say></Response>', ['mustache'])?.text,
    '<Response><Say>{{ x</Say></Response>',
  );
  const open = readTemplate('<Response>{% for x in y %}<Say>{% if', ['jinja'])!;
  assert.deepEqual(blocks(open), [['loop', '<Say>{% if']], 'a block left open ends with the document');
  assert.ok(readTemplate('<Response><% } %><% end %><% if (x) { %><%= y', ['erb']));
  assert.ok(readTemplate('<Response><?php } endif; ?><?php foreach ($a as $b): ?><Say><?= $b', ['php']));
  // Every prefix of every fixture, read with every syntax: nothing throws.
  for (const name of fs.readdirSync(FIXTURES)) {
    const text = fixture(name);
    for (let end = 0; end <= text.length; end += 3) {
      const prefix = text.slice(0, end);
      for (const syntax of ['jinja', 'mustache', 'erb', 'php'] as const) {
        const doc = readTemplate(prefix, [syntax]);
        if (doc) for (const p of doc.placeholders) assert.ok(p.hostRange.end <= prefix.length);
      }
    }
  }
});
