/**
 * The reader port: what the webhook engines (the replay, the conversation and the call) need to
 * know about a TwiML document an app returned, as plain serializable data. One implementation
 * judges in-process with the language service (the CLIs, tests, and the language server itself,
 * server/src/reading); the VS Code extension's asks the language server over LSP
 * (shared/requests.ts), so the extension host carries no XML parser and there is one judge.
 */
import type { Reply, TurnProblem, VoiceItem } from './turns';

/**
 * What a verb's request is for.
 * `document`: the response is the TwiML that runs next.
 * `status-then-document`: the request reports the sent message's status and its response is
 * the TwiML that runs next (<Message action>).
 * `status`: the request only reports the status; its response is not read.
 * `callee-document`: voice <Number url>/<Client url>/<Sip url>: TwiML played to the called
 * party once they answer, before they are connected; the caller's call does not run it.
 */
export type RequestPurpose = 'document' | 'status-then-document' | 'status' | 'callee-document';

/** A request a verb makes once it has run: where, how, and what its response means. */
export interface VerbRequest {
  /**
   * The URL as written (possibly relative: resolve it against the document's URL); empty when the
   * attribute is absent and the request goes to the current document (voice <Gather>, <Record>).
   */
  url: string;
  /** The attribute the URL was read from (`action`, `statusCallback`...); absent for element text. */
  attribute?: string;
  method: 'GET' | 'POST';
  /** True when the method attribute holds something other than GET or POST (the default is used). */
  badMethod?: boolean;
  purpose: RequestPurpose;
}

/** One reply message with what is needed to report its status. */
export interface ReadMessage {
  reply: Reply;
  /** `to`/`from` attributes, when the verb overrides the defaults. */
  to?: string;
  from?: string;
  /** Requests made once it is sent: status callbacks, an action whose TwiML continues. */
  requests: VerbRequest[];
}

/** The verbs of a messaging document, in the order they run, up to the first transfer. */
export type Step = { kind: 'message'; message: ReadMessage } | { kind: 'redirect'; request: VerbRequest };

/** What a messaging document says. */
export interface ReadDocument {
  problems: TurnProblem[];
  steps: Step[];
}

/** How a voice step behaves when the call reaches it. */
export type StepKind =
  /** Heard, then the next verb runs: <Say>, <Play>, <Pause>. */
  | 'heard'
  /** Waits for the caller: <Gather>, <Record>; or for the dialed party: <Dial>. */
  | 'wait'
  /** Hands the call to another document: <Redirect>. */
  | 'redirect'
  /** Ends the call: <Hangup>, <Reject>. */
  | 'end'
  /** Not simulated, and the call would stay there (<Connect>, <Enqueue>, <Pay>...): the simulation ends. */
  | 'unsimulated-end'
  /** Not simulated, and Twilio goes straight on (<Start>, <Stop>, <Leave> outside a queue). */
  | 'unsimulated-continue';

/** One verb of a voice document, ready to run. */
export interface VoiceStep {
  kind: StepKind;
  /** What the caller hears or sees of it (its outcome is filled in when it runs). */
  item: VoiceItem;
  /** The recognised verb name (also item.verb). */
  verb: string;
  /** Requests it makes, from the request facts (action, callbacks...). */
  requests: VerbRequest[];
  /** For <Dial>: its nouns' requests (url, statusCallback), by nested item index. */
  nounRequests: VerbRequest[][];
}

/** What a voice document says. */
export interface ReadVoiceDocument {
  problems: TurnProblem[];
  /** Absent when Twilio cannot run the document (not well-formed, not <Response>, an Error). */
  steps?: VoiceStep[];
}

/** One reason Twilio would not parse a document. */
export interface XmlIssue {
  level: 'error' | 'warning';
  /**
   * The Twilio code it predicts (document parse failure, XML version, root must be Response);
   * absent when the judge itself failed.
   */
  code?: number;
  message: string;
  /** 1-based; absent when the judge itself failed. */
  line?: number;
  /** 1-based. */
  column?: number;
}

/** The root verdict: does the document parse, and what is its root element. */
export interface WellFormedVerdict {
  /** Name of the root element, when there is one. */
  root?: string;
  /** Empty when Twilio would parse the document and its root is <Response>. */
  issues: XmlIssue[];
}

/**
 * Judges and reads TwiML documents. Every method answers plain data (it may cross a process
 * boundary) and never rejects for a bad document: a document's faults are in the answer.
 */
export interface ReplyReader {
  /** Would Twilio parse `text` as TwiML: the language service's parse and root findings. */
  checkWellFormed(text: string): Promise<WellFormedVerdict>;
  /** Judges `text`, fetched from `url` (named in the problems), and reads its messaging verbs. */
  readMessaging(text: string, url: string): Promise<ReadDocument>;
  /** Judges `text`, fetched from `url`, and reads its voice verbs as steps for a call. */
  readVoice(text: string, url: string): Promise<ReadVoiceDocument>;
}
