/**
 * The node types the builder analysis reads, per host grammar. tree-sitter-python names a call
 * `call` and a member `attribute`; tree-sitter-javascript (and the TypeScript grammars built on
 * it) say `call_expression` and `member_expression`. Everything else in `sdk/` goes through
 * this table, so the analysis itself is written once.
 */
import type { Node } from '@vscode/tree-sitter-wasm';

/** The languages whose Twilio SDK builders are read. */
export type BuilderLanguage = 'python' | 'javascript' | 'typescript' | 'tsx';

/** Node types and field names of one grammar. */
export interface Syntax {
  language: BuilderLanguage;
  call: string;
  member: string;
  /** Field of a member node that holds the property name. */
  memberProperty: string;
  /** Node type of a construction (`MessagingResponse()` in Python is a plain call). */
  construction: string;
  /** Field of the construction holding what is constructed. */
  constructionCallee: string;
  /** Nodes that open a new variable scope. */
  scopes: ReadonlySet<string>;
  /** Nodes whose children are statements run one after the other. */
  blocks: ReadonlySet<string>;
  /**
   * Statements that always run to the end and fall through to the next one. Anything else (a
   * branch, a loop, a return, a try) ends the straight-line run.
   */
  straightLine: ReadonlySet<string>;
  /** Expressions that may skip evaluating one of their operands. */
  conditional(node: Node): boolean;
  /** True when the identifier `node` (child of `parent`) is written (assigned, declared, a parameter), not read. */
  isWrite(node: Node, parent: Node): boolean;
}

const PYTHON_WRITE_PARENTS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'list_splat_pattern',
  'dictionary_splat_pattern',
  'parameters',
  'default_parameter',
  'typed_parameter',
  'typed_default_parameter',
  'lambda_parameters',
  'global_statement',
  'nonlocal_statement',
  'aliased_import',
  'as_pattern_target',
  'delete_statement',
]);

const PYTHON: Syntax = {
  language: 'python',
  call: 'call',
  member: 'attribute',
  memberProperty: 'attribute',
  construction: 'call',
  constructionCallee: 'function',
  scopes: new Set([
    'module',
    'function_definition',
    'lambda',
    'class_definition',
    'list_comprehension',
    'set_comprehension',
    'dictionary_comprehension',
    'generator_expression',
  ]),
  blocks: new Set(['module', 'block']),
  straightLine: new Set([
    'expression_statement',
    'pass_statement',
    'comment',
    'import_statement',
    'import_from_statement',
  ]),
  conditional: (node) => node.type === 'conditional_expression' || node.type === 'boolean_operator',
  isWrite(node, parent) {
    if (PYTHON_WRITE_PARENTS.has(parent.type)) return true;
    const written =
      parent.type === 'assignment' || parent.type === 'augmented_assignment'
        ? 'left'
        : parent.type === 'for_statement' || parent.type === 'for_in_clause'
          ? 'left'
          : parent.type === 'named_expression'
            ? 'name'
            : parent.type === 'function_definition' || parent.type === 'class_definition'
              ? 'name'
              : undefined;
    return written !== undefined && parent.childForFieldName(written)?.id === node.id;
  },
};

const JS_WRITE_PARENTS = new Set([
  'object_pattern',
  'array_pattern',
  'rest_pattern',
  'formal_parameters',
  'required_parameter',
  'optional_parameter',
  'import_specifier',
  'namespace_import',
  'import_clause',
  'update_expression',
  'catch_clause',
]);
const JS_LOGICAL = new Set(['&&', '||', '??']);

function javascript(language: BuilderLanguage): Syntax {
  return {
    language,
    call: 'call_expression',
    member: 'member_expression',
    memberProperty: 'property',
    construction: 'new_expression',
    constructionCallee: 'constructor',
    scopes: new Set([
      'program',
      'function_declaration',
      'function_expression',
      'function',
      'arrow_function',
      'method_definition',
      'generator_function_declaration',
      'generator_function',
      'class_body',
    ]),
    blocks: new Set(['program', 'statement_block']),
    straightLine: new Set([
      'expression_statement',
      'lexical_declaration',
      'variable_declaration',
      'empty_statement',
      'comment',
      'import_statement',
    ]),
    conditional: (node) =>
      node.type === 'ternary_expression' ||
      (node.type === 'binary_expression' && JS_LOGICAL.has(node.childForFieldName('operator')?.type ?? '')) ||
      (node.type === 'member_expression' && node.childForFieldName('optional_chain') !== null),
    isWrite(node, parent) {
      if (JS_WRITE_PARENTS.has(parent.type)) return true;
      const written =
        parent.type === 'variable_declarator'
          ? 'name'
          : parent.type === 'assignment_expression' ||
              parent.type === 'augmented_assignment_expression' ||
              parent.type === 'assignment_pattern'
            ? 'left'
            : parent.type === 'for_in_statement'
              ? 'left'
              : parent.type === 'pair_pattern'
                ? 'value'
                : parent.type === 'function_declaration' || parent.type === 'class_declaration'
                  ? 'name'
                  : undefined;
      return written !== undefined && parent.childForFieldName(written)?.id === node.id;
    },
  };
}

const SYNTAX: Record<BuilderLanguage, Syntax> = {
  python: PYTHON,
  javascript: javascript('javascript'),
  typescript: javascript('typescript'),
  tsx: javascript('tsx'),
};

/** The node table of `language`. */
export function syntaxOf(language: BuilderLanguage): Syntax {
  return SYNTAX[language];
}

/**
 * The nodes from `from` down to the smallest node spanning [start, end), outermost first.
 * Going down from a near ancestor is what keeps this cheap: `Node.parent` in tree-sitter
 * searches from the root, which in a module of 500 functions means scanning 500 children for
 * every step up. (`TreeCursor.gotoFirstChildForIndex` would do, but its wasm wrapper misreads
 * the goal index.)
 */
export function pathTo(from: Node, start: number, end: number): Node[] {
  const path = [from];
  const target = from.descendantForIndex(start, end);
  if (!target) return path;
  for (let node = from; node.id !== target.id;) {
    const child = node.childWithDescendant(target);
    if (!child) break;
    path.push(child);
    node = child;
  }
  return path;
}

/** Index in `path` of the innermost scope strictly above `path[index]`, or -1. */
export function scopeIndex(syntax: Syntax, path: readonly Node[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (syntax.scopes.has(path[i].type)) return i;
  return -1;
}
