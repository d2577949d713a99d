/** The literal extractor of each host language. */
import type { LiteralExtractor } from './literalExtractor';
import type { CodeLanguage } from './treeSitter';
import { extractCSharp } from './languages/csharp';
import { extractGo } from './languages/go';
import { extractJava } from './languages/java';
import { extractJavaScript } from './languages/javascript';
import { extractPhpCode } from './php/phpCode';
import { extractPython } from './languages/python';
import { extractRuby } from './languages/ruby';

/** Extractors by language; a language without one yields no TwiML. */
export const EXTRACTORS: Partial<Record<CodeLanguage, LiteralExtractor>> = {
  python: extractPython,
  javascript: extractJavaScript,
  typescript: extractJavaScript,
  tsx: extractJavaScript,
  php: extractPhpCode,
  ruby: extractRuby,
  java: extractJava,
  csharp: extractCSharp,
  go: extractGo,
};
