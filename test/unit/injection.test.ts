import test from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createHostLanguageService } from '../../server/src/embedded/hostService';
import { ensureLanguage, type CodeLanguage } from '../../server/src/embedded/code/treeSitter';
import type { DiagnosticData } from '../../server/src/languageService';
import { classifyExpression } from '../../server/src/embedded/injection/requestInput';

const service = createHostLanguageService();
let version = 0;

const EXTENSIONS: Record<string, string> = {
  python: 'py',
  javascript: 'js',
  typescript: 'ts',
  php: 'php',
  ruby: 'rb',
  java: 'java',
  csharp: 'cs',
  go: 'go',
};

async function analyse(
  languageId: string,
  text: string,
  escapeFunctions: string[] = [],
): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  const document = TextDocument.create(`file:///app${version++}.${EXTENSIONS[languageId]}`, languageId, 1, text);
  const settings = { escapeFunctions };
  let analysis = service.analyze(document, settings);
  if (analysis.pending) {
    await analysis.pending;
    analysis = service.analyze(document, settings);
  }
  return { document, diagnostics: service.doValidation(document, analysis, settings) };
}

/** The text each `unescaped-input` diagnostic covers. */
async function flagged(languageId: string, text: string, escapeFunctions: string[] = []): Promise<string[]> {
  const { document, diagnostics } = await analyse(languageId, text, escapeFunctions);
  return diagnostics.filter((d) => d.code === 'unescaped-input').map((d) => document.getText(d.range));
}

/** The text after the quick fix of the first `unescaped-input` diagnostic. */
async function fixed(languageId: string, text: string): Promise<string | undefined> {
  const { document, diagnostics } = await analyse(languageId, text);
  const diagnostic = diagnostics.find((d) => d.code === 'unescaped-input');
  const fix = (diagnostic?.data as DiagnosticData | undefined)?.fixes?.find((f) => f.title.startsWith('Escape'));
  if (!fix) return undefined;
  return TextDocument.applyEdits(document, fix.edits);
}

test.before(async () => {
  for (const language of [
    'python',
    'javascript',
    'typescript',
    'php',
    'ruby',
    'java',
    'csharp',
    'go',
  ] as CodeLanguage[])
    await ensureLanguage(language);
});

const FLASK = (line: string, use = '{body}') => `from flask import Flask, request
app = Flask(__name__)

@app.route("/sms", methods=["POST"])
def sms():
    ${line}
    return f"<Response><Message>You said: ${use}</Message></Response>"
`;

test('Python: a Flask request value in an f-string is flagged, directly or through a name', async () => {
  assert.deepEqual(await flagged('python', FLASK('body = request.values.get("Body", "").strip()')), ['{body}']);
  assert.deepEqual(await flagged('python', FLASK('body = request.form["Body"]')), ['{body}']);
  assert.deepEqual(await flagged('python', FLASK('x = 1', "{request.args.get('q')}")), ["{request.args.get('q')}"]);
  // Through a second name in the same function.
  assert.deepEqual(await flagged('python', FLASK('raw = request.values["Body"]\n    body = raw.lower()')), ['{body}']);
  // Django.
  assert.deepEqual(await flagged('python', FLASK('body = request.POST.get("Body")')), ['{body}']);
});

test('Python: escaped values, constants, numbers, helpers and other functions are never flagged', async () => {
  const quiet = [
    FLASK('body = escape(request.values.get("Body", ""))'),
    FLASK('body = html.escape(request.form["Body"])'),
    FLASK('body = "fixed"'),
    FLASK('body = len(request.values.get("Body", ""))'),
    FLASK('body = clean(request.values.get("Body", ""))'),
    FLASK('body = app.config["GREETING"]'),
    FLASK('body = request.values.get("Body")\n    body = escape(body)'),
    FLASK('x = 1', '{escape(request.values.get("Body"))}'),
    // No assignment in this function: the reader cannot tell.
    FLASK('x = 1'),
  ];
  for (const text of quiet) assert.deepEqual(await flagged('python', text), [], text);
});

test('Python: a FastAPI Form parameter is the request; a helper the user lists is an escape', async () => {
  const fastapi = `from fastapi import FastAPI, Form
app = FastAPI()

@app.post("/sms")
def sms(Body: str = Form(...)):
    return f"<Response><Message>{Body}</Message></Response>"
`;
  assert.deepEqual(await flagged('python', fastapi), ['{Body}']);
  const own = FLASK('body = xml_safe(request.values.get("Body", ""))');
  assert.deepEqual(await flagged('python', own), []);
  assert.deepEqual(await flagged('python', FLASK('body = request.values.get("Body", "")'), ['xml_safe']), ['{body}']);
  const listed = FLASK('body = request.values.get("Body", "")', '{xml_safe(body)}');
  assert.deepEqual(await flagged('python', listed, ['xml_safe']), []);
});

test('Python: the quick fix wraps the expression in escape() and imports it once', async () => {
  const result = await fixed('python', FLASK('body = request.values.get("Body", "")'));
  assert.ok(result, 'a fix is offered');
  assert.match(result, /^from flask import Flask, request\nfrom html import escape\napp = Flask/);
  assert.match(result, /You said: \{escape\(body\)\}<\/Message>/);
  const withImport = `import html\n${FLASK('body = request.values.get("Body", "")')}`;
  const second = await fixed('python', withImport);
  assert.match(second ?? '', /\{html\.escape\(body\)\}/);
  assert.doesNotMatch(second ?? '', /from html import escape/);
});

test('JavaScript and TypeScript: Express req.body in a template literal or a concatenation', async () => {
  const express = (body: string) => `const express = require('express');
const app = express();
app.post('/sms', (req, res) => {
  ${body}
});
`;
  assert.deepEqual(
    await flagged(
      'javascript',
      express('res.type("text/xml").send(`<Response><Message>${req.body.Body}</Message></Response>`);'),
    ),
    ['${req.body.Body}'],
  );
  assert.deepEqual(
    await flagged(
      'javascript',
      express("const { Body } = req.body;\n  res.send('<Response><Message>' + Body + '</Message></Response>');"),
    ),
    ['Body'],
  );
  assert.deepEqual(
    await flagged(
      'typescript',
      express(
        'const body: string = req.body.Body.trim();\n  res.send(`<Response><Message>${body}</Message></Response>`);',
      ),
    ),
    ['${body}'],
  );
  assert.deepEqual(
    await flagged(
      'javascript',
      express('const body = he.encode(req.body.Body);\n  res.send(`<Response><Message>${body}</Message></Response>`);'),
    ),
    [],
  );
  assert.deepEqual(
    await flagged(
      'javascript',
      express('const n = req.body.items.length;\n  res.send(`<Response><Message>${n}</Message></Response>`);'),
    ),
    [],
  );
});

test('PHP, Ruby, Java, C# and Go: each framework’s request read is flagged, its escape is not', async () => {
  const php = `<?php
$body = $_POST['Body'] ?? '';
echo "<Response><Message>" . $body . "</Message></Response>";
`;
  assert.deepEqual(await flagged('php', php), ['$body']);
  assert.deepEqual(await flagged('php', php.replace("$_POST['Body'] ?? ''", "htmlspecialchars($_POST['Body'])")), []);
  const php2 = `<?php\necho "<Response><Message>{$_GET['q']}</Message></Response>";\n`;
  assert.equal((await flagged('php', php2)).length, 1);

  const ruby = `post '/sms' do
  body = params[:Body].strip
  "<Response><Message>#{body}</Message></Response>"
end
`;
  assert.deepEqual(await flagged('ruby', ruby), ['#{body}']);
  assert.deepEqual(await flagged('ruby', ruby.replace('params[:Body].strip', 'CGI.escapeHTML(params[:Body])')), []);

  const java = `class Sms extends HttpServlet {
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String body = request.getParameter("Body");
    response.getWriter().print("<Response><Message>" + body + "</Message></Response>");
  }
}
`;
  assert.deepEqual(await flagged('java', java), ['body']);
  assert.deepEqual(
    await flagged(
      'java',
      java.replace('request.getParameter("Body")', 'StringEscapeUtils.escapeXml10(request.getParameter("Body"))'),
    ),
    [],
  );

  const csharp = `public class SmsController : Controller {
  public ContentResult Index() {
    var body = Request.Form["Body"];
    return Content($"<Response><Message>{body}</Message></Response>", "text/xml");
  }
}
`;
  assert.deepEqual(await flagged('csharp', csharp), ['{body}']);
  assert.deepEqual(
    await flagged('csharp', csharp.replace('Request.Form["Body"]', 'SecurityElement.Escape(Request.Form["Body"])')),
    [],
  );

  const go = `package main

func sms(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("Body")
	w.Write([]byte("<Response><Message>" + body + "</Message></Response>"))
}
`;
  assert.deepEqual(await flagged('go', go), ['body']);
  assert.deepEqual(
    await flagged('go', go.replace('r.FormValue("Body")', 'html.EscapeString(r.FormValue("Body"))')),
    [],
  );
});

test('the quick fix in Ruby, C#, Go and PHP writes the host’s escape and its import', async () => {
  const ruby = await fixed(
    'ruby',
    `post '/sms' do\n  body = params[:Body]\n  "<Response><Message>#{body}</Message></Response>"\nend\n`,
  );
  assert.match(ruby ?? '', /^require 'cgi'\n/);
  assert.match(ruby ?? '', /#\{CGI\.escapeHTML\(body\)\}/);
  const go = await fixed(
    'go',
    'package main\n\nfunc sms(w http.ResponseWriter, r *http.Request) {\n\tbody := r.FormValue("Body")\n\tw.Write([]byte("<Response><Message>" + body + "</Message></Response>"))\n}\n',
  );
  assert.match(go ?? '', /^package main\nimport "html"\n/);
  assert.match(go ?? '', /<Message>" \+ html\.EscapeString\(body\) \+ "<\/Message>/);
  const php = await fixed(
    'php',
    `<?php\n$body = $_POST['Body'];\necho "<Response><Message>" . $body . "</Message></Response>";\n`,
  );
  assert.match(php ?? '', /\. htmlspecialchars\(\$body, ENT_QUOTES \| ENT_XML1\) \./);
  // Inside a PHP string a call cannot be written: no fix rather than a broken one.
  assert.equal(
    await fixed('php', `<?php\n$body = $_POST['Body'];\necho "<Response><Message>$body</Message></Response>";\n`),
    undefined,
  );
});

test('the rule is a Warning that cites Twilio, with the 12100 code, and obeys twiml-disable comments', async () => {
  const { diagnostics } = await analyse('python', FLASK('body = request.form["Body"]'));
  const diagnostic = diagnostics.find((d) => d.code === 'unescaped-input');
  assert.equal(diagnostic?.severity, 2);
  assert.match(diagnostic?.message ?? '', /webhook's request/);
  const disabled = FLASK('body = request.form["Body"]  # twiml-disable-line unescaped-input').replace(
    '    return f"',
    '    # twiml-disable-next-line unescaped-input\n    return f"',
  );
  assert.deepEqual(await flagged('python', disabled), []);
});

test('classifyExpression reads whole expressions only', () => {
  assert.equal(classifyExpression('request.values.get("Body", "").strip()', 'python').kind, 'request');
  assert.equal(classifyExpression('(request.form["Body"] or "")', 'python').kind, 'request');
  assert.equal(classifyExpression('request.form["Body"][0:10]', 'python').kind, 'other');
  assert.equal(classifyExpression('escape(request.form["Body"])', 'python').kind, 'other');
  assert.equal(classifyExpression('params[:Body]', 'ruby').kind, 'request');
  assert.equal(classifyExpression('$_REQUEST["x"]', 'php').kind, 'request');
  assert.deepEqual(classifyExpression('body.strip()', 'python'), { kind: 'name', name: 'body' });
});

test('parameters Twilio fills with markup-free values (Digits, SIDs, statuses) are not injections', () => {
  assert.equal(classifyExpression('params[:Digits]', 'ruby').kind, 'other');
  assert.equal(classifyExpression("request.values.get('CallStatus')", 'python').kind, 'other');
  assert.equal(classifyExpression('req.body.Digits', 'javascript').kind, 'other');
  assert.equal(classifyExpression('r.FormValue("RecordingUrl")', 'go').kind, 'other');
  assert.equal(classifyExpression("request.values.get('SpeechResult', '')", 'python').kind, 'request');
  assert.equal(classifyExpression('req.body.From', 'javascript').kind, 'request');
  assert.equal(classifyExpression('$_POST["Body"]', 'php').kind, 'request');
});

test('where the file already uses the SDK builder, a second fix explains that it escapes for you', async () => {
  const text = `from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse
app = Flask(__name__)

@app.route("/sms", methods=["POST"])
def sms():
    body = request.values.get("Body", "")
    return f"<Response><Message>{body}</Message></Response>"
`;
  const { document, diagnostics } = await analyse('python', text);
  const fixes =
    (diagnostics.find((d) => d.code === 'unescaped-input')?.data as DiagnosticData | undefined)?.fixes ?? [];
  const note = fixes.find((fix) => fix.title.startsWith('Explain'));
  assert.ok(note, fixes.map((fix) => fix.title).join(', '));
  assert.match(
    TextDocument.applyEdits(document, note.edits),
    /\n {4}# The Twilio SDK's builder .* escapes text for you.*\n {4}return f"/,
  );
  // Without the SDK in the file there is no such fix.
  const plain = await analyse(
    'python',
    text.replace('from twilio.twiml.messaging_response import MessagingResponse\n', ''),
  );
  const plainFixes =
    (plain.diagnostics.find((d) => d.code === 'unescaped-input')?.data as DiagnosticData | undefined)?.fixes ?? [];
  assert.ok(!plainFixes.some((fix) => fix.title.startsWith('Explain')));
});

test('the preview fills a value traced to the request, escaped or not, from the sample message', async () => {
  const text = `from html import escape
from flask import Flask, request
app = Flask(__name__)

@app.route("/sms", methods=["POST"])
def sms():
    body = request.values.get("Body", "").strip()
    greeting = "Hi"
    return f"<Response><Message>{greeting}: {escape(body)} / {body}</Message></Response>"
`;
  const document = TextDocument.create(`file:///preview${version++}.py`, 'python', 1, text);
  let analysis = service.analyze(document);
  if (analysis.pending) {
    await analysis.pending;
    analysis = service.analyze(document);
  }
  const model = service.getPreviewModel(document, analysis);
  assert.deepEqual(
    model?.placeholders?.map((placeholder) => [placeholder.label, placeholder.parameter]),
    [
      ['{greeting}', undefined],
      ['{escape(body)}', 'Body'],
      ['{body}', 'Body'],
    ],
  );
});
