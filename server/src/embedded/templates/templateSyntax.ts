// TEMPORARY stub until the template readers land.
import type { TemplateSyntax } from '../hostKind';
export type { TemplateSyntax };
export function detectTemplateSyntax(text: string): TemplateSyntax[] {
  const out: TemplateSyntax[] = [];
  if (text.includes('{{') || text.includes('{%')) out.push('jinja');
  return out;
}
