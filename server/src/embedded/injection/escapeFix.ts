/**
 * The quick fix of `unescaped-input`: wrap the expression in the language's standard escape, in
 * the host's own syntax, and add the import it needs. Offered only where the result is valid
 * code: inside an interpolation that takes calls (f-strings, template literals, `#{}`, C# `{}`)
 * or around a concatenated operand; never inside a PHP string (`"$body"` cannot hold a call), and
 * not in JavaScript or Java, which have no standard escape, unless the file already imports one.
 */
import type { FixProposal } from '../../languageService';
import type { Placeholder } from '../virtualDocument';
import type { InputLanguage } from './requestInput';

/** How one language escapes, and the import that brings the escape in. */
interface EscapeRecipe {
  /** The call written around the expression (`$` is the expression). */
  call: string;
  /** The line that imports it, and a test that the file already has it (or an equivalent). */
  imports?: { line: string; present: RegExp; place: (text: string) => number };
}

/** Python: `from html import escape`; a file that already `import html`s writes `html.escape`. */
function pythonRecipe(text: string): EscapeRecipe {
  if (/^import html\s*$/m.test(text)) return { call: 'html.escape($)' };
  return {
    call: 'escape($)',
    imports: {
      line: 'from html import escape\n',
      present: /^from (?:html|markupsafe|xml\.sax\.saxutils) import (?:[\w, ]*\b)?escape\b/m,
      place: afterLastTopImport(/^(?:import|from)\s/),
    },
  };
}

function recipeFor(language: InputLanguage, text: string): EscapeRecipe | undefined {
  switch (language) {
    case 'python':
      return pythonRecipe(text);
    case 'php':
      return { call: 'htmlspecialchars($, ENT_QUOTES | ENT_XML1)' };
    case 'ruby':
      return {
        call: 'CGI.escapeHTML($)',
        imports: {
          line: "require 'cgi'\n",
          present: /^\s*require\s+['"]cgi['"]/m,
          place: afterLastTopImport(/^require\s/),
        },
      };
    case 'csharp':
      return {
        call: 'SecurityElement.Escape($)',
        imports: {
          line: 'using System.Security;\n',
          present: /^using System\.Security;/m,
          place: afterLastTopImport(/^using\s[\w.]+;/),
        },
      };
    case 'go':
      return {
        call: 'html.EscapeString($)',
        imports: { line: 'import "html"\n', present: /^\s*(?:import\s+)?"html"\s*$/m, place: afterPackageClause },
      };
    case 'javascript': {
      // No escape in the standard library: only one the file already imports.
      if (/require\(['"]he['"]\)|from ['"]he['"]/.test(text)) return { call: 'he.encode($)' };
      return undefined;
    }
    case 'java':
      return /import org\.apache\.commons\.text\.StringEscapeUtils;/.test(text)
        ? { call: 'StringEscapeUtils.escapeXml10($)' }
        : undefined;
  }
}

/** Where a new import line goes: after the last top-level line matching `pattern`, else at the top. */
function afterLastTopImport(pattern: RegExp): (text: string) => number {
  return (text) => {
    let at = 0;
    let offset = 0;
    let open = false;
    // Imports sit at the top: only the first 20,000 characters are looked at.
    while (offset < Math.min(text.length, 20_000)) {
      const lineEnd = text.indexOf('\n', offset);
      const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
      const next = offset + line.length + 1;
      // A parenthesised import (`from x import (\n a,\n)`) ends on the line that closes it.
      if (pattern.test(line)) open = /\(\s*$/.test(line);
      else if (open && /\)/.test(line)) open = false;
      else if (!open) {
        offset = next;
        continue;
      }
      if (!open) at = Math.min(next, text.length);
      offset = next;
    }
    return at;
  };
}

/** Go: a second import declaration right after the package clause is valid Go. */
function afterPackageClause(text: string): number {
  const match = /^package\s+\w+[^\n]*\n/m.exec(text);
  return match ? match.index + match[0].length : 0;
}

/** Interpolations that may hold a call, by their opening delimiter. */
const CALL_INTERPOLATIONS: Readonly<Record<InputLanguage, readonly string[]>> = {
  python: ['{'],
  javascript: ['${'],
  ruby: ['#{'],
  csharp: ['{'],
  php: [],
  java: [],
  go: [],
};

/**
 * The escape fixes of one file: its recipe and the import edit are worked out once, then
 * {@link fix} is called per placeholder.
 */
export class EscapeFixer {
  private readonly recipe: EscapeRecipe | undefined;
  private readonly importEdit: { range: { start: number; end: number }; newText: string } | undefined;

  constructor(
    private readonly text: string,
    private readonly language: InputLanguage,
  ) {
    this.recipe = recipeFor(language, text);
    const imports = this.recipe?.imports;
    if (imports && !imports.present.test(text)) {
      const where = imports.place(text);
      this.importEdit = { range: { start: where, end: where }, newText: imports.line };
    }
  }

  /** The fix for `placeholder`, or undefined where no fix would be valid code. */
  fix(placeholder: Placeholder, insideString: boolean): FixProposal | undefined {
    const recipe = this.recipe;
    if (!recipe) return undefined;
    const { start, end } = placeholder.hostRange;
    const written = this.text.slice(start, end);
    let at: number;
    // A bare operand (`"..." + body`): a call fits; the same text inside a string (`"$body"`) is not code.
    if (written.trim() === placeholder.expression) {
      if (insideString) return undefined;
      at = start + written.indexOf(placeholder.expression);
    } else {
      const opener = CALL_INTERPOLATIONS[this.language].find((delimiter) => written.startsWith(delimiter));
      const inner = opener ? written.indexOf(placeholder.expression, opener.length) : -1;
      if (inner < 0) return undefined;
      // Only `{expr}` (with blanks): never a format spec or conversion (`{body!r:>10}`).
      const rest = written.slice(inner + placeholder.expression.length).trim();
      if (rest !== '}') return undefined;
      at = start + inner;
    }
    const call = recipe.call.replace('$', placeholder.expression);
    const edits = [{ range: { start: at, end: at + placeholder.expression.length }, newText: call }];
    let title = `Escape \`${placeholder.expression}\` with ${call}`;
    if (this.importEdit) {
      edits.unshift(this.importEdit);
      title += ` (adds \`${this.importEdit.newText.trim()}\`)`;
    }
    return { title, edits, isPreferred: true };
  }
}
