import test from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from '../../server/src/parser/parseXml';
import { attributeNamed, rootElements, childElements, type XmlDocument } from '../../server/src/parser/xmlModel';
import { scannerVerdictFailure } from '../../fuzz/scannerVerdict';

function codes(doc: XmlDocument): string[] {
  return doc.problems.map((problem) => problem.code);
}

function slice(doc: XmlDocument, range: { start: number; end: number }): string {
  return doc.text.slice(range.start, range.end);
}

test('a well-formed document has no problems and exact ranges', () => {
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Message to="+14155550100">Hi &amp; bye</Message>\n</Response>\n';
  const doc = parseXml(text);
  assert.deepEqual(codes(doc), []);
  const [root] = rootElements(doc);
  const [message] = childElements(root);
  assert.equal(slice(doc, message.nameRange), 'Message');
  assert.equal(slice(doc, message.endTagNameRange!), 'Message');
  const to = attributeNamed(message, 'to')!;
  assert.equal(slice(doc, to.nameRange), 'to');
  assert.equal(slice(doc, to.valueRange!), '+14155550100');
  assert.equal(message.children[0].type === 'text' && message.children[0].value, 'Hi & bye');
  assert.equal(
    slice(doc, { start: message.start, end: message.end }),
    '<Message to="+14155550100">Hi &amp; bye</Message>',
  );
});

test('unclosed element keeps the tree and reports the open tag', () => {
  const doc = parseXml('<Response>\n<Message>hello\n</Response>');
  assert.ok(codes(doc).includes('xml-unclosed-tag'));
  const problem = doc.problems.find((p) => p.code === 'xml-unclosed-tag')!;
  assert.equal(slice(doc, problem.range), 'Message');
  const [root] = rootElements(doc);
  assert.equal(childElements(root)[0].name, 'Message');
});

test('mismatched end tag is reported at the end tag name', () => {
  const doc = parseXml('<Response><Message>hi</Mesage></Response>');
  const problem = doc.problems.find((p) => p.code === 'xml-mismatched-tag')!;
  assert.equal(slice(doc, problem.range), 'Mesage');
});

test('unquoted attribute, bare ampersand and bare < are errors xmldom would forgive', () => {
  const doc = parseXml('<Response><Message to=+1415>Tom & Jerry 1 < 2</Message></Response>');
  assert.deepEqual(codes(doc).sort(), ['xml-unescaped-ampersand', 'xml-unescaped-lt', 'xml-unquoted-attribute']);
  const unquoted = doc.problems.find((p) => p.code === 'xml-unquoted-attribute')!;
  assert.equal(slice(doc, unquoted.range), '+1415');
});

test('duplicate attribute is reported on the second one', () => {
  const doc = parseXml('<Response><Redirect method="GET" method="POST">/x</Redirect></Response>');
  const problem = doc.problems.find((p) => p.code === 'xml-duplicate-attribute')!;
  assert.equal(problem.range.start, doc.text.lastIndexOf('method'));
});

test('leading whitespace before the XML declaration is reported', () => {
  const doc = parseXml('\n <?xml version="1.0"?><Response/>');
  assert.deepEqual(codes(doc), ['xml-declaration-position']);
});

test('text after the root is reported, whitespace is not', () => {
  assert.deepEqual(codes(parseXml('<Response/>\n\n')), []);
  const doc = parseXml('<Response/>\nextra');
  assert.deepEqual(codes(doc), ['xml-content-after-root']);
  assert.equal(slice(doc, doc.problems[0].range), 'extra');
});

test('a DOCTYPE with entities is recorded and its entities are not expanded', () => {
  const doc = parseXml(
    '<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><Response><Message>&b;</Message></Response>',
  );
  assert.equal(doc.doctype?.declaresEntities, true);
  const message = childElements(rootElements(doc)[0])[0];
  assert.equal(message.children[0].type === 'text' && message.children[0].value, '&b;');
  assert.ok(codes(doc).includes('xml-unknown-entity'));
});

test('comments and CDATA are kept with their text', () => {
  const doc = parseXml('<Response><!-- note --><Message><![CDATA[a < b & c]]></Message></Response>');
  assert.deepEqual(codes(doc), []);
  const root = rootElements(doc)[0];
  assert.equal(root.children[0].type, 'comment');
  const message = childElements(root)[0];
  assert.deepEqual(message.children[0].type === 'text' && [message.children[0].value, message.children[0].cdata], [
    'a < b & c',
    true,
  ]);
});

test('10,000-deep nesting parses without recursion', () => {
  const depth = 10000;
  const doc = parseXml('<Response>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</Response>');
  assert.deepEqual(codes(doc), []);
  let element = rootElements(doc)[0];
  let count = 0;
  while (childElements(element).length) {
    element = childElements(element)[0];
    count++;
  }
  assert.equal(count, depth);
});

test('a truncated start tag is reported and parsing continues', () => {
  const doc = parseXml('<Response>\n  <Message to="+1\n  <Redirect>/x</Redirect>\n</Response>');
  assert.ok(codes(doc).includes('xml-unclosed-attribute-value'));
  const root = rootElements(doc)[0];
  assert.ok(
    childElements(root).some((el) => el.name === 'Redirect') ||
      childElements(childElements(root)[0]).some((el) => el.name === 'Redirect'),
  );
});

test('a UTF-8 byte order mark before the declaration or the root is allowed', () => {
  assert.deepEqual(codes(parseXml('\uFEFF<?xml version="1.0"?>\n<Response/>')), []);
  assert.deepEqual(codes(parseXml('\uFEFF<Response><Message>hi</Message></Response>')), []);
  // xmldom's own findings still land at the right offset after the mark.
  const doc = parseXml('\uFEFF<Response><a:b/></Response>');
  for (const problem of doc.problems) assert.ok(problem.range.start >= 1);
});

test('xmldom is skipped only for plain markup: DOCTYPE, namespaces, odd end tags and PIs are left to it', () => {
  const plain = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say voice="alice">Hi &amp; bye</Say><!-- note --></Response>',
    "<?xml version='1.0'?><Response><Message><Body><![CDATA[a < b]]></Body></Message></Response>",
    '\uFEFF<Response>\n  <Pause length="2"/>\n</Response >',
    '<Response><Say>Café naïve 你好 👋</Say><!-- naïve --></Response>',
  ];
  for (const text of plain) assert.equal(parseXml(text).plainMarkup, true, text);
  const notPlain = [
    '<!DOCTYPE Response><Response/>',
    '<Response xmlns="urn:x"/>',
    '<t:Response xmlns:t="urn:x"/>',
    '<Response><Say>x</Say x></Response>',
    '<Response><?php echo 1 ?></Response>',
    '<?xml version="1.0" encodng="UTF-8"?><Response/>',
    '<Response><!-- a -- b --></Response>',
    '<Response><!-- a \uFFFE --></Response>',
    '<![CDATA[x]]><Response/>',
    '<Response><Say a="1"b="2">x</Say></Response>',
    '<Réponse/>',
  ];
  for (const text of notPlain) assert.equal(parseXml(text).plainMarkup, false, text);
});

test('a plain document the scanner finds nothing in is one xmldom accepts (the fast path agrees with the judge)', () => {
  const cases = [
    '<Response><Say>ok</Say></Response>',
    '\uFEFF\uFEFF<Response/>', // a second byte order mark is text before the root
    '<Response/>\u00A0', // a no-break space is not XML whitespace
    '<Response><![CDATA[\u0001]]></Response>',
    '<?xml version="1.0" encoding="UTF-8"\uFEFF?><Response/>',
  ];
  for (const text of cases) assert.equal(scannerVerdictFailure(text), undefined, JSON.stringify(text));
  // The second byte order mark and the no-break space are reported by the scanner itself.
  assert.deepEqual(
    parseXml('\uFEFF\uFEFF<Response/>').problems.map((problem) => [problem.code, problem.range.start]),
    [['xml-content-before-root', 1]],
  );
  assert.deepEqual(
    parseXml('<Response/>\u00A0').problems.map((problem) => problem.code),
    ['xml-content-after-root'],
  );
});
