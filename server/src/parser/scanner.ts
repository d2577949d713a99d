/**
 * A tolerant, iterative XML scanner. It builds an {@link XmlDocument} with source offsets from any
 * text, however broken, so TwiML findings stay alive while the user is mid-edit, and it reports
 * the mistakes xmldom forgives but Twilio rejects with 12100 (unquoted attributes, bare `&`).
 * No recursion: a 10,000-deep document cannot overflow the stack.
 */
import { decodeText, scanEntityProblems } from './entities';
import { isXmlNameChar as isNameChar, isXmlNameStart as isNameStart } from './xmlNames';
import type { OffsetRange, SyntaxProblem, XmlAttribute, XmlDocument, XmlElement, XmlNode } from './xmlModel';

const LT = 60,
  GT = 62,
  SLASH = 47,
  EQ = 61,
  QUOTE = 34,
  APOS = 39,
  QMARK = 63,
  BANG = 33,
  COLON = 58;

/** XML's Char production, which xmldom checks in comments and CDATA sections (not in text). */
const XML_CHARS = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** An XML declaration the scanner can vouch for: version, then optional encoding and standalone. */
const PLAIN_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("1\.[0-9]+"|'1\.[0-9]+')([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*("(yes|no)"|'(yes|no)'))?[ \t\r\n]*\?>$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Scanner state for one document; one instance per `scanXml` call. */
class Scanner {
  readonly problems: SyntaxProblem[] = [];
  readonly top: XmlNode[] = [];
  private readonly stack: XmlElement[] = [];
  declaration: OffsetRange | undefined;
  doctype: XmlDocument['doctype'];
  /** See {@link XmlDocument.plainMarkup}: cleared by the first construct the scanner judges less strictly than XML. */
  plainMarkup = true;
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const textEnd = lt < 0 ? text.length : lt;
      if (textEnd > this.pos) this.addText(this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      this.scanMarkup();
    }
    for (const open of this.stack) {
      open.end = text.length;
      this.problem('xml-unclosed-tag', `<${open.name}> is never closed. Add </${open.name}>.`, open.nameRange);
    }
  }

  private problem(code: string, message: string, range: OffsetRange): void {
    this.problems.push({ code, message, range });
  }

  private get parent(): XmlElement | undefined {
    return this.stack[this.stack.length - 1];
  }

  private append(node: XmlNode): void {
    const parent = this.parent;
    if (parent) parent.children.push(node);
    else this.top.push(node);
  }

  private addText(start: number, end: number): void {
    // Indentation between tags means nothing to TwiML; not keeping it halves the nodes of a document.
    if (this.isBlank(start, end)) return;
    const raw = this.text.slice(start, end);
    for (const problem of scanEntityProblems(raw, start)) this.problems.push(problem);
    this.append({ type: 'text', value: decodeText(raw), start, end, cdata: false, parent: this.parent });
  }

  private isBlank(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (!isSpace(this.text.charCodeAt(i))) return false;
    return true;
  }

  private scanMarkup(): void {
    const text = this.text;
    const next = text.charCodeAt(this.pos + 1);
    if (next === QMARK) return this.scanProcessingInstruction();
    if (next === BANG) {
      if (text.startsWith('<!--', this.pos)) return this.scanDelimited('<!--', '-->', 'comment');
      if (text.startsWith('<![CDATA[', this.pos)) return this.scanDelimited('<![CDATA[', ']]>', 'cdata');
      if (text.startsWith('<!DOCTYPE', this.pos)) return this.scanDoctype();
    }
    if (next === SLASH) return this.scanEndTag();
    if (isNameStart(next)) return this.scanStartTag();
    this.problem('xml-unescaped-lt', 'A bare "<" in text breaks the XML. Write &lt; instead.', {
      start: this.pos,
      end: this.pos + 1,
    });
    this.addText(this.pos, this.pos + 1);
    this.pos += 1;
  }

  private scanProcessingInstruction(): void {
    const start = this.pos;
    const isDeclaration = /^<\?xml[\s?]/.test(this.text.slice(start, start + 6));
    let close = this.text.indexOf('?>', start + 2);
    // A declaration holds no "<": one left open (`encoding="UTF-8"?` with no ">") ends before the
    // next tag, so the <Response> after it is still read and only the declaration is reported.
    const nextTag = isDeclaration ? this.text.indexOf('<', start + 2) : -1;
    if (nextTag >= 0 && (close < 0 || nextTag < close)) close = -1;
    const end = close >= 0 ? close + 2 : this.unclosedEnd(start, nextTag);
    // Only the plain declaration is checked here; xmldom judges any other processing instruction.
    if (!isDeclaration || close < 0 || !PLAIN_DECLARATION.test(this.text.slice(start, end))) this.plainMarkup = false;
    if (isDeclaration) {
      // Only a byte order mark may come before the declaration.
      if (start !== 0 && !(start === 1 && this.text.charCodeAt(0) === 0xfeff)) {
        this.problem(
          'xml-declaration-position',
          'The XML declaration must be the very first thing in the document: remove the whitespace or text before "<?xml".',
          { start, end: start + 5 },
        );
      } else this.declaration = { start, end };
    }
    if (close < 0) {
      const what = isDeclaration ? 'The XML declaration' : 'Processing instruction';
      this.problem('xml-unclosed-markup', `${what} is not closed with "?>".`, {
        start,
        end: start + (isDeclaration ? 5 : 2),
      });
    }
    this.pos = end;
  }

  /** End of an unclosed declaration: after a ">" before the next tag, else at the next tag; else the text end. */
  private unclosedEnd(start: number, nextTag: number): number {
    if (nextTag < 0) return this.text.length;
    const gt = this.text.indexOf('>', start + 2);
    return gt >= 0 && gt < nextTag ? gt + 1 : nextTag;
  }

  private scanDelimited(open: string, close: string, kind: 'comment' | 'cdata'): void {
    const start = this.pos;
    const closeAt = this.text.indexOf(close, start + open.length);
    const end = closeAt < 0 ? this.text.length : closeAt + close.length;
    const value = this.text.slice(start + open.length, closeAt < 0 ? this.text.length : closeAt);
    if (closeAt < 0) {
      const what = kind === 'comment' ? 'Comment' : 'CDATA section';
      this.problem('xml-unclosed-markup', `${what} is never closed: add "${close}".`, {
        start,
        end: start + open.length,
      });
    }
    // XML forbids "--" inside a comment and CDATA outside the root; xmldom judges those.
    // xmldom also checks their characters against XML's Char production.
    const plain =
      XML_CHARS.test(value) && (kind === 'comment' ? !value.includes('--') && !value.endsWith('-') : !!this.parent);
    if (!plain) this.plainMarkup = false;
    if (kind === 'comment') this.append({ type: 'comment', value, start, end, parent: this.parent });
    else this.append({ type: 'text', value, start, end, cdata: true, parent: this.parent });
    this.pos = end;
  }

  private scanDoctype(): void {
    this.plainMarkup = false;
    const start = this.pos;
    const text = this.text;
    let i = start + 9,
      inSubset = false;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 91) inSubset = true;
      else if (code === 93) inSubset = false;
      else if (code === GT && !inSubset) break;
    }
    const end = Math.min(i + 1, text.length);
    const body = text.slice(start, end);
    this.doctype = {
      range: { start, end },
      declaresEntities: /<!ENTITY/.test(body),
      hasExternalId: /\b(SYSTEM|PUBLIC)\b/.test(body),
    };
    this.pos = end;
  }

  private scanName(from: number): number {
    let i = from;
    for (; i < this.text.length; i++) {
      const code = this.text.charCodeAt(i);
      if (!isNameChar(code)) break;
      // Namespaces and non-ASCII names follow rules the scanner does not check.
      if (code > 127 || code === COLON) this.plainMarkup = false;
    }
    return i;
  }

  private scanEndTag(): void {
    const start = this.pos;
    const nameEnd = this.scanName(start + 2);
    const name = this.text.slice(start + 2, nameEnd);
    // One pass to the first ">" or "<": indexOf('>') would run to the end of the text for every
    // unterminated end tag, which made "</</</..." quadratic.
    let stop = nameEnd;
    while (stop < this.text.length && this.text.charCodeAt(stop) !== GT && this.text.charCodeAt(stop) !== LT) stop++;
    const unterminated = stop >= this.text.length || this.text.charCodeAt(stop) === LT;
    // "</Say x>" is read as "</Say>" here; xmldom rejects anything but whitespace after the name.
    if (!unterminated && !this.isBlank(nameEnd, stop)) this.plainMarkup = false;
    const end = unterminated ? nameEnd : stop + 1;
    const nameRange = { start: start + 2, end: nameEnd };
    if (unterminated) this.problem('xml-unclosed-tag', `End tag </${name}> is missing its ">".`, nameRange);
    this.pos = end;
    this.closeElement(name, nameRange, end);
  }

  /** Matches an end tag against the open elements, recovering from mismatches like a browser would. */
  private closeElement(name: string, nameRange: OffsetRange, end: number): void {
    let depth = this.stack.length - 1;
    while (depth >= 0 && this.stack[depth].name !== name) depth--;
    if (depth < 0) {
      const open = this.parent;
      const message = open
        ? `</${name}> does not match the open <${open.name}>. Close <${open.name}> first or fix the name.`
        : `</${name}> has no matching start tag. Remove it.`;
      this.problem('xml-mismatched-tag', message, nameRange);
      return;
    }
    while (this.stack.length - 1 > depth) {
      const unclosed = this.stack.pop() as XmlElement;
      unclosed.end = nameRange.start - 2;
      this.problem(
        'xml-unclosed-tag',
        `<${unclosed.name}> is not closed before </${name}>. Add </${unclosed.name}>.`,
        unclosed.nameRange,
      );
    }
    const element = this.stack.pop() as XmlElement;
    element.end = end;
    element.endTagNameRange = nameRange;
    element.closed = true;
  }

  private scanStartTag(): void {
    const start = this.pos;
    const nameEnd = this.scanName(start + 1);
    const element: XmlElement = {
      type: 'element',
      name: this.text.slice(start + 1, nameEnd),
      start,
      startTagEnd: nameEnd,
      end: nameEnd,
      nameRange: { start: start + 1, end: nameEnd },
      endTagNameRange: undefined,
      selfClosing: false,
      closed: false,
      attributes: [],
      children: [],
      parent: this.parent,
    };
    this.append(element);
    this.pos = nameEnd;
    const terminated = this.scanAttributes(element);
    element.startTagEnd = this.pos;
    if (!terminated) {
      this.problem('xml-unclosed-tag', `Start tag <${element.name}> is missing its ">".`, element.nameRange);
    }
    if (element.selfClosing) {
      element.end = this.pos;
      element.closed = true;
    } else this.stack.push(element);
  }

  /** Reads attributes up to `>` or `/>`. Returns false when the tag is cut off by `<` or the end. */
  private scanAttributes(element: XmlElement): boolean {
    const text = this.text;
    let spaced = true;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (isSpace(code)) {
        this.pos++;
        spaced = true;
        continue;
      }
      if (code === GT) {
        this.pos++;
        return true;
      }
      if (code === SLASH && text.charCodeAt(this.pos + 1) === GT) {
        element.selfClosing = true;
        this.pos += 2;
        return true;
      }
      if (code === LT) return false;
      if (!isNameStart(code)) {
        this.problem('xml-invalid-character', `Unexpected "${text[this.pos]}" in <${element.name}>.`, {
          start: this.pos,
          end: this.pos + 1,
        });
        this.pos++;
        continue;
      }
      // Attributes run together (a="1"b="2") are read here; whether XML allows them is xmldom's call.
      if (!spaced) this.plainMarkup = false;
      this.scanAttribute(element);
      spaced = false;
    }
    return false;
  }

  private scanAttribute(element: XmlElement): void {
    const text = this.text;
    const nameStart = this.pos;
    const nameEnd = this.scanName(nameStart);
    const attribute: XmlAttribute = {
      name: text.slice(nameStart, nameEnd),
      nameRange: { start: nameStart, end: nameEnd },
      value: undefined,
      valueRange: undefined,
      quote: '',
    };
    this.pos = nameEnd;
    // Namespace declarations can be wrong in ways only a namespace-aware parser sees.
    if (attribute.name.startsWith('xmlns')) this.plainMarkup = false;
    while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
    if (text.charCodeAt(this.pos) === EQ) {
      this.pos++;
      while (this.pos < text.length && isSpace(text.charCodeAt(this.pos))) this.pos++;
      this.scanAttributeValue(attribute);
    } else {
      this.problem(
        'xml-attribute-without-value',
        `Attribute "${attribute.name}" needs a value: ${attribute.name}="...".`,
        attribute.nameRange,
      );
    }
    if (this.isDuplicateAttribute(element, attribute.name)) {
      this.problem(
        'xml-duplicate-attribute',
        `Attribute "${attribute.name}" is set twice on <${element.name}>. Keep one.`,
        attribute.nameRange,
      );
    }
    element.attributes.push(attribute);
  }

  /** Names of the attributes seen so far on a tag with many of them (see isDuplicateAttribute). */
  private manyAttributes: { element: XmlElement; names: Set<string> } | undefined;

  /**
   * Whether `element` already has an attribute `name`. A linear search for the usual handful;
   * a set once a tag has many, because thousands of attributes on one tag made it quadratic.
   */
  private isDuplicateAttribute(element: XmlElement, name: string): boolean {
    const attributes = element.attributes;
    if (attributes.length < 16) return attributes.some((other) => other.name === name);
    if (this.manyAttributes?.element !== element)
      this.manyAttributes = { element, names: new Set(attributes.map((other) => other.name)) };
    const names = this.manyAttributes.names;
    if (names.has(name)) return true;
    names.add(name);
    return false;
  }

  private scanAttributeValue(attribute: XmlAttribute): void {
    const text = this.text;
    const quote = text.charCodeAt(this.pos);
    if (quote === QUOTE || quote === APOS) {
      const valueStart = this.pos + 1;
      // One pass to the closing quote or a "<", whichever comes first: two indexOf calls could each
      // run to the end of the text for every attribute of a huge tag (quadratic).
      let close = valueStart;
      while (close < text.length && text.charCodeAt(close) !== quote && text.charCodeAt(close) !== LT) close++;
      if (close >= text.length || text.charCodeAt(close) === LT) {
        const valueEnd = close;
        this.problem(
          'xml-unclosed-attribute-value',
          `The value of "${attribute.name}" has no closing quote.`,
          attribute.nameRange,
        );
        this.setValue(attribute, valueStart, valueEnd, quote === QUOTE ? '"' : "'");
        this.pos = valueEnd;
        return;
      }
      this.setValue(attribute, valueStart, close, quote === QUOTE ? '"' : "'");
      this.pos = close + 1;
      return;
    }
    let end = this.pos;
    while (
      end < text.length &&
      !isSpace(text.charCodeAt(end)) &&
      text.charCodeAt(end) !== GT &&
      text.charCodeAt(end) !== LT &&
      !(text.charCodeAt(end) === SLASH && text.charCodeAt(end + 1) === GT)
    )
      end++;
    this.setValue(attribute, this.pos, end, '');
    this.problem(
      'xml-unquoted-attribute',
      `Quote the value of "${attribute.name}": ${attribute.name}="${text.slice(this.pos, end)}".`,
      { start: this.pos, end: Math.max(end, this.pos + 1) },
    );
    this.pos = end;
  }

  private setValue(attribute: XmlAttribute, start: number, end: number, quote: XmlAttribute['quote']): void {
    const raw = this.text.slice(start, end);
    for (const problem of scanEntityProblems(raw, start)) this.problems.push(problem);
    if (raw.includes('<'))
      this.problem('xml-unescaped-lt', 'A "<" inside an attribute value breaks the XML. Write &lt;.', { start, end });
    attribute.value = decodeText(raw);
    attribute.valueRange = { start, end };
    attribute.quote = quote;
  }
}

/** Scans `text` into a tree with offsets and the syntax problems the scanner can see. Never throws. */
export function scanXml(text: string): XmlDocument {
  const scanner = new Scanner(text);
  scanner.run();
  return {
    text,
    children: scanner.top,
    problems: scanner.problems,
    declaration: scanner.declaration,
    doctype: scanner.doctype,
    plainMarkup: scanner.plainMarkup,
  };
}
