/**
 * The virtual TwiML document cut out of a host file, and the builder the host readers (string
 * literals of code, template files) write it with. Every reader says what it saw: host text
 * copied as is, an escape decoded, a placeholder, a template block; the builder turns that into
 * the virtual text the unchanged TwiML service analyses plus the {@link SourceMap} back.
 *
 * Placeholders become one character of Unicode's Private Use Area (U+E000 + index), so the
 * scanner and the rules see a non-blank character they can recognise: text holding one is text
 * that cannot be checked, an attribute value holding one skips its value checks. Template
 * statements (`{% if %}`, `<% end %>`) become a space: text made only of them is no text.
 */
import type { OffsetRange } from '../parser/xmlModel';
import { PLACEHOLDER_BASE, PLACEHOLDER_COUNT, type TemplateBlock } from '../analysis/placeholders';
import { SourceMap, type Escaper, type MapSegment } from './sourceMap';

export type { TemplateBlock };

/** One interpolation, format placeholder or template tag, as written in the host. */
export interface Placeholder {
  /** Host span of the whole placeholder, delimiters included (`{{ Body }}`, `${body}`, `%s`). */
  hostRange: OffsetRange;
  /** Offset of its character in the virtual text. */
  virtualOffset: number;
  /** The expression inside, trimmed (`Body`, `body`, `user.name`), or '' for `%s` and `{}`. */
  expression: string;
  /** `output` writes a value; `statement` is control flow (if, for, end) and writes nothing. */
  kind: 'output' | 'statement';
}

/** A TwiML document found in a host file. */
export interface EmbeddedDocument {
  /** The TwiML text the service analyses. */
  text: string;
  map: SourceMap;
  placeholders: Placeholder[];
  blocks: TemplateBlock[];
  /** `literal`: string literals in code; `template`: a template file (or TwiML outside `<?php ?>`). */
  origin: 'literal' | 'template';
  /** Set when the host holds only the start of the document, completed by `completeFragment`. */
  fragment?: boolean;
}

/** Where the next character lands, as far as the placeholder character choice cares. */
const enum XmlContext {
  Text,
  Tag,
  Value,
}

/** Writes one {@link EmbeddedDocument}. Calls must come in host order within a literal. */
export class VirtualDocumentBuilder {
  private text = '';
  private readonly segments: MapSegment[] = [];
  private readonly escapers: Escaper[] = [];
  private readonly placeholders: Placeholder[] = [];
  private readonly blocks: TemplateBlock[] = [];
  private readonly openBlocks: Array<{ kind: TemplateBlock['kind']; start: number }> = [];
  private literal = -1;
  private context = XmlContext.Text;
  private quote = 0;
  private dropBlanks = false;

  /** @param origin what the host holds, see {@link EmbeddedDocument.origin} */
  constructor(private readonly origin: EmbeddedDocument['origin']) {}

  /** Starts the next host literal; text inserted into it by a quick fix goes through `escape`. */
  beginLiteral(escape: Escaper = (text) => text): this {
    this.escapers.push(escape);
    this.literal = this.escapers.length - 1;
    return this;
  }

  /**
   * The blanks the value starts with are not written: the host removes them before sending it
   * (`xml.trim()`, `s.strip()`), so they are not in the reply.
   */
  dropLeadingBlanks(): this {
    if (this.text.length === 0) this.dropBlanks = true;
    return this;
  }

  /** Host text `[hostStart, hostEnd)` copied unchanged; `text` must equal that host slice. */
  verbatim(text: string, hostStart: number): this {
    if (this.dropBlanks) {
      const blanks = text.length - text.trimStart().length;
      text = text.slice(blanks);
      hostStart += blanks;
      if (text.length > 0) this.dropBlanks = false;
    }
    if (text.length === 0) return this;
    this.push('verbatim', text, hostStart, hostStart + text.length);
    return this;
  }

  /** An escape sequence at `[hostStart, hostEnd)` that stands for `text` (`\n` → newline). */
  decoded(text: string, hostStart: number, hostEnd: number): this {
    if (this.dropBlanks) {
      if (text.trim().length === 0) return this;
      this.dropBlanks = false;
    }
    if (text.length === 0) return this;
    this.push('atomic', text, hostStart, hostEnd);
    return this;
  }

  /** An interpolation or template output tag: one placeholder character. */
  placeholder(hostStart: number, hostEnd: number, expression: string): this {
    this.dropBlanks = false;
    return this.addPlaceholder(hostStart, hostEnd, expression, 'output');
  }

  /**
   * A template statement (`{% if x %}`, `<% end %>`): a space between tags or in text, and a
   * placeholder inside an attribute value, whose value then depends on the template.
   */
  statement(hostStart: number, hostEnd: number, expression: string): this {
    if (this.context === XmlContext.Value) return this.addPlaceholder(hostStart, hostEnd, expression, 'statement');
    this.push('atomic', ' ', hostStart, hostEnd);
    return this;
  }

  /** Opens a loop or the first arm of a conditional at the current virtual offset. */
  openBlock(kind: TemplateBlock['kind']): this {
    this.openBlocks.push({ kind, start: this.text.length });
    return this;
  }

  /** Ends the current arm of a conditional and starts the next (`{% else %}`, `{% elif %}`). */
  nextArm(): this {
    const open = this.openBlocks.pop();
    if (open) this.blocks.push({ kind: open.kind, start: open.start, end: this.text.length });
    this.openBlocks.push({ kind: 'branch', start: this.text.length });
    return this;
  }

  /** Closes the innermost block (a stray close is ignored). */
  closeBlock(): this {
    const open = this.openBlocks.pop();
    if (open) this.blocks.push({ kind: open.kind, start: open.start, end: this.text.length });
    return this;
  }

  /** The virtual text written so far. */
  get currentText(): string {
    return this.text;
  }

  /** Finishes the document; blocks left open end with it. */
  build(): EmbeddedDocument {
    while (this.openBlocks.length) this.closeBlock();
    const blocks = this.blocks.sort((a, b) => a.start - b.start);
    return {
      text: this.text,
      map: new SourceMap(this.segments, this.escapers),
      placeholders: this.placeholders,
      blocks,
      origin: this.origin,
    };
  }

  private addPlaceholder(hostStart: number, hostEnd: number, expression: string, kind: Placeholder['kind']): this {
    // Right after `name=` the output is the whole value, quotes included (PHP's
    // `action=<?php echo $url ?>`): an opaque quoted value.
    const wholeValue = this.context === XmlContext.Tag && /=\s*$/.test(this.text.slice(-16));
    // Elsewhere inside a tag (between attributes) a value cannot stand: a space keeps the tag well-formed.
    if (this.context === XmlContext.Tag && !wholeValue) {
      this.push('atomic', ' ', hostStart, hostEnd);
      return this;
    }
    const index = this.placeholders.length;
    const char = String.fromCharCode(PLACEHOLDER_BASE + (index % PLACEHOLDER_COUNT));
    this.placeholders.push({
      hostRange: { start: hostStart, end: hostEnd },
      virtualOffset: this.text.length + (wholeValue ? 1 : 0),
      expression: expression.trim(),
      kind,
    });
    this.push('atomic', wholeValue ? `"${char}"` : char, hostStart, hostEnd);
    return this;
  }

  private push(kind: MapSegment['kind'], text: string, hostStart: number, hostEnd: number): void {
    if (this.literal < 0) this.beginLiteral();
    const virtualStart = this.text.length;
    this.text += text;
    this.segments.push({ kind, virtualStart, virtualEnd: this.text.length, hostStart, hostEnd, literal: this.literal });
    this.track(text);
  }

  /** Follows text / tag / attribute value, so placeholders and statements pick their character. */
  private track(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.context === XmlContext.Text) {
        if (code === 60 /* < */) this.context = XmlContext.Tag;
      } else if (this.context === XmlContext.Tag) {
        if (code === 62 /* > */) this.context = XmlContext.Text;
        else if (code === 34 || code === 39) {
          this.context = XmlContext.Value;
          this.quote = code;
        }
      } else if (code === this.quote) this.context = XmlContext.Tag;
    }
  }
}
