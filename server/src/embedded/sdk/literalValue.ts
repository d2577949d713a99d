/**
 * The run-time value of a string literal argument, read from its syntax tree: escapes decoded,
 * adjacent Python literals and `+` of literals joined. Placeholders (f-string fields, `${}`) are
 * unknown at edit time, so a value holding one is marked inexact and carries only its literal
 * parts, which is still a lower bound for a length check.
 */
import type { Node } from '@vscode/tree-sitter-wasm';
import type { BuilderLanguage } from './syntax';

/** What a literal expression is known to evaluate to. */
export interface LiteralValue {
  /** The literal text (for an inexact value: its literal parts only). */
  text: string;
  /** False when placeholders add text that is only known at run time. */
  exact: boolean;
}

/** The value of `node` when it is built only from string literals (and placeholders), else undefined. */
export function literalValue(language: BuilderLanguage, node: Node): LiteralValue | undefined {
  return language === 'python' ? pythonValue(node) : javascriptValue(node);
}

function join(parts: readonly (LiteralValue | undefined)[]): LiteralValue | undefined {
  let text = '',
    exact = true;
  for (const part of parts) {
    if (!part) return undefined;
    text += part.text;
    exact &&= part.exact;
  }
  return { text, exact };
}

function pythonValue(node: Node): LiteralValue | undefined {
  switch (node.type) {
    case 'string':
      return pythonString(node);
    case 'concatenated_string':
      return join(
        node.namedChildren
          .filter(isNode)
          .filter((child) => child.type !== 'comment')
          .map(pythonValue),
      );
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? pythonValue(node.namedChild(0)!) : undefined;
    case 'binary_operator':
      return concatenation(node, pythonValue);
    default:
      return undefined;
  }
}

function pythonString(node: Node): LiteralValue | undefined {
  const prefix = (node.firstChild?.text ?? '').replace(/['"]+$/, '').toLowerCase();
  // A bytes literal is not the text Twilio sends; do not guess at its decoding.
  if (prefix.includes('b')) return undefined;
  const raw = prefix.includes('r');
  let text = '',
    exact = true;
  for (const child of node.namedChildren.filter(isNode)) {
    if (child.type === 'interpolation') exact = false;
    else if (child.type === 'string_content') {
      const content = prefix.includes('f') ? child.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : child.text;
      const decoded = raw ? { text: content, exact: true } : decodeEscapes(content, 'python');
      text += decoded.text;
      exact &&= decoded.exact;
    }
  }
  return { text, exact };
}

function javascriptValue(node: Node): LiteralValue | undefined {
  switch (node.type) {
    case 'string':
      return decodeEscapes(node.text.slice(1, -1), 'javascript');
    case 'template_string':
      return templateString(node);
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? javascriptValue(node.namedChild(0)!) : undefined;
    case 'binary_expression':
      return concatenation(node, javascriptValue);
    default:
      return undefined;
  }
}

function templateString(node: Node): LiteralValue | undefined {
  let text = '',
    exact = true;
  for (const child of node.namedChildren.filter(isNode)) {
    if (child.type === 'template_substitution') exact = false;
    // A template literal turns CRLF in the source into LF.
    else if (child.type === 'string_fragment') text += child.text.replace(/\r\n?/g, '\n');
    else if (child.type === 'escape_sequence') {
      const decoded = decodeEscapes(child.text, 'javascript');
      text += decoded.text;
      exact &&= decoded.exact;
    }
  }
  return { text, exact };
}

/** `a + b` where both sides are literal values. */
function concatenation(node: Node, value: (node: Node) => LiteralValue | undefined): LiteralValue | undefined {
  if (node.childForFieldName('operator')?.type !== '+') return undefined;
  const left = node.childForFieldName('left'),
    right = node.childForFieldName('right');
  return left && right ? join([value(left), value(right)]) : undefined;
}

function isNode(node: Node | null): node is Node {
  return node !== null;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/**
 * Decodes the backslash escapes of a Python or JavaScript literal body. Python's `\N{name}` needs
 * the Unicode name table, so it counts as one character and marks the value inexact.
 */
export function decodeEscapes(body: string, language: 'python' | 'javascript'): LiteralValue {
  let text = '',
    exact = true;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== '\\' || i + 1 >= body.length) {
      text += char;
      continue;
    }
    const next = body[++i];
    if (next === '\n') continue;
    if (next === '\r') {
      if (body[i + 1] === '\n') i++;
      continue;
    }
    if (next === 'a' && language === 'python') {
      text += '\x07';
      continue;
    }
    const hex = (digits: number): boolean => {
      const code = body.slice(i + 1, i + 1 + digits);
      if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== digits) return false;
      text += String.fromCodePoint(parseInt(code, 16));
      i += digits;
      return true;
    };
    if (next === 'x' && hex(2)) continue;
    if (next === 'u' && language === 'javascript' && body[i + 1] === '{') {
      const close = body.indexOf('}', i);
      if (close > 0) {
        text += String.fromCodePoint(parseInt(body.slice(i + 2, close), 16));
        i = close;
        continue;
      }
    }
    if (next === 'u' && hex(4)) continue;
    if (next === 'U' && language === 'python' && hex(8)) continue;
    if (next === 'N' && language === 'python' && body[i + 1] === '{') {
      const close = body.indexOf('}', i);
      if (close > 0) {
        text += '?';
        exact = false;
        i = close;
        continue;
      }
    }
    if (/[0-7]/.test(next) && (language === 'python' || next === '0')) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      text += String.fromCharCode(parseInt(octal, 8));
      i += octal.length - 1;
      continue;
    }
    if (Object.hasOwn(SIMPLE_ESCAPES, next)) {
      text += SIMPLE_ESCAPES[next];
      continue;
    }
    // Python keeps an unknown escape as written; JavaScript drops the backslash.
    text += language === 'python' ? `\\${next}` : next;
  }
  return { text, exact };
}
