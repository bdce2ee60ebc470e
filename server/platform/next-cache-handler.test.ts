import { createRequire } from "node:module";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tcpRelay } from "../testing/tcp-relay";

const require = createRequire(import.meta.url);
const CacheHandler = require("./next-cache-handler.cjs");

const page = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags.join(",") },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function memoryHandler() {
  return new CacheHandler({}, CacheHandler.createMemoryStore({ maxEntries: 100 }));
}

describe("page cache handler (memory)", () => {
  it("serves a page until one of its tags is invalidated, and only that page", async () => {
    const cache = memoryHandler();
    await cache.set("/glossary/backend", page("backend v1", ["glossary:term:backend"]), {});
    await cache.set("/glossary/favicon", page("favicon", ["glossary:term:favicon"]), {});
    expect((await cache.get("/glossary/backend", { kind: "APP_PAGE" }))?.value.html).toBe("backend v1");

    await sleep(2);
    await cache.revalidateTag(["glossary:term:backend"], { expire: 0 });
    expect(await cache.get("/glossary/backend", { kind: "APP_PAGE" })).toBeNull();
    expect((await cache.get("/glossary/favicon", { kind: "APP_PAGE" }))?.value.html).toBe("favicon");

    // A page rendered after the invalidation is served again.
    await sleep(2);
    await cache.set("/glossary/backend", page("backend v2", ["glossary:term:backend"]), {});
    expect((await cache.get("/glossary/backend", { kind: "APP_PAGE" }))?.value.html).toBe("backend v2");
  });

  it("holds at most its byte bound, forgetting the least recently read page first", async () => {
    // Each page below is ~40 kB of HTML (UTF-16 in memory: ~80 kB) and a 40 kB RSC payload; 300 kB holds two.
    const store = CacheHandler.createMemoryStore({ maxEntries: 100, maxBytes: 300_000 });
    const cache = new CacheHandler({}, store);
    const big = (name: string) => page(name.padEnd(40_000, "."), [`t:${name}`]);
    await cache.set("/a", big("a"), {});
    await cache.set("/b", big("b"), {});
    expect(store.stats()).toMatchObject({ entries: 2 });
    await cache.get("/a", { kind: "APP_PAGE" }); // /b is now the least recently read
    await cache.set("/c", big("c"), {});
    expect(store.stats().entries).toBe(2);
    expect(store.stats().bytes).toBeLessThanOrEqual(300_000);
    expect(await cache.get("/b", { kind: "APP_PAGE" })).toBeNull();
    expect((await cache.get("/a", { kind: "APP_PAGE" }))?.value.html).toMatch(/^a\./);
    expect((await cache.get("/c", { kind: "APP_PAGE" }))?.value.html).toMatch(/^c\./);

    // A page bigger than the whole bound is not kept (and evicts nothing).
    await cache.set("/huge", page("h".repeat(150_000), ["t:huge"]), {});
    expect(await cache.get("/huge", { kind: "APP_PAGE" })).toBeNull();
    expect(store.stats().entries).toBe(2);

    // Replacing an entry counts its bytes once.
    await cache.set("/a", big("a2"), {});
    expect(store.stats().entries).toBe(2);
    expect(store.stats().bytes).toBeLessThanOrEqual(300_000);
  });

  it("expires data entries by their own tags or the page's implicit tags", async () => {
    const cache = memoryHandler();
    await cache.set("data-1", { kind: "FETCH", data: {} }, { tags: ["faq"] });
    await sleep(2);
    await cache.revalidateTag("_N_T_/faq", { expire: 0 });
    expect(await cache.get("data-1", { kind: "FETCH", tags: ["faq"], softTags: ["_N_T_/faq"] })).toBeNull();
  });
});

const redisUrl = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const redisAnswers = await (async () => {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
})();
if (!redisAnswers) console.log(`SKIPPED: shared page cache tests — no Redis answers at ${redisUrl}`);

describe.runIf(redisAnswers)("page cache handler (Redis, as two instances)", () => {
  const prefix = `atelier:cache:test:${process.pid}:${Date.now()}:`;
  const stores: { close: () => Promise<void> }[] = [];
  const warnings: string[] = [];
  function instance(url = redisUrl) {
    const store = CacheHandler.createRedisStore({
      url,
      prefix,
      localEntries: 50,
      timeoutMs: 200,
      ttlSeconds: 60,
      warn: (message: string) => warnings.push(message),
    });
    stores.push(store);
    return new CacheHandler({}, store);
  }
  let a: InstanceType<typeof CacheHandler>;
  let b: InstanceType<typeof CacheHandler>;
  beforeAll(async () => {
    a = instance();
    b = instance();
    await sleep(100); // connected
  });
  afterAll(async () => {
    const cleaner = new Redis(redisUrl);
    const keys = await cleaner.keys(`${prefix}*`);
    if (keys.length) await cleaner.del(...keys);
    cleaner.disconnect();
    for (const store of stores) await store.close();
  });

  it("a page cached by one instance is served by the other, Buffers and Maps intact", async () => {
    await a.set("/glossary/backend", page("backend v1", ["glossary:term:backend"]), {});
    const got = await b.get("/glossary/backend", { kind: "APP_PAGE" });
    expect(got?.value.html).toBe("backend v1");
    expect(Buffer.isBuffer(got?.value.rscData)).toBe(true);
    expect(got?.value.rscData.toString()).toBe("rsc:backend v1");
    expect(got?.value.segmentData.get("/_tree").toString()).toBe("tree");
  });

  it("an invalidation on one instance is seen by the other on its next read, even from its local copy", async () => {
    await a.set("/glossary/api", page("api v1", ["glossary:term:api"]), {});
    await a.set("/glossary/cache", page("cache v1", ["glossary:term:cache"]), {});
    expect((await b.get("/glossary/api", { kind: "APP_PAGE" }))?.value.html).toBe("api v1"); // now in b's LRU
    await sleep(2);
    await a.revalidateTag(["glossary:term:api"], { expire: 0 });
    expect(await b.get("/glossary/api", { kind: "APP_PAGE" })).toBeNull();
    expect(await a.get("/glossary/api", { kind: "APP_PAGE" })).toBeNull();
    expect((await b.get("/glossary/cache", { kind: "APP_PAGE" }))?.value.html).toBe("cache v1");
    await sleep(2);
    await b.set("/glossary/api", page("api v2", ["glossary:term:api"]), {});
    expect((await a.get("/glossary/api", { kind: "APP_PAGE" }))?.value.html).toBe("api v2");
  });

  it("while Redis is away nothing throws, reads miss, and an invalidation made meanwhile is replayed", async () => {
    const target = new URL(redisUrl);
    const outage = tcpRelay(Number(target.port || 6379), target.hostname);
    const port = await outage.start();
    const viaRelay = instance(`redis://127.0.0.1:${port}`);
    await sleep(100);
    await viaRelay.set("/faq", page("faq v1", ["faq"]), {});
    expect((await b.get("/faq", { kind: "APP_PAGE" }))?.value.html).toBe("faq v1");

    await outage.cut();
    await sleep(50);
    expect(await viaRelay.get("/faq", { kind: "APP_PAGE" })).toBeNull(); // from the database, not a maybe-stale copy
    await expect(viaRelay.set("/faq", page("faq v2", ["faq"]), {})).resolves.toBeUndefined();
    await sleep(2);
    await expect(viaRelay.revalidateTag("faq", { expire: 0 })).resolves.toBeUndefined();
    expect(warnings.some((w) => w.includes("Redis did not answer"))).toBe(true);

    await outage.start(port);
    // ioredis reconnects by itself; the next read replays the invalidation before trusting anything.
    await vi.waitFor(
      async () => {
        await viaRelay.get("/anything", { kind: "APP_PAGE" });
        expect(viaRelay.store.stats().pendingInvalidations).toBe(0);
      },
      { timeout: 5_000, interval: 100 },
    );
    expect(await b.get("/faq", { kind: "APP_PAGE" })).toBeNull();
    await outage.cut();
  });
});
