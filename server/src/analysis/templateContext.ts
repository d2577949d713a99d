/**
 * What the analysis knows about a TwiML document cut out of a host file (a string literal with
 * interpolations, a Jinja or Mustache template): which characters are placeholders, which spans
 * are template loops and conditional arms, and the host's line numbers for messages. A plain
 * `.twiml` file has none of it.
 */
import { hasPlaceholder, isPlaceholderCode, type TemplateBlock } from './placeholders';

/** Template facts the rules and the interpreter take into account. */
export interface TemplateContext {
  /** Loops and conditional arms, in virtual offsets. */
  blocks: readonly TemplateBlock[];
  /** The host file's 0-based line of a virtual offset, for messages such as "on line 12". */
  hostLineAt?: (offset: number) => number;
}

/** True when `text` depends on the template (holds a placeholder): its value cannot be checked. */
export function isTemplated(template: TemplateContext | undefined, text: string | undefined): boolean {
  return template !== undefined && text !== undefined && hasPlaceholder(text);
}

/** True when `text` is only placeholders and whitespace (e.g. `{{ verbs|safe }}` between tags). */
export function isOnlyPlaceholders(template: TemplateContext | undefined, text: string): boolean {
  if (!template) return false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPlaceholderCode(code)) any = true;
    else if (!(code === 32 || code === 9 || code === 10 || code === 13)) return false;
  }
  return any;
}

/** The blocks that contain `offset`, innermost last. */
export function blocksAt(template: TemplateContext | undefined, offset: number): TemplateBlock[] {
  if (!template) return [];
  return template.blocks.filter((block) => block.start <= offset && offset < block.end);
}

/** True when `offset` lies inside a template loop (its content may repeat). */
export function inLoop(template: TemplateContext | undefined, offset: number): boolean {
  return blocksAt(template, offset).some((block) => block.kind === 'loop');
}

/**
 * True when whatever runs at `from` always runs at `to` too as far as the template can tell:
 * every block around `from` also holds `to`. A <Redirect> inside `{% if %}` does not make the
 * verbs after `{% endif %}` unreachable, nor those of the `{% else %}` arm.
 */
export function sameTemplatePath(template: TemplateContext | undefined, from: number, to: number): boolean {
  if (!template || template.blocks.length === 0) return true;
  return blocksAt(template, from).every((block) => block.start <= to && to < block.end);
}
