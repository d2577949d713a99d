/**
 * Oracle documents: TwiML written by Twilio's own Node SDK (the `twilio` devDependency), using
 * every verb, noun and attribute the SDK can emit, with valid values taken from our schema.
 * Whatever our validator says about them, Twilio's library considers them well-formed, so an
 * Error or Warning on one of them is a false positive.
 *
 * The SDK's surface is discovered, not hard-coded: element methods by walking the SDK classes
 * at run time, attribute names from the SDK's type declarations (JavaScript accepts any
 * attribute, so only the `.d.ts` says which ones the SDK supports).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect, ValueType } from '../../../server/src/data/schemaTypes';
import { ELEMENTS_BY_DIALECT } from '../../../server/src/data/twimlSchema';
import { findAttribute, findElement } from '../../../server/src/data/schemaIndex';

/** One SDK-generated document. `elements` and `attributes` (`Tag.attr`) are what it uses. */
export interface OracleDocument {
  readonly name: string;
  readonly dialect: Dialect;
  readonly xml: string;
  readonly elements: string[];
  readonly attributes: string[];
}

/** What the documents cover, keyed `dialect:Tag` and `dialect:Tag.attr`. */
export interface OracleCoverage {
  readonly documents: number;
  /** Distinct dialect:Tag used by the documents. */
  readonly elements: number;
  /** Distinct dialect:Tag.attr used by the documents. */
  readonly attributes: number;
  readonly sdkElements: string[];
  readonly sdkAttributes: string[];
  /** SDK-emittable elements/attributes no document uses (should be empty). */
  readonly uncoveredElements: string[];
  readonly uncoveredAttributes: string[];
  /** Attributes the SDK declares that our schema lacks, after the spelling fixes below (should be empty). */
  readonly sdkAttributesNotInSchema: string[];
  /** SDK spellings we emit in their documented form instead (`dialect:Tag.sdkName -> name`). */
  readonly renamedSdkAttributes: string[];
  /** Schema elements and attributes the SDK has no way to write (doc-only or other SDKs). */
  readonly schemaElementsSdkCannotEmit: string[];
  readonly schemaAttributesSdkCannotEmit: string[];
}

interface SdkNode {
  toString(): string;
  _getXml(): { name: string };
  [member: string]: unknown;
}
type SdkConstructor = new () => SdkNode;

// The oracle itself; required lazily so the schema tests do not depend on it.
function sdk(): { twiml: { VoiceResponse: SdkConstructor; MessagingResponse: SdkConstructor } } {
  return require('twilio');
}

/**
 * twilio-node (and twilio-java) spell these ConversationRelay attributes all lowercase, while
 * twilio-python and public TwiML use camelCase; Twilio attribute names are case-sensitive and
 * camelCased, so the oracle writes the camelCase form (see the grammar's casing-conflict note).
 */
const SPELLING_FIXES: Readonly<Record<string, string>> = {
  'ConversationRelay.backgroundnoisereduction': 'backgroundNoiseReduction',
  'ConversationRelay.deepgramsmartformat': 'deepgramSmartFormat',
  'ConversationRelay.ignorebackchannel': 'ignoreBackchannel',
  'ConversationRelay.speechtimeout': 'speechTimeout',
};

/** Parent>Tag.attr combinations the docs forbid although the SDK allows them. */
const FORBIDDEN_IN_CONTEXT = new Set([
  'Gather>Play.digits', // "you can't play digits within a <Gather>" (Play docs)
]);

/** Verbs whose nouns are alternatives: one document per noun. */
const ONE_NOUN_PER_DOCUMENT = new Set(['Dial', 'Connect', 'Start', 'Stop']);

/** SDK root methods that write nouns at top level (<Response><Queue>), which the docs do not allow. */
const SKIPPED_ROOT_METHODS = new Set(['queue', 'prompt']);

const EXAMPLE_URL = 'https://example.com/x';
const PHONE = '+14155550100';
const HEX32 = '0123456789abcdef0123456789abcdef';

/** Realistic values where "first value of the type" would be odd or clash with another attribute. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  'Gather.finishOnKey': '#',
  'Record.finishOnKey': '#',
  'Play.digits': 'ww1234',
  'Number.sendDigits': 'ww1234',
  'Gather.speechTimeout': '3', // "auto" may not be combined with speechModel (warning 13335)
  'Gather.hints': 'yes, no',
  'Gather.language': 'en-US',
  'Say.voice': 'Polly.Joanna',
  'Say.language': 'en-US',
  'Say.loop': '1',
  'Play.loop': '1',
  'Record.timeout': '5',
  'Pay.chargeAmount': '10.00',
  'Pay.currency': 'usd',
  'Pay.language': 'en-US',
  'Pay.postalCode': 'true',
  'Dial.passports': 'ZXhhbXBsZQ==',
  'break.time': '500ms',
  'prosody.volume': 'loud',
  'prosody.rate': 'slow',
  'prosody.pitch': 'high',
  'phoneme.ph': 'pɪˈkɑːn',
  'sub.alias': 'World Wide Web Consortium',
  'w.role': 'amazon:VB',
  'lang.xml:lang': 'fr-FR',
  'Header.name': 'X-Customer-Id',
  'Parameter.name': 'customerId',
  'Parameter.value': '42',
  'Config.name': 'agent',
  'Config.value': 'default',
  'Transcription.languageCode': 'en-US',
  'Transcription.hints': 'Twilio, TwiML',
  'ConversationRelay.language': 'en-US',
  'ConversationRelay.ttsLanguage': 'en-US',
  'ConversationRelay.transcriptionLanguage': 'en-US',
  'ConversationRelay.speechTimeout': '500',
  'ConversationRelay.hints': 'Twilio, TwiML',
  'ConversationRelay.welcomeGreeting': 'Hi! How can I help?',
  'Language.code': 'fr-FR',
  'VirtualAgent.language': 'en-US',
  'Conference.participantLabel': 'customer',
  'Task.priority': '5',
  'Task.timeout': '60',
};

/** Text content per tag, for elements written without child elements. */
const SAMPLE_TEXT: Readonly<Record<string, string>> = {
  Message: 'Thanks for your message!',
  Body: 'Thanks for your message!',
  Media: 'https://example.com/cat.jpg',
  Redirect: 'https://example.com/next',
  Say: 'Hello from Twilio.',
  Sms: 'Your code is 1234.',
  Play: 'https://example.com/hello.mp3',
  Dial: PHONE,
  Enqueue: 'support',
  Queue: 'support',
  Number: PHONE,
  WhatsApp: PHONE,
  Client: 'alice',
  Identity: 'alice',
  Conference: 'team-room',
  Sim: `DE${HEX32}`,
  Sip: 'sip:alice@example.com',
  Uri: 'sip:alice@example.com',
  Application: `AP${HEX32}`,
  ApplicationSid: `AP${HEX32}`,
  Task: '{"selected_language":"en"}',
  Room: 'daily-standup',
  Autopilot: `UA${HEX32}`,
  emphasis: 'really',
  lang: 'bonjour',
  p: 'A short paragraph.',
  phoneme: 'pecan',
  prosody: 'slowly now',
  s: 'A sentence.',
  'say-as': '12345',
  sub: 'W3C',
  w: 'read',
};

interface SdkChild {
  readonly method: string;
  readonly tag: string;
  readonly className: string;
  /** Attribute names as the SDK declares them. */
  readonly attributes: readonly string[];
}

interface SdkSurface {
  readonly dialect: Dialect;
  readonly rootClass: string;
  readonly create: () => SdkNode;
  /** class name → element methods of that class. */
  readonly classes: ReadonlyMap<string, readonly SdkChild[]>;
}

/** Builds the oracle documents and measures how much of the SDK they cover. */
export function buildOracleDocuments(): { documents: OracleDocument[]; coverage: OracleCoverage } {
  const twilio = sdk();
  const surfaces = [
    discover('messaging', 'MessagingResponse', () => new twilio.twiml.MessagingResponse()),
    discover('voice', 'VoiceResponse', () => new twilio.twiml.VoiceResponse()),
  ];
  const documents = surfaces.flatMap(documentsFor);
  return { documents, coverage: measure(surfaces, documents) };
}

// ---------------------------------------------------------------------------- SDK discovery

function discover(dialect: Dialect, rootClass: string, create: () => SdkNode): SdkSurface {
  const declarations = readDeclarations(rootClass);
  const classes = new Map<string, SdkChild[]>();
  const explore = (node: SdkNode, className: string): void => {
    if (classes.has(className)) return;
    const children: SdkChild[] = [];
    classes.set(className, children);
    for (const method of elementMethods(node)) {
      const child = call(node, method, {}, undefined);
      const childClass = (child.constructor as { name: string }).name;
      const interfaceName = declarations.methodAttributes.get(`${className}.${method}`);
      const attributes = interfaceName ? (declarations.interfaces.get(interfaceName) ?? []) : [];
      children.push({ method, tag: child._getXml().name, className: childClass, attributes });
      explore(child, childClass);
    }
  };
  explore(create(), rootClass);
  return { dialect, rootClass, create, classes };
}

function elementMethods(node: SdkNode): string[] {
  const prototype = Object.getPrototypeOf(node) as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).filter(
    (name) => name !== 'constructor' && !name.startsWith('comment') && typeof prototype[name] === 'function',
  );
}

function call(node: SdkNode, method: string, attributes: Record<string, string>, text: string | undefined): SdkNode {
  const fn = node[method];
  if (typeof fn !== 'function') throw new Error(`SDK node has no method ${method}`);
  return (fn as (attributes: object, text?: string) => SdkNode).call(node, attributes, text);
}

interface Declarations {
  /** `Class.method` → name of its attributes interface. */
  readonly methodAttributes: Map<string, string>;
  /** interface name → attribute names. */
  readonly interfaces: Map<string, string[]>;
}

/** Reads `lib/twiml/<Root>.d.ts` of the installed SDK. */
function readDeclarations(rootClass: string): Declarations {
  const packageDir = path.dirname(require.resolve('twilio/package.json'));
  const source = fs.readFileSync(path.join(packageDir, 'lib', 'twiml', `${rootClass}.d.ts`), 'utf8');
  const interfaces = new Map<string, string[]>();
  for (const match of source.matchAll(/interface (\w+Attributes)\s*\{([\s\S]*?)\n\s*\}/g)) {
    const names = [...match[2].matchAll(/^\s*"?([\w:-]+)"?\?:/gm)].map((property) => property[1]);
    interfaces.set(match[1], [...new Set([...(interfaces.get(match[1]) ?? []), ...names])]);
  }
  const methodAttributes = new Map<string, string>();
  for (const match of source.matchAll(/class (\w+) extends TwiML\s*\{([\s\S]*?)\n\s*\}/g)) {
    for (const method of match[2].matchAll(/^\s*(\w+)\(([^)]*)\):/gm)) {
      const attributesType = /attributes\??:\s*(?:\w+\.)?(\w+Attributes)\b/.exec(method[2]);
      if (attributesType) methodAttributes.set(`${match[1]}.${method[1]}`, attributesType[1]);
    }
  }
  return { methodAttributes, interfaces };
}

// ---------------------------------------------------------------------------- documents

class DocumentBuilder {
  readonly elements = new Set<string>();
  readonly attributes = new Set<string>();
  readonly root: SdkNode;

  constructor(readonly surface: SdkSurface) {
    this.root = surface.create();
    this.elements.add('Response');
  }

  /** Adds `child` under `parent` with all its attributes; `text` when given. */
  add(parent: SdkNode, parentTag: string, child: SdkChild, text?: string): SdkNode {
    const values: Record<string, string> = {};
    for (const sdkName of child.attributes) {
      const name = SPELLING_FIXES[`${child.tag}.${sdkName}`] ?? sdkName;
      if (FORBIDDEN_IN_CONTEXT.has(`${parentTag}>${child.tag}.${name}`)) continue;
      values[name] = sampleValue(this.surface.dialect, parentTag, child.tag, name);
      this.attributes.add(`${child.tag}.${name}`);
    }
    this.elements.add(child.tag);
    return call(parent, child.method, values, text);
  }

  /** Adds every element method of `className` under `node`, each tag once per document. */
  fill(node: SdkNode, tag: string, className: string): void {
    for (const child of this.surface.classes.get(className) ?? []) {
      if (this.elements.has(child.tag)) continue;
      const grandChildren = (this.surface.classes.get(child.className) ?? []).filter(
        (next) => !this.elements.has(next.tag),
      );
      const isSsml = tag === 'Say' || this.surface.classes.get('Say')?.some((ssml) => ssml.tag === tag) === true;
      const text = grandChildren.length === 0 || isSsml || child.tag === 'Say' ? SAMPLE_TEXT[child.tag] : undefined;
      const added = this.add(node, tag, child, text);
      this.fill(added, child.tag, child.className);
    }
  }

  finish(name: string): OracleDocument {
    return {
      name,
      dialect: this.surface.dialect,
      xml: this.root.toString(),
      elements: [...this.elements].sort(),
      attributes: [...this.attributes].sort(),
    };
  }
}

function documentsFor(surface: SdkSurface): OracleDocument[] {
  const documents: OracleDocument[] = [];
  for (const verb of surface.classes.get(surface.rootClass) ?? []) {
    if (SKIPPED_ROOT_METHODS.has(verb.method)) continue;
    const nouns = surface.classes.get(verb.className) ?? [];
    if (ONE_NOUN_PER_DOCUMENT.has(verb.tag) && nouns.length > 0) {
      for (const noun of nouns) {
        const builder = new DocumentBuilder(surface);
        const node = builder.add(builder.root, 'Response', verb);
        const added = builder.add(node, verb.tag, noun, nounText(surface, noun));
        builder.fill(added, noun.tag, noun.className);
        followAsyncStart(builder, verb.tag);
        documents.push(builder.finish(`${surface.dialect}: <${verb.tag}> with <${noun.tag}>`));
      }
      if (verb.tag === 'Dial') {
        const builder = new DocumentBuilder(surface);
        builder.add(builder.root, 'Response', verb, SAMPLE_TEXT.Dial);
        documents.push(builder.finish(`${surface.dialect}: <Dial> with a number as text`));
      }
      continue;
    }
    const builder = new DocumentBuilder(surface);
    const text = nouns.length === 0 || verb.tag === 'Say' ? SAMPLE_TEXT[verb.tag] : undefined;
    const node = builder.add(builder.root, 'Response', verb, text);
    builder.fill(node, verb.tag, verb.className);
    documents.push(builder.finish(`${surface.dialect}: <${verb.tag}> with every attribute`));
    if (verb.tag === 'Message') documents.push(messageWithTextAndMedia(surface, verb));
  }
  return documents;
}

/** The SDKs' own pattern: body text and <Media> mixed in one <Message> (valid TwiML). */
function messageWithTextAndMedia(surface: SdkSurface, message: SdkChild): OracleDocument {
  const builder = new DocumentBuilder(surface);
  const node = builder.add(builder.root, 'Response', message, SAMPLE_TEXT.Message);
  const media = (surface.classes.get(message.className) ?? []).find((child) => child.tag === 'Media');
  if (media) builder.add(node, 'Message', media, SAMPLE_TEXT.Media);
  return builder.finish(`${surface.dialect}: <Message> text with <Media>`);
}

function nounText(surface: SdkSurface, noun: SdkChild): string | undefined {
  const hasChildren = (surface.classes.get(noun.className) ?? []).length > 0;
  return hasChildren ? undefined : SAMPLE_TEXT[noun.tag];
}

/** <Start> runs in the background and the call ends if nothing follows, so say something. */
function followAsyncStart(builder: DocumentBuilder, verbTag: string): void {
  if (verbTag !== 'Start') return;
  const say = builder.surface.classes.get(builder.surface.rootClass)?.find((verb) => verb.tag === 'Say');
  if (say) call(builder.root, say.method, {}, 'Please hold while we connect you.');
  builder.elements.add('Say');
}

// ---------------------------------------------------------------------------- values

function sampleValue(dialect: Dialect, parentTag: string, tag: string, name: string): string {
  const sample = SAMPLE_VALUES[`${tag}.${name}`];
  if (sample !== undefined) return sample;
  const spec = findElement(dialect, parentTag, tag);
  const attribute = spec ? findAttribute(spec, name) : undefined;
  // Not in the schema: any value will do, the coverage check reports the attribute anyway.
  return attribute ? valueOf(attribute.type) : 'example';
}

function valueOf(type: ValueType): string {
  switch (type.kind) {
    case 'url':
      return type.schemes?.length ? `${type.schemes[0]}://example.com/x` : EXAMPLE_URL;
    case 'http-method':
      return 'POST';
    case 'boolean':
      return 'true';
    case 'integer':
      return String(type.min ?? Math.min(1, type.max ?? 1));
    case 'decimal':
      return String(type.min ?? 1);
    case 'enum':
      return type.values[0];
    case 'list':
      return valueOf(type.item);
    case 'phone-number':
      return PHONE;
    case 'sid':
      return `${type.prefix ?? 'XX'}${HEX32}`;
    case 'sip-uri':
      return 'sip:alice@example.com';
    case 'string':
      return 'example'.slice(0, type.maxLength ?? 7);
  }
}

// ---------------------------------------------------------------------------- coverage

function measure(surfaces: readonly SdkSurface[], documents: readonly OracleDocument[]): OracleCoverage {
  const sdkElements = new Set<string>();
  const sdkAttributes = new Set<string>();
  const notInSchema = new Set<string>();
  const renamed = new Set<string>();
  for (const surface of surfaces) {
    const d = surface.dialect;
    for (const [className, children] of surface.classes) {
      const parentTag = className === surface.rootClass ? 'Response' : tagOfClass(surface, className);
      for (const child of children) {
        sdkElements.add(`${d}:${child.tag}`);
        const spec = findElement(d, parentTag, child.tag);
        for (const sdkName of child.attributes) {
          const name = SPELLING_FIXES[`${child.tag}.${sdkName}`] ?? sdkName;
          if (name !== sdkName) renamed.add(`${d}:${child.tag}.${sdkName} -> ${name}`);
          if (FORBIDDEN_IN_CONTEXT.has(`${parentTag}>${child.tag}.${name}`)) continue;
          sdkAttributes.add(`${d}:${child.tag}.${name}`);
          if (!spec || !findAttribute(spec, name)) notInSchema.add(`${d}:${parentTag}>${child.tag}.${name}`);
        }
      }
    }
  }
  const usedElements = new Set(documents.flatMap((doc) => doc.elements.map((tag) => `${doc.dialect}:${tag}`)));
  const usedAttributes = new Set(documents.flatMap((doc) => doc.attributes.map((key) => `${doc.dialect}:${key}`)));
  const cannotEmitElements: string[] = [];
  const cannotEmitAttributes: string[] = [];
  for (const surface of surfaces) {
    for (const element of ELEMENTS_BY_DIALECT[surface.dialect]) {
      if (element.kind === 'root') continue;
      const elementKey = `${surface.dialect}:${element.name}`;
      if (!sdkElements.has(elementKey)) cannotEmitElements.push(elementKey);
      for (const attribute of element.attributes) {
        const key = `${elementKey}.${attribute.name}`;
        if (!sdkAttributes.has(key)) cannotEmitAttributes.push(key);
      }
    }
  }
  return {
    documents: documents.length,
    elements: usedElements.size,
    attributes: usedAttributes.size,
    sdkElements: [...sdkElements].sort(),
    sdkAttributes: [...sdkAttributes].sort(),
    uncoveredElements: [...sdkElements].filter((key) => !usedElements.has(key)).sort(),
    uncoveredAttributes: [...sdkAttributes].filter((key) => !usedAttributes.has(key)).sort(),
    sdkAttributesNotInSchema: [...notInSchema].sort(),
    renamedSdkAttributes: [...renamed].sort(),
    schemaElementsSdkCannotEmit: [...new Set(cannotEmitElements)].sort(),
    schemaAttributesSdkCannotEmit: [...new Set(cannotEmitAttributes)].sort(),
  };
}

function tagOfClass(surface: SdkSurface, className: string): string {
  for (const children of surface.classes.values()) {
    const child = children.find((candidate) => candidate.className === className);
    if (child) return child.tag;
  }
  return className;
}
