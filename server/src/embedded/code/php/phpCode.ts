/**
 * Every TwiML document of PHP code: the echo chains first (TwiML printed over several
 * statements), then the string literals and joined values no chain has already written, in host
 * order.
 */
import type { LiteralExtractor } from '../literalExtractor';
import { extractPhp } from '../languages/php';
import { readEchoChains } from './echoChain';

/** The PHP extractor: echo chains and literals, each TwiML value once. */
export const extractPhpCode: LiteralExtractor = (context) => {
  const chains = readEchoChains(context);
  const candidates = context.candidates.filter(
    (offset) => !chains.consumed.some((range) => offset >= range.start && offset < range.end),
  );
  const literals = candidates.length ? extractPhp({ ...context, candidates }) : [];
  return [...chains.documents, ...literals].sort((a, b) => a.map.toHost(0) - b.map.toHost(0));
};
