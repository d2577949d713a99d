/**
 * "Check a Signature": given a URL, the parameters (or the raw body) and the X-Twilio-Signature
 * from a log, say whether they match the Auth Token, and if not, which variant would have: a
 * URL an app commonly rebuilds (urlVariants.ts), or the parameters with a repeated one reduced
 * to its first or last value (what `dict(request.form)`-style code does). Offline and pure.
 */
import { timingSafeEqual } from 'node:crypto';
import { decodeForm, type WebhookParams } from './form';
import { bodySha256, signatureDetails, type SignatureDetails } from './signature';
import { urlVariants } from './urlVariants';

/** What to check. */
export interface CheckSignatureInput {
  authToken: string;
  /** The webhook URL as Twilio called it. */
  url: string;
  /** POST parameters; for GET leave them out (they are in the URL). */
  params?: WebhookParams;
  /**
   * The raw body instead of `params`: a form body is decoded; with `bodySHA256` in the URL it is
   * the JSON body whose hash is checked.
   */
  body?: string;
  signature: string;
}

/** One candidate checked. */
export interface CheckedVariant {
  url: string;
  /** What differs from the input: "as given", or e.g. "http instead of https". */
  label: string;
  signature: string;
  matches: boolean;
}

/** The verdict. */
export interface CheckSignatureResult {
  /** True when the signature matches the URL and parameters exactly as given. */
  valid: boolean;
  /** The variant that matched, when the exact input did not (or the input itself). */
  matched?: CheckedVariant;
  /** What the signature for the input would be. */
  expected: SignatureDetails;
  /** For a `bodySHA256` URL: whether the body's hash matches the one in the URL. */
  bodyHashMatches?: boolean;
  /** The hash of the given body, when the URL carries bodySHA256. */
  bodyHash?: string;
  tried: CheckedVariant[];
  /** One sentence for a human. */
  message: string;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a.trim());
  const y = Buffer.from(b.trim());
  return x.length === y.length && timingSafeEqual(x, y);
}

function bodyHashOf(url: string): string | undefined {
  const query = url.split('#')[0].split('?')[1];
  return query === undefined ? undefined : (new URLSearchParams(query).get('bodySHA256') ?? undefined);
}

/** Parameter sets an app may have validated with instead of the full one. */
function paramVariants(params: WebhookParams): Array<{ params: WebhookParams; label: string }> {
  const repeated = Object.entries(params).filter(([, v]) => typeof v !== 'string' && new Set(v).size > 1);
  if (repeated.length === 0) return [];
  const pick = (which: 'first' | 'last'): WebhookParams =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : which === 'first' ? v[0] : v[v.length - 1],
      ]),
    );
  const names = repeated.map(([k]) => k).join(', ');
  return [
    { params: pick('first'), label: `only the first value of the repeated ${names}` },
    { params: pick('last'), label: `only the last value of the repeated ${names}` },
  ];
}

/** Checks a signature and looks for the variant that would have matched. */
export function checkSignature(input: CheckSignatureInput): CheckSignatureResult {
  const hashInUrl = bodyHashOf(input.url);
  const json = hashInUrl !== undefined && input.body !== undefined;
  const params: WebhookParams = json ? {} : (input.params ?? (input.body !== undefined ? decodeForm(input.body) : {}));
  const bodyHash = json ? bodySha256(input.body!) : undefined;
  const bodyHashMatches = json ? bodyHash === hashInUrl : undefined;
  const url = input.url.split('#')[0];
  const expected = signatureDetails(input.authToken, url, params);
  const check = (candidateUrl: string, candidateParams: WebhookParams, label: string): CheckedVariant => {
    const signature = signatureDetails(input.authToken, candidateUrl, candidateParams).signature;
    return { url: candidateUrl, label, signature, matches: same(signature, input.signature) };
  };
  const tried: CheckedVariant[] = [check(url, params, 'as given')];
  let matched = tried[0].matches ? tried[0] : undefined;
  const candidates: Array<{ url: string; params: WebhookParams; label: string }> = [];
  for (const variant of paramVariants(params)) candidates.push({ url, ...variant });
  for (const variant of urlVariants({ signedUrl: url }, 60)) {
    candidates.push({ url: variant.url, params, label: variant.label });
    for (const p of paramVariants(params))
      candidates.push({ url: variant.url, params: p.params, label: `${variant.label}, ${p.label}` });
  }
  for (const candidate of candidates) {
    if (matched) break;
    const result = check(candidate.url, candidate.params, candidate.label);
    tried.push(result);
    if (result.matches) matched = result;
  }
  const valid = tried[0].matches && bodyHashMatches !== false;
  let message: string;
  if (valid) message = `The signature matches: Twilio signed ${url} with this Auth Token.`;
  else if (tried[0].matches && bodyHashMatches === false)
    message = `The signature of the URL matches, but the body's SHA-256 (${bodyHash}) is not the bodySHA256 in the URL: the body was changed.`;
  else if (matched)
    message = `The signature does not match ${url}, but it matches ${matched.url} (${matched.label}): Twilio signed that, so that is the URL to validate against.`;
  else
    message = `The signature matches none of ${tried.length} variants of the URL and parameters: the Auth Token is probably not the one of the account that signed it (or the parameters differ).`;
  return { valid, matched, expected, bodyHashMatches, bodyHash, tried, message };
}
