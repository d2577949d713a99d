/** The literal extractor of each host language. */
import type { LiteralExtractor } from './literalExtractor';
import type { CodeLanguage } from './treeSitter';
import { extractPython } from './languages/python';

/** Extractors by language; a language without one yields no TwiML. */
export const EXTRACTORS: Partial<Record<CodeLanguage, LiteralExtractor>> = {
  python: extractPython,
};
