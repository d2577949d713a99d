/**
 * A cookie jar per conversation. "Twilio will keep cookie state across multiple SMS messages
 * between the same two phone numbers ... Twilio will expire the cookies for that conversation
 * after four hours of inactivity." (https://www.twilio.com/docs/messaging/twiml, "Cookies").
 */
import { domainMatches, parseSetCookie, pathMatches, type StoredCookie } from './setCookie';

/** Four hours, Twilio's inactivity expiry for a conversation's cookies. */
export const CONVERSATION_IDLE_MS = 4 * 60 * 60 * 1000;

// Bounds so that a misbehaving app cannot grow the jar without limit.
const MAX_COOKIES_PER_CONVERSATION = 50;
const MAX_CONVERSATIONS = 100;

/** Options of {@link CookieJar}. */
export interface CookieJarOptions {
  /** Clock in epoch ms (inject a fake one in tests). */
  now?: () => number;
  /** Inactivity after which a conversation forgets its cookies. */
  idleMs?: number;
}

interface Conversation {
  cookies: StoredCookie[];
  lastActivity: number;
}

/** Cookies kept per From/To pair, sent back like a browser would. */
export class CookieJar {
  private readonly conversations = new Map<string, Conversation>();
  private readonly now: () => number;
  private readonly idleMs: number;

  constructor(options: CookieJarOptions = {}) {
    this.now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? CONVERSATION_IDLE_MS;
  }

  /** The key of the conversation between `from` and `to` (the order matters: who wrote to whom). */
  static conversationKey(from: string, to: string): string {
    return `${from}\u0000${to}`;
  }

  /**
   * The Cookie header for a request to `url` in `conversation`, or undefined when none applies.
   * Counts as activity: the conversation's four-hour idle clock restarts.
   */
  cookieHeader(conversation: string, url: string): string | undefined {
    const entry = this.live(conversation);
    const now = this.now();
    if (!entry) {
      this.conversations.set(conversation, { cookies: [], lastActivity: now });
      this.evictOldest();
      return undefined;
    }
    entry.lastActivity = now;
    const target = new URL(url);
    const host = target.hostname.toLowerCase();
    const matching = entry.cookies
      .filter((c) => (c.hostOnly ? host === c.domain : domainMatches(host, c.domain)))
      .filter((c) => pathMatches(target.pathname || '/', c.path))
      .filter((c) => !c.secure || target.protocol === 'https:')
      // RFC 6265 §5.4: longer paths first.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length === 0 ? undefined : matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  /** Stores the Set-Cookie headers of a response to `url`; expired ones delete their cookie. */
  store(conversation: string, url: string, setCookieHeaders: readonly string[]): void {
    if (setCookieHeaders.length === 0) return;
    const now = this.now();
    const entry = this.live(conversation) ?? { cookies: [], lastActivity: now };
    this.conversations.set(conversation, entry);
    entry.lastActivity = now;
    const requestUrl = new URL(url);
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, requestUrl, now);
      if (!cookie) continue;
      entry.cookies = entry.cookies.filter(
        (c) => !(c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path),
      );
      if (cookie.expiresAt === undefined || cookie.expiresAt > now) entry.cookies.push(cookie);
    }
    if (entry.cookies.length > MAX_COOKIES_PER_CONVERSATION) {
      entry.cookies = entry.cookies.slice(-MAX_COOKIES_PER_CONVERSATION);
    }
    this.evictOldest();
  }

  /** The live cookies of a conversation (copies), for display. */
  list(conversation: string): StoredCookie[] {
    return (this.live(conversation)?.cookies ?? []).map((c) => ({ ...c }));
  }

  /** How many live cookies the jar holds, over every conversation. */
  count(): number {
    let total = 0;
    for (const conversation of [...this.conversations.keys()]) total += this.live(conversation)?.cookies.length ?? 0;
    return total;
  }

  /**
   * Forgets one conversation, or all of them.
   * @returns how many live cookies were dropped (so a command can say what it cleared)
   */
  clear(conversation?: string): number {
    const dropped = conversation === undefined ? this.count() : this.list(conversation).length;
    if (conversation === undefined) this.conversations.clear();
    else this.conversations.delete(conversation);
    return dropped;
  }

  /** The conversation if it has not gone idle, with its expired cookies dropped. */
  private live(conversation: string): Conversation | undefined {
    const entry = this.conversations.get(conversation);
    if (!entry) return undefined;
    const now = this.now();
    if (now - entry.lastActivity >= this.idleMs) {
      this.conversations.delete(conversation);
      return undefined;
    }
    entry.cookies = entry.cookies.filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    return entry;
  }

  private evictOldest(): void {
    while (this.conversations.size > MAX_CONVERSATIONS) {
      const oldest = [...this.conversations.entries()].sort((a, b) => a[1].lastActivity - b[1].lastActivity)[0];
      this.conversations.delete(oldest[0]);
    }
  }
}
