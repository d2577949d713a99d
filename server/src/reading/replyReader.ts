/**
 * The in-process {@link ReplyReader}: the language service judges and reads each document in
 * this process. The language server answers the extension's reading requests with it, and the
 * CLIs (twiml-sim) and tests use it directly.
 */
import type { ReplyReader } from '../../../shared/replyReading';
import { createLanguageService, type TwimlLanguageService } from '../languageService';
import { readMessagingDocument } from './readMessaging';
import { readVoiceDocument } from './readVoice';
import { checkWellFormed } from './wellFormed';

/** A reader over `service` (a fresh language service by default). */
export function createReplyReader(service: TwimlLanguageService = createLanguageService()): ReplyReader {
  return {
    checkWellFormed: async (text) => checkWellFormed(service, text),
    readMessaging: async (text, url) => readMessagingDocument(service, text, url),
    readVoice: async (text, url) => readVoiceDocument(service, text, url),
  };
}
