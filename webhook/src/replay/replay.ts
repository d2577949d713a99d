/**
 * Replays a sample Twilio webhook against a local app: build the sample → sign it (when an Auth
 * Token is known) → send it → classify the answer. Pure of `vscode`; never throws; the Auth
 * Token never appears in what it returns.
 */
import type { ReplyReader } from '../../../shared/replyReading';
import { classify } from './classify';
import { CookieJar } from './cookies';
import { appendQuery, encodeForm } from './form';
import { webhookHeaders } from './headers';
import { sendWebhook, type Hop, type HttpOutcome, type RedirectStep } from './httpClient';
import { note, type Problem } from './problems';
import { cryptoRandom, makeIdempotencyToken, type RandomBytes } from './random';
import { buildSample, isVoice, type SampleKind } from './samples';
import { redact, redactDeep } from './secrets';
import { signatureDetails, signedUrl, signRequest, type SignatureDetails } from './signature';
import { FORWARDING_HEADERS, planTunnel, type HostHeaderMode, type TunnelPlan } from './tunnel';

/** What to replay. Everything but `url` and `reader` has a default. */
export interface ReplayRequest {
  url: string;
  /** Judges the reply's TwiML: the language service, in this process or in the language server. */
  reader: ReplyReader;
  method?: 'GET' | 'POST';
  /** Kind of incoming event (default `sms`). */
  sample?: SampleKind;
  /** Message text (default "hello"). */
  body?: string;
  from?: string;
  to?: string;
  /** Parameters merged into the sample last; `undefined` removes one. */
  params?: Readonly<Record<string, string | undefined>>;
  /** Auth Token to sign with; unsigned when absent. */
  authToken?: string;
  timeoutMs?: number;
  maxRedirects?: number;
  maxBodyBytes?: number;
  signal?: AbortSignal;
  /** Cookie jar kept across replays (one per session); a fresh one when absent. */
  cookies?: CookieJar;
  random?: RandomBytes;
  /**
   * The public URL Twilio would call (a tunnel's or proxy's): the request is signed for it and
   * delivered to `url`'s origin with the forwarding headers a tunnel adds (tunnel.ts).
   */
  publicUrl?: string;
  /** How the simulated tunnel sets Host (default `public`, as ngrok and cloudflared do). */
  hostHeader?: HostHeaderMode;
  /**
   * Sign the first request for this URL instead of the one Twilio would sign (the signature
   * diagnosis). For GET it must already carry the parameters.
   */
  signFor?: string;
  /** Send exactly these parameters instead of building a sample (the diagnosis re-sends). */
  exactParams?: Readonly<Record<string, string>>;
}

/** A rejected signed request: what Twilio signed, side by side with what the app received. */
export interface SignatureReport {
  signed: SignatureDetails;
  received: {
    /** The URL the request was delivered to. */
    url: string;
    /** The Host header sent. */
    host: string;
    /** Host and the X-Forwarded-* headers sent (only those present). */
    forwarded: Record<string, string>;
  };
}

/** Everything known about one replay, safe to show and log. */
export interface ReplayResult {
  /** True when no problem has severity `error`. */
  ok: boolean;
  sample: SampleKind;
  /** HTTP status of the final response, when one arrived. */
  status?: number;
  contentType?: string;
  /** Response body as text (binary bodies are described). */
  body?: string;
  /** The TwiML Twilio would run, including a converted text/plain reply. */
  twiml?: string;
  /** X-Twilio-Signature of the first request; undefined when unsigned. */
  signature?: string;
  signed: boolean;
  params: Record<string, string>;
  /** The URL requested first (for GET, with the parameters in its query). */
  url: string;
  /** The URL that answered last (differs after redirects). */
  finalUrl: string;
  method: 'GET' | 'POST';
  durationMs: number;
  /** Response headers (lowercase names). */
  headers: Record<string, string>;
  /** Headers of the last request sent. */
  requestHeaders: Record<string, string>;
  redirects: RedirectStep[];
  problems: Problem[];
  /** How the exchange ended. */
  outcome: HttpOutcome['kind'] | 'internal-error';
  /** The public URL the request was signed for, when replayed through a simulated tunnel. */
  publicUrl?: string;
  /** The URL string the first signature covers (after Twilio's port and credential rules). */
  signedUrl?: string;
  /** True when the app refused the request (401/403, or a reply that reads like a refusal). */
  rejected: boolean;
  /** Present when a signed request was rejected. */
  signatureReport?: SignatureReport;
}

// Words of a refusal in a reply that is not TwiML (e.g. "Invalid signature" with 200 or 400).
const REFUSAL =
  /\b(invalid|bad|missing|wrong)\b.{0,20}\bsignature\b|\bsignature\b.{0,30}\b(invalid|mismatch|failed|does not match|not valid)\b|\bforbidden\b|\bunauthori[sz]ed\b|\bnot (from|a request from) twilio\b|\bvalidation failed\b/i;

/** True when a response reads as the app refusing the request rather than answering it. */
export function looksRejected(status: number | undefined, body: string | undefined): boolean {
  if (status === 401 || status === 403) return true;
  if (status === undefined || body === undefined || /<Response[\s>/]/.test(body)) return false;
  return (status === 200 || (status >= 400 && status < 500)) && body.length < 2000 && REFUSAL.test(body);
}

function firstHop(method: 'GET' | 'POST', url: string, params: Record<string, string>): Hop {
  return method === 'GET' ? { method, url: appendQuery(url, params) } : { method, url, body: encodeForm(params) };
}

interface Signing {
  signature?: string;
  details?: SignatureDetails;
}

function reportOf(details: SignatureDetails, hop: Hop, headers: Record<string, string>): SignatureReport {
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDING_HEADERS) if (headers[name] !== undefined) forwarded[name] = headers[name];
  let host = headers.Host;
  if (host === undefined) {
    try {
      host = new URL(hop.url).host;
    } catch {
      host = '';
    }
  }
  return { signed: details, received: { url: hop.url, host, forwarded } };
}

async function resultOf(
  request: ReplayRequest,
  hop: Hop,
  params: Record<string, string>,
  outcome: HttpOutcome,
  signing: Signing,
  tunnel?: TunnelPlan,
): Promise<ReplayResult> {
  const sample = request.sample ?? 'sms';
  const { signature, details } = signing;
  const verdict = await classify(outcome, isVoice(sample) ? 'voice' : 'messaging', request.reader, hop.method);
  const response = 'response' in outcome ? outcome.response : undefined;
  const problems = [...verdict.problems];
  const rejected = looksRejected(response?.status, verdict.body);
  if (signature === undefined) {
    problems.push(
      note(
        'info',
        'Sent unsigned: no Auth Token is set, so X-Twilio-Signature is missing and a validating app answers 403.',
      ),
    );
  } else if (rejected) {
    // Either another Auth Token, or the app rebuilds another URL than the one signed.
    const status = response?.status === 401 || response?.status === 403 ? `${response.status}` : 'a refusal';
    problems.push(
      note(
        'info',
        `Your app refused a signed request (${status}). Twilio signed ${details?.url ?? hop.url}; check that the Auth Token set with "TwiML: Set Auth Token" is the one your app validates with, and diagnose the signature ("Diagnose Signature" in VS Code, twiml-sim --diagnose-signature) to find the URL your app validates against.`,
      ),
    );
  }
  return {
    ok: problems.every((p) => p.severity !== 'error'),
    sample,
    status: response?.status,
    contentType: response?.headers['content-type'],
    body: verdict.body,
    twiml: verdict.twiml,
    signature,
    signed: signature !== undefined,
    params,
    url: hop.url,
    finalUrl: outcome.url,
    method: hop.method,
    durationMs: outcome.durationMs,
    headers: response?.headers ?? {},
    requestHeaders: maskAuthorization(outcome.requestHeaders),
    redirects: outcome.redirects,
    problems,
    outcome: outcome.kind,
    publicUrl: tunnel?.publicUrl,
    signedUrl: details?.url,
    rejected,
    signatureReport: rejected && details ? reportOf(details, hop, outcome.requestHeaders) : undefined,
  };
}

async function run(request: ReplayRequest): Promise<ReplayResult> {
  const sample = request.sample ?? 'sms';
  const random = request.random ?? cryptoRandom;
  const params = request.exactParams
    ? { ...request.exactParams }
    : buildSample(sample, {
        from: request.from,
        to: request.to,
        body: request.body,
        overrides: request.params,
        random,
      });
  const method = request.method ?? 'POST';
  let tunnel: TunnelPlan | undefined;
  if (request.publicUrl !== undefined && request.publicUrl.trim() !== '') {
    const plan = planTunnel(request.url, request.publicUrl, request.hostHeader);
    if (typeof plan === 'string') throw new Error(plan);
    tunnel = plan;
  }
  const hop = firstHop(method, tunnel?.localUrl ?? request.url, params);
  // What Twilio signs for the first hop: the public URL when tunnelled, else the URL itself.
  const firstSigned = request.signFor ?? (tunnel ? firstHop(method, tunnel.publicUrl, params).url : hop.url);
  const localOrigin = tunnel ? new URL(tunnel.localUrl).origin : undefined;
  const idempotencyToken = makeIdempotencyToken(random);
  const token = request.authToken === '' ? undefined : request.authToken;
  const signing: Signing = {};
  const headersFor = (current: Hop): Record<string, string> => {
    const url = current === hop ? firstSigned : current.url;
    const signedParams = current.body !== undefined ? params : {};
    const signature =
      token === undefined
        ? undefined
        : signRequest({ authToken: token, method: current.method, url, params: signedParams, voice: isVoice(sample) });
    if (current === hop && token !== undefined && signature !== undefined) {
      signing.signature = signature;
      signing.details = signatureDetails(token, signedUrl(url, { voice: isVoice(sample) }), signedParams);
    }
    const bodyBytes = current.body !== undefined ? Buffer.byteLength(current.body) : undefined;
    const headers = webhookHeaders({ bodyBytes, signature, idempotencyToken });
    // The tunnel's headers go with every hop it carries (redirects within the local app).
    if (tunnel && sameOrigin(current.url, localOrigin)) Object.assign(headers, tunnel.headers);
    return headers;
  };
  const jar = request.cookies ?? new CookieJar();
  const conversation = CookieJar.conversationKey(params.From ?? '', params.To ?? '');
  const outcome = await sendWebhook(hop, headersFor, {
    timeoutMs: request.timeoutMs,
    maxRedirects: request.maxRedirects,
    maxBodyBytes: request.maxBodyBytes,
    signal: request.signal,
    cookies: {
      cookieHeader: (url) => jar.cookieHeader(conversation, url),
      store: (url, h) => jar.store(conversation, url, h),
    },
  });
  return resultOf(request, hop, params, outcome, signing, tunnel);
}

function sameOrigin(url: string, origin: string | undefined): boolean {
  try {
    return origin !== undefined && new URL(url).origin === origin;
  } catch {
    return false;
  }
}

function urlPasswords(url: string): string[] {
  try {
    const raw = new URL(url).password;
    return raw === '' ? [] : [raw, decodeURIComponent(raw)];
  } catch {
    return [];
  }
}

// Basic credentials are only base64, so the header itself is masked in what is returned.
function maskAuthorization(headers: Record<string, string>): Record<string, string> {
  return 'Authorization' in headers ? { ...headers, Authorization: 'Basic [redacted]' } : headers;
}

/**
 * Sends one sample webhook and reports what Twilio would make of the answer.
 * Never rejects: failures are problems in the result.
 */
export async function replayWebhook(request: ReplayRequest): Promise<ReplayResult> {
  // A password in the URL (for Basic auth) is as private as the token.
  const secrets = [request.authToken, ...urlPasswords(request.url)];
  try {
    return redactDeep(await run(request), secrets);
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    return redactDeep(
      {
        ok: false,
        sample: request.sample ?? 'sms',
        signed: false,
        params: {},
        url: request.url,
        finalUrl: request.url,
        method: request.method ?? 'POST',
        durationMs: 0,
        headers: {},
        requestHeaders: {},
        redirects: [],
        problems: [note('error', `Replay failed: ${message}`)],
        outcome: 'internal-error',
        rejected: false,
      },
      secrets,
    );
  }
}
