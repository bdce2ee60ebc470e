import { createHash } from "node:crypto";
import Redis from "ioredis";
import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import { type SessionUser, toSessionUser } from "./session";

/**
 * How long one instance trusts a session it read, unless told sooner that it changed. Every
 * revocation this app makes (sign-out, a revoked session, a role change, an account deleted or its
 * email changed) tells the cache at once — in this process directly, in the others through Redis —
 * so the TTL only bounds what nobody announced (a row edited by hand, Redis briefly away).
 */
export const SESSION_CACHE_TTL_MS = 15_000;
const MAX_ENTRIES = 50_000;
const CHANNEL = "atelier:sessions:changed";

export type CachedSession = { user: SessionUser; expires: string };
type Entry = { session: CachedSession; until: number };
type Change = { userId: string } | { tokenHash: string };

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Reads a session (joined to its user) straight from the table NextAuth writes; null when none is valid. */
export async function readSession(db: Db, token: string): Promise<CachedSession | null> {
  const row = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { id: true, email: true, name: true, staffRole: true } } },
  });
  if (!row || row.expires.getTime() <= Date.now()) return null;
  return { user: toSessionUser(row.user), expires: row.expires.toISOString() };
}

/**
 * Signed-in sessions, cached per instance for SESSION_CACHE_TTL_MS. Only found sessions are kept: a
 * new sign-in is seen at once, and an unknown cookie always asks the database. Keys are hashes of
 * the cookie, so neither memory dumps nor Redis messages carry a usable token.
 */
export class SessionCache {
  private entries = new Map<string, Entry>();
  private tokensOfUser = new Map<string, Set<string>>();
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  private isListening = false;

  constructor(private readonly options: { ttlMs?: number; redisUrl?: string | null; now?: () => number } = {}) {}

  private get ttlMs() {
    return this.options.ttlMs ?? SESSION_CACHE_TTL_MS;
  }
  private now() {
    return this.options.now?.() ?? Date.now();
  }

  private warned = 0;
  private warn = (error: unknown) => {
    if (Date.now() - this.warned < 10_000) return;
    this.warned = Date.now();
    logger.warn(
      { err: error },
      "session cache: Redis did not answer; other instances learn of revocations within the TTL",
    );
  };

  /** Announcements go out on their own connection, opened on the first one (a script that only revokes opens no subscription). */
  private publisherOf(): Redis | null {
    if (!this.options.redisUrl) return null;
    if (!this.publisher) {
      this.publisher = new Redis(this.options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
      this.publisher.on("error", this.warn);
    }
    return this.publisher;
  }

  /** Only a process that caches sessions listens for changes: from its first read on. */
  private listen() {
    if (this.isListening || !this.options.redisUrl) return;
    this.isListening = true;
    this.subscriber = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.subscriber.on("error", this.warn);
    // While the subscription was down, announcements may have been missed: start afresh.
    this.subscriber.on("ready", () => this.clear());
    void this.subscriber.subscribe(CHANNEL).catch(this.warn);
    this.subscriber.on("message", (_channel: string, message: string) => {
      try {
        this.apply(JSON.parse(message) as Change);
      } catch {
        this.clear();
      }
    });
  }

  /** Resolves once the cross-instance subscription is live (tests; a server does not wait). */
  async ready() {
    this.listen();
    if (!this.subscriber) return;
    if (this.subscriber.status !== "ready")
      await new Promise<void>((resolve) => this.subscriber?.once("ready", () => resolve()));
    await this.subscriber.subscribe(CHANNEL);
  }

  async get(token: string, load: () => Promise<CachedSession | null>): Promise<CachedSession | null> {
    this.listen();
    const key = hashOf(token);
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now && Date.parse(hit.session.expires) > now) return hit.session;
    if (hit) this.drop(key);
    const session = await load();
    if (session) this.put(key, session, now);
    return session;
  }

  private put(key: string, session: CachedSession, now: number) {
    if (this.entries.size >= MAX_ENTRIES) this.clear();
    this.entries.set(key, { session, until: now + this.ttlMs });
    const tokens = this.tokensOfUser.get(session.user.id) ?? new Set<string>();
    tokens.add(key);
    this.tokensOfUser.set(session.user.id, tokens);
  }

  private drop(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const tokens = this.tokensOfUser.get(entry.session.user.id);
    tokens?.delete(key);
    if (tokens?.size === 0) this.tokensOfUser.delete(entry.session.user.id);
  }

  private apply(change: Change) {
    if ("tokenHash" in change) return this.drop(change.tokenHash);
    for (const key of this.tokensOfUser.get(change.userId) ?? []) this.entries.delete(key);
    this.tokensOfUser.delete(change.userId);
  }

  private announce(change: Change) {
    this.apply(change);
    this.publisherOf()
      ?.publish(CHANNEL, JSON.stringify(change))
      .catch(() => {
        // Reported by the connection's error handler; the TTL bounds what the others keep meanwhile.
      });
  }

  /** Every session of this user changed (role, email, account deleted, sessions revoked). */
  forgetUser(userId: string) {
    this.announce({ userId });
  }

  /** One session ended (sign-out). */
  forgetToken(token: string) {
    this.announce({ tokenHash: hashOf(token) });
  }

  clear() {
    this.entries.clear();
    this.tokensOfUser.clear();
  }

  get size() {
    return this.entries.size;
  }

  /** Waits for announcements already sent (a script that revokes, before it exits), then disconnects. */
  async close() {
    this.subscriber?.disconnect();
    if (this.publisher) await this.publisher.quit().catch(() => this.publisher?.disconnect());
    this.subscriber = this.publisher = null;
    this.isListening = false;
  }
}

const KEY = Symbol.for("atelier.sessionCache");
type Holder = { [KEY]?: SessionCache };

/** The process's cache (one per process, however many module copies the bundler made). */
export function sessionCache(): SessionCache {
  const holder = globalThis as Holder;
  // Read here rather than through serverEnv(): scripts that revoke sessions need no full environment.
  holder[KEY] ??= new SessionCache({ redisUrl: process.env.REDIS_URL?.trim() || null });
  return holder[KEY];
}
