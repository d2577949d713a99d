/**
 * TwiML built with Twilio's SDK builders (twilio-python, twilio-node) rather than written as a
 * string: inlay hints on literal message bodies, error 21617 on a body over the limit, and a
 * warning on verbs added after `.redirect()`. A pure service over a host file's tree; the
 * server decides when to call it and how to show the result.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';
import {
  assignedIdentifier,
  findResponseBindings,
  methodCallOn,
  trackVariable,
  type MethodCall,
  type ResponseBinding,
} from './bindings';
import { checkBody } from './bodyHints';
import { syntaxOf, type BuilderLanguage, type Syntax } from './syntax';
import type { BuilderAnalysis, BuilderFinding, BuilderHint } from './types';
import { unreachableCalls } from './unreachable';

export type { BuilderAnalysis, BuilderFinding, BuilderHint, BuilderRule } from './types';
export type { BuilderLanguage } from './syntax';

const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+twilio(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+twilio\b)/m;
const JS_IMPORT = /\brequire\(\s*(['"])twilio\1\s*\)|\bfrom\s*(['"])twilio\2|\bimport\s*\(\s*(['"])twilio\3\s*\)/;

/**
 * Hints and findings for the builder calls in `text` (whose tree is `tree`). A file that never
 * names `MessagingResponse` or `VoiceResponse`, or does not import twilio, costs one substring
 * search.
 */
export function analyzeBuilderCalls(language: BuilderLanguage, text: string, tree: Tree): BuilderAnalysis {
  const hints: BuilderHint[] = [];
  const findings: BuilderFinding[] = [];
  if (!text.includes('MessagingResponse') && !text.includes('VoiceResponse')) return { hints, findings };
  // A class of the same name from another library is not Twilio's builder.
  if (!(language === 'python' ? PYTHON_IMPORT : JS_IMPORT).test(text)) return { hints, findings };
  const syntax = syntaxOf(language);
  for (const response of findResponseBindings(syntax, text, tree)) {
    if (response.kind === 'messaging') {
      for (const call of messageBodyCalls(syntax, text, response)) {
        const { hint, finding } = checkBody(language, call.method, call.args);
        if (hint) hints.push(hint);
        if (finding) findings.push(finding);
      }
    }
    findings.push(...unreachableCalls(syntax, response));
    for (const call of response.calls) if (call.method === 'sms') hints.push(deprecatedSms(call));
  }
  hints.sort((a, b) => a.offset - b.offset);
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { hints, findings };
}

/**
 * `response.sms(...)` writes the deprecated voice <Sms> verb
 * (https://www.twilio.com/docs/voice/twiml/sms): a hint after the call, not a finding, since
 * Twilio still accepts it.
 */
function deprecatedSms(call: MethodCall): BuilderHint {
  return {
    offset: call.call.endIndex,
    label: 'deprecated <Sms>',
    tooltip:
      'Twilio deprecated the voice <Sms> verb: reply with message() in a MessagingResponse, or send the SMS with the Messages REST API. https://www.twilio.com/docs/voice/twiml/sms',
  };
}

/**
 * The calls that carry a message body: `resp.message(...)`, `resp.message(...).body(...)` and
 * `msg.body(...)` where `msg = resp.message(...)` in the same scope.
 */
function messageBodyCalls(syntax: Syntax, text: string, response: ResponseBinding): MethodCall[] {
  const out: MethodCall[] = [];
  for (const call of response.calls) {
    if (call.method !== 'message') continue;
    out.push(call);
    const last = call.path.length - 1;
    const chained = methodCallOn(syntax, call.path, last);
    if (chained?.method === 'body') out.push(chained);
    const variable = last > 0 ? assignedIdentifier(syntax, call.call, call.path[last - 1]) : undefined;
    const message = variable && trackVariable(syntax, text, variable, response.scope);
    if (message) out.push(...message.calls.filter((later) => later.method === 'body'));
  }
  return out;
}
