/**
 * The `unescaped-input` rule in templates: a tag that writes a request value raw into the TwiML.
 * Templates follow their engines, so a tag is judged on two questions, both answered "yes" before
 * anything is said:
 * 1. Does the tag write raw? Jinja's `|safe` or a `{% autoescape false %}` block (Flask
 *    autoescapes `.xml` templates, Django every template; a bare `{{ x }}` elsewhere depends on the
 *    app's Environment, which the reader cannot see, so it says nothing), Mustache `{{{x}}}` and
 *    `{{&x}}`, EJS `<%-`, Rails' `<%==`, `raw` and `.html_safe`, `<%=` in plain ERB (Sinatra does
 *    not escape), PHP `<?= ?>`/`echo` and Blade's `{!! !!}`.
 * 2. Does the value come from the request? Only an explicit request read (`request.form['Body']`,
 *    `params[:Body]`, `$_POST['Body']`, `req.body.Body`), a PHP variable every assignment of which
 *    is one, or, in a TwiML Bin, a webhook parameter Twilio fills with someone else's text
 *    (`{{{Body}}}`). A template's locals (`{{{message}}}` in an Express view) come from code the
 *    reader does not see: nothing is said about them.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { EmbeddedDocument, Placeholder } from '../virtualDocument';
import type { Finding, FixProposal } from '../../languageService';
import type { TemplateSyntax } from '../templates/templateSyntax';
import { extensionOf } from '../hostKind';
import { TWILIO_CODES } from '../../data/errorCodes';
import { classifyExpression, classifyJinjaExpression, type InputLanguage, type InputVerdict } from './requestInput';

/** What the template finder needs. */
export interface TemplateInjectionInput {
  /** The host text; placeholders' ranges are offsets into it. */
  text: string;
  /** The host's URI: its extension tells ERB from EJS, its folder a Rails view. */
  uri: string;
  languageId: string;
  /** The template syntaxes the host was read in. */
  syntaxes: readonly TemplateSyntax[];
  documents: readonly EmbeddedDocument[];
  /** True for a `.twiml`/`.xml` file: Mustache there is a TwiML Bin's, whose names are the webhook's parameters. */
  twimlFile: boolean;
  /** The PHP file's tree, to follow `<?= $body ?>` to `$body = $_POST['Body'];`. */
  phpTree?: Tree;
  /** Escaping helpers the user named (setting `twiml.escapeFunctions`). */
  extraEscapes?: readonly string[];
}

/** A tag found writing a request value raw: why it is raw, where the value comes from, the fix. */
interface RawWrite {
  read: string;
  why: string;
  fix: FixProposal | undefined;
}

/** The `unescaped-input` findings of a template host, in host offsets. */
export function templateInjectionFindings(input: TemplateInjectionInput): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  const rawBlocks = input.syntaxes.includes('jinja') ? autoescapeOffBlocks(input.text) : [];
  for (const document of input.documents) {
    if (document.origin !== 'template') continue;
    for (const placeholder of document.placeholders) {
      if (placeholder.kind !== 'output' || !placeholder.expression || seen.has(placeholder.hostRange.start)) continue;
      const write = rawWriteOf(input, placeholder, rawBlocks);
      if (!write) continue;
      seen.add(placeholder.hostRange.start);
      findings.push({
        rule: 'unescaped-input',
        range: placeholder.hostRange,
        message:
          `\`${placeholder.expression}\` comes from the webhook's request (${write.read}) and ${write.why}: ` +
          `a message with "&" or "<" breaks the reply (${TWILIO_CODES.documentParseFailure}), and one with "</Message><Redirect>…" takes the conversation over. ` +
          `Escape it.`,
        fixes: write.fix ? [write.fix] : [],
      });
    }
  }
  return findings;
}

/** The raw write `placeholder` makes of a request value, judged by its tag, or undefined. */
function rawWriteOf(
  input: TemplateInjectionInput,
  placeholder: Placeholder,
  rawBlocks: ReadonlyArray<[number, number]>,
): RawWrite | undefined {
  const tag = input.text.slice(placeholder.hostRange.start, placeholder.hostRange.end);
  if (tag.startsWith('<%')) return erbWrite(input, placeholder, tag);
  if (tag.startsWith('<?')) return phpWrite(input, placeholder, tag);
  if (tag.startsWith('{!!')) return bladeWrite(input, placeholder);
  if (tag.startsWith('{{{') || /^\{\{~?\s*&/.test(tag)) return mustacheWrite(input, placeholder, tag);
  // `{{ x }}`: Jinja's, or a Flask template with no `{% %}` (read as Mustache): only Jinja has filters.
  // Blade's `{{ $a || $b }}` is PHP, not a filter.
  const jinja =
    input.syntaxes.includes('jinja') || (!input.syntaxes.includes('php') && placeholder.expression.includes('|'));
  if (tag.startsWith('{{') && jinja) {
    const inRawBlock = rawBlocks.some(
      ([start, end]) => placeholder.hostRange.start >= start && placeholder.hostRange.end <= end,
    );
    return jinjaWrite(input, placeholder, inRawBlock);
  }
  return undefined;
}

// ---- Jinja and Django ----

/** Filters that escape: the value is never flagged (`|e` after `|safe` still escapes in Django). */
const ESCAPING_FILTERS = new Set(['e', 'escape', 'forceescape', 'urlencode', 'tojson', 'escapejs']);
/** Filters that keep the text as it came (case, blanks, a default for a missing value). */
const TRANSPARENT_FILTERS = new Set(['trim', 'upper', 'lower', 'title', 'capitalize', 'default', 'd', 'string']);

/**
 * Jinja autoescapes when the app says so: Flask turns it on for `.html`, `.htm`, `.xml`, `.xhtml`
 * and `.svg` templates (https://flask.palletsprojects.com/en/stable/templating/#jinja-setup),
 * Django for every template (https://docs.djangoproject.com/en/stable/ref/templates/language/#automatic-html-escaping).
 * Written raw, then, is only what the template itself marks: `|safe`, or any output inside
 * `{% autoescape false %}` (Django: `off`).
 */
function jinjaWrite(
  input: TemplateInjectionInput,
  placeholder: Placeholder,
  inRawBlock: boolean,
): RawWrite | undefined {
  const segments = splitFilters(placeholder.expression);
  if (!segments) return undefined;
  const [value, ...filters] = segments;
  const names = filters.map((filter) => /^\s*(\w+)/.exec(filter.text)?.[1] ?? '');
  if (names.some((name) => ESCAPING_FILTERS.has(name))) return undefined;
  if (names.some((name) => name !== 'safe' && !TRANSPARENT_FILTERS.has(name))) return undefined;
  const safe = names.indexOf('safe');
  if (safe < 0 && !inRawBlock) return undefined;
  const verdict = classifyJinjaExpression(value.text.trim(), input.extraEscapes);
  if (verdict.kind !== 'request') return undefined;
  const tag = input.text.slice(placeholder.hostRange.start, placeholder.hostRange.end);
  const at = placeholder.hostRange.start + tag.indexOf(placeholder.expression);
  let fix: FixProposal;
  if (safe >= 0) {
    // `|escape` rather than no filter: it escapes whether or not the app autoescapes, in Jinja and Django.
    const filter = filters[safe];
    const word = at + filter.start + filter.text.indexOf('safe');
    fix = {
      title: `Escape \`${value.text.trim()}\`: |safe → |escape`,
      edits: [{ range: { start: word, end: word + 'safe'.length }, newText: 'escape' }],
      isPreferred: true,
    };
  } else {
    const end = at + placeholder.expression.length;
    fix = {
      title: `Escape \`${placeholder.expression}\` with |escape`,
      edits: [{ range: { start: end, end }, newText: '|escape' }],
      isPreferred: true,
    };
  }
  const why =
    safe >= 0
      ? 'is written into the TwiML unescaped (`|safe`)'
      : 'is written into the TwiML unescaped (`{% autoescape false %}`)';
  return { read: verdict.read, why, fix };
}

/** An expression's value and filters, split at the `|`s outside strings and brackets, with offsets. */
function splitFilters(expression: string): Array<{ text: string; start: number }> | undefined {
  const segments: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === '|' && depth === 0) {
      segments.push({ text: expression.slice(start, i), start });
      start = i + 1;
    }
  }
  if (quote || depth !== 0) return undefined;
  segments.push({ text: expression.slice(start), start });
  return segments;
}

/**
 * The host ranges inside `{% autoescape false %}`/`{% autoescape off %}` blocks. A block whose
 * setting is an expression the reader cannot evaluate counts as escaping (nothing is said).
 */
function autoescapeOffBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const open: Array<{ off: boolean; end: number }> = [];
  const pattern = /\{%[-+]?\s*(?:autoescape\s+(\w+)|(endautoescape))\s*[-+]?%\}/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[2]) {
      const block = open.pop();
      if (block?.off) blocks.push([block.end, match.index]);
    } else open.push({ off: /^(?:false|False|off)$/.test(match[1]), end: match.index + match[0].length });
  }
  // An unclosed block runs to the end of the file.
  for (const block of open) if (block.off) blocks.push([block.end, text.length]);
  return blocks;
}

// ---- Mustache (TwiML Bins) ----

/**
 * Webhook parameters whose text someone other than the app chooses: the message, the caller ID
 * (`From` can be a SIP URI), what was said, the sender's profile. A TwiML Bin's `{{Body}}` is the
 * request's `Body`. Names not listed (a Bin's own URL parameters, another app's locals) are not
 * known to be a stranger's text.
 * Source: https://www.twilio.com/docs/serverless/twiml-bins/how-to-use-templates-with-twiml-bins
 */
const BIN_FREE_TEXT = new Set([
  'Body',
  'From',
  'Caller',
  'CallerName',
  'ProfileName',
  'SpeechResult',
  'UnstableSpeechResult',
  'TranscriptionText',
  'ButtonText',
  'ButtonPayload',
  'ForwardedFrom',
]);

/** `{{{Body}}}` or `{{&Body}}` in a TwiML Bin (Mustache escapes `{{Body}}`). */
function mustacheWrite(input: TemplateInjectionInput, placeholder: Placeholder, tag: string): RawWrite | undefined {
  if (!input.twimlFile || !input.syntaxes.includes('mustache')) return undefined;
  const name = placeholder.expression;
  if (!BIN_FREE_TEXT.has(name)) return undefined;
  const { start, end } = placeholder.hostRange;
  const triple = tag.startsWith('{{{');
  const edits = triple
    ? [
        { range: { start: start + 2, end: start + 3 }, newText: '' },
        { range: { start: end - 1, end }, newText: '' },
      ]
    : [{ range: { start: start + tag.indexOf('&'), end: start + tag.indexOf('&') + 1 }, newText: '' }];
  return {
    read: `the TwiML Bin's \`${name}\` parameter`,
    why: `is written into the TwiML unescaped (\`${triple ? '{{{ }}}' : '{{& }}'}\`)`,
    fix: { title: `Escape \`${name}\`: write {{${name}}}`, edits, isPreferred: true },
  };
}

// ---- ERB and EJS ----

/** ERB (Ruby) and EJS (JavaScript) share their tags: which one a host is, when it says. */
function erbLanguages(input: TemplateInjectionInput): InputLanguage[] {
  const extension = extensionOf(input.uri);
  if (input.languageId === 'ejs' || extension === '.ejs') return ['javascript'];
  if (input.languageId === 'erb' || extension === '.erb') return ['ruby'];
  // A `.twiml`/`.xml` file: the expression tells (`params[:Body]` is no JavaScript, `req.body.Body` no Ruby).
  return ['ruby', 'javascript'];
}

/**
 * EJS writes `<%- x %>` raw and escapes `<%= x %>`. Rails escapes `<%= %>` and writes `<%== x %>`,
 * `raw(x)` and `x.html_safe` raw; plain ERB (Sinatra by default, ERB.new) escapes nothing.
 * A view under `app/views/` is a Rails view. Sources: https://ejs.co/#docs,
 * https://guides.rubyonrails.org/action_view_overview.html, https://sinatrarb.com/intro.html.
 */
function erbWrite(input: TemplateInjectionInput, placeholder: Placeholder, tag: string): RawWrite | undefined {
  const opener = /^<%(==|=|-)/.exec(tag)?.[1];
  if (!opener) return undefined;
  const languages = erbLanguages(input);
  const expression = placeholder.expression;
  const { start } = placeholder.hostRange;
  const at = start + tag.indexOf(expression, 2 + opener.length);
  if (opener === '-') {
    // In ERB `<%-` is a statement trimming its indentation: it writes nothing.
    const verdict = languages.includes('javascript')
      ? request(classifyExpression(expression, 'javascript', input.extraEscapes))
      : undefined;
    if (!verdict) return undefined;
    return {
      read: verdict,
      why: 'is written into the TwiML unescaped (EJS `<%-`)',
      fix: {
        title: `Escape \`${expression}\`: <%- → <%=`,
        edits: [{ range: { start: start + 2, end: start + 3 }, newText: '=' }],
        isPreferred: true,
      },
    };
  }
  if (!languages.includes('ruby')) return undefined;
  const rails = /\/app\/views\//.test(input.uri);
  if (opener === '==') {
    // Erubi outside Rails escapes `<%==`; stdlib ERB does not know it.
    const read = rails ? request(classifyExpression(expression, 'ruby', input.extraEscapes)) : undefined;
    if (!read) return undefined;
    return {
      read,
      why: "is written into the TwiML unescaped (Rails' `<%==`)",
      fix: {
        title: `Escape \`${expression}\`: <%== → <%=`,
        edits: [{ range: { start: start + 3, end: start + 4 }, newText: '' }],
        isPreferred: true,
      },
    };
  }
  if (rails) {
    const inner = railsRawInner(expression);
    const read = inner ? request(classifyExpression(inner.value, 'ruby', input.extraEscapes)) : undefined;
    if (!inner || !read) return undefined;
    return {
      read,
      why: `is written into the TwiML unescaped (\`${inner.marker}\`)`,
      fix: {
        title: `Escape \`${inner.value}\`: drop ${inner.marker}`,
        edits: [{ range: { start: at, end: at + expression.length }, newText: inner.value }],
        isPreferred: true,
      },
    };
  }
  const read = request(classifyExpression(expression, 'ruby', input.extraEscapes));
  if (!read) return undefined;
  return {
    read,
    why: 'is written into the TwiML unescaped (plain ERB does not escape `<%=`)',
    fix: {
      title: `Escape \`${expression}\` with ERB::Util.h`,
      edits: [{ range: { start: at, end: at + expression.length }, newText: `ERB::Util.h(${expression})` }],
      isPreferred: true,
    },
  };
}

/** The value Rails is told to write raw: `raw(x)`, `raw x`, `x.html_safe`. */
function railsRawInner(expression: string): { value: string; marker: string } | undefined {
  const call = /^raw\s*\((.*)\)$/s.exec(expression) ?? /^raw\s+(.+)$/s.exec(expression);
  if (call) return { value: call[1].trim(), marker: 'raw' };
  const method = /^(.*)\.html_safe$/s.exec(expression);
  if (method) return { value: method[1].trim(), marker: '.html_safe' };
  return undefined;
}

function request(verdict: InputVerdict): string | undefined {
  return verdict.kind === 'request' ? verdict.read : undefined;
}

// ---- PHP and Blade ----

/** `<?= x ?>`, `<?php echo x; ?>`, `<?php print x; ?>`: PHP escapes nothing it echoes. */
function phpWrite(input: TemplateInjectionInput, placeholder: Placeholder, tag: string): RawWrite | undefined {
  const expression = placeholder.expression;
  const verdict = classifyExpression(expression, 'php', input.extraEscapes);
  const read =
    verdict.kind === 'request'
      ? verdict.read
      : verdict.kind === 'name' && input.phpTree
        ? phpNameOrigin(input, input.phpTree.rootNode, verdict.name, 0)
        : undefined;
  if (!read) return undefined;
  const inner = tag.indexOf(expression, 2);
  if (inner < 0) return undefined;
  const at = placeholder.hostRange.start + inner;
  // ENT_XML1 alone escapes no quote (its quote bits are ENT_NOQUOTES): `callerId="<?= $x ?>"` needs ENT_QUOTES.
  const call = `htmlspecialchars(${expression}, ENT_QUOTES | ENT_XML1)`;
  return {
    read,
    why: `is written into the TwiML unescaped (\`${tag.startsWith('<?=') ? '<?=' : 'echo'}\`)`,
    fix: {
      title: `Escape \`${expression}\` with ${call}`,
      edits: [{ range: { start: at, end: at + expression.length }, newText: call }],
      isPreferred: true,
    },
  };
}

/** Blade escapes `{{ x }}` and writes `{!! x !!}` raw: only a direct request read is known. */
function bladeWrite(input: TemplateInjectionInput, placeholder: Placeholder): RawWrite | undefined {
  const read = request(classifyExpression(placeholder.expression, 'php', input.extraEscapes));
  if (!read) return undefined;
  const { start, end } = placeholder.hostRange;
  return {
    read,
    why: 'is written into the TwiML unescaped (Blade `{!! !!}`)',
    fix: {
      title: `Escape \`${placeholder.expression}\`: {!! !!} → {{ }}`,
      edits: [
        { range: { start, end: start + 3 }, newText: '{{' },
        { range: { start: end - 3, end }, newText: '}}' },
      ],
      isPreferred: true,
    },
  };
}

/** How far a variable is followed through other variables (`$b = $a; $a = $_POST[...]`). */
const MAX_HOPS = 4;

/** Calls that only read their arguments: a variable passed to one keeps its value. */
const READING_CALLS = new Set([
  'isset',
  'empty',
  'strlen',
  'mb_strlen',
  'trim',
  'strtolower',
  'strtoupper',
  'is_null',
  'is_string',
  'strpos',
  'stripos',
  'str_contains',
  'error_log',
  'htmlspecialchars',
  'htmlentities',
]);

/**
 * The request read every assignment of `name` in the PHP file makes, or undefined when there is
 * none, one is anything else, or the variable is written some other way (`.=`, `foreach`, by
 * reference, a parameter, a call that may write it). The whole file counts: PHP templates run
 * top to bottom, but a loop may assign after the tag.
 */
function phpNameOrigin(input: TemplateInjectionInput, root: Node, name: string, hops: number): string | undefined {
  if (hops > MAX_HOPS) return undefined;
  let read: string | undefined;
  for (const node of root.descendantsOfType('variable_name')) {
    if (!node || node.text !== name) continue;
    const parent = node.parent;
    if (!parent) return undefined;
    if (parent.type === 'assignment_expression' && parent.childForFieldName('left')?.startIndex === node.startIndex) {
      const value = parent.childForFieldName('right');
      if (!value) return undefined;
      const verdict = classifyExpression(value.text, 'php', input.extraEscapes);
      const origin =
        verdict.kind === 'request'
          ? verdict.read
          : verdict.kind === 'name' && verdict.name !== name
            ? phpNameOrigin(input, root, verdict.name, hops + 1)
            : undefined;
      if (!origin) return undefined;
      read ??= origin;
    } else if (writes(parent)) return undefined;
  }
  return read;
}

/** Parents under which a variable may be written other than by `=`. */
const WRITING_PARENTS = new Set([
  'augmented_assignment_expression',
  'reference_assignment_expression',
  'foreach_statement',
  'pair',
  'list_literal',
  'array_element_initializer',
  'by_ref',
  'global_declaration',
  'static_variable_declaration',
  'simple_parameter',
  'variadic_parameter',
  'property_promotion_parameter',
  'catch_clause',
  'anonymous_function_use_clause',
  'update_expression',
  'subscript_expression',
  'member_access_expression',
  'unset_statement',
]);

/** True when a variable under `parent` may be written there (or is not known not to be). */
function writes(parent: Node): boolean {
  if (WRITING_PARENTS.has(parent.type)) return true;
  if (parent.type !== 'argument') return false;
  const call = parent.parent?.parent;
  const callee = call?.type === 'function_call_expression' ? call.childForFieldName('function')?.text : undefined;
  return !callee || !READING_CALLS.has(callee);
}
