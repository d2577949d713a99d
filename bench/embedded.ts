/**
 * Cost of TwiML in code: a 5,000-line Python file and a 5,000-line TypeScript file, each with 10
 * TwiML literals, and the same files without TwiML. Measures the first read (full parse) and a
 * keystroke inside a literal (incremental re-parse + extraction + validation of every part), in
 * process, through the host service the server uses.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostLanguageService } from '../server/src/embedded/hostService';
import { ensureLanguage, type CodeLanguage } from '../server/src/embedded/code/treeSitter';
import { median, quantile, timeMs } from './stats';

/** One benchmarked host file. */
export interface EmbeddedCase {
  label: string;
  languageId: string;
  language: CodeLanguage;
  text: string;
  /** Whether TwiML literals were written into it (decides the target). */
  hasTwiml: boolean;
}

const PY_HANDLER = (i: number, twiml: boolean): string =>
  [
    `@app.route("/sms/${i}", methods=["POST"])`,
    `def handler_${i}():`,
    `    """Answers route ${i}."""`,
    `    body = request.values.get("Body", "").strip().lower()`,
    `    count = session.get("count", 0) + 1  # how many texts so far`,
    `    session["count"] = count`,
    twiml
      ? `    return f"""<Response><Message to="{request.values.get('From')}">Reply ${i}: {body} ({count})</Message></Response>""", 200, {"Content-Type": "text/xml"}`
      : `    return jsonify({"route": ${i}, "body": body, "count": count})`,
    '',
    '',
  ].join('\n');

const TS_HANDLER = (i: number, twiml: boolean): string =>
  [
    `router.post('/sms/${i}', (req: Request, res: Response) => {`,
    `  const body: string = String(req.body.Body ?? '').trim();`,
    `  const count = (req.session.count ?? 0) + 1; // texts so far`,
    `  req.session.count = count;`,
    twiml
      ? `  res.type('text/xml').send(\`<Response><Message to="\${req.body.From}">Reply ${i}: \${body} (\${count})</Message></Response>\`);`
      : `  res.json({ route: ${i}, body, count });`,
    '});',
    '',
    '',
  ].join('\n');

/** A file of about `lines` lines with `literals` TwiML literals spread through it. */
function hostFile(handler: (i: number, twiml: boolean) => string, lines: number, literals: number): string {
  const perHandler = handler(0, false).split('\n').length - 1;
  const handlers = Math.ceil(lines / perHandler);
  const every = Math.max(1, Math.floor(handlers / Math.max(1, literals)));
  let text = '';
  for (let i = 0; i < handlers; i++) text += handler(i, literals > 0 && i % every === 0 && i / every < literals);
  return text;
}

/** The four benchmarked files. */
export function embeddedCases(lines = 5_000): EmbeddedCase[] {
  return [
    {
      label: `Python, ${lines} lines, 10 TwiML literals`,
      languageId: 'python',
      language: 'python',
      text: hostFile(PY_HANDLER, lines, 10),
      hasTwiml: true,
    },
    {
      label: `Python, ${lines} lines, no TwiML`,
      languageId: 'python',
      language: 'python',
      text: hostFile(PY_HANDLER, lines, 0),
      hasTwiml: false,
    },
    {
      label: `TypeScript, ${lines} lines, 10 TwiML literals`,
      languageId: 'typescript',
      language: 'typescript',
      text: hostFile(TS_HANDLER, lines, 10),
      hasTwiml: true,
    },
    {
      label: `TypeScript, ${lines} lines, no TwiML`,
      languageId: 'typescript',
      language: 'typescript',
      text: hostFile(TS_HANDLER, lines, 0),
      hasTwiml: false,
    },
  ];
}

/** Figures for one file. */
export interface EmbeddedResult {
  label: string;
  hasTwiml: boolean;
  lines: number;
  documents: number;
  diagnostics: number;
  firstReadMs: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
}

/**
 * Opens the file (first read), then types `count` characters inside the last TwiML literal's
 * message text (or at the end of a line of code when there is none), analysing and validating
 * after each one as the server does.
 */
export async function measureEmbedded(testCase: EmbeddedCase, count = 100): Promise<EmbeddedResult> {
  await ensureLanguage(testCase.language);
  const service = createHostLanguageService();
  let document = TextDocument.create(
    `file:///bench/${testCase.language}-${testCase.text.length}`,
    testCase.languageId,
    1,
    testCase.text,
  );
  const validate = (): number => service.doValidation(document, service.analyze(document)).length;
  const firstReadMs = timeMs(validate);
  const documents = service.analyze(document).parts.length;
  const diagnostics = validate();
  const anchor = testCase.text.lastIndexOf('Reply ');
  let offset = anchor >= 0 ? anchor + 'Reply '.length : testCase.text.indexOf('\n', testCase.text.length >> 1);
  const samples: number[] = [];
  for (let i = 0; i < count + 10; i++) {
    const position = document.positionAt(offset);
    const ms = timeMs(() => {
      document = TextDocument.update(
        document,
        [{ range: { start: position, end: position }, text: 'x' }],
        document.version + 1,
      );
      validate();
    });
    offset++;
    if (i >= 10) samples.push(ms); // the first few warm up the JIT
  }
  return {
    label: testCase.label,
    hasTwiml: testCase.hasTwiml,
    lines: testCase.text.split('\n').length,
    documents,
    diagnostics,
    firstReadMs,
    keystrokeMedianMs: median(samples),
    keystrokeP95Ms: quantile(samples, 0.95),
  };
}
