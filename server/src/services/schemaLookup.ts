/** Schema lookups the editor features share on top of `schemaIndex`. */
import { caseInsensitiveAttribute, findAttribute } from '../data/schemaIndex';
import type { AttributeSpec, ElementSpec } from '../data/schemaTypes';

/** The schema definition of an attribute as written, forgiving a case mistake (`Action` → `action`). */
export function attributeSpecOf(spec: ElementSpec, name: string): AttributeSpec | undefined {
  const exact = findAttribute(spec, name);
  if (exact) return exact;
  const corrected = caseInsensitiveAttribute(spec, name);
  return corrected === undefined ? undefined : findAttribute(spec, corrected);
}
