// TEMPORARY stub until the template readers land.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { TemplateSyntax } from '../hostKind';
import { VirtualDocumentBuilder, type EmbeddedDocument } from '../virtualDocument';
export function readTemplate(text: string, syntaxes: TemplateSyntax[], _phpTree?: Tree): EmbeddedDocument | undefined {
  if (!syntaxes.includes('jinja')) return undefined;
  const b = new VirtualDocumentBuilder('template');
  const re = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
  let last = 0; let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    b.verbatim(text.slice(last, m.index), last);
    if (m[0].startsWith('{{')) b.placeholder(m.index, m.index + m[0].length, m[0].slice(2, -2));
    else b.statement(m.index, m.index + m[0].length, m[0].slice(2, -2));
    last = m.index + m[0].length;
  }
  b.verbatim(text.slice(last), last);
  return b.build();
}
