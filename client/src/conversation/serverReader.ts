/**
 * The extension's {@link ReplyReader}: the language server judges and reads the app's replies
 * (shared/requests.ts), so the extension host carries no XML parser and the Conversation panel,
 * the replay and the editor share one judge. The server is started on first use when no TwiML
 * document has started it yet.
 */
import type { BaseLanguageClient, RequestType } from 'vscode-languageclient';
import type { ReadDocument, ReadVoiceDocument, ReplyReader, WellFormedVerdict } from '../../../shared/replyReading';
import { CheckWellFormedRequest, ReadMessagingReplyRequest, ReadVoiceReplyRequest } from '../../../shared/requests';

/** What the reader needs of the extension's language client. */
export interface ServerConnection {
  /** Starts the server if it is not running yet (resolves once it answers). */
  ensure(): Promise<void>;
  /** The client, once created. */
  client(): Pick<BaseLanguageClient, 'sendRequest'> | undefined;
}

/** Said when the server could not answer (its own failure is in the TwiML output). */
const NO_ANSWER = 'TwiML Tools could not judge this reply: the language server failed (see the TwiML output).';

/** A reader that asks the language server. */
export function serverReader(server: ServerConnection): ReplyReader {
  // The engines never reject: a server that cannot start or answer (stopped, crashed) gives null.
  const ask = async <P, R>(type: RequestType<P, R | null, void>, params: P): Promise<R | null> => {
    try {
      await server.ensure();
      return (await server.client()?.sendRequest(type, params)) ?? null;
    } catch {
      return null;
    }
  };
  return {
    async checkWellFormed(text): Promise<WellFormedVerdict> {
      return (await ask(CheckWellFormedRequest, { text })) ?? { issues: [{ level: 'error', message: NO_ANSWER }] };
    },
    async readMessaging(text, url): Promise<ReadDocument> {
      const answer = await ask(ReadMessagingReplyRequest, { text, url });
      return answer ?? { problems: [{ severity: 'error', message: NO_ANSWER }], steps: [] };
    },
    async readVoice(text, url): Promise<ReadVoiceDocument> {
      return (
        (await ask(ReadVoiceReplyRequest, { text, url })) ?? { problems: [{ severity: 'error', message: NO_ANSWER }] }
      );
    },
  };
}
