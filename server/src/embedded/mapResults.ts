/**
 * The one place where results computed on a virtual TwiML document are moved into the host
 * file's coordinates: diagnostics (with their quick fixes), hover, completion, symbols, folding
 * and linked editing. What does not map (an edit across two literals, a range outside the TwiML)
 * is dropped, never guessed.
 */
import type {
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData, DiagnosticFix, LinkedEditingRanges } from '../languageService';
import type { TwimlPart } from './hostAnalysis';
import { hasPlaceholder, PLACEHOLDER_BASE } from '../analysis/placeholders';

/** Maps ranges, positions and edits of one part into its host. */
export class PartMapper {
  constructor(
    private readonly part: TwimlPart,
    private readonly host: TextDocument,
  ) {}

  /** The host offset → virtual position of the part, or undefined outside its TwiML. */
  toVirtualPosition(position: Position): Position | undefined {
    if (!this.part.map) return position;
    const offset = this.part.map.toVirtual(this.host.offsetAt(position));
    return offset === undefined ? undefined : this.part.virtual.positionAt(offset);
  }

  /** A virtual range in host positions. */
  range(range: Range): Range {
    const map = this.part.map;
    if (!map) return range;
    const virtual = this.part.virtual;
    const hostRange = map.rangeToHost({ start: virtual.offsetAt(range.start), end: virtual.offsetAt(range.end) });
    return { start: this.host.positionAt(hostRange.start), end: this.host.positionAt(hostRange.end) };
  }

  /** A virtual edit as a host edit, escaped for its literal; undefined when it cannot be written back. */
  edit(edit: TextEdit): TextEdit | undefined {
    const map = this.part.map;
    if (!map) return edit;
    const virtual = this.part.virtual;
    const hostEdit = map.editToHost(
      { start: virtual.offsetAt(edit.range.start), end: virtual.offsetAt(edit.range.end) },
      edit.newText,
    );
    if (!hostEdit) return undefined;
    return {
      range: { start: this.host.positionAt(hostEdit.range.start), end: this.host.positionAt(hostEdit.range.end) },
      newText: hostEdit.newText,
    };
  }

  /**
   * Diagnostics in host positions, their messages quoting placeholders as written in the host;
   * a quick fix any of whose edits cannot be written back is left out.
   */
  diagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
    if (!this.part.map) return diagnostics;
    return diagnostics
      .filter((diagnostic) => !this.synthetic(diagnostic.range))
      .map((diagnostic) => {
        const mapped: Diagnostic = {
          ...diagnostic,
          range: this.range(diagnostic.range),
          message: this.text(diagnostic.message),
        };
        if (diagnostic.relatedInformation) {
          mapped.relatedInformation = diagnostic.relatedInformation
            .filter((info) => !this.synthetic(info.location.range))
            .map((info) => ({
              message: this.text(info.message),
              location: { uri: this.host.uri, range: this.range(info.location.range) },
            }));
        }
        const data = diagnostic.data as DiagnosticData | undefined;
        if (data)
          mapped.data = {
            ...data,
            fixes: data.fixes.map((fix) => this.fix(fix)).filter((fix): fix is DiagnosticFix => fix !== undefined),
          };
        return mapped;
      });
  }

  /** True when a virtual range lies in the synthetic end of a fragment (nothing in the host). */
  private synthetic(range: Range): boolean {
    const virtual = this.part.virtual;
    return (
      this.part.map?.isSynthetic({ start: virtual.offsetAt(range.start), end: virtual.offsetAt(range.end) }) ?? false
    );
  }

  /** Hover in host positions. */
  hover(hover: Hover | null): Hover | null {
    if (!hover || !this.part.map) return hover;
    return { ...hover, range: hover.range ? this.range(hover.range) : undefined };
  }

  /** Completion items whose edit can be written into the host literal. */
  completion(list: CompletionList): CompletionList {
    if (!this.part.map) return list;
    const items: CompletionItem[] = [];
    for (const item of list.items) {
      const textEdit = item.textEdit && 'range' in item.textEdit ? this.edit(item.textEdit) : undefined;
      if (item.textEdit && !textEdit) continue;
      items.push(textEdit ? { ...item, textEdit } : item);
    }
    return { ...list, items };
  }

  /** Symbols in host positions. */
  symbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
    if (!this.part.map) return symbols;
    const each = (symbol: DocumentSymbol): DocumentSymbol => ({
      ...symbol,
      range: this.range(symbol.range),
      selectionRange: this.range(symbol.selectionRange),
      children: symbol.children?.map(each),
    });
    return symbols.map(each);
  }

  /** Folding ranges in host lines (ranges that collapse to one host line are dropped). */
  folding(ranges: FoldingRange[]): FoldingRange[] {
    if (!this.part.map) return ranges;
    const out: FoldingRange[] = [];
    for (const range of ranges) {
      const mapped = this.range({
        start: { line: range.startLine, character: range.startCharacter ?? 0 },
        end: { line: range.endLine, character: range.endCharacter ?? 0 },
      });
      if (mapped.end.line > mapped.start.line)
        out.push({
          ...range,
          startLine: mapped.start.line,
          endLine: mapped.end.line,
          startCharacter: undefined,
          endCharacter: undefined,
        });
    }
    return out;
  }

  /** Linked editing ranges in host positions. */
  linkedEditing(ranges: LinkedEditingRanges | null): LinkedEditingRanges | null {
    if (!ranges || !this.part.map) return ranges;
    return { ...ranges, ranges: ranges.ranges.map((range) => this.range(range)) };
  }

  /** Virtual text (a message quoting a value) with each placeholder character as the host wrote it. */
  text(virtualText: string): string {
    const embedded = this.part.embedded;
    if (!embedded || !hasPlaceholder(virtualText)) return virtualText;
    const host = this.host.getText();
    return virtualText.replace(/[\ue000-\uf8ff]/g, (char) => {
      const placeholder = embedded.placeholders[char.charCodeAt(0) - PLACEHOLDER_BASE];
      return placeholder ? host.slice(placeholder.hostRange.start, placeholder.hostRange.end) : char;
    });
  }

  private fix(fix: DiagnosticFix): DiagnosticFix | undefined {
    const edits: DiagnosticFix['edits'] = [];
    for (const edit of fix.edits) {
      const mapped = this.edit(edit);
      if (!mapped) return undefined;
      edits.push(mapped);
    }
    return { ...fix, edits };
  }
}
