/**
 * Markdown for schema entries, shared by completion documentation and hover so both say the
 * same thing about an element or an attribute in the same words.
 */
import type { AttributeSpec, ElementSpec, ValueType } from '../data/schemaTypes';

/** How many values of a long list (voices, languages) are spelled out before "and N more". */
const MAX_LISTED = 12;

/** The values an editor can offer for a type: fixed lists, booleans, methods; empty otherwise. */
export function knownValues(type: ValueType): readonly string[] {
  switch (type.kind) {
    case 'http-method':
      return ['GET', 'POST'];
    case 'boolean':
      return ['true', 'false'];
    case 'enum':
      return type.values;
    case 'list':
      return knownValues(type.item);
    default:
      return [];
  }
}

/** One line saying what a value of `type` looks like, e.g. "`GET` or `POST`" or "whole number, 5–600". */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'url':
      return describeUrl(type);
    case 'http-method':
      return '`GET` or `POST`';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `whole number${describeBounds(type.min, type.max)}`;
    case 'decimal':
      return `number${describeBounds(type.min, type.max)}`;
    case 'enum':
      return `${type.open ? 'one of (Twilio adds more over time)' : 'one of'}: ${listValues(type.values)}`;
    case 'list':
      return `${type.separator === ' ' ? 'space' : 'comma'}-separated list; each item ${describeType(type.item)}`;
    case 'phone-number':
      return describePhone(type.alsoAccepts ?? []);
    case 'sid':
      return `SID (\`${type.prefix ?? 'XX'}\` + 32 hex digits)`;
    case 'sip-uri':
      return 'SIP URI (`sip:` or `sips:`)';
    case 'string':
      return type.maxLength === undefined ? 'text' : `text, at most ${type.maxLength} characters`;
  }
}

/** Backquoted values, cut short after {@link MAX_LISTED}. */
export function listValues(values: readonly string[]): string {
  const shown = values
    .slice(0, MAX_LISTED)
    .map((value) => `\`${value}\``)
    .join(', ');
  return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
}

function describeUrl(type: Extract<ValueType, { kind: 'url' }>): string {
  if (type.schemes?.length) return `absolute ${type.schemes.map((scheme) => `\`${scheme}://\``).join(' or ')} URL`;
  return type.absoluteOnly ? 'absolute http(s) URL' : 'URL (absolute, or relative to the requested document)';
}

function describeBounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `, ${min}–${max}`;
  if (min !== undefined) return `, at least ${min}`;
  if (max !== undefined) return `, at most ${max}`;
  return '';
}

function describePhone(extras: readonly string[]): string {
  const more = extras.map((extra) =>
    extra
      .replace('alphanumeric-sender', 'alphanumeric sender ID')
      .replace('client', 'client identity')
      .replace('sip', 'SIP URI'),
  );
  return ['E.164 number or channel address (`whatsapp:+1…`)', ...more].join(', or ');
}

/** A markdown link to Twilio's page. */
export function docLink(url: string): string {
  return `[Twilio docs](${url})`;
}

/** "messaging verb", "voice noun", "voice root element". */
export function elementKindLabel(spec: ElementSpec): string {
  return `${spec.dialect} ${spec.kind === 'root' ? 'root element' : spec.kind}`;
}

/** Description, deprecation and link: the completion documentation of an element. */
export function elementDocumentation(spec: ElementSpec): string {
  return [spec.description, deprecationOf(spec), docLink(spec.docUrl)].filter(Boolean).join('\n\n');
}

/** The deprecation note of an element, as a markdown paragraph, or ''. */
export function deprecationOf(spec: ElementSpec): string {
  if (!spec.deprecated) return '';
  const instead = spec.deprecated.replacement ? ` Use \`<${spec.deprecated.replacement}>\` instead.` : '';
  return `**Deprecated.** ${spec.deprecated.note}${instead}`;
}

/** Description, type, default, deprecation and link of an attribute, as markdown. */
export function attributeDocumentation(attribute: AttributeSpec): string {
  const facts = [`Type: ${describeType(attribute.type)}`];
  if (attribute.default !== undefined) facts.push(`Default: \`${attribute.default}\``);
  if (attribute.required) facts.push('Required.');
  const deprecated = attribute.deprecated ? `**Deprecated.** ${attribute.deprecated}` : '';
  return [attribute.description, facts.join('  \n'), deprecated, docLink(attribute.docUrl)]
    .filter(Boolean)
    .join('\n\n');
}
