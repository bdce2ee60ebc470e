import Redis from "ioredis";
import { serverEnv } from "../env";
import { DomainError } from "../errors";
import { logger } from "./logger";

/** Every limit in one place, as data: how many hits per window, and what the person is told. */
export const rateLimits = {
  "sign-in-email:address": { limit: 5, windowSeconds: 15 * 60, message: "Too many sign-in emails for this address." },
  "sign-in-email:ip": { limit: 20, windowSeconds: 15 * 60, message: "Too many sign-in attempts from your network." },
  "api-token": { limit: 600, windowSeconds: 60, message: "This API token made too many calls." },
  "api-session": { limit: 600, windowSeconds: 60, message: "Too many API calls from your account." },
  "api-anonymous": { limit: 300, windowSeconds: 60, message: "Too many API calls from your network." },
  "public-form:ip": { limit: 10, windowSeconds: 10 * 60, message: "Too many submissions from your network." },
  "public-form:email": { limit: 5, windowSeconds: 60 * 60, message: "Too many submissions for this email address." },
} as const;
export type RateLimitAction = keyof typeof rateLimits;

export class RateLimitError extends DomainError {
  constructor(
    message: string,
    public readonly retryAfterSeconds: number,
    public readonly limit?: number,
  ) {
    super("RATE_LIMITED", `${message} Please try again in ${humanize(retryAfterSeconds)}.`);
  }
}

function humanize(seconds: number) {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export interface RateLimitStore {
  /** Counts one hit in the current fixed window; returns the count and when the window ends. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: number }>;
}

/** One instance only: counts live in this process. */
export class MemoryRateLimitStore implements RateLimitStore {
  private windows = new Map<string, { count: number; resetAt: number }>();
  async hit(key: string, windowSeconds: number) {
    const now = Date.now();
    if (this.windows.size > 50_000) for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    const current = this.windows.get(key);
    const window = current && current.resetAt > now ? current : { count: 0, resetAt: now + windowSeconds * 1000 };
    window.count++;
    this.windows.set(key, window);
    return { ...window };
  }
}

/**
 * Shared by every instance. INCR and the first EXPIRE run in one transaction. While Redis does not
 * answer, limits are counted per instance instead (documented choice: neither fail open, which
 * would let a flood of sign-in emails through, nor closed, which would lock everyone out).
 */
export class RedisRateLimitStore implements RateLimitStore {
  private lastWarning = 0;
  constructor(
    private readonly redis: Redis,
    private readonly fallback: RateLimitStore = new MemoryRateLimitStore(),
    private readonly timeoutMs = 250,
  ) {}
  async hit(key: string, windowSeconds: number) {
    const k = `atelier:rl:${key}`;
    let timer: NodeJS.Timeout | undefined;
    try {
      await this.connected();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
      });
      const result = await Promise.race([
        this.redis.multi().incr(k).expire(k, windowSeconds, "NX").pttl(k).exec(),
        timeout,
      ]);
      const count = Number(result?.[0]?.[1] ?? 1);
      const ttl = Number(result?.[2]?.[1] ?? windowSeconds * 1000);
      return { count, resetAt: Date.now() + (ttl > 0 ? ttl : windowSeconds * 1000) };
    } catch (error) {
      if (Date.now() - this.lastWarning > 10_000) {
        this.lastWarning = Date.now();
        logger.warn({ err: error }, "rate limits: Redis did not answer; counting in this instance meanwhile");
      }
      return this.fallback.hit(key, windowSeconds);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A client still making its first connection is waited for briefly; one that lost Redis is not. */
  private async connected() {
    const status = this.redis.status;
    if (status === "ready") return;
    if (status !== "wait" && status !== "connecting" && status !== "connect") throw new Error(`Redis is ${status}`);
    if (status === "wait") void this.redis.connect().catch(() => {});
    await new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.redis.off("ready", onReady);
        reject(new Error("Redis did not connect in time"));
      }, this.timeoutMs * 4);
      this.redis.once("ready", onReady);
    });
  }
}

const globalForLimits = globalThis as unknown as { atelierRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  if (!globalForLimits.atelierRateLimitStore) {
    const url = serverEnv().REDIS_URL;
    globalForLimits.atelierRateLimitStore = url
      ? new RedisRateLimitStore(
          new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false }).on("error", () => {}),
        )
      : new MemoryRateLimitStore();
  }
  return globalForLimits.atelierRateLimitStore;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

/**
 * Counts one hit for `subject` (an email, an IP, a token id) and throws RateLimitError past the
 * limit; otherwise returns what is left (the API's RateLimit-* headers).
 */
export async function consumeRateLimit(
  action: RateLimitAction,
  subject: string,
  store = rateLimitStore(),
): Promise<RateLimitState> {
  const rule = rateLimits[action];
  const { count, resetAt } = await store.hit(`${action}:${subject.toLowerCase()}`, rule.windowSeconds);
  const resetSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
  if (count > rule.limit) throw new RateLimitError(rule.message, resetSeconds, rule.limit);
  return { limit: rule.limit, remaining: rule.limit - count, resetSeconds };
}

/** The RateLimit-* response headers (IETF draft names) for a state. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(Math.max(0, state.remaining)),
    "RateLimit-Reset": String(state.resetSeconds),
  };
}
