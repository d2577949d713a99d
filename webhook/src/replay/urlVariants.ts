/**
 * The URLs an app commonly rebuilds instead of the one Twilio signed: the local address it
 * listens on, http instead of https, a port added or dropped, the Host header's host, and the
 * query left out, re-encoded or reordered. Used by the signature diagnosis (which sends one
 * request per variant) and by the signature check (which computes them offline).
 */
import { splitUrl } from './signature';

/** One way a URL differs from the one Twilio signed. */
export type Change = 'scheme' | 'host' | 'port' | 'query-omitted' | 'query-reencoded' | 'query-reordered';

/** A candidate URL and how it differs from the signed one. */
export interface UrlVariant {
  url: string;
  changes: Change[];
  /** A short human description, e.g. "http instead of https, without the query". */
  label: string;
}

/** What the variants are built from. */
export interface VariantInput {
  /** The URL Twilio signed. */
  signedUrl: string;
  /** The URL the request was delivered to (the local address), when it differs. */
  deliveredUrl?: string;
  /** The Host header the app received (host[:port]). */
  hostHeader?: string;
}

interface Parsed {
  scheme: string;
  host: string;
  port: string;
  path: string;
  query: string | undefined;
}

function parse(url: string): Parsed | undefined {
  const parts = splitUrl(url.split('#')[0]);
  if (!parts) return undefined;
  const q = parts.rest.indexOf('?');
  return {
    scheme: parts.scheme.slice(0, -3).toLowerCase(),
    host: parts.host,
    port: parts.port,
    path: q === -1 ? parts.rest : parts.rest.slice(0, q),
    query: q === -1 ? undefined : parts.rest.slice(q + 1),
  };
}

function authorityOf(value: string): { host: string; port: string } {
  const colon = value.indexOf(':', value.lastIndexOf(']') + 1);
  return colon === -1 ? { host: value, port: '' } : { host: value.slice(0, colon), port: value.slice(colon) };
}

/** The query as a form decoder and encoder would give it back (e.g. `%20` becomes `+`). */
export function reencodeQuery(query: string): string {
  return new URLSearchParams(query).toString();
}

/** The query with its pairs sorted by name (stable for repeated names). */
export function reorderQuery(query: string): string {
  const pairs = query.split('&').filter((pair) => pair !== '');
  const name = (pair: string): string => pair.split('=')[0];
  return pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (name(a.pair) < name(b.pair) ? -1 : name(a.pair) > name(b.pair) ? 1 : a.index - b.index))
    .map((entry) => entry.pair)
    .join('&');
}

const DEFAULT_PORT: Record<string, string> = { http: ':80', https: ':443' };

function describe(changes: Change[], v: { scheme: string; host: string; port: string }, signed: Parsed): string {
  const words: string[] = [];
  if (changes.includes('scheme')) words.push(`${v.scheme} instead of ${signed.scheme}`);
  if (changes.includes('host')) words.push(`host ${v.host} instead of ${signed.host}`);
  if (changes.includes('port'))
    words.push(v.port === '' ? `without the port ${signed.port.slice(1)}` : `with the port ${v.port.slice(1)}`);
  if (changes.includes('query-omitted')) words.push('without the query');
  if (changes.includes('query-reencoded')) words.push('with the query re-encoded');
  if (changes.includes('query-reordered')) words.push('with the query reordered');
  return words.join(', ');
}

/**
 * The variants of the signed URL, fewest changes first, without duplicates and without the
 * signed URL itself. At most `limit` are returned (default 40).
 */
export function urlVariants(input: VariantInput, limit = 40): UrlVariant[] {
  const signed = parse(input.signedUrl);
  if (!signed) return [];
  const delivered = input.deliveredUrl ? parse(input.deliveredUrl) : undefined;
  // Hosts (with the ports they come with) the app could take its authority from.
  const authorities: Array<{ host: string; port: string }> = [{ host: signed.host, port: signed.port }];
  if (input.hostHeader) authorities.push(authorityOf(input.hostHeader));
  if (delivered) authorities.push({ host: delivered.host, port: delivered.port });
  const queries: Array<{ query: string | undefined; change?: Change }> = [{ query: signed.query }];
  if (signed.query !== undefined && signed.query !== '') {
    queries.push({ query: undefined, change: 'query-omitted' });
    queries.push({ query: reencodeQuery(signed.query), change: 'query-reencoded' });
    queries.push({ query: reorderQuery(signed.query), change: 'query-reordered' });
  }
  const seen = new Set<string>([input.signedUrl.split('#')[0]]);
  const out: UrlVariant[] = [];
  for (const scheme of ['http', 'https']) {
    for (const authority of authorities) {
      // The port as given, none, and the scheme's default spelled out.
      const ports = new Set([authority.port, '', DEFAULT_PORT[scheme]]);
      for (const port of ports) {
        for (const { query, change } of queries) {
          const url = `${scheme}://${authority.host}${port}${signed.path}${query === undefined ? '' : `?${query}`}`;
          if (seen.has(url)) continue;
          seen.add(url);
          const changes: Change[] = [];
          if (scheme !== signed.scheme) changes.push('scheme');
          if (authority.host.toLowerCase() !== signed.host.toLowerCase()) changes.push('host');
          if (port !== signed.port) changes.push('port');
          if (change) changes.push(change);
          out.push({ url, changes, label: describe(changes, { scheme, host: authority.host, port }, signed) });
        }
      }
    }
  }
  // Fewest changes first; the delivered URL leads (what an app without proxy settings rebuilds when the Host is rewritten), port-less forms before ported ones.
  const rank = (v: UrlVariant): number =>
    v.changes.length * 10 +
    (input.deliveredUrl && v.url === input.deliveredUrl.split('#')[0] ? -1000 : 0) +
    (v.changes.includes('port') ? 1 : 0);
  return out
    .map((variant, index) => ({ variant, index }))
    .sort((a, b) => rank(a.variant) - rank(b.variant) || a.index - b.index)
    .map((entry) => entry.variant)
    .slice(0, limit);
}
