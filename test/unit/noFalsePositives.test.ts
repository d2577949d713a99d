/**
 * No false positives: TwiML written by Twilio's own SDK, with every verb, noun and attribute it
 * supports and valid values, must never earn an Error or a Warning from our validator.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { buildOracleDocuments } from './helpers/oracleDocuments';

const ERROR = 1;
const WARNING = 2;

const { documents, coverage } = buildOracleDocuments();
const service = createLanguageService();

/**
 * Deprecated elements the SDK still writes (<Sms>, <Autopilot>) are meant to earn exactly one
 * warning, the deprecation; the test below checks that separately.
 */
function describeProblems(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === ERROR || diagnostic.severity === WARNING)
    .filter((diagnostic) => diagnostic.code !== 'deprecated-element')
    .map(
      (diagnostic) =>
        `${diagnostic.severity === ERROR ? 'error' : 'warning'} ${diagnostic.code ?? ''} @${diagnostic.range.start.line}:${diagnostic.range.start.character}: ${diagnostic.message}`,
    );
}

test('oracle documents cover everything the SDK can write', () => {
  console.log(
    `oracle: ${coverage.documents} documents, ${coverage.elements} distinct elements, ${coverage.attributes} distinct element.attribute pairs`,
  );
  console.log(`oracle: SDK spellings fixed: ${coverage.renamedSdkAttributes.join(', ') || 'none'}`);
  console.log(
    `oracle: schema elements the SDK cannot write: ${coverage.schemaElementsSdkCannotEmit.join(', ') || 'none'}`,
  );
  console.log(
    `oracle: schema attributes the SDK cannot write (${coverage.schemaAttributesSdkCannotEmit.length}): ${coverage.schemaAttributesSdkCannotEmit.join(', ')}`,
  );
  assert.deepEqual(coverage.uncoveredElements, [], 'SDK elements missing from the documents');
  assert.deepEqual(coverage.uncoveredAttributes, [], 'SDK attributes missing from the documents');
  assert.deepEqual(coverage.sdkAttributesNotInSchema, [], 'SDK attributes our schema does not know');
  assert.equal(coverage.elements, coverage.sdkElements.length + 2, 'plus the two <Response> roots');
  assert.equal(coverage.attributes, coverage.sdkAttributes.length);
  // Guards against a discovery bug silently shrinking the oracle.
  assert.ok(coverage.documents >= 40, `only ${coverage.documents} documents`);
  assert.ok(coverage.sdkElements.length >= 60, `only ${coverage.sdkElements.length} SDK elements found`);
  assert.ok(coverage.sdkAttributes.length >= 280, `only ${coverage.sdkAttributes.length} SDK attributes found`);
});

for (const doc of documents) {
  test(`no error or warning: ${doc.name}`, () => {
    assert.deepEqual(describeProblems(service.validateText(doc.xml)), [], doc.xml);
    assert.deepEqual(
      describeProblems(service.validateText(doc.xml, { dialect: doc.dialect })),
      [],
      `as ${doc.dialect}: ${doc.xml}`,
    );
  });
}

test('deprecated elements the SDK writes earn the deprecation warning', () => {
  const deprecated = documents.filter((doc) => /<(Sms|Autopilot)[\s>/]/.test(doc.xml));
  assert.ok(deprecated.length >= 1);
  for (const doc of deprecated) {
    const codes = service
      .validateText(doc.xml)
      .filter((d) => d.severity === WARNING)
      .map((d) => d.code);
    assert.ok(codes.includes('deprecated-element'), doc.name);
  }
});
