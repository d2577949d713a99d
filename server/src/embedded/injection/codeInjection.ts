/**
 * The `unescaped-input` rule in code: a placeholder of a TwiML string (`{body}` in an f-string,
 * `${req.body.Body}`, `"..." + body + "..."`) whose expression reads the webhook's request,
 * directly or through a name assigned from it in the same function, with no escaping call on the
 * way. Twilio runs whatever XML the reply holds: a texter who sends `A & B` breaks it (12100), one
 * who sends `</Message><Redirect>…` takes the conversation over.
 *
 * Zero false alarms first: a name is followed only to its assignments in the enclosing function,
 * and it is flagged only when every one of them is an unescaped request read. A name with no
 * assignment there, assigned from anything else (a helper, a constant, `escape(...)`), or a value
 * the reader cannot see whole (`%s`, `.format()`), is never flagged.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { CodeLanguage } from '../code/treeSitter';
import type { EmbeddedDocument, Placeholder } from '../virtualDocument';
import type { Finding, FixProposal } from '../../languageService';
import { pathTo } from '../sdk/syntax';
import { TWILIO_CODES } from '../../data/errorCodes';
import { classifyExpression, isRequestObject, parameterOf, type InputLanguage, type ReadMode } from './requestInput';
import { EscapeFixer } from './escapeFix';

/** The language whose request reads and escapes apply to a code host. */
export function inputLanguageOf(language: CodeLanguage): InputLanguage {
  return language === 'typescript' || language === 'tsx' ? 'javascript' : language;
}

/** Nodes that open a function scope, per language: where a name's assignments are looked for. */
const FUNCTION_TYPES: Readonly<Record<InputLanguage, ReadonlySet<string>>> = {
  python: new Set(['function_definition', 'lambda']),
  javascript: new Set([
    'function_declaration',
    'function_expression',
    'function',
    'arrow_function',
    'method_definition',
    'generator_function_declaration',
  ]),
  php: new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']),
  ruby: new Set(['method', 'singleton_method', 'block', 'do_block', 'lambda']),
  java: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression']),
  csharp: new Set(['method_declaration', 'constructor_declaration', 'local_function_statement', 'lambda_expression']),
  go: new Set(['function_declaration', 'method_declaration', 'func_literal']),
};

/** Assignment and declaration nodes, per language. */
const ASSIGNMENT_TYPES: Readonly<Record<InputLanguage, ReadonlySet<string>>> = {
  python: new Set(['assignment']),
  javascript: new Set(['variable_declarator', 'assignment_expression']),
  php: new Set(['assignment_expression']),
  ruby: new Set(['assignment']),
  java: new Set(['variable_declarator', 'assignment_expression']),
  csharp: new Set(['variable_declarator', 'assignment_expression']),
  go: new Set(['short_var_declaration', 'assignment_statement', 'var_spec']),
};

/** Node types of string literals and their interpolations, in every grammar read. */
const STRING_TYPES = /string|heredoc|template|interpolat/;

/** How far a name is followed through other names (`b = a; a = request...`). */
const MAX_HOPS = 4;

/** What the code finder needs. */
export interface CodeInjectionInput {
  language: CodeLanguage;
  text: string;
  tree: Tree;
  documents: readonly EmbeddedDocument[];
  /** Escaping helpers the user named (setting `twiml.escapeFunctions`). */
  extraEscapes?: readonly string[];
}

/** The `unescaped-input` findings of a code file, in host offsets. */
export function codeInjectionFindings(input: CodeInjectionInput): Finding[] {
  const language = inputLanguageOf(input.language);
  const findings: Finding[] = [];
  const seen = new Set<number>();
  let fixes: FileFixes | undefined;
  for (const document of input.documents) {
    if (document.origin !== 'literal') continue;
    for (const placeholder of document.placeholders) {
      if (placeholder.kind !== 'output' || !placeholder.expression || seen.has(placeholder.hostRange.start)) continue;
      // Cheap first: most placeholders are neither a request read nor a name.
      const verdict = classifyExpression(placeholder.expression, language, input.extraEscapes);
      if (verdict.kind === 'other') continue;
      const path = pathTo(input.tree.rootNode, placeholder.hostRange.start, placeholder.hostRange.end);
      const read =
        verdict.kind === 'request' ? verdict.read : nameReadOf(input, language, path, verdict.name, placeholder);
      if (!read) continue;
      seen.add(placeholder.hostRange.start);
      fixes ??= new FileFixes(input.text, language);
      findings.push(finding(fixes, path, placeholder, read));
    }
  }
  return findings;
}

/** The request read a name written into the TwiML holds (see {@link nameOrigin}), or undefined. */
function nameReadOf(
  input: CodeInjectionInput,
  language: InputLanguage,
  path: readonly Node[],
  name: string,
  placeholder: Placeholder,
  mode: ReadMode = 'taint',
): string | undefined {
  const scope = [...path].reverse().find((node) => FUNCTION_TYPES[language].has(node.type)) ?? input.tree.rootNode;
  return nameOrigin(input, language, scope, name, placeholder.hostRange.start, 0, mode);
}

/**
 * The webhook parameter each placeholder's value comes from, escaped or not, by the placeholder's
 * host offset: `{escape(body)}` after `body = request.values.get("Body")` is the sample's Body in
 * the preview. Only placeholders whose own text names no parameter are looked at.
 */
export function placeholderParameters(
  input: CodeInjectionInput,
  namesParameter: (expression: string) => boolean,
): Map<number, string> {
  const language = inputLanguageOf(input.language);
  const found = new Map<number, string>();
  for (const document of input.documents) {
    if (document.origin !== 'literal') continue;
    for (const placeholder of document.placeholders) {
      if (placeholder.kind !== 'output' || !placeholder.expression || namesParameter(placeholder.expression)) continue;
      const verdict = classifyExpression(placeholder.expression, language, input.extraEscapes, 'origin');
      if (verdict.kind === 'other') continue;
      const read =
        verdict.kind === 'request'
          ? verdict.read
          : nameReadOf(
              input,
              language,
              pathTo(input.tree.rootNode, placeholder.hostRange.start, placeholder.hostRange.end),
              verdict.name,
              placeholder,
              'origin',
            );
      const parameter = read === undefined ? undefined : (parameterOf(read) ?? read);
      if (parameter) found.set(placeholder.hostRange.start, parameter);
    }
  }
  return found;
}

/**
 * The request read every assignment of `name` before `before` in `scope` makes, or undefined when
 * there is none or one of them is anything else.
 */
function nameOrigin(
  input: CodeInjectionInput,
  language: InputLanguage,
  scope: Node,
  name: string,
  before: number,
  hops: number,
  mode: ReadMode = 'taint',
): string | undefined {
  if (hops > MAX_HOPS) return undefined;
  const parameter = parameterOrigin(language, scope, name);
  const values: Array<Node | 'request-object-member'> = [];
  for (const { node, pairs } of assignmentsIn(input, language, scope)) {
    if (node.endIndex > before) continue;
    for (const [left, right] of pairs) {
      if (left.text === name) values.push(right);
      else if (
        left.type === 'object_pattern' &&
        patternNames(left).includes(name) &&
        isRequestObject(right.text, language)
      )
        values.push('request-object-member');
    }
  }
  if (values.length === 0) return parameter;
  let read: string | undefined;
  for (const value of values) {
    if (value === 'request-object-member') {
      read ??= name;
      continue;
    }
    const verdict = classifyExpression(value.text, language, input.extraEscapes, mode);
    const origin =
      verdict.kind === 'request'
        ? verdict.read
        : verdict.kind === 'name' && verdict.name !== name
          ? nameOrigin(input, language, scope, verdict.name, value.startIndex, hops + 1, mode)
          : undefined;
    if (!origin) return undefined;
    read ??= origin;
  }
  return read;
}

/** The assignments of a scope with their pairs, read once per scope and file (names share them). */
const ASSIGNMENTS = new WeakMap<CodeInjectionInput, Map<number, Array<{ node: Node; pairs: Array<[Node, Node]> }>>>();

function assignmentsIn(
  input: CodeInjectionInput,
  language: InputLanguage,
  scope: Node,
): Array<{ node: Node; pairs: Array<[Node, Node]> }> {
  let byScope = ASSIGNMENTS.get(input);
  if (!byScope) ASSIGNMENTS.set(input, (byScope = new Map()));
  let found = byScope.get(scope.id);
  if (!found) {
    found = [];
    for (const node of scope.descendantsOfType([...ASSIGNMENT_TYPES[language]]))
      if (node) found.push({ node, pairs: assignedPairs(node) });
    byScope.set(scope.id, found);
  }
  return found;
}

/** FastAPI: a parameter declared `Body: str = Form(...)` is the request's form field. */
function parameterOrigin(language: InputLanguage, scope: Node, name: string): string | undefined {
  if (language !== 'python') return undefined;
  const parameters = scope.childForFieldName('parameters');
  if (!parameters) return undefined;
  for (const parameter of parameters.namedChildren) {
    if (!parameter || !/default_parameter$/.test(parameter.type)) continue;
    const value = parameter.childForFieldName('value');
    if (parameter.childForFieldName('name')?.text === name && value && /^Form\(/.test(value.text)) return value.text;
  }
  return undefined;
}

/** The (assigned, value) pairs of an assignment or declaration node. */
function assignedPairs(node: Node): Array<[Node, Node]> {
  const named = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  if (node.type === 'short_var_declaration' || node.type === 'assignment_statement') {
    // Go: `a, b := x, y` pairs by position.
    const [left, right] = [named[0], named[named.length - 1]];
    const names = left?.namedChildren.filter((child): child is Node => child !== null) ?? [];
    const values = right?.namedChildren.filter((child): child is Node => child !== null) ?? [];
    return names.length === values.length ? names.map((child, i) => [child, values[i]]) : [];
  }
  if (node.type === 'var_spec') {
    const names = named.filter((child) => child.type === 'identifier');
    const values = named.find((child) => child.type === 'expression_list')?.namedChildren ?? [];
    return names.length === values.length ? names.map((child, i) => [child, values[i] as Node]) : [];
  }
  if (named.length < 2) return [];
  return [[named[0], named[named.length - 1]]];
}

/** The names a JavaScript destructuring pattern binds (`{ Body, From: sender }`). */
function patternNames(pattern: Node): string[] {
  const names: string[] = [];
  for (const child of pattern.namedChildren) {
    if (!child) continue;
    if (child.type === 'shorthand_property_identifier_pattern') names.push(child.text);
    else if (child.type === 'pair_pattern') {
      const value = child.childForFieldName('value');
      if (value?.type === 'identifier') names.push(value.text);
    }
  }
  return names;
}

/** How each language's Twilio SDK is seen in a file, and how a line comment starts. */
const SDK_USE: Readonly<Record<InputLanguage, { uses: RegExp; comment: string }>> = {
  python: { uses: /\b(?:MessagingResponse|VoiceResponse)\b/, comment: '#' },
  javascript: { uses: /\b(?:MessagingResponse|VoiceResponse)\b/, comment: '//' },
  php: { uses: /\b(?:MessagingResponse|VoiceResponse)\b/, comment: '//' },
  ruby: { uses: /Twilio::TwiML::(?:MessagingResponse|VoiceResponse)/, comment: '#' },
  java: { uses: /\b(?:MessagingResponse|VoiceResponse)\b/, comment: '//' },
  csharp: { uses: /\b(?:MessagingResponse|VoiceResponse)\b/, comment: '//' },
  go: { uses: /twiml\.(?:Messaging|Voice)/, comment: '//' },
};

/**
 * Where the file already builds replies with the Twilio SDK, a second fix explains that its
 * builder escapes text for you: it writes that as a comment above the line (the rewrite itself is
 * the user's, the builder's calls differ per verb).
 */
function builderNote(text: string, language: InputLanguage, placeholder: Placeholder): FixProposal {
  const sdk = SDK_USE[language];
  const lineStart = text.lastIndexOf('\n', placeholder.hostRange.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const note = `${indent}${sdk.comment} The Twilio SDK's builder (MessagingResponse / VoiceResponse, used in this file) escapes text for you: build this reply with it instead of a string.\n`;
  return {
    title: 'Explain: the SDK builder this file uses escapes text for you (adds a comment)',
    edits: [{ range: { start: lineStart, end: lineStart }, newText: note }],
  };
}

/** What the fixes of one file share: its escape recipe and whether it uses the SDK, found once. */
class FileFixes {
  private readonly usesSdk: boolean;
  readonly escape: EscapeFixer;
  constructor(
    readonly text: string,
    readonly language: InputLanguage,
  ) {
    this.usesSdk = SDK_USE[language].uses.test(text);
    this.escape = new EscapeFixer(text, language);
  }

  for(placeholder: Placeholder, insideString: boolean): FixProposal[] {
    const fixes: FixProposal[] = [];
    const fix = this.escape.fix(placeholder, insideString);
    if (fix) fixes.push(fix);
    if (this.usesSdk) fixes.push(builderNote(this.text, this.language, placeholder));
    return fixes;
  }
}

function finding(fixer: FileFixes, path: readonly Node[], placeholder: Placeholder, read: string): Finding {
  // Interpolated into a string literal (`"$body"`, `{body}`), not an operand of a concatenation.
  const insideString = path.slice(0, -1).some((node) => STRING_TYPES.test(node.type));
  const fixes = fixer.for(placeholder, insideString);
  return {
    rule: 'unescaped-input',
    range: placeholder.hostRange,
    message:
      `\`${placeholder.expression}\` comes from the webhook's request (${read}) and is written into the TwiML unescaped: ` +
      `a message with "&" or "<" breaks the reply (${TWILIO_CODES.documentParseFailure}), and one with "</Message><Redirect>…" takes the conversation over. ` +
      `Escape it first.`,
    fixes,
  };
}
