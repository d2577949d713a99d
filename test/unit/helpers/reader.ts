/** The in-process reader the engines are given in tests (the VS Code extension's asks the server). */
import { createReplyReader } from '../../../server/src/reading/replyReader';

export const READER = createReplyReader();
