/**
 * The TwiML injection probe: texts one route a benign message, then a few hostile ones (`&`, `<`,
 * a closing tag, a <Redirect> to a marker URL), each as a new conversation, and compares each
 * reply with the benign one. A reply Twilio could not parse "breaks" (the texter gets nothing); a
 * reply whose elements differ was "injected" (the texter wrote TwiML into it). Only the route under
 * test is ever requested: one reply per message, no <Redirect> or action followed, so the marker URL
 * is never fetched, and a request to any other origin is refused. Pure Node; the HTTP is injected.
 */
import { CookieJar } from '../replay/cookies';
import { cryptoRandom, type RandomBytes } from '../replay/random';
import { DEFAULT_ACCOUNT_SID, DEFAULT_FROM, DEFAULT_TO } from '../replay/samples';
import type { ReplyReader } from '../../../shared/replyReading';
import { titled, twilioError } from '../../../server/src/data/errorCodes';
import { httpTransport } from '../conversation/httpTransport';
import { inboundParams, type Party } from '../conversation/inbound';
import { WebhookSession } from '../conversation/session';
import type { Transport, Turn } from '../conversation/types';
import { elementDifference, elementNames, openElementsAt } from './replyShape';

/** Where the injected <Redirect> points: `.invalid` never resolves (RFC 2606), and it is never fetched. */
export const DEFAULT_MARKER_URL = 'https://injection-probe.invalid/twiml-sim';
/** The benign message every hostile reply is compared with. */
export const BENIGN_BODY = 'hello';

/** How to probe. Everything but `url` and `reader` has a default. */
export interface ProbeOptions {
  /** The route's webhook URL for incoming messages. */
  url: string;
  reader: ReplyReader;
  method?: 'GET' | 'POST';
  from?: string;
  to?: string;
  /** Signs every request when set, as the replay and the conversation do. */
  authToken?: string;
  accountSid?: string;
  timeoutMs?: number;
  transport?: Transport;
  /** The URL the injected <Redirect> names (tests point it at a server that counts hits). */
  markerUrl?: string;
  random?: RandomBytes;
}

/** What one hostile message did. */
export interface ProbeVerdict {
  /** The Body sent. */
  body: string;
  /**
   * `breaks`: Twilio would fail the reply (`code`). `injected`: the reply's elements differ from
   * the benign reply's (`added`, `removed`). `safe`: same elements.
   */
  verdict: 'breaks' | 'injected' | 'safe';
  /** The Twilio code of a broken reply (12100 for TwiML that does not parse). */
  code?: number;
  /** The code's title in Twilio's Error Dictionary. */
  title?: string;
  /** What went wrong, opening with the code's title (as the engine's problems do). */
  detail?: string;
  /** Elements the hostile reply has and the benign one has not, in document order. */
  added: string[];
  removed: string[];
  /** Where an injected <Redirect> sends the conversation. */
  redirectTo?: string;
  /** True when a reply message carries the Body as text (a safe reply that echoes it escaped). */
  echoed: boolean;
  /** The reply as the app sent it. */
  reply?: string;
}

/** The probe of one route. */
export type ProbeReport =
  | {
      url: string;
      /** The benign message, its reply, and the elements open where it was echoed. */
      benign: { body: string; reply: string; elements: string[]; echoedIn?: string[] };
      probes: ProbeVerdict[];
      /** True when any hostile message broke or changed the reply. */
      vulnerable: boolean;
    }
  | {
      url: string;
      /** The benign message failed (unreachable app, an HTTP error, TwiML that fails): nothing to compare. */
      failure: { code?: number; message: string };
    };

/**
 * The hostile Bodies for a reply that echoes the texter inside `open` (outermost first, from
 * <Response>): `&` and `<` that break unescaped XML, the innermost closing tag alone, and the
 * whole chain closed, a <Redirect> to `marker`, and the chain reopened so the rest still parses.
 */
export function hostileBodies(open: readonly string[], marker: string): string[] {
  const chain = open[0] === 'Response' ? open.slice(1) : [...open];
  if (chain.length === 0) chain.push('Message');
  const close = [...chain].reverse().map((name) => `</${name}>`);
  const reopen = chain.map((name) => `<${name}>`);
  return ['A & B', '1 < 2', close[0]!, `${close.join('')}<Redirect>${marker}</Redirect>${reopen.join('')}`];
}

/** One message in its own conversation (its own cookies, a new MessageSid): the reply's text, or why none. */
async function sendOne(
  options: ProbeOptions,
  body: string,
  transport: Transport,
): Promise<{ turn: Turn; text?: string }> {
  const random = options.random ?? cryptoRandom;
  const party: Party = {
    channel: 'sms',
    from: options.from ?? DEFAULT_FROM,
    to: options.to ?? DEFAULT_TO,
    accountSid: options.accountSid ?? DEFAULT_ACCOUNT_SID,
  };
  const session = new WebhookSession({
    transport,
    authToken: options.authToken,
    cookieKey: CookieJar.conversationKey(party.from, party.to),
    jar: new CookieJar(),
    dialect: 'messaging',
    reader: options.reader,
    random,
    timeoutMs: options.timeoutMs,
  });
  const params = inboundParams(party, body, [], random);
  const turn: Turn = { input: params, replies: [], requests: [], problems: [] };
  const fetched = await session.fetch(
    { method: options.method ?? 'POST', url: options.url, params, why: 'inbound' },
    turn,
    'error',
  );
  return { turn, text: fetched.text };
}

/**
 * A transport that only reaches the app's own origin: an HTTP redirect elsewhere is refused, so
 * nothing the probe sends leaves the app under test.
 */
function appOnly(url: string, transport: Transport): Transport {
  const origin = new URL(url).origin;
  return async (request) => {
    const target = new URL(request.url).origin;
    if (target === origin) return transport(request);
    return { kind: 'error', reason: 'network', message: `the probe sends only to ${origin}, not ${target}`, ms: 0 };
  };
}

/** The first error of a turn, with its code's title. */
function firstError(turn: Turn): { code?: number; title?: string; message: string } | undefined {
  const problem = turn.problems.find((p) => p.severity === 'error');
  if (!problem) return undefined;
  return {
    code: problem.code,
    title: problem.code === undefined ? undefined : twilioError(problem.code)?.title,
    message: problem.message,
  };
}

/** Judges one hostile reply against the benign reply's elements. */
async function judge(
  options: ProbeOptions,
  body: string,
  sent: { turn: Turn; text?: string },
  benign: string[],
): Promise<ProbeVerdict> {
  // The verdict second in --json, after the body; each return below overrides it.
  const base = {
    body,
    verdict: 'safe' as ProbeVerdict['verdict'],
    added: [],
    removed: [],
    echoed: false,
    reply: sent.text,
  };
  const failed = firstError(sent.turn);
  if (failed) return { ...base, verdict: 'breaks', code: failed.code, title: failed.title, detail: failed.message };
  const text = sent.text ?? '';
  const verdict = await options.reader.checkWellFormed(text);
  const issue = verdict.issues.find((i) => i.level === 'error');
  if (issue) {
    const where = issue.line === undefined ? '' : ` (line ${issue.line}, column ${issue.column ?? 1})`;
    const title = issue.code === undefined ? undefined : twilioError(issue.code)?.title;
    const detail = `${issue.message}${where}`;
    return {
      ...base,
      verdict: 'breaks',
      code: issue.code,
      title,
      detail: issue.code === undefined ? detail : titled(issue.code, detail),
    };
  }
  const { added, removed } = elementDifference(benign, elementNames(text));
  const read = await options.reader.readMessaging(text, options.url);
  const echoed = read.steps.some((step) => step.kind === 'message' && step.message.reply.body.includes(body));
  if (added.length === 0 && removed.length === 0) return { ...base, verdict: 'safe', echoed };
  const redirect = read.steps.find((step) => step.kind === 'redirect');
  const redirectTo = redirect?.kind === 'redirect' ? redirect.request.url : undefined;
  return { ...base, verdict: 'injected', added, removed, echoed, redirectTo };
}

/** Probes one route: a benign message, then each hostile one. Never rejects. */
export async function probeInjection(options: ProbeOptions): Promise<ProbeReport> {
  const { url } = options;
  let transport: Transport;
  try {
    transport = appOnly(url, options.transport ?? httpTransport);
  } catch {
    return { url, failure: { message: `not an absolute URL: ${url}` } };
  }
  const first = await sendOne(options, BENIGN_BODY, transport);
  const failed = firstError(first.turn);
  if (failed) return { url, failure: { code: failed.code, message: failed.message } };
  const reply = first.text ?? '';
  const wellFormed = await options.reader.checkWellFormed(reply);
  const issue = wellFormed.issues.find((i) => i.level === 'error');
  if (issue)
    return {
      url,
      failure: {
        code: issue.code,
        message: `the reply to ${JSON.stringify(BENIGN_BODY)} already fails: ${issue.message}`,
      },
    };
  const elements = elementNames(reply);
  const echoedIn = openElementsAt(reply, BENIGN_BODY);
  const probes: ProbeVerdict[] = [];
  // One at a time: a small local app should not see a burst, and the order reads as sent.
  for (const body of hostileBodies(echoedIn ?? ['Response', 'Message'], options.markerUrl ?? DEFAULT_MARKER_URL)) {
    probes.push(await judge(options, body, await sendOne(options, body, transport), elements));
  }
  return {
    url,
    benign: { body: BENIGN_BODY, reply, elements, echoedIn },
    probes,
    vulnerable: probes.some((probe) => probe.verdict !== 'safe'),
  };
}
