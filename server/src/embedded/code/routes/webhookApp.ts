/**
 * Which files get route lenses. A web framework's routes are not webhooks in general: an
 * unrelated Flask or Express project must not grow "Text this route" above every endpoint. A
 * Twilio webhook app shows itself in the file that declares its routes by using the SDK (the
 * import names `twilio`) or by writing TwiML (`<Response`). The test is a substring search, so a
 * 5,000-line file without either costs one scan and no parse.
 *
 * Django is the exception: its routes are in `urls.py` while the Twilio code is in the views, so a
 * `urls.py` qualifies on its name. Reading the views module would take the file system, which
 * this pure per-document reader does not use; a URLconf is short and its lenses are few.
 */
import { extensionOf } from '../../hostKind';

/** The framework families a file's routes are read as. */
export type RouteFamily = 'python' | 'django' | 'express';

/** The family to read `text` (at `uri`, in `language`) with, or undefined when it gets no lenses. */
export function webhookAppFamily(language: string, uri: string, text: string): RouteFamily | undefined {
  const python = language === 'python';
  const script = language === 'javascript' || language === 'typescript' || language === 'tsx';
  if (!python && !script) return undefined;
  if (python && isUrlconf(uri)) return 'django';
  if (!text.includes('twilio') && !text.includes('<Response')) return undefined;
  return python ? 'python' : 'express';
}

/** True for a Django URLconf (`.../urls.py`). */
function isUrlconf(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1).split(/[?#]/)[0];
  return name === 'urls.py' && extensionOf(uri) === '.py';
}
