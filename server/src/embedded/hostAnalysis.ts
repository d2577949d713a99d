/**
 * Reads a host document into the TwiML documents it holds, each analysed by the unchanged TwiML
 * analysis: a `.twiml` file is one document; a template (Jinja, Mustache, ERB, PHP) is one
 * document with its tags as placeholders; program code yields one document per TwiML string
 * value. Every part keeps the map back to the host.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DialectSetting } from '../../../shared/settings';
import { TWILIO_CODES } from '../data/errorCodes';
import { analyzeTwiml, type TwimlDocument } from '../analysis/twimlDocument';
import type { FailureReporter } from '../languageService';
import { findCandidates } from '../../../shared/twimlCandidates';
import { CodeTrees } from './code/codeTrees';
import { EXTRACTORS } from './code/extractors';
import { ensureLanguage, loadedLanguage, loadFailure, type CodeLanguage } from './code/treeSitter';
import { hostKindOf, type HostKind } from './hostKind';
import { looksLikeRubyDsl } from '../../../shared/rubyDsl';
import { SDK_BUILDER_LANGUAGES } from '../../../shared/hostLanguages';
import { analyzeBuilderCalls, type BuilderAnalysis, type BuilderLanguage } from './sdk/builderCalls';
import { completeFragment } from './fragment';
import { ReaderGuard } from './readerGuard';
import type { SourceMap } from './sourceMap';
import { detectTemplateSyntax, type TemplateSyntax } from './templates/templateSyntax';
import { readTemplates } from './templates/readTemplate';
import type { EmbeddedDocument } from './virtualDocument';
import { findRoutes, webhookAppFamily, type WebhookRoute } from './code/routes/findRoutes';
import { codeInjectionFindings, placeholderParameters } from './injection/codeInjection';
import { webhookParameterOf } from './previewPlaceholders';
import { templateInjectionFindings } from './injection/templateInjection';
import type { Finding } from '../languageService';

/** One TwiML document of a host, analysed. */
export interface TwimlPart {
  /** The TwiML text as a document of its own (the host document itself for a plain `.twiml`). */
  virtual: TextDocument;
  twiml: TwimlDocument;
  /** Undefined when the part is the host text itself (offsets are the same). */
  embedded: EmbeddedDocument | undefined;
  map: SourceMap | undefined;
}

/** Everything found in one host document version. */
export interface HostAnalysis {
  host: TextDocument;
  kind: HostKind | undefined;
  parts: TwimlPart[];
  /** Set while the host language's grammar is still loading: analyse again when it settles. */
  pending: Promise<unknown> | undefined;
  /** TwiML built with Twilio's SDK builders (Python, JavaScript, TypeScript), when there is any. */
  builders: BuilderAnalysis | undefined;
  /** `unescaped-input` findings: request values written into the TwiML unescaped (host offsets). */
  injections: Finding[];
  /** The template syntax a template (or a `.twiml`/`.xml` file with template tags) is written in. */
  templateSyntax?: TemplateSyntax;
  /** Readers that threw on this version (their TwiML is missing): one `internal-error` each. */
  failures: string[];
  /** Set when a work bound ({@link ANALYSIS_LIMITS}) cut the analysis short: what was skipped and why. */
  limited?: AnalysisLimit;
}

/**
 * The server's work bounds (ARCHITECTURE.md, "Bounded work"): parsing and judging are linear but
 * memory-hungry (a 1 MB TwiML file holds ~250 MB while analysed; a 10 MB Python file parsed by
 * tree-sitter, 1.6 GB), so past these sizes a document gets one diagnostic saying what was not
 * checked instead of an analysis that would stall the server.
 * - `twimlChars`: a TwiML file or template. Twilio refuses documents over 64 kB (11750); twice
 *   that still gets every check (a 128 kB document takes ~120 ms to analyse).
 * - `hostChars`: a code file, read for its TwiML strings (tree-sitter parses 512 kB in ~0.5 s).
 * - `parts`: TwiML strings read from one code file (each is a document of its own).
 */
export const ANALYSIS_LIMITS = { twimlChars: 128 * 1024, hostChars: 512 * 1024, parts: 1000 } as const;

/** What a work bound skipped. */
export interface AnalysisLimit {
  /** `document-too-large`: a TwiML document past {@link ANALYSIS_LIMITS.twimlChars} (also Twilio's 11750). */
  kind: 'document-too-large' | 'file-too-large' | 'too-many-parts';
  message: string;
}

/** "5.0 MB", "300 kB". */
function size(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} kB`;
}

/** A reader added beside the built-in ones: the seam tests use to inject a failing reader. */
export interface ExtraHostReader {
  /** The name its failures are reported under. */
  id: string;
  /** The TwiML documents it finds in `host` (read after the built-in readers, for every host kind). */
  read(host: TextDocument): EmbeddedDocument[];
}

/** How the reader contains its own bugs. */
export interface HostReaderOptions {
  /** Told of each reader that threw, with the document's URI (the caller logs the stack). */
  onFailure?: FailureReporter;
  extraReaders?: readonly ExtraHostReader[];
}

/** Host languages whose SDK builder calls are read (a column of shared/hostLanguages.json). */
const BUILDER_LANGUAGES: ReadonlySet<CodeLanguage> = new Set(SDK_BUILDER_LANGUAGES);

/** True when the file may build TwiML with the SDK: it names a response class. */
function mayUseBuilders(language: CodeLanguage, text: string): boolean {
  return BUILDER_LANGUAGES.has(language) && (text.includes('MessagingResponse') || text.includes('VoiceResponse'));
}

/**
 * Shared state of the readers: the incremental syntax trees of code documents. Each reader runs
 * guarded ({@link ReaderGuard}): one that throws loses its own TwiML, not the document's.
 */
/** What one analysis reads with: the dialect setting and the user's escaping helpers. */
interface ReadContext {
  dialect: DialectSetting;
  /** Setting `twiml.escapeFunctions`, for the `unescaped-input` rule. */
  escapeFunctions: readonly string[];
}

export class HostReader {
  private readonly trees = new CodeTrees();
  private readonly routeMemo = new WeakMap<Tree, WebhookRoute[]>();
  private readonly guard: ReaderGuard;
  private readonly extraReaders: readonly ExtraHostReader[];

  constructor(options: HostReaderOptions = {}) {
    this.guard = new ReaderGuard(options.onFailure);
    this.extraReaders = options.extraReaders ?? [];
  }

  /**
   * Reads and analyses a host document. Never throws for any text, even when a reader has a bug.
   * `escapeFunctions` are the user's own escaping helpers (setting `twiml.escapeFunctions`).
   */
  analyze(host: TextDocument, dialect: DialectSetting, escapeFunctions: readonly string[] = []): HostAnalysis {
    const kind = hostKindOf(host.languageId, host.uri);
    const result: HostAnalysis = {
      host,
      kind,
      parts: [],
      pending: undefined,
      builders: undefined,
      injections: [],
      failures: [],
    };
    if (!kind) return result;
    const context: ReadContext = { dialect, escapeFunctions };
    const length = host.getText().length;
    if (kind.kind !== 'code' && length > ANALYSIS_LIMITS.twimlChars) {
      result.limited = {
        kind: 'document-too-large',
        message: `This document is ${size(length)}: Twilio refuses TwiML over 64 kB (error ${TWILIO_CODES.responseTooLarge}). TwiML Tools checks documents up to ${size(ANALYSIS_LIMITS.twimlChars)}, so nothing else in this one is checked (no other diagnostics, hover, completion or preview).`,
      };
      return result;
    }
    if (kind.kind === 'code' && length > ANALYSIS_LIMITS.hostChars) {
      result.limited = {
        kind: 'file-too-large',
        message: `This file is ${size(length)}: TwiML Tools reads code files up to ${size(ANALYSIS_LIMITS.hostChars)} for TwiML, so the TwiML in this one is not checked.`,
      };
      return result;
    }
    this.readByKind(result, kind, context);
    for (const extra of this.extraReaders)
      this.addParts(
        result,
        this.guard.run(result, extra.id, [], () => extra.read(host)),
        context.dialect,
      );
    return result;
  }

  private readByKind(result: HostAnalysis, kind: HostKind, context: ReadContext): void {
    if (kind.kind === 'twiml') return this.readTwiml(result, context);
    if (kind.kind === 'code') return this.readCode(result, kind.language, context);
    const text = result.host.getText();
    const syntaxes = kind.syntax
      ? [kind.syntax]
      : this.guard.run(result, 'templates', [], () => detectTemplateSyntax(text));
    this.readTemplateFile(result, syntaxes, context, false);
  }

  /**
   * Reads a file written in template `syntaxes` (a template, or a `.twiml`/`.xml` file with
   * template tags): its documents as parts, and their `unescaped-input` findings. Returns the
   * documents; none while the PHP grammar loads (`pending` is set then).
   */
  private readTemplateFile(
    result: HostAnalysis,
    syntaxes: readonly TemplateSyntax[],
    context: ReadContext,
    twimlFile: boolean,
  ): readonly EmbeddedDocument[] {
    result.templateSyntax = syntaxes[0];
    if (this.waitsForPhp(result, syntaxes)) return [];
    // Alternative replies (one per branch that ends the request) are documents of their own.
    const text = result.host.getText();
    const documents = syntaxes.length
      ? this.guard.run(result, 'templates', [], () => readTemplates(text, syntaxes))
      : [];
    this.addParts(result, documents, context.dialect);
    this.findTemplateInjections(result, syntaxes, documents, context, twimlFile);
    return documents;
  }

  /** Appends the `unescaped-input` findings of a host's template documents. */
  private findTemplateInjections(
    result: HostAnalysis,
    syntaxes: readonly TemplateSyntax[],
    documents: readonly EmbeddedDocument[],
    context: ReadContext,
    twimlFile: boolean,
    phpTree?: Tree,
  ): void {
    if (!documents.some((document) => document.origin === 'template')) return;
    const { host } = result;
    const findings = this.guard.run(result, 'unescaped-input', [], () =>
      templateInjectionFindings({
        text: host.getText(),
        uri: host.uri,
        languageId: host.languageId,
        syntaxes,
        documents,
        twimlFile,
        phpTree,
        extraEscapes: context.escapeFunctions,
      }),
    );
    result.injections.push(...findings);
  }

  /** Analyses each document read as a part; one that fails to complete or analyse is left out alone. */
  private addParts(result: HostAnalysis, documents: readonly EmbeddedDocument[], dialect: DialectSetting): void {
    for (const read of documents) {
      // A value in code may hold only the start of its document: the rest is written elsewhere.
      const embedded =
        read.origin === 'literal' ? this.guard.run(result, 'fragments', undefined, () => completeFragment(read)) : read;
      if (!embedded) continue;
      const index = result.parts.length;
      const part = this.guard.run(result, 'twiml-analysis', undefined, () =>
        embeddedPart(result.host, embedded, dialect, index),
      );
      if (part) result.parts.push(part);
    }
  }

  /**
   * The webhook routes of a code document, read from the same syntax tree as its TwiML. `pending`
   * is set while the grammar loads: ask again when it settles. A file that is not a Twilio app
   * (see `webhookApp.ts`) costs a substring search.
   */
  routes(host: TextDocument): { routes: WebhookRoute[]; pending: Promise<unknown> | undefined } {
    const none = { routes: [], pending: undefined };
    const kind = hostKindOf(host.languageId, host.uri);
    if (kind?.kind !== 'code') return none;
    const text = host.getText();
    const family = webhookAppFamily(kind.language, host.uri, text);
    if (!family) return none;
    if (!loadedLanguage(kind.language))
      return loadFailure(kind.language) ? none : { routes: [], pending: ensureLanguage(kind.language) };
    const tree = this.trees.parse(host.uri, kind.language, text);
    if (!tree) return none;
    // The same text keeps its tree: a lens request per keystroke re-reads only changed files.
    let routes = this.routeMemo.get(tree);
    if (!routes) this.routeMemo.set(tree, (routes = findRoutes(family, tree)));
    return { routes, pending: undefined };
  }

  /** Forgets a closed document (frees its syntax tree). */
  forget(uri: string): void {
    this.trees.delete(uri);
  }

  private readTwiml(result: HostAnalysis, context: ReadContext): void {
    const { host } = result;
    const text = host.getText();
    // The twiml_template gem's Ruby DSL (`twiml.Say "Hi"`) lives in .twiml files too: not XML.
    if (looksLikeRubyDsl(text)) return;
    const syntaxes = this.guard.run(result, 'templates', [], () => detectTemplateSyntax(text));
    const documents = this.readTemplateFile(result, syntaxes, context, true);
    if (result.pending) return;
    if (documents.length === 0) {
      const twiml = this.guard.run(result, 'twiml-analysis', undefined, () => analyzeTwiml(text, context.dialect));
      if (twiml) result.parts.push({ virtual: host, twiml, embedded: undefined, map: undefined });
    }
  }

  /** PHP tags are read with the PHP grammar: until it has loaded, the analysis is pending. */
  private waitsForPhp(result: HostAnalysis, syntaxes: readonly TemplateSyntax[]): boolean {
    if (!syntaxes.includes('php') || loadedLanguage('php') || loadFailure('php')) return false;
    result.pending = ensureLanguage('php');
    return true;
  }

  private readCode(result: HostAnalysis, language: CodeLanguage, context: ReadContext): void {
    const { host } = result;
    const text = host.getText();
    let candidates = findCandidates(text);
    if (candidates.length > ANALYSIS_LIMITS.parts) {
      result.limited = {
        kind: 'too-many-parts',
        message: `This file holds ${candidates.length.toLocaleString('en-US')} TwiML strings; TwiML Tools checks the first ${ANALYSIS_LIMITS.parts.toLocaleString('en-US')}, so the ones after line ${host.positionAt(candidates[ANALYSIS_LIMITS.parts]).line + 1} are not checked.`,
      };
      candidates = candidates.slice(0, ANALYSIS_LIMITS.parts);
    }
    const builders = mayUseBuilders(language, text);
    if (candidates.length === 0 && !builders) return;
    if (!loadedLanguage(language)) {
      // A grammar that failed to load stays failed (logged once by the server): no TwiML then.
      if (!loadFailure(language)) result.pending = ensureLanguage(language);
      return;
    }
    const tree = this.guard.run(result, 'syntax-tree', undefined, () => this.trees.parse(host.uri, language, text));
    if (!tree) return;
    if (builders)
      result.builders = this.guard.run(result, 'sdk-builders', undefined, () =>
        analyzeBuilderCalls(language as BuilderLanguage, text, tree),
      );
    const extractor = EXTRACTORS[language];
    const documents =
      candidates.length && extractor
        ? this.guard.run(result, `${language}-literals`, [], () => extractor({ text, tree, candidates }))
        : [];
    if (language === 'php') {
      // One document per alternative output (branches ending with exit/die/return).
      documents.unshift(...this.guard.run(result, 'templates', [], () => readTemplates(text, ['php'], tree)));
    }
    this.addParts(result, documents, context.dialect);
    result.injections = this.guard.run(result, 'unescaped-input', [], () =>
      codeInjectionFindings({ language, text, tree, documents, extraEscapes: context.escapeFunctions }),
    );
    if (language === 'php') this.findTemplateInjections(result, ['php'], documents, context, false, tree);
  }

  /**
   * The webhook parameter each code placeholder's value comes from, by its host offset, where its
   * own text names none (`{escape(body)}` after `body = request.values.get("Body")`): the preview
   * fills those from the sample message. Worked out when a preview asks, not on every keystroke.
   */
  placeholderParameters(analysis: HostAnalysis): Map<number, string> {
    const { host, kind } = analysis;
    if (kind?.kind !== 'code' || !loadedLanguage(kind.language)) return new Map();
    const text = host.getText();
    // The cached tree of this text (parsed again only if the document moved on since).
    const tree = this.trees.parse(host.uri, kind.language, text);
    const documents = analysis.parts.flatMap((part) => (part.embedded ? [part.embedded] : []));
    if (!tree || documents.length === 0) return new Map();
    return placeholderParameters(
      { language: kind.language, text, tree, documents },
      (expression) => webhookParameterOf(expression) !== undefined,
    );
  }
}

/** A completed document of the host as an analysed part; `index` names its virtual URI. */
function embeddedPart(
  host: TextDocument,
  embedded: EmbeddedDocument,
  dialect: DialectSetting,
  index: number,
): TwimlPart {
  const map = embedded.map;
  const hostLineAt = (offset: number): number => host.positionAt(map.toHost(offset)).line;
  const twiml = analyzeTwiml(embedded.text, dialect, { blocks: embedded.blocks, hostLineAt });
  const virtual = TextDocument.create(`${host.uri}#twiml-${index}`, 'twiml', host.version, embedded.text);
  return { virtual, twiml, embedded, map };
}
