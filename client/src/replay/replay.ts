/**
 * Replays a sample Twilio webhook against a local app: build the sample → sign it (when an Auth
 * Token is known) → send it → classify the answer. Pure of `vscode`; never throws; the Auth
 * Token never appears in what it returns.
 */
import { classify } from './classify';
import { CookieJar } from './cookies';
import { appendQuery, encodeForm } from './form';
import { webhookHeaders } from './headers';
import { sendWebhook, type Hop, type HttpOutcome, type RedirectStep } from './httpClient';
import { note, type Problem } from './problems';
import { cryptoRandom, randomHex, type RandomBytes } from './random';
import { buildSample, isVoice, type SampleKind } from './samples';
import { redact, redactDeep } from './secrets';
import { signRequest } from './signature';

/** What to replay. Everything but `url` has a default. */
export interface ReplayRequest {
  url: string;
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
}

function firstHop(method: 'GET' | 'POST', url: string, params: Record<string, string>): Hop {
  return method === 'GET' ? { method, url: appendQuery(url, params) } : { method, url, body: encodeForm(params) };
}

function resultOf(request: ReplayRequest, hop: Hop, params: Record<string, string>, outcome: HttpOutcome, signature?: string): ReplayResult {
  const sample = request.sample ?? 'sms';
  const verdict = classify(outcome, isVoice(sample) ? 'voice' : 'messaging', hop.method);
  const response = 'response' in outcome ? outcome.response : undefined;
  const problems = [...verdict.problems];
  if (signature === undefined) {
    problems.push(note('info', 'Sent unsigned: no Auth Token is set, so X-Twilio-Signature is missing and a validating app answers 403.'));
  } else if (response?.status === 401 || response?.status === 403) {
    // The usual cause with a signed replay: the app validates with a different Auth Token.
    problems.push(note('info', `Your app refused a signed request (${response.status}): check that the Auth Token set with "TwiML: Set Auth Token" is the one your app validates with, and that it signs the same URL (${hop.url}).`));
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
  };
}

async function run(request: ReplayRequest): Promise<ReplayResult> {
  const sample = request.sample ?? 'sms';
  const random = request.random ?? cryptoRandom;
  const params = buildSample(sample, { from: request.from, to: request.to, body: request.body, overrides: request.params, random });
  const method = request.method ?? 'POST';
  const hop = firstHop(method, request.url, params);
  const idempotencyToken = `${randomHex(random, 4)}-${randomHex(random, 2)}-${randomHex(random, 2)}-${randomHex(random, 2)}-${randomHex(random, 6)}`;
  const token = request.authToken === '' ? undefined : request.authToken;
  let firstSignature: string | undefined;
  const headersFor = (current: Hop): Record<string, string> => {
    const signature =
      token === undefined
        ? undefined
        : signRequest({ authToken: token, method: current.method, url: current.url, params: current.body !== undefined ? params : {}, voice: isVoice(sample) });
    firstSignature ??= signature;
    const bodyBytes = current.body !== undefined ? Buffer.byteLength(current.body) : undefined;
    return webhookHeaders({ bodyBytes, signature, idempotencyToken });
  };
  const jar = request.cookies ?? new CookieJar();
  const conversation = CookieJar.conversationKey(params.From ?? '', params.To ?? '');
  const outcome = await sendWebhook(hop, headersFor, {
    timeoutMs: request.timeoutMs,
    maxRedirects: request.maxRedirects,
    maxBodyBytes: request.maxBodyBytes,
    signal: request.signal,
    cookies: { cookieHeader: (url) => jar.cookieHeader(conversation, url), store: (url, h) => jar.store(conversation, url, h) },
  });
  return resultOf(request, hop, params, outcome, firstSignature);
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
      },
      secrets,
    );
  }
}
