import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import {
  consumeRateLimit,
  MemoryRateLimitStore,
  RateLimitError,
  type RateLimitStore,
  RedisRateLimitStore,
  rateLimits,
} from "./rate-limit";

const redisUrl = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 1000 });
const isRedisUp = await redis.connect().then(
  () => true,
  () => false,
);
afterAll(() => redis.disconnect());

const stores: [string, () => RateLimitStore, boolean][] = [
  ["memory", () => new MemoryRateLimitStore(), true],
  ["redis", () => new RedisRateLimitStore(redis), isRedisUp],
];

for (const [name, makeStore, isAvailable] of stores) {
  describe.skipIf(!isAvailable)(
    `rate limits on ${name}${isAvailable ? "" : ` (skipped: no Redis at ${redisUrl})`}`,
    () => {
      it("lets the limit through, then refuses with a retry time and a clear message", async () => {
        const store = makeStore();
        const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
        const { limit } = rateLimits["sign-in-email:ip"];
        for (let i = 0; i < limit; i++) await consumeRateLimit("sign-in-email:ip", ip, store);
        const error = await consumeRateLimit("sign-in-email:ip", ip, store).catch((e) => e);
        expect(error).toBeInstanceOf(RateLimitError);
        expect(error.retryAfterSeconds).toBeGreaterThan(60);
        expect(error.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
        expect(error.message).toMatch(
          /^Too many sign-in attempts from your network\. Please try again in \d+ minutes\.$/,
        );
      });

      it("counts each subject and each action separately", async () => {
        const store = makeStore();
        const stamp = Date.now();
        for (let i = 0; i < 5; i++) await consumeRateLimit("sign-in-email:address", `a-${stamp}@example.com`, store);
        await expect(consumeRateLimit("sign-in-email:address", `a-${stamp}@example.com`, store)).rejects.toBeInstanceOf(
          RateLimitError,
        );
        await expect(consumeRateLimit("sign-in-email:address", `b-${stamp}@example.com`, store)).resolves.toMatchObject(
          { limit: 5, remaining: 4 },
        );
        await expect(consumeRateLimit("public-form:ip", `a-${stamp}@example.com`, store)).resolves.toMatchObject({
          limit: 10,
          remaining: 9,
        });
      });

      it("counts in the shared store from the first hit, while the client is still connecting", async () => {
        if (name !== "redis") return;
        const fresh = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
        try {
          const subject = `first-hit-${Date.now()}`;
          await consumeRateLimit("public-form:ip", subject, new RedisRateLimitStore(fresh));
          expect(await redis.get(`atelier:rl:public-form:ip:${subject}`)).toBe("1");
        } finally {
          fresh.disconnect();
        }
      });

      it("holds 100 attempts from one IP to the limit", async () => {
        const store = makeStore();
        const ip = `203.0.113.9-${Date.now()}`;
        const results = await Promise.allSettled(
          Array.from({ length: 100 }, () => consumeRateLimit("sign-in-email:ip", ip, store)),
        );
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(rateLimits["sign-in-email:ip"].limit);
      });
    },
  );
}

describe("rate limits while Redis does not answer", () => {
  it("go on counting in this instance: the limit still holds, nothing throws a 500", async () => {
    const gone = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    gone.on("error", () => {});
    try {
      const store = new RedisRateLimitStore(gone);
      const ip = `192.0.2.77-${Date.now()}`;
      const { limit } = rateLimits["public-form:ip"];
      for (let i = 0; i < limit; i++) await consumeRateLimit("public-form:ip", ip, store);
      await expect(consumeRateLimit("public-form:ip", ip, store)).rejects.toBeInstanceOf(RateLimitError);
    } finally {
      gone.disconnect();
    }
  });
});
