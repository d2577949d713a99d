/**
 * The TwiML a .php file writes outside its `<?php ?>` blocks, read from the tree-sitter PHP
 * tree: the grammar's `text` nodes are the inline output, everything between `<?php`/`<?=` and
 * `?>` is code. A code block that only echoes (`<?= $x ?>`, `<?php echo $x; ?>`) is an output
 * placeholder; any other is a statement whose `if`/`foreach`/`{`/`}`/`endif` make the blocks.
 *
 * The classic `<?php echo '<?xml version="1.0"?>'; ?>` (PHP cannot write the declaration as
 * text when short open tags are on) puts the echoed literal into the virtual document, so the
 * declaration belongs to the TwiML after it. String literals elsewhere in the code are not
 * read here. In a Blade view (Laravel) the inline text's `{{ }}`, `{!! !!}` and `@directives`
 * are template tags too (see `bladeLexer`).
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { EmbeddedDocument } from '../virtualDocument';
import { bladeLexer, looksLikeBlade } from './bladeLexer';
import { blockActions } from './codeBlocks';
import { emitTemplate } from './emitTemplate';
import { scanTemplate } from './scanTemplate';
import type { DecodedToken, TemplateToken, TextToken } from './templateTokens';
import { startsWithResponse } from './twimlStart';

/** Nodes whose inside is a string literal: one token for the block structure, never descended. */
const STRINGS = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc', 'shell_command_expression']);

/** One code token: its text for {@link blockActions} and, for strings, the node. */
interface CodeToken {
  text: string;
  node: Node;
}

/** One `<?php … ?>` or `<?= … ?>` block. */
interface CodeRegion {
  start: number;
  end: number;
  /** The opening tag as written, lower-cased (`<?php`, `<?=`, `<?`). */
  open: string;
  codeStart: number;
  codeEnd: number;
  tokens: CodeToken[];
}

type Piece = { kind: 'text'; start: number; end: number } | { kind: 'code'; region: CodeRegion };

/** Inline text and code blocks in host order. */
function piecesOf(text: string, root: Node): Piece[] {
  const pieces: Piece[] = [];
  let region: CodeRegion | undefined;
  const finish = (end: number, codeEnd: number) => {
    if (!region) return;
    region.end = end;
    region.codeEnd = codeEnd;
    pieces.push({ kind: 'code', region });
    region = undefined;
  };
  const visit = (node: Node): void => {
    const type = node.type;
    if (type === 'text') {
      finish(node.startIndex, node.startIndex);
      pieces.push({ kind: 'text', start: node.startIndex, end: node.endIndex });
      return;
    }
    if (type === 'php_tag') {
      finish(node.startIndex, node.startIndex);
      region = {
        start: node.startIndex,
        end: text.length,
        open: node.text.toLowerCase(),
        codeStart: node.endIndex,
        codeEnd: text.length,
        tokens: [],
      };
      return;
    }
    if (type === 'php_end_tag') {
      finish(node.endIndex, node.startIndex);
      return;
    }
    if (type === 'comment') return;
    if (STRINGS.has(type) || node.childCount === 0) {
      region?.tokens.push({
        text: STRINGS.has(type) ? '"' : node.isNamed ? node.text.toLowerCase() : type.toLowerCase(),
        node,
      });
      return;
    }
    for (let i = 0; i < node.childCount; i++) visit(node.child(i)!);
  };
  visit(root);
  finish(text.length, text.length);
  return pieces;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  v: '\v',
  e: '\x1b',
  f: '\f',
  '\\': '\\',
  $: '$',
  '"': '"',
  "'": "'",
};

/** The pieces of a string literal without interpolation (content as host text, escapes decoded), or undefined. */
function literalPieces(string: Node): Array<TextToken | DecodedToken> | undefined {
  const out: Array<TextToken | DecodedToken> = [];
  for (let i = 0; i < string.childCount; i++) {
    const part = string.child(i)!;
    if (part.type === 'string_content') out.push({ type: 'text', start: part.startIndex, end: part.endIndex });
    else if (part.type === 'escape_sequence') {
      const decoded = ESCAPES[part.text.slice(1)];
      out.push(
        decoded === undefined
          ? { type: 'text', start: part.startIndex, end: part.endIndex }
          : { type: 'decoded', start: part.startIndex, end: part.endIndex, text: decoded },
      );
    } else if (part.isNamed) return undefined;
  }
  return out;
}

/** The echoed XML declaration of a code block (`echo '<?xml …?>';`), as the literal's pieces. */
function echoedDeclaration(
  text: string,
  region: CodeRegion,
): { pieces: Array<TextToken | DecodedToken>; start: number; end: number } | undefined {
  for (let i = 0; i + 1 < region.tokens.length; i++) {
    const keyword = region.tokens[i].text;
    const literal = region.tokens[i + 1];
    if (
      (keyword !== 'echo' && keyword !== 'print') ||
      literal.text !== '"' ||
      (literal.node.type !== 'string' && literal.node.type !== 'encapsed_string')
    )
      continue;
    const pieces = literalPieces(literal.node);
    if (!pieces?.length) continue;
    const first = pieces[0];
    const head = first.type === 'text' ? text.slice(first.start, first.end) : first.text;
    if (!/^<\?xml/i.test(head)) continue;
    return { pieces, start: pieces[0].start, end: pieces[pieces.length - 1].end };
  }
  return undefined;
}

/** The output expression when the block only echoes one value, else undefined. */
function echoedExpression(text: string, region: CodeRegion): string | undefined {
  const code = text.slice(region.codeStart, region.codeEnd).trim();
  if (region.open === '<?=') return code.replace(/;\s*$/, '').trim();
  const tokens = region.tokens;
  if (tokens.length < 2 || (tokens[0].text !== 'echo' && tokens[0].text !== 'print')) return undefined;
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon >= 0 && semicolon !== tokens.length - 1) return undefined;
  return code
    .replace(/^(?:echo|print)\b/i, '')
    .replace(/;\s*$/, '')
    .trim();
}

/** The tokens of a code block for the shared emitter. */
function regionTokens(text: string, region: CodeRegion, atTop: boolean): TemplateToken[] {
  const code = text.slice(region.codeStart, region.codeEnd).trim();
  // `<?xml … ?>` read as a short open tag: with short tags off, as most servers run, it is text.
  // Its `?>` is then no closing tag and keeps the line break the grammar gives to the closing tag.
  if (region.open === '<?' && /^xml\b/i.test(text.slice(region.codeStart, region.codeStart + 4))) {
    const lineBreak = /^\r?\n/.exec(text.slice(region.end, region.end + 2));
    return [{ type: 'text', start: region.start, end: region.end + (lineBreak ? lineBreak[0].length : 0) }];
  }
  const declaration = atTop ? echoedDeclaration(text, region) : undefined;
  if (declaration) {
    return [
      { type: 'statement', start: region.start, end: declaration.start, expression: code },
      ...declaration.pieces,
      { type: 'statement', start: declaration.end, end: region.end, expression: code },
    ];
  }
  const echoed = echoedExpression(text, region);
  if (echoed !== undefined) return [{ type: 'output', start: region.start, end: region.end, expression: echoed }];
  return [
    {
      type: 'statement',
      start: region.start,
      end: region.end,
      expression: code,
      actions: blockActions(
        region.tokens.map((t) => t.text),
        'php',
      ),
    },
  ];
}

/** Words that end the request: what a file prints after them (in that run) is not sent. */
const END_WORDS = new Set(['exit', 'die', 'return']);

/**
 * True when the code block ends the request and, after that, closes the block it stands in
 * (`exit; }`, `return; endif;`, `die(); } else {`): what follows is another run's output.
 * An `exit` inside braces or parentheses opened in the same block (a closure) does not count.
 */
function endsAndCloses(region: CodeRegion): 'closes' | 'ends' | undefined {
  const words = region.tokens.map((t) => t.text);
  const at = words.findIndex((word) => END_WORDS.has(word));
  if (at < 0) return undefined;
  let depth = 0;
  for (const word of words.slice(0, at))
    depth += word === '{' || word === '(' ? 1 : word === '}' || word === ')' ? -1 : 0;
  if (depth !== 0) return undefined;
  const semicolon = words.indexOf(';', at);
  const after = semicolon < 0 ? [] : words.slice(semicolon + 1);
  return blockActions(after, 'php')?.some((a) => a.type === 'close' || a.type === 'arm') ? 'closes' : 'ends';
}

/** True when the code block's tokens close a block or end an arm. */
function closesBlock(tokens: readonly TemplateToken[]): boolean {
  return tokens.some((t) => t.type === 'statement' && !!t.actions?.some((a) => a.type === 'close' || a.type === 'arm'));
}

/**
 * The token runs of the file's alternative outputs: a run ends where an arm that ended the
 * request (`<?php exit; } ?>`, or `<?php exit; ?>` then `<?php } ?>`) is closed.
 */
function alternativeRuns(text: string, root: Node): TemplateToken[][] {
  const runs: TemplateToken[][] = [[]];
  let atTop = true;
  let ending = false;
  const blade = looksLikeBlade(text);
  const split = () => {
    runs.push([]);
    ending = false;
  };
  for (const piece of piecesOf(text, root)) {
    const run = runs[runs.length - 1];
    if (piece.kind === 'text') {
      run.push(
        ...(blade
          ? bladeTokens(text, piece.start, piece.end)
          : [{ type: 'text' as const, start: piece.start, end: piece.end }]),
      );
      if (/\S/.test(text.slice(piece.start, piece.end))) {
        atTop = false;
        ending = false;
      }
      continue;
    }
    const written = regionTokens(text, piece.region, atTop);
    run.push(...written);
    if (written.some((t) => t.type !== 'statement')) {
      atTop = false;
      ending = false;
    }
    const end = endsAndCloses(piece.region);
    if (end === 'closes' || (ending && end === undefined && closesBlock(written))) split();
    else if (end === 'ends') ending = true;
  }
  return runs;
}

/** The tokens of the inline text from `start` to `end` of a Blade view, at host offsets. */
function bladeTokens(text: string, start: number, end: number): TemplateToken[] {
  return scanTemplate(text.slice(start, end), [bladeLexer]).map((token) => ({
    ...token,
    start: token.start + start,
    end: token.end + start,
  }));
}

/**
 * The TwiML documents written by the PHP file `text` outside its code, given its tree: one per
 * alternative output (a branch that ends the request with `exit`, `die` or `return` is one,
 * what follows the branch another), without the outputs that are not TwiML (an HTML page, a
 * file that is only code).
 */
export function readPhpTemplates(text: string, tree: Tree): EmbeddedDocument[] {
  return alternativeRuns(text, tree.rootNode)
    .map((tokens) => emitTemplate(text, tokens))
    .filter((doc) => startsWithResponse(doc.text));
}

/** The first of {@link readPhpTemplates}, or undefined. */
export function readPhpTemplate(text: string, tree: Tree): EmbeddedDocument | undefined {
  return readPhpTemplates(text, tree)[0];
}
