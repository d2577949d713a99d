/**
 * Sources of random bytes for SIDs and idempotency tokens. Production uses the crypto RNG; tests
 * inject a seeded generator so that every generated payload is reproducible.
 */
import { randomBytes } from 'node:crypto';

/** Returns `size` random bytes. */
export type RandomBytes = (size: number) => Uint8Array;

/** The default source: Node's cryptographic RNG. */
export const cryptoRandom: RandomBytes = (size) => randomBytes(size);

/**
 * A deterministic source (mulberry32). Not for secrets: it only makes sample payloads repeatable.
 * @param seed any 32-bit integer
 */
export function seededRandom(seed: number): RandomBytes {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) out[i] = next() & 0xff;
    return out;
  };
}

/** `bytes` random bytes as lowercase hex (2 characters per byte). */
export function randomHex(random: RandomBytes, bytes: number): string {
  return Buffer.from(random(bytes)).toString('hex');
}

/**
 * A Twilio SID: two-letter prefix plus 32 hex digits, 34 characters in all
 * (the `sid` patterns of Twilio's OpenAPI descriptions, e.g. ^SM[0-9a-fA-F]{32}$).
 */
export function makeSid(prefix: string, random: RandomBytes): string {
  return prefix + randomHex(random, 16);
}

/** An I-Twilio-Idempotency-Token: a UUID-shaped random value, new for every request Twilio makes. */
export function makeIdempotencyToken(random: RandomBytes): string {
  return `${randomHex(random, 4)}-${randomHex(random, 2)}-${randomHex(random, 2)}-${randomHex(random, 2)}-${randomHex(random, 6)}`;
}
