import test from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeSpec, Dialect, ElementSpec, ValueType } from '../../server/src/data/schemaTypes';
import { ALL_ELEMENT_NAMES, DIALECTS, ELEMENTS_BY_DIALECT, rootElement } from '../../server/src/data/twimlSchema';
import {
  allElementNames,
  caseInsensitiveAttribute,
  caseInsensitiveElement,
  damerauLevenshtein,
  dialectsOf,
  elementsNamed,
  findAttribute,
  findElement,
  isMessagingOnlyVerb,
  isVoiceOnlyVerb,
  suggest,
  verbNames,
} from '../../server/src/data/schemaIndex';
import { TWILIO_ERRORS, twilioError } from '../../server/src/data/errorCodes';

const DOCS = 'https://www.twilio.com/docs/';
// Attribute names that are not camelCase in Twilio's own SDKs and docs: SSML keeps its XML spelling.
const NON_CAMEL_ATTRIBUTES = ['lang.xml:lang', 'say-as.interpret-as'];

function each(fn: (dialect: Dialect, element: ElementSpec) => void): void {
  for (const dialect of DIALECTS) for (const element of ELEMENTS_BY_DIALECT[dialect]) fn(dialect, element);
}

function enumsIn(type: ValueType): Array<readonly string[]> {
  if (type.kind === 'enum') return [type.values];
  if (type.kind === 'list') return enumsIn(type.item);
  return [];
}

function attributeCount(dialect: Dialect): number {
  return ELEMENTS_BY_DIALECT[dialect].reduce((sum, element) => sum + element.attributes.length, 0);
}

function only(dialect: Dialect, name: string): ElementSpec {
  const found = elementsNamed(dialect, name);
  assert.equal(found.length, 1, `${dialect} ${name} should have one definition`);
  return found[0];
}

function attribute(dialect: Dialect, element: string, name: string): AttributeSpec {
  const spec = findAttribute(only(dialect, element), name);
  assert.ok(spec, `${dialect} ${element}.${name} exists`);
  return spec;
}

test('element counts per dialect match the reference (a lost element fails here)', () => {
  assert.equal(ELEMENTS_BY_DIALECT.messaging.length, 6); // Response + Message, Redirect, Sms, Body, Media
  assert.equal(ELEMENTS_BY_DIALECT.voice.length, 60); // Response + 59 definitions (Sip twice)
  assert.equal(allElementNames('messaging').length, 6);
  assert.equal(allElementNames('voice').length, 59);
  assert.equal(verbNames('messaging').length, 3);
  assert.equal(verbNames('voice').length, 18);
  assert.equal(ELEMENTS_BY_DIALECT.voice.filter((element) => element.docUrl.endsWith('#ssml')).length, 10);
  assert.equal(attributeCount('messaging'), 11);
  assert.equal(attributeCount('voice'), 307); // 305 in the reference + Stream audioFormat/sampleRate from twilio-node
  assert.equal(ALL_ELEMENT_NAMES.length, 62);
});

test('ids are unique per dialect and equal the name unless the name has several definitions', () => {
  for (const dialect of DIALECTS) {
    const ids = ELEMENTS_BY_DIALECT[dialect].map((element) => element.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate id in ${dialect}`);
    for (const element of ELEMENTS_BY_DIALECT[dialect]) {
      const several = elementsNamed(dialect, element.name).length > 1;
      if (several) assert.match(element.id, new RegExp(`^${element.name}@[A-Z][A-Za-z]+$`));
      else assert.equal(element.id, element.name);
      assert.equal(element.dialect, dialect);
    }
  }
  assert.deepEqual(
    elementsNamed('voice', 'Sip').map((element) => element.id),
    ['Sip@Dial', 'Sip@Refer'],
  );
});

test('every parent and child name is an element of the same dialect, and the lists agree both ways', () => {
  each((dialect, element) => {
    for (const child of element.children) {
      const defs = elementsNamed(dialect, child);
      assert.ok(defs.length > 0, `${dialect} ${element.id} lists unknown child ${child}`);
      assert.ok(
        defs.some((def) => def.parents.includes(element.name)),
        `${dialect} ${child} does not list ${element.name} as parent`,
      );
    }
    for (const parent of element.parents) {
      const defs = elementsNamed(dialect, parent);
      assert.ok(defs.length > 0, `${dialect} ${element.id} lists unknown parent ${parent}`);
      assert.ok(
        defs.some((def) => def.children.includes(element.name)),
        `${dialect} ${parent} does not list ${element.name} as child`,
      );
    }
    assert.equal(new Set(element.children).size, element.children.length, `${element.id} repeats a child`);
    assert.equal(new Set(element.parents).size, element.parents.length, `${element.id} repeats a parent`);
  });
});

test('each dialect has one root, <Response>, with no parents', () => {
  for (const dialect of DIALECTS) {
    const roots = ELEMENTS_BY_DIALECT[dialect].filter((element) => element.kind === 'root');
    assert.equal(roots.length, 1);
    assert.equal(rootElement(dialect).name, 'Response');
    assert.deepEqual(rootElement(dialect).parents, []);
    for (const element of ELEMENTS_BY_DIALECT[dialect]) {
      if (element.kind !== 'root') assert.ok(element.parents.length > 0, `${element.id} has no parent`);
    }
  }
  assert.deepEqual([...rootElement('messaging').children].sort(), ['Message', 'Redirect', 'Sms']);
  assert.equal(rootElement('voice').children.length, 20);
  for (const verb of verbNames('voice'))
    assert.ok(rootElement('voice').children.includes(verb), `${verb} not under Response`);
});

test('attribute names are unique per element and camelCase, with only the documented SSML exceptions', () => {
  const exceptions: string[] = [];
  each((dialect, element) => {
    const names = element.attributes.map((spec) => spec.name);
    assert.equal(new Set(names).size, names.length, `${dialect} ${element.id} repeats an attribute`);
    const lower = names.map((name) => name.toLowerCase());
    assert.equal(new Set(lower).size, lower.length, `${dialect} ${element.id} has attributes differing only by case`);
    for (const name of names) if (!/^[a-z][A-Za-z0-9]*$/.test(name)) exceptions.push(`${element.id}.${name}`);
  });
  assert.deepEqual(exceptions.sort(), NON_CAMEL_ATTRIBUTES);
});

test('enum values are non-empty and distinct; defaults are valid values of their type', () => {
  each((dialect, element) => {
    for (const spec of element.attributes) {
      for (const values of enumsIn(spec.type)) {
        assert.ok(values.length > 0, `${element.id}.${spec.name} has an empty enum`);
        assert.equal(new Set(values).size, values.length, `${element.id}.${spec.name} repeats an enum value`);
        for (const value of values) assert.notEqual(value.trim(), '', `${element.id}.${spec.name} has a blank value`);
      }
      if (spec.default === undefined) continue;
      const where = `${dialect} ${element.id}.${spec.name} default ${spec.default}`;
      const type = spec.type;
      if (type.kind === 'http-method') assert.ok(['GET', 'POST'].includes(spec.default), where);
      if (type.kind === 'boolean') assert.ok(['true', 'false'].includes(spec.default), where);
      if (type.kind === 'integer') {
        assert.match(spec.default, /^\d+$/, where);
        if (type.min !== undefined) assert.ok(Number(spec.default) >= type.min, where);
        if (type.max !== undefined) assert.ok(Number(spec.default) <= type.max, where);
      }
      if (type.kind === 'enum' && !type.open) assert.ok(type.values.includes(spec.default), where);
      if (type.kind === 'list' && type.item.kind === 'enum') {
        const values = type.item.values;
        for (const part of spec.default.split(' ')) assert.ok(values.includes(part), where);
      }
    }
  });
});

test('every verb has a control flow, nouns and roots have none, and transferIf names a real attribute', () => {
  each((dialect, element) => {
    if (element.kind !== 'verb') {
      assert.equal(element.flow, undefined, `${dialect} ${element.id} is not a verb but has a flow`);
      return;
    }
    assert.ok(element.flow, `${dialect} ${element.id} has no flow`);
    if (element.flow.kind === 'transferIf')
      assert.ok(findAttribute(element, element.flow.attribute), `${element.id} flow attribute`);
    if (element.flow.kind !== 'continue') assert.ok(element.flow.reason.length > 20, `${element.id} flow reason`);
  });
  const flowOf = (dialect: Dialect, name: string) => only(dialect, name).flow;
  assert.deepEqual(flowOf('messaging', 'Message')?.kind, 'transferIf');
  assert.equal(flowOf('messaging', 'Redirect')?.kind, 'transfer');
  for (const name of ['Hangup', 'Reject', 'Redirect', 'Pay', 'Leave'])
    assert.equal(flowOf('voice', name)?.kind, 'transfer', name);
  // https://www.twilio.com/docs/voice/twiml/record: an empty recording continues with the next verb.
  assert.equal(flowOf('voice', 'Record')?.kind, 'transferOnInput');
  for (const name of ['Dial', 'Enqueue', 'Connect', 'Refer', 'Sms']) {
    const flow = flowOf('voice', name);
    assert.ok(flow?.kind === 'transferIf' && flow.attribute === 'action' && flow.value === undefined, name);
  }
  const gather = flowOf('voice', 'Gather');
  assert.ok(gather?.kind === 'transferIf' && gather.attribute === 'actionOnEmptyResult' && gather.value === 'true');
  for (const name of ['Say', 'Play', 'Pause', 'Start', 'Stop', 'Echo'])
    assert.equal(flowOf('voice', name)?.kind, 'continue', name);
});

test('every element and attribute links to a Twilio docs page and has our own description', () => {
  each((dialect, element) => {
    assert.ok(element.docUrl.startsWith(DOCS), `${dialect} ${element.id} docUrl ${element.docUrl}`);
    assert.ok(element.description.length >= 10, `${element.id} description`);
    if (element.text.allowed) assert.ok(element.text.meaning, `${element.id} text meaning`);
    if (element.text.required) assert.ok(element.text.allowed, `${element.id} requires text it does not allow`);
    for (const spec of element.attributes) {
      assert.ok(spec.docUrl.startsWith(DOCS), `${element.id}.${spec.name} docUrl`);
      assert.ok(spec.description.length >= 10, `${element.id}.${spec.name} description`);
      assert.ok(
        /^[A-Z<a-z]/.test(spec.description) && spec.description.endsWith('.'),
        `${element.id}.${spec.name} description is a sentence`,
      );
    }
  });
});

test('spot checks of well-known facts', () => {
  assert.deepEqual(attribute('messaging', 'Message', 'action').type, { kind: 'url' });
  assert.equal(only('messaging', 'Message').text.maxLength, 1600);
  assert.equal(only('messaging', 'Body').text.maxLength, 1600);
  assert.deepEqual(attribute('messaging', 'Message', 'from').type, {
    kind: 'phone-number',
    alsoAccepts: ['alphanumeric-sender', 'local-format'],
  });
  assert.equal(attribute('voice', 'Gather', 'numDigits').type.kind, 'integer');
  const voice = attribute('voice', 'Say', 'voice').type;
  assert.ok(
    voice.kind === 'enum' &&
      voice.open === true &&
      voice.values.includes('Polly.Joanna') &&
      voice.values.includes('alice'),
  );
  const input = attribute('voice', 'Gather', 'input').type;
  assert.ok(
    input.kind === 'list' &&
      input.separator === ' ' &&
      input.item.kind === 'enum' &&
      input.item.values.join() === 'dtmf,speech',
  );
  assert.deepEqual(attribute('voice', 'Dial', 'timeout').type, { kind: 'integer', min: 5, max: 600 });
  assert.equal(attribute('voice', 'Dial', 'timeout').default, '30');
  const record = attribute('voice', 'Dial', 'record').type;
  assert.ok(record.kind === 'enum' && record.values.includes('true') && record.values.includes('record-from-answer'));
  assert.deepEqual(attribute('voice', 'Stream', 'url').type, { kind: 'url', absoluteOnly: true, schemes: ['wss'] });
  assert.deepEqual(attribute('voice', 'Enqueue', 'workflowSid').type, { kind: 'sid', prefix: 'WW' });
  assert.equal(attribute('voice', 'Gather', 'enhanced').deprecated?.includes('speechModel'), true);
  assert.equal(attribute('messaging', 'Message', 'statusCallback').deprecated, undefined);
  for (const dialect of DIALECTS) {
    const sms = only(dialect, 'Sms');
    assert.equal(sms.kind, 'verb');
    assert.equal(sms.deprecated?.replacement, 'Message', `${dialect} Sms`);
  }
  assert.ok(only('voice', 'Autopilot').deprecated);
  assert.ok(only('voice', 'Stop').children.includes('Recording'), 'doc-only <Stop><Recording>');
  assert.ok(findAttribute(only('voice', 'Recording'), 'name'), 'doc-only Recording name');
  assert.ok(findAttribute(only('voice', 'Dial'), 'callReason'), 'doc-only Dial callReason');
  assert.deepEqual(attribute('voice', 'Dial', 'callReason').type, { kind: 'string', maxLength: 50 });
  assert.equal(only('voice', 'Enqueue').text.maxLength, 64);
});

test('findElement picks the definition placed under the parent and falls back to the first', () => {
  assert.equal(findElement('voice', 'Refer', 'Sip')?.id, 'Sip@Refer');
  assert.equal(findElement('voice', 'Dial', 'Sip')?.id, 'Sip@Dial');
  assert.equal(findElement('voice', 'Gather', 'Sip')?.id, 'Sip@Dial');
  assert.equal(findElement('voice', undefined, 'Say')?.id, 'Say');
  assert.equal(findElement('voice', 'Response', 'Message'), undefined);
  assert.equal(findElement('messaging', undefined, 'Message')?.dialect, 'messaging');
  assert.equal(findElement('voice', undefined, 'say'), undefined, 'lookups are case-sensitive');
});

test('case-insensitive lookups return the correct spelling only when the case differs', () => {
  assert.equal(caseInsensitiveElement('voice', 'say'), 'Say');
  assert.equal(caseInsensitiveElement('voice', 'SAY-AS'), 'say-as');
  assert.equal(caseInsensitiveElement('voice', 'Say'), undefined);
  assert.equal(caseInsensitiveElement('voice', 'message'), 'Message', 'found in the other dialect');
  assert.equal(caseInsensitiveElement('messaging', 'GATHER'), 'Gather');
  assert.equal(caseInsensitiveElement('voice', 'Sayy'), undefined);
  const relay = only('voice', 'ConversationRelay');
  assert.equal(caseInsensitiveAttribute(relay, 'backgroundnoisereduction'), 'backgroundNoiseReduction');
  assert.equal(caseInsensitiveAttribute(relay, 'url'), undefined);
  assert.equal(caseInsensitiveAttribute(only('messaging', 'Message'), 'StatusCallback'), 'statusCallback');
  assert.equal(caseInsensitiveAttribute(only('messaging', 'Message'), 'nope'), undefined);
});

test('dialect detection helpers', () => {
  assert.equal(isVoiceOnlyVerb('Say'), true);
  assert.equal(isVoiceOnlyVerb('Gather'), true);
  assert.equal(isVoiceOnlyVerb('Redirect'), false);
  assert.equal(isVoiceOnlyVerb('Sms'), false);
  assert.equal(isVoiceOnlyVerb('Number'), false, 'nouns are not verbs');
  assert.equal(isMessagingOnlyVerb('Message'), true);
  assert.equal(isMessagingOnlyVerb('Redirect'), false);
  assert.equal(isMessagingOnlyVerb('Body'), false);
  assert.deepEqual(dialectsOf('Redirect'), ['messaging', 'voice']);
  assert.deepEqual(dialectsOf('Media'), ['messaging']);
});

test('suggest finds near misses by Damerau-Levenshtein distance', () => {
  assert.equal(damerauLevenshtein('gahter', 'gather'), 1, 'a transposition counts once');
  assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
  assert.deepEqual(suggest('Gahter', allElementNames('voice')), ['Gather']);
  assert.deepEqual(suggest('Mesage', allElementNames('messaging')), ['Message']);
  assert.deepEqual(
    suggest(
      'statusCallbak',
      only('voice', 'Number').attributes.map((spec) => spec.name),
    ),
    ['statusCallback'],
  );
  assert.deepEqual(suggest('message', ['Message', 'Media']), ['Message'], 'case-only slips rank first');
  assert.deepEqual(suggest('Completely', allElementNames('voice')), []);
  assert.deepEqual(suggest('Say', ['Say']), [], 'an exact match is not a suggestion');
  // Long names allow a third of their length: 4 edits on a 13-letter name.
  assert.deepEqual(suggest('ConversatnRly', ['ConversationRelay']), ['ConversationRelay']);
});

test('error codes link to their Twilio page', () => {
  const required = [
    11200, 11205, 11750, 11751, 12100, 12102, 12200, 12300, 13320, 14101, 14103, 14104, 14107, 14109, 14110, 21617,
  ];
  for (const code of required) assert.ok(twilioError(code), `missing ${code}`);
  for (const [key, entry] of Object.entries(TWILIO_ERRORS)) {
    assert.equal(entry.code, Number(key));
    assert.equal(entry.url, `https://www.twilio.com/docs/api/errors/${key}`);
    assert.ok(entry.title.length > 3);
  }
  assert.equal(TWILIO_ERRORS[12200].title, 'Schema validation warning');
  assert.equal(twilioError(99999), undefined);
});
