/**
 * What "the webhook's request" and "an escape" look like in each host language: the reads of a
 * request parameter per framework, the standard escaping calls, and the string-preserving calls a
 * value keeps its origin through (`.strip()`, `.trim()`). The `unescaped-input` rule reads code
 * placeholders and template tags with these; both only ever match whole expressions, so a value
 * the tables do not describe (a helper's result, `len(body)`) is one the rule cannot tell about,
 * and says nothing.
 *
 * Sources: Flask `request.values/form/args` (https://flask.palletsprojects.com/en/stable/api/#flask.Request),
 * Django `request.POST/GET`, FastAPI `Form(...)` parameters, Express `req.body/query/params`,
 * PHP `$_POST/$_GET/$_REQUEST`, Rails/Sinatra `params[...]`, Java servlets `getParameter`,
 * ASP.NET `Request.Form/Query` and `Request["..."]`, Go `r.FormValue/PostFormValue`.
 */

/** The languages whose expressions are read: code hosts, and the code inside template tags. */
export type InputLanguage = 'python' | 'javascript' | 'php' | 'ruby' | 'java' | 'csharp' | 'go';

const NAME = String.raw`\w+`;
const QUOTED = String.raw`(?:'[^'\n]*'|"[^"\n]*")`;
/** A `.get('Body')` / `.get("Body", "")` call: a key and an optional default. */
const GET_CALL = String.raw`\.get\(\s*${QUOTED}\s*(?:,\s*[^()\n]*)?\)`;
const SUBSCRIPT = String.raw`\[\s*${QUOTED}\s*\]`;

/** Whole-expression reads of one request parameter, per language. */
const REQUEST_READS: Readonly<Record<InputLanguage, readonly RegExp[]>> = {
  python: [
    // Flask request.values/form/args, Django request.POST/GET (and .GET.get).
    new RegExp(String.raw`^request\.(?:values|form|args|POST|GET)(?:${GET_CALL}|${SUBSCRIPT})$`),
  ],
  javascript: [
    // Express: req.body.Body, req.body['Body'], req.query.x, req.params.id.
    new RegExp(String.raw`^(?:req|request)\.(?:body|query|params)(?:\.${NAME}|${SUBSCRIPT})$`),
  ],
  php: [new RegExp(String.raw`^\$_(?:POST|GET|REQUEST)${SUBSCRIPT}$`)],
  ruby: [
    // Rails and Sinatra: params[:Body], params['Body'], params.fetch(:Body), params.dig(:Body).
    new RegExp(
      String.raw`^params(?:\[\s*(?::${NAME}|${QUOTED})\s*\]|\.(?:fetch|dig)\(\s*(?::${NAME}|${QUOTED})[^()\n]*\))$`,
    ),
  ],
  java: [new RegExp(String.raw`^${NAME}\.getParameter\(\s*"[^"\n]*"\s*\)$`)],
  csharp: [new RegExp(String.raw`^Request(?:\.(?:Form|Query))?\[\s*"[^"\n]*"\s*\]$`)],
  go: [new RegExp(String.raw`^${NAME}\.(?:FormValue|PostFormValue)\(\s*"[^"\n]*"\s*\)$`)],
};

/** Whole objects holding the request's parameters (`const { Body } = req.body`). */
const REQUEST_OBJECTS: Readonly<Partial<Record<InputLanguage, RegExp>>> = {
  javascript: /^(?:req|request)\.(?:body|query|params)$/,
};

/**
 * The standard escaping calls, by the name they are called with (the last segment of a dotted
 * callee: `html.escape` and `escape` both end in `escape`).
 */
export const ESCAPE_FUNCTIONS: Readonly<Record<InputLanguage, readonly string[]>> = {
  // html.escape, xml.sax.saxutils.escape, markupsafe.escape (and Markup.escape).
  python: ['escape', 'quoteattr'],
  // he.encode / he.escape, lodash _.escape, validator.escape, the xml-escape package (xmlEscape).
  javascript: ['encode', 'escape', 'xmlEscape', 'escapeXml', 'escapeHtml', 'encodeXML', 'encodeHTML'],
  php: ['htmlspecialchars', 'htmlentities'],
  // CGI.escapeHTML, ERB::Util.h / html_escape, Rails' h.
  ruby: ['escapeHTML', 'h', 'html_escape', 'escape_html', 'encode'],
  // Apache Commons StringEscapeUtils.escapeXml10/11/escapeXml/escapeHtml4.
  java: ['escapeXml10', 'escapeXml11', 'escapeXml', 'escapeHtml4', 'escapeHtml'],
  // System.Security.SecurityElement.Escape, WebUtility/HttpUtility.HtmlEncode.
  csharp: ['Escape', 'HtmlEncode'],
  // html.EscapeString; xml.EscapeText writes to a writer and is not an expression.
  go: ['EscapeString'],
};

/**
 * Calls and member calls that return the same text, changed in case or spacing only: a value read
 * through them is still the request's. Receiver calls are written `.name`, plain calls `name(`.
 */
const TRANSPARENT: Readonly<Record<InputLanguage, { methods: readonly string[]; calls: readonly string[] }>> = {
  python: { methods: ['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'title', 'capitalize'], calls: ['str'] },
  javascript: {
    methods: ['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toString'],
    calls: ['String'],
  },
  php: { methods: [], calls: ['trim', 'strtolower', 'strtoupper', 'ucfirst', 'strval'] },
  ruby: { methods: ['strip', 'downcase', 'upcase', 'capitalize', 'to_s', 'squish'], calls: [] },
  java: { methods: ['trim', 'strip', 'toLowerCase', 'toUpperCase', 'toString'], calls: ['String.valueOf'] },
  csharp: { methods: ['Trim', 'ToLower', 'ToUpper', 'ToString'], calls: [] },
  go: { methods: [], calls: ['strings.TrimSpace', 'strings.ToLower', 'strings.ToUpper'] },
};

/** A default written after a read (`or ''`, `|| ''`, `?? ''`): the value is still the request's. */
const DEFAULTS: Readonly<Record<InputLanguage, RegExp | undefined>> = {
  python: /\s+or\s+(?:''|""|'[^']*'|"[^"]*")$/,
  javascript: /\s*(?:\|\||\?\?)\s*(?:''|""|'[^']*'|"[^"]*"|``)$/,
  php: /\s*\?\?\s*(?:''|""|'[^']*'|"[^"]*")$/,
  ruby: /\s*\|\|\s*(?:''|""|'[^']*'|"[^"]*")$/,
  java: undefined,
  csharp: /\s*\?\?\s*(?:""|"[^"]*")$/,
  go: undefined,
};

/**
 * Webhook parameters Twilio fills itself with values that cannot hold markup: SIDs, statuses,
 * counts, durations, the keys pressed (`Digits`: 0-9, * and #), Twilio's own URLs. A caller or
 * texter cannot put "<" or "&" in them, so writing them unescaped is not an injection. Free text
 * (`Body`, `SpeechResult`, `ProfileName`, `CallerName`), addresses (`From` can be a SIP URI) and
 * the app's own form fields are not here: they are flagged.
 * Source: the parameter tables of https://www.twilio.com/docs/messaging/guides/webhook-request and
 * https://www.twilio.com/docs/voice/twiml#request-parameters.
 */
export const CONSTRAINED_PARAMETERS: ReadonlySet<string> = new Set([
  'AccountSid',
  'ApiVersion',
  'CallDuration',
  'CallSid',
  'CallStatus',
  'Confidence',
  'DialCallDuration',
  'DialCallSid',
  'DialCallStatus',
  'Digits',
  'Direction',
  'ErrorCode',
  'MessageSid',
  'MessageStatus',
  'MessagingServiceSid',
  'NumMedia',
  'NumSegments',
  'ParentCallSid',
  'QueueSid',
  'QueueTime',
  'RecordingDuration',
  'RecordingSid',
  'RecordingUrl',
  'SmsMessageSid',
  'SmsSid',
  'SmsStatus',
]);

/** The parameter a request read names (`Body` in `request.form['Body']`, `params[:Body]`). */
export function parameterOf(read: string): string | undefined {
  const match = /(?:\[\s*:?|\(\s*:?|\.)['"]?(\w+)['"]?\s*(?:[\],)]|$)[^[(.]*$/.exec(read);
  return match?.[1];
}

/** What an expression is, as far as the rule can tell. */
export type InputVerdict =
  /** It reads a request parameter and nothing escapes it. */
  | { kind: 'request'; read: string }
  /** A name (after string-preserving calls): its origin is its assignments. */
  | { kind: 'name'; name: string }
  /** Escaped, a constant, or anything the tables do not describe: never flagged. */
  | { kind: 'other' };

/** Peels string-preserving calls, defaults and parentheses off `text` until none is left. */
function peel(
  text: string,
  language: InputLanguage,
  extraEscapes: readonly string[],
  mode: ReadMode,
): string | undefined {
  let current = text.trim();
  const { methods, calls } = TRANSPARENT[language];
  for (let guard = 0; guard < 20; guard++) {
    const before = current;
    if (isEscapeCall(current, language, extraEscapes)) {
      if (mode === 'taint') return undefined;
      // Where the value comes from: an escape keeps its first argument's origin.
      const inner = firstArgument(current);
      if (inner === undefined) return undefined;
      current = inner;
    }
    const fallback = DEFAULTS[language];
    if (fallback) current = current.replace(fallback, '');
    const method = /^(.*)\.(\w+)\(\s*\)$/s.exec(current);
    if (method && methods.includes(method[2])) current = method[1].trim();
    // Ruby calls methods without parentheses: `params[:Body].strip`.
    const bare = language === 'ruby' ? /^(.*)\.(\w+)$/s.exec(current) : null;
    if (bare && methods.includes(bare[2])) current = bare[1].trim();
    const call = /^([\w.]+)\((.*)\)$/s.exec(current);
    if (call && calls.includes(call[1]) && balanced(call[2])) current = call[2].trim();
    const paren = /^\((.*)\)$/s.exec(current);
    if (paren && balanced(paren[1])) current = paren[1].trim();
    if (current === before) return current;
  }
  return current;
}

/** The first argument of a call written `name(a, b)`, or undefined. */
function firstArgument(call: string): string | undefined {
  const open = call.indexOf('(');
  if (open < 0 || !call.endsWith(')')) return undefined;
  const args = call.slice(open + 1, -1);
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const char = args[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) return args.slice(0, i).trim();
  }
  return args.trim() || undefined;
}

/** True when `text` has as many "(" as ")" and never closes more than it opened. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** True when `text` is a call of one of the language's escapes (or one the user listed). */
export function isEscapeCall(text: string, language: InputLanguage, extraEscapes: readonly string[] = []): boolean {
  const call = /^([\w.:$]+)\s*\((.*)\)$/s.exec(text.trim());
  if (!call || !balanced(call[2])) return false;
  const callee = call[1];
  const last = callee.split(/\.|::/).pop() ?? callee;
  return ESCAPE_FUNCTIONS[language].includes(last) || extraEscapes.includes(callee) || extraEscapes.includes(last);
}

/** True when `text` contains a call of an escape anywhere: such a value is never flagged. */
export function mentionsEscape(text: string, language: InputLanguage, extraEscapes: readonly string[] = []): boolean {
  return escapeMention(language, extraEscapes).test(text);
}

/** One compiled pattern per language and list of user escapes (the list rarely changes). */
const MENTIONS = new Map<string, RegExp>();

function escapeMention(language: InputLanguage, extraEscapes: readonly string[]): RegExp {
  const key = `${language}\n${extraEscapes.join('\n')}`;
  let pattern = MENTIONS.get(key);
  if (!pattern) {
    const names = [...ESCAPE_FUNCTIONS[language], ...extraEscapes.map((name) => name.split(/\.|::/).pop() ?? name)];
    const alternatives = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(String.raw`(?:^|[^\w$])(?:${alternatives})\s*\(`);
    if (MENTIONS.size > 32) MENTIONS.clear();
    MENTIONS.set(key, pattern);
  }
  return pattern;
}

/**
 * How an expression is read: `taint` (the rule) asks whether it writes request input unescaped,
 * so an escape or a markup-free parameter ends the question; `origin` (the preview) asks only
 * which request parameter the value comes from, escaped or not.
 */
export type ReadMode = 'taint' | 'origin';

/** Reads `expression` (host code, as written) for where its value comes from. */
export function classifyExpression(
  expression: string,
  language: InputLanguage,
  extraEscapes: readonly string[] = [],
  mode: ReadMode = 'taint',
): InputVerdict {
  if (mode === 'taint' && mentionsEscape(expression, language, extraEscapes)) return { kind: 'other' };
  const core = peel(expression, language, extraEscapes, mode);
  if (core === undefined) return { kind: 'other' };
  if (REQUEST_READS[language].some((pattern) => pattern.test(core))) {
    const parameter = parameterOf(core);
    const markupFree = mode === 'taint' && parameter !== undefined && CONSTRAINED_PARAMETERS.has(parameter);
    return markupFree ? { kind: 'other' } : { kind: 'request', read: core };
  }
  const name = language === 'php' ? /^\$\w+$/.exec(core) : /^[A-Za-z_]\w*$/.exec(core);
  return name ? { kind: 'name', name: name[0] } : { kind: 'other' };
}

/** True when `expression` is the request's parameter object itself (`req.body`). */
export function isRequestObject(expression: string, language: InputLanguage): boolean {
  return REQUEST_OBJECTS[language]?.test(expression.trim()) ?? false;
}

/**
 * Reads only templates write: Jinja (Flask's `request` is in every template's context) and Django
 * templates (with the `request` context processor) reach a parameter by attribute,
 * `request.form.Body`, `request.POST.Body`: Jinja falls back to the item, Django's dot lookup tries
 * the item first. In Python code the same text raises, so code is never read with these.
 */
const JINJA_TEMPLATE_READ = /^request\.(?:values|form|args|POST|GET)\.(\w+)$/;

/**
 * Reads a Jinja or Django template's expression (its filters already removed) for where its value
 * comes from: Python's reads, and the attribute reads only templates write.
 */
export function classifyJinjaExpression(expression: string, extraEscapes: readonly string[] = []): InputVerdict {
  const verdict = classifyExpression(expression, 'python', extraEscapes);
  if (verdict.kind !== 'other' || mentionsEscape(expression, 'python', extraEscapes)) return verdict;
  const core = peel(expression, 'python', extraEscapes, 'taint');
  const match = core === undefined ? null : JINJA_TEMPLATE_READ.exec(core);
  if (!match || CONSTRAINED_PARAMETERS.has(match[1])) return verdict;
  return { kind: 'request', read: match[0] };
}
