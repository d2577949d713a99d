/**
 * "Diagnose signature": after the app rejected a signed replay, the same request is sent again,
 * each time signed for a URL an app commonly rebuilds instead of the one Twilio signed
 * (urlVariants.ts). The first variant the app accepts tells what it validates against; the
 * advice names the cause in one sentence and the fix for the app's framework. Opt-in: every
 * request reaches the user's app, so callers announce {@link diagnosisRequestCount} first.
 */
import {
  detectFramework,
  FRAMEWORK_FIXES,
  QUERY_FIXES,
  TWILIO_SECURITY_URL,
  type Framework,
  type FrameworkFix,
} from './frameworkFixes';
import { replayWebhook, type ReplayRequest, type ReplayResult } from './replay';
import { urlVariants, type Change, type UrlVariant } from './urlVariants';

/** The default cap on requests one diagnosis sends. */
export const MAX_DIAGNOSIS_REQUESTS = 40;

/** One variant tried. */
export interface TriedVariant {
  url: string;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  label: string;
  accepted: boolean;
}

/** What the diagnosis found (the `signatureDiagnosis` of `twiml-sim --json`). */
export interface SignatureDiagnosis {
  /** The URL the app accepted a signature for, or null. */
  acceptedUrl: string | null;
  /** The URL Twilio signs. */
  signedUrl: string;
  tried: TriedVariant[];
  /** One sentence on the cause, the fix, and Twilio's security page. */
  advice: string;
  /** The framework guessed from the response headers, if any. */
  framework?: Framework;
  /** The fixes shown (the detected framework's, or all). */
  fixes: FrameworkFix[];
  /** What differs between the accepted URL and the signed one. */
  changes: Change[];
}

/** The variants a diagnosis of `result` would try, in order. */
export function diagnosisVariants(result: ReplayResult, limit = MAX_DIAGNOSIS_REQUESTS): UrlVariant[] {
  const signedUrl = result.signedUrl ?? result.url;
  return urlVariants({ signedUrl, deliveredUrl: result.url, hostHeader: result.signatureReport?.received.host }, limit);
}

/** How many requests the diagnosis of `result` sends at most (it stops at the first accepted). */
export function diagnosisRequestCount(result: ReplayResult, limit = MAX_DIAGNOSIS_REQUESTS): number {
  return diagnosisVariants(result, limit).length;
}

function accepted(result: ReplayResult): boolean {
  return result.status !== undefined && result.status >= 200 && result.status < 300 && !result.rejected;
}

function causes(changes: Change[], variant: string, result: ReplayResult): string[] {
  const forwarded = result.signatureReport?.received.forwarded ?? {};
  const words: string[] = [];
  const signed = result.signedUrl ?? result.url;
  if (changes.includes('scheme')) {
    words.push(
      forwarded['X-Forwarded-Proto'] !== undefined
        ? `takes the scheme from its own connection (${variant.split(':')[0]}) instead of X-Forwarded-Proto: ${forwarded['X-Forwarded-Proto']}`
        : `uses ${variant.split(':')[0]} where Twilio signed ${signed.split(':')[0]}`,
    );
  }
  if (changes.includes('host')) {
    words.push(
      forwarded['X-Forwarded-Host'] !== undefined
        ? `takes the host from the local address instead of X-Forwarded-Host: ${forwarded['X-Forwarded-Host']}`
        : 'uses another host than the one Twilio signed',
    );
  }
  if (changes.includes('port')) words.push('adds or drops the port');
  if (changes.includes('query-omitted')) words.push('leaves the query string out');
  if (changes.includes('query-reencoded')) words.push('re-encodes the query string');
  if (changes.includes('query-reordered')) words.push('reorders the query parameters');
  return words;
}

function adviceFor(
  variant: UrlVariant | undefined,
  tried: number,
  result: ReplayResult,
  framework: Framework | undefined,
): { advice: string; fixes: FrameworkFix[] } {
  const signed = result.signedUrl ?? result.url;
  const all = Object.values(FRAMEWORK_FIXES);
  const fixes = framework ? [FRAMEWORK_FIXES[framework]] : all;
  if (!variant) {
    return {
      advice: `Your app accepted none of the ${tried} URL variants, so the URL is probably not the cause: check that it validates with the same Auth Token, and with the parameters as received. See ${TWILIO_SECURITY_URL}`,
      fixes: [],
    };
  }
  const why = causes(variant.changes, variant.url, result);
  const sentence = `Your app validates X-Twilio-Signature against ${variant.url}, not ${signed} that Twilio signs: it ${why.join(', and ')}.`;
  const proxy = variant.changes.some((c) => c === 'scheme' || c === 'host' || c === 'port');
  const queryOnly = !proxy;
  let fix: string;
  if (queryOnly) {
    const lines = framework
      ? [`${FRAMEWORK_FIXES[framework].name}: ${QUERY_FIXES[framework]}`]
      : all.map((f) => `${f.name}: ${QUERY_FIXES[f.framework]}`);
    fix = `Fix: validate the full URL as requested, query included (${lines.join('; ')}).`;
  } else if (framework) {
    fix = `Fix (${FRAMEWORK_FIXES[framework].name}): ${FRAMEWORK_FIXES[framework].fix}.`;
  } else {
    fix = `Fix: trust the proxy's X-Forwarded-* headers (${all.map((f) => `${f.name}: ${f.fix}`).join('; ')}).`;
  }
  return { advice: `${sentence} ${fix} See ${TWILIO_SECURITY_URL}`, fixes: queryOnly ? [] : fixes };
}

/** Options of {@link diagnoseSignature}. */
export interface DiagnoseOptions {
  /** Most requests to send (default {@link MAX_DIAGNOSIS_REQUESTS}). */
  limit?: number;
  /** Called before each request (for progress). */
  onAttempt?(index: number, total: number, variant: UrlVariant): void;
  signal?: AbortSignal;
}

/**
 * Sends the rejected request of `result` again, signed for each URL variant in turn, until the
 * app accepts one. `request` is the original replay request (URL, method, token, tunnel).
 */
export async function diagnoseSignature(
  request: ReplayRequest,
  result: ReplayResult,
  options: DiagnoseOptions = {},
): Promise<SignatureDiagnosis> {
  const variants = diagnosisVariants(result, options.limit);
  const signedUrl = result.signedUrl ?? result.url;
  const tried: TriedVariant[] = [];
  let winner: UrlVariant | undefined;
  let framework = detectFramework(result.headers);
  const method = result.method;
  for (const [index, variant] of variants.entries()) {
    if (options.signal?.aborted) break;
    options.onAttempt?.(index, variants.length, variant);
    // For GET the parameters ride in the query of the URL Twilio signs; the variants were made
    // from that URL, so they carry them already (or leave them out, as an app would).
    const attempt = await replayWebhook({
      ...request,
      method,
      exactParams: result.params,
      signFor: variant.url,
      signal: options.signal,
    });
    framework ??= detectFramework(attempt.headers);
    const ok = accepted(attempt);
    tried.push({ url: variant.url, status: attempt.status ?? null, label: variant.label, accepted: ok });
    if (ok) {
      winner = variant;
      break;
    }
  }
  const { advice, fixes } = adviceFor(winner, tried.length, result, framework);
  return {
    acceptedUrl: winner?.url ?? null,
    signedUrl,
    tried,
    advice,
    framework,
    fixes,
    changes: winner?.changes ?? [],
  };
}
