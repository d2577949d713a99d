/**
 * The arguments of `twiml-sim`. A small hand-written parser: flags take one value (`--from N`),
 * except `--params` which takes every `name=value` up to the next flag.
 */
import { TWILIO_CODES } from '../../../server/src/data/errorCodes';
import { DIAL_STATUSES, type DialStatus } from '../conversation/types';
import { MAX_RECORD_SECONDS, type GatherAnswer } from './callScript';

export const USAGE = `usage: twiml-sim URL [--send TEXT]...      text your app like a phone: one turn per --send
       twiml-sim URL --call [--press DIGITS | --speak TEXT]... [--dial-status STATUS]...
                                           call your app: each answer goes to the next wait
       twiml-sim URL --public-url URL [--diagnose-signature]   replay one signed webhook
       twiml-sim URL --probe-injection          does the route write the texter's words into
                                           its TwiML unescaped? (a few hostile messages)
       twiml-sim --check-signature --url U (--params k=v... | --body RAW) --signature S

  --send TEXT              a message from the texter; repeat it for a conversation (cookies kept)
                           (default one message, "hello")
  --scenario FILE          play a conversation test (YAML or JSON): its turns and expectations
                           (the URL may be left out: the file names it)
  --save FILE              write the conversation held as a scenario that replays it
  --media URL              attach a media URL to the next --send (repeatable; MMS/WhatsApp)
  --verbose                show each request's headers and bodies (never the Auth Token)
  --from N / --to N        sender / your Twilio number (E.164)
  --account-sid AC...      the AccountSid of every request (default: a fixed test AccountSid)
  --method GET|POST        as configured on your number (default POST)
  --channel sms|mms|whatsapp
  --auth-token-env NAME    environment variable holding the Auth Token (default TWILIO_AUTH_TOKEN)
  --public-url URL         sign for the public URL Twilio calls (ngrok, proxy) and deliver to URL
                           with the forwarding headers a tunnel adds
  --host-header public|local   Host the tunnel sends: the public host (ngrok, cloudflared; default)
                           or the local one (nginx's default, ngrok --host-header=rewrite)
  --diagnose-signature     when your app rejects the request, send it again signed for the URLs
                           apps commonly rebuild (up to 40 requests) and say which one it accepts
  --check-signature        check a signature from a log against the token (no request is sent)
  --timeout SECONDS        how long to wait for your app (default 15)
  --probe-injection        text "hello", then hostile bodies (&, <, a closing tag, a <Redirect> to
                           https://injection-probe.invalid, never fetched), each a new conversation;
                           report each reply that breaks (${TWILIO_CODES.documentParseFailure}) or changes its elements
  --json                   print the result as JSON

  --call                   place a voice call to URL (the number's "A call comes in" webhook)
  --press DIGITS           keys pressed at the next <Gather> (0-9 * #, w waits half a second)
  --speak TEXT             words spoken to the next <Gather>; --press and --speak share one list,
                           in order. Out of answers, the next <Gather> times out and the caller
                           hangs up at the one after
  --dial-status STATUS     how the next <Dial> ends: ${DIAL_STATUSES.join(', ')}
                           (default no-answer: nobody picks up in a simulation)
  --record-seconds N       the message left at each <Record> (default 5; 0 an empty recording)
  --no-input               the caller is silent: every <Gather> times out, every <Record> is empty
  --status-callback URL    the number's call status callback, told when the call ends
  (--save, --json, --verbose, --from, --to, --method, --account-sid, --auth-token-env apply too;
  --send, --media, --channel and --public-url do not)
Exit status: 0 valid TwiML answer or matching signature (a call: no error on any turn; a probe:
safe), 1 Twilio-style error, rejection or mismatch (a probe: vulnerable), 2 bad usage (a probe:
also an app that does not answer "hello" with valid TwiML).`;

export type Channel = 'sms' | 'mms' | 'whatsapp';

/** One texter message of the conversation. */
export interface SimSend {
  body: string;
  media: string[];
}

/** Parsed arguments. */
export interface SimOptions {
  url?: string;
  /** The last --send (the single replay sends only one message). */
  send?: string;
  /** Every --send in order, with the --media given before it. */
  sends: SimSend[];
  verbose: boolean;
  /** A scenario file (webhook/src/sim/scenario.ts): it gives the sends and their expectations. */
  scenario?: string;
  /** Where to write the turns held, as a scenario. */
  save?: string;
  /** The AccountSid the whole conversation carries. */
  accountSid?: string;
  from?: string;
  to?: string;
  method: 'GET' | 'POST';
  channel: Channel;
  authTokenEnv: string;
  publicUrl?: string;
  hostHeader: 'public' | 'local';
  diagnose: boolean;
  check: boolean;
  checkUrl?: string;
  params?: Record<string, string | string[]>;
  body?: string;
  signature?: string;
  timeoutMs?: number;
  json: boolean;
  help: boolean;
  /** Place a voice call (--call) rather than text. */
  call: boolean;
  /** The caller's answers to each <Gather>, in order (--press and --speak). */
  gather: GatherAnswer[];
  /** How each <Dial> ends, in order (--dial-status). */
  dials: DialStatus[];
  recordSeconds?: number;
  noInput: boolean;
  statusCallback?: string;
  /** Probe the route for TwiML injection (--probe-injection). */
  probe: boolean;
}

const VALUE_FLAGS = new Set([
  '--from',
  '--to',
  '--method',
  '--channel',
  '--auth-token-env',
  '--public-url',
  '--host-header',
  '--url',
  '--body',
  '--signature',
  '--timeout',
  '--scenario',
  '--save',
  '--account-sid',
  '--dial-status',
  '--record-seconds',
  '--status-callback',
]);

/** The flags that only mean something on a call. */
const CALL_FLAGS = ['--press', '--speak', '--dial-status', '--record-seconds', '--no-input', '--status-callback'];
/** The flags that only mean something for text messages or the signature replay. */
const MESSAGE_FLAGS = ['--send', '--media', '--channel', '--public-url', '--diagnose-signature', '--check-signature'];

/** The flags that choose what to send or another mode: the injection probe takes none of them. */
const PROBE_CLASHES = [
  '--send',
  '--media',
  '--scenario',
  '--save',
  '--channel',
  '--call',
  '--public-url',
  '--diagnose-signature',
  '--check-signature',
  ...CALL_FLAGS,
];

/** Parses argv (without node and the script). @returns the options, or an error sentence */
export function parseSimArgs(argv: readonly string[]): SimOptions | { error: string } {
  const options: SimOptions = {
    method: 'POST',
    channel: 'sms',
    authTokenEnv: 'TWILIO_AUTH_TOKEN',
    hostHeader: 'public',
    sends: [],
    verbose: false,
    diagnose: false,
    check: false,
    json: false,
    help: false,
    call: false,
    gather: [],
    dials: [],
    noInput: false,
    probe: false,
  };
  const seen = new Set<string>();
  const values: Record<string, string> = {};
  const positional: string[] = [];
  const pendingMedia: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag.startsWith('--')) seen.add(flag);
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--call') options.call = true;
    else if (flag === '--no-input') options.noInput = true;
    else if (flag === '--probe-injection') options.probe = true;
    else if (flag === '--press' || flag === '--speak' || flag === '--dial-status') {
      // Repeatable and ordered: the n-th answer goes to the n-th <Gather> (or <Dial>).
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
      // https://www.twilio.com/docs/voice/twiml/gather#finishonkey: keys are 0-9, * and #; `w`
      // is the half-second wait of sendDigits (https://www.twilio.com/docs/voice/twiml/number#attributes-senddigits).
      if (flag === '--press' && !/^[0-9*#w]+$/.test(value))
        return { error: `--press takes keypad digits (0-9 * # w), not ${JSON.stringify(value)}` };
      if (flag === '--press') options.gather.push({ kind: 'digits', digits: value });
      else if (flag === '--speak') {
        if (value.trim() === '') return { error: '--speak needs words to say' };
        options.gather.push({ kind: 'speech', text: value });
      } else {
        if (!DIAL_STATUSES.includes(value as DialStatus))
          return { error: `--dial-status must be one of ${DIAL_STATUSES.join(', ')}, not ${value}` };
        options.dials.push(value as DialStatus);
      }
    } else if (flag === '--json') options.json = true;
    else if (flag === '--verbose') options.verbose = true;
    else if (flag === '--send' || flag === '--media') {
      // Repeatable and ordered: each --media waits for the --send that follows it.
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
      if (flag === '--media') {
        if (!/^https?:\/\//i.test(value)) return { error: `--media must be an http(s) URL, not ${value}` };
        pendingMedia.push(value);
      } else {
        options.sends.push({ body: value, media: pendingMedia.splice(0) });
      }
    } else if (flag === '--diagnose-signature') options.diagnose = true;
    else if (flag === '--check-signature') options.check = true;
    else if (flag === '--params') {
      const params: Record<string, string | string[]> = options.params ?? {};
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
        const pair = argv[++i];
        const at = pair.indexOf('=');
        if (at <= 0) return { error: `--params takes name=value pairs, not ${JSON.stringify(pair)}` };
        const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
        const existing = params[name];
        params[name] =
          existing === undefined ? value : [...(typeof existing === 'string' ? [existing] : existing), value];
      }
      options.params = params;
    } else if (VALUE_FLAGS.has(flag)) {
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
      values[flag] = value;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else positional.push(arg);
  }
  if (options.help) return options;
  const probeClash = options.probe ? PROBE_CLASHES.find((f) => seen.has(f)) : undefined;
  if (probeClash) return { error: `--probe-injection sends its own messages: leave out ${probeClash}` };
  // Before the messaging checks: a --media on a call is wrong for being on a call.
  const callError = checkCallFlags(options, values, seen);
  if (callError) return { error: callError };
  if (pendingMedia.length > 0) return { error: '--media attaches to the next --send: put a --send after it' };
  const method = values['--method']?.toUpperCase();
  if (method !== undefined && method !== 'GET' && method !== 'POST')
    return { error: `--method must be GET or POST, not ${values['--method']}` };
  if (method) options.method = method;
  const channel = values['--channel'];
  if (channel !== undefined && channel !== 'sms' && channel !== 'mms' && channel !== 'whatsapp')
    return { error: `--channel must be sms, mms or whatsapp, not ${channel}` };
  if (channel) options.channel = channel;
  const hostHeader = values['--host-header'];
  if (hostHeader !== undefined && hostHeader !== 'public' && hostHeader !== 'local')
    return { error: `--host-header must be public or local, not ${hostHeader}` };
  if (hostHeader) options.hostHeader = hostHeader;
  if (values['--timeout'] !== undefined) {
    const seconds = Number(values['--timeout']);
    if (!(seconds > 0 && seconds <= 600))
      return { error: `--timeout must be a number of seconds, not ${values['--timeout']}` };
    options.timeoutMs = seconds * 1000;
  }
  Object.assign(options, {
    send: options.sends.at(-1)?.body,
    from: values['--from'],
    to: values['--to'],
    authTokenEnv: values['--auth-token-env'] ?? options.authTokenEnv,
    publicUrl: values['--public-url'],
    checkUrl: values['--url'],
    body: values['--body'],
    signature: values['--signature'],
    scenario: values['--scenario'],
    save: values['--save'],
    accountSid: values['--account-sid'],
  });
  // https://www.twilio.com/docs/iam/api/account: an Account SID is AC and 32 hex digits.
  if (options.accountSid !== undefined && !/^AC[0-9a-fA-F]{32}$/.test(options.accountSid))
    return { error: `--account-sid must be AC followed by 32 hex digits, not ${options.accountSid}` };
  if (positional.length > 1) return { error: `one URL expected, got ${positional.length}: ${positional.join(' ')}` };
  options.url = positional[0];
  if (options.check) {
    options.checkUrl ??= options.url;
    if (!options.checkUrl) return { error: '--check-signature needs --url' };
    if (!options.signature) return { error: '--check-signature needs --signature' };
    if (options.params && options.body !== undefined) return { error: '--params and --body cannot be used together' };
    if (options.diagnose || options.publicUrl)
      return { error: '--check-signature sends nothing: --diagnose-signature and --public-url do not apply' };
    return options;
  }
  if (options.scenario !== undefined && options.sends.length > 0)
    return { error: '--scenario gives the messages to send: leave out --send' };
  if (options.scenario !== undefined && (options.publicUrl !== undefined || options.diagnose))
    return { error: '--scenario holds a conversation: --public-url and --diagnose-signature do not apply' };
  if (!options.url && options.scenario === undefined) return { error: 'the URL of your app is missing' };
  if (options.url && !/^https?:\/\//i.test(options.url)) return { error: `not an http(s) URL: ${options.url}` };
  if (options.publicUrl !== undefined && !/^https?:\/\/[^/?#]+/i.test(options.publicUrl))
    return { error: `--public-url must be an http(s) URL, not ${options.publicUrl}` };
  if (options.signature || options.checkUrl || options.body !== undefined)
    return { error: '--url, --body and --signature belong to --check-signature' };
  if (isSingleReplay(options) && (options.sends.length > 1 || options.sends.some((s) => s.media.length > 0)))
    return { error: '--public-url and --diagnose-signature replay one message: give at most one --send, no --media' };
  return options;
}

/** The call flags' values and combinations; @returns an error sentence, or undefined. */
function checkCallFlags(options: SimOptions, values: Record<string, string>, seen: Set<string>): string | undefined {
  const callFlag = CALL_FLAGS.find((flag) => seen.has(flag));
  if (values['--scenario'] !== undefined && (options.call || callFlag))
    return `--scenario gives the call and its answers (a file with \`call: true\`): leave out ${options.call ? '--call' : callFlag}`;
  if (!options.call) return callFlag ? `${callFlag} answers a call: add --call` : undefined;
  const clash = MESSAGE_FLAGS.find((flag) => seen.has(flag));
  if (clash) return `${clash} does not apply to a call (--call)`;
  if (options.noInput && options.gather.length > 0)
    return '--no-input is a silent caller: leave out --press and --speak';
  const seconds = values['--record-seconds'];
  if (seconds !== undefined) {
    if (!/^\d+$/.test(seconds) || Number(seconds) > MAX_RECORD_SECONDS)
      return `--record-seconds must be a whole number of seconds from 0 to ${MAX_RECORD_SECONDS}, not ${seconds}`;
    if (options.noInput) return '--no-input leaves empty recordings: leave out --record-seconds';
    options.recordSeconds = Number(seconds);
  }
  const callback = values['--status-callback'];
  if (callback !== undefined && !/^https?:\/\/[^/?#]+/i.test(callback))
    return `--status-callback must be an http(s) URL, not ${callback}`;
  options.statusCallback = callback;
  return undefined;
}

/**
 * True when the run is the signature replay (one signed webhook through a simulated tunnel, and
 * its diagnosis) rather than a conversation.
 */
export function isSingleReplay(options: SimOptions): boolean {
  return options.publicUrl !== undefined || options.diagnose;
}
