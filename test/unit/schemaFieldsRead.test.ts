/**
 * Every field the schema data sets is read by some code outside the data files: a field nobody
 * reads (say, a `maxLength` or `required` that no rule checks) is a promise the linter does not
 * keep. The fields are collected from the data itself, so a new field is covered at once.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../fuzz/corpus';
import { ELEMENTS_BY_DIALECT } from '../../server/src/data/twimlSchema';
import type { ValueType } from '../../server/src/data/schemaTypes';

const DATA_FILES = new Set([
  'messagingElements.ts',
  'voiceElements.ts',
  'voiceValueLists.ts',
  'schemaTypes.ts',
  'schemaBuilders.ts',
  'twimlSchema.ts',
]);

function sources(directory: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) sources(full, out);
    else if (
      entry.name.endsWith('.ts') &&
      !(directory.endsWith(path.join('server', 'src', 'data')) && DATA_FILES.has(entry.name))
    )
      out.push(full);
  }
  return out;
}

test('every schema field set in the data is read by code outside the data files', () => {
  const fields = new Set<string>();
  const typeFields = (type: ValueType): void => {
    for (const key of Object.keys(type)) fields.add(`type.${key}`);
    if (type.kind === 'list') typeFields(type.item);
  };
  for (const elements of Object.values(ELEMENTS_BY_DIALECT)) {
    for (const element of elements) {
      for (const key of Object.keys(element)) fields.add(`element.${key}`);
      for (const key of Object.keys(element.text)) fields.add(`text.${key}`);
      if (element.flow) for (const key of Object.keys(element.flow)) fields.add(`flow.${key}`);
      if (element.deprecated) for (const key of Object.keys(element.deprecated)) fields.add(`deprecated.${key}`);
      for (const attribute of element.attributes) {
        for (const key of Object.keys(attribute)) fields.add(`attribute.${key}`);
        typeFields(attribute.type);
      }
    }
  }
  const code = sources(path.join(repoRoot(), 'server', 'src'))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  const unread = [...fields].filter((field) => {
    const name = field.slice(field.indexOf('.') + 1);
    // `.name`, `?.name`, or a destructuring `{ name }` / `{ name: x }`.
    return !new RegExp(`\\.${name}\\b|[{,]\\s*${name}\\s*[,}:]`).test(code);
  });
  assert.ok(fields.size > 20, `only ${fields.size} fields found`);
  assert.deepEqual(unread, [], 'schema fields no code reads');
});

test('text limits and required attributes in the data are enforced', () => {
  // The two fields this issue made real: text.maxLength (text-too-long) and attribute.required
  // (missing-attribute); rules.test.ts proves both fire.
  const limited = Object.values(ELEMENTS_BY_DIALECT)
    .flat()
    .filter((element) => element.text.maxLength !== undefined);
  const required = Object.values(ELEMENTS_BY_DIALECT)
    .flat()
    .flatMap((element) => element.attributes.filter((attribute) => attribute.required));
  assert.ok(limited.length >= 5);
  assert.ok(required.length >= 2);
});
