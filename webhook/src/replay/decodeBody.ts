/**
 * Turns response bytes into text, or explains why they are not text. Twilio reads TwiML as XML,
 * whose default encoding is UTF-8; a body in another charset must say so.
 */
import { TextDecoder } from 'node:util';

/** Decoded text, or a description of bytes that are not usable text. */
export type DecodedBody =
  | { kind: 'text'; text: string; charset: string }
  | { kind: 'binary'; description: string }
  | { kind: 'invalid'; description: string; /** Best-effort text for display (U+FFFD for bad bytes). */ text: string };

/** The charset parameter of a Content-Type value, lowercased, or undefined. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

function hexPreview(bytes: Buffer): string {
  return [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

// Text formats never contain NUL, and rarely many C0 controls; images, archives and gzip do.
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Offset where the first malformed UTF-8 sequence starts, or -1. Only used to point at the
 * culprit once a fatal TextDecoder has already refused the bytes, so it checks lead and
 * continuation bytes and leaves overlong/surrogate subtleties to the decoder.
 */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes `bytes` using the charset named in `contentType` (UTF-8 when none is named).
 */
export function decodeBody(bytes: Buffer, contentType: string | undefined): DecodedBody {
  if (looksBinary(bytes)) {
    return { kind: 'binary', description: `${bytes.length} bytes of binary data (starts ${hexPreview(bytes)})` };
  }
  const charset = charsetOf(contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return {
      kind: 'invalid',
      description: `the body declares charset "${charset}", which is not a known encoding`,
      text: new TextDecoder('utf-8').decode(bytes),
    };
  }
  try {
    return { kind: 'text', text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    const offset = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    const where = offset >= 0 ? ` (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset})` : '';
    return {
      kind: 'invalid',
      description:
        `the body is not valid ${decoder.encoding.toUpperCase()}${where}; ` +
        'send UTF-8, or name the real encoding in the Content-Type charset (e.g. ISO-8859-1)',
      text: new TextDecoder(decoder.encoding).decode(bytes),
    };
  }
}
