/**
 * A light well-formedness check of a TwiML reply, enough to predict error 12100 "Document parse
 * failure" (https://www.twilio.com/docs/api/errors/12100). Its listed causes include a leading
 * space before the XML declaration, a missing root <Response>, unclosed or improperly nested
 * elements and unquoted attributes. Schema checks are the language server's job.
 */
import { DOMParser } from '@xmldom/xmldom';

/** One parser complaint. */
export interface XmlIssue {
  /** `error` stops Twilio (12100); `warning` is something xmldom forgives but Twilio may not. */
  level: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
}

/** Result of {@link checkWellFormed}. */
export interface WellFormedResult {
  /** Name of the root element, when the document parsed. */
  root?: string;
  issues: XmlIssue[];
}

interface LocatorContext {
  locator?: { lineNumber?: number; columnNumber?: number };
}

/** Parses `text` as XML and reports what would make Twilio reject it. */
export function checkWellFormed(text: string): WellFormedResult {
  const issues: XmlIssue[] = [];
  const seen = new Set<string>();
  const record = (level: XmlIssue['level'], message: string, context: unknown): void => {
    // xmldom appends its own position after a newline; keep the sentence only.
    const sentence = message.split('\n')[0].trim();
    const locator = (context as LocatorContext | undefined)?.locator;
    const key = `${level}:${sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ level, message: sentence, line: locator?.lineNumber, column: locator?.columnNumber });
  };
  let root: string | undefined;
  try {
    const parser = new DOMParser({
      onError: (level, message, context) => record(level === 'warning' ? 'warning' : 'error', message, context),
    });
    root = parser.parseFromString(text, 'text/xml').documentElement?.nodeName;
  } catch (error) {
    // A fatal error was already reported through onError; this only covers anything else.
    if (issues.every((issue) => issue.level !== 'error')) {
      record('error', error instanceof Error ? error.message : String(error), error);
    }
  }
  if (root !== undefined && root !== 'Response') {
    issues.push({ level: 'error', message: `the root element is <${root}>, not <Response>` });
  }
  return { root, issues };
}

/**
 * Escapes text for an XML text node. Characters XML 1.0 cannot carry at all (C0 controls other
 * than tab/LF/CR, lone surrogates) become U+FFFD so the result always parses.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(NOT_XML_CHARACTERS, '\uFFFD');
}

/** C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates: what XML 1.0 cannot carry. */
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
