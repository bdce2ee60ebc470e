// @ts-check
/**
 * Next's incremental cache (ISR pages and unstable_cache data), set as `cacheHandler` in
 * next.config.js. Two stores behind one class:
 *
 * - **memory** (no REDIS_URL, one instance): entries and tag invalidations live and die together
 *   in this process. Next's default handler keeps pages on disk but its record of invalidated tags
 *   in memory, so after a restart old pages came back.
 * - **redis** (REDIS_URL, N instances): entries and tag invalidation times live in Redis, with a
 *   small in-process LRU of entries in front. Every read checks the entry's tags against Redis
 *   (one HMGET), so an invalidation made on any instance is seen by every instance on its next
 *   request. When Redis does not answer, reads miss (pages render from the database), writes are
 *   dropped, invalidations are kept and replayed before the next read is trusted, and a warning is
 *   logged — nothing throws. Why our own and not @fortedigital/nextjs-cache-handler: see
 *   docs/ARCHITECTURE.md ("Public content: caching").
 *
 * This file runs outside the app bundle, so it reads its few variables from process.env itself.
 */
const Redis = require("ioredis");

const TAGS_HEADER = "x-next-cache-tags";

/** @param {any} value */
function tagsOfValue(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** @param {any} ctx */
function requestTags(ctx) {
  return ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
}

/**
 * An entry is stale when one of its tags expired after it was written (and that moment has come).
 * @param {(number | undefined)[]} expiredAt @param {number} since
 */
function isExpired(expiredAt, since) {
  const now = Date.now();
  return expiredAt.some((at) => at !== undefined && at <= now && at >= since);
}

/** @param {{ expire?: number } | undefined} durations */
function expiryTime(durations) {
  const now = Date.now();
  return durations?.expire !== undefined ? now + durations.expire * 1000 : now;
}

/**
 * About how many bytes an entry's value holds: strings, Buffers and typed arrays, counted through
 * objects, arrays and Maps (a page entry is its HTML, its RSC payload and its segments' payloads).
 * @param {any} value @param {number} [depth]
 */
function approximateBytes(value, depth = 0) {
  if (typeof value === "string") return value.length * 2;
  if (value === null || typeof value !== "object" || depth > 6) return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  let bytes = 16;
  if (value instanceof Map) {
    for (const [k, v] of value) bytes += approximateBytes(k, depth + 1) + approximateBytes(v, depth + 1);
    return bytes;
  }
  for (const k in value) bytes += k.length * 2 + approximateBytes(value[k], depth + 1);
  return bytes;
}

/**
 * A map bounded by count and by bytes that forgets the least recently used key first. An entry
 * bigger than the byte bound on its own is not kept.
 * @template V
 */
class Lru {
  /** @param {number} max @param {number} [maxBytes] @param {(value: V) => number} [sizeOf] */
  constructor(max, maxBytes = Number.POSITIVE_INFINITY, sizeOf = () => 0) {
    this.max = max;
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
    this.bytes = 0;
    /** @type {Map<string, { value: V; bytes: number }>} */
    this.map = new Map();
  }
  /** @param {string} key */
  get(key) {
    const slot = this.map.get(key);
    if (slot !== undefined) {
      this.map.delete(key);
      this.map.set(key, slot);
    }
    return slot?.value;
  }
  /** @param {string} key @param {V} value */
  set(key, value) {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.map.size > this.max || this.bytes > this.maxBytes) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }
  /** @param {string} key */
  delete(key) {
    const slot = this.map.get(key);
    if (slot === undefined) return;
    this.map.delete(key);
    this.bytes -= slot.bytes;
  }
  get size() {
    return this.map.size;
  }
}

/** @param {Entry} entry */
const entryBytes = (entry) => approximateBytes(entry.value);

/** @typedef {{ value: any; lastModified: number; tags: string[]; cacheControl?: any }} Entry */

function createMemoryStore(/** @type {{ maxEntries: number; maxBytes?: number }} */ options) {
  /** @type {Lru<Entry>} */
  const entries = new Lru(options.maxEntries, options.maxBytes, entryBytes);
  /** @type {Map<string, number>} */
  const expiredTags = new Map();
  const counts = { hits: 0, misses: 0 };
  return {
    kind: "memory",
    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      const entry = entries.get(key);
      const tags = entry ? [...entry.tags, ...requestTags(ctx)] : [];
      if (
        !entry ||
        isExpired(
          tags.map((t) => expiredTags.get(t)),
          entry.lastModified,
        )
      ) {
        if (entry) entries.delete(key);
        counts.misses++;
        return null;
      }
      counts.hits++;
      return entry;
    },
    /** @param {string} key @param {Entry | null} entry */
    async set(key, entry) {
      if (entry) entries.set(key, entry);
      else entries.delete(key);
    },
    /** @param {string[]} tags @param {number} at */
    async expireTags(tags, at) {
      for (const tag of tags) expiredTags.set(tag, at);
    },
    stats: () => ({
      store: "memory",
      entries: entries.size,
      bytes: entries.bytes,
      expiredTags: expiredTags.size,
      ...counts,
    }),
    async close() {},
  };
}

/**
 * JSON that keeps Buffers (RSC payloads) and Maps (segment data) of page entries.
 * @param {string} _key @param {any} value
 */
function replacer(_key, value) {
  if (value && value.type === "Buffer" && Array.isArray(value.data)) {
    return { __atelier: "buffer", base64: Buffer.from(value.data).toString("base64") };
  }
  if (value instanceof Map) return { __atelier: "map", entries: [...value.entries()] };
  return value;
}
/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && value.__atelier === "buffer") return Buffer.from(value.base64, "base64");
  if (value && value.__atelier === "map") return new Map(value.entries);
  return value;
}

/**
 * @param {{ url?: string; client?: import("ioredis").Redis; prefix?: string; localEntries: number;
 *   localBytes?: number; timeoutMs: number; ttlSeconds: number; warn?: (message: string, error: unknown) => void }} options
 */
function createRedisStore(options) {
  const prefix = options.prefix ?? "atelier:cache:";
  const tagsKey = `${prefix}tags`;
  const redis =
    options.client ??
    new Redis(/** @type {string} */ (options.url), {
      // Fail fast while Redis is away instead of queueing requests behind it.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: options.timeoutMs * 4,
      lazyConnect: false,
    });
  redis.on("error", () => {}); // reported per operation below, rate limited
  /** @type {Lru<Entry>} */
  const local = new Lru(options.localEntries, options.localBytes, entryBytes);
  /**
   * Invalidations Redis did not take yet: replayed before any cached read is trusted again.
   * @type {Map<string, number>}
   */
  const pending = new Map();
  const counts = { hits: 0, misses: 0, errors: 0 };
  let lastWarning = 0;

  /** @param {string} what @param {unknown} error */
  function warn(what, error) {
    counts.errors++;
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    const say = options.warn ?? ((m, e) => console.warn(`${m}: ${/** @type {Error} */ (e)?.message ?? e}`));
    say(`page cache: Redis did not answer (${what}); rendering from the database meanwhile`, error);
  }

  /** @template T @param {Promise<T>} promise @returns {Promise<T>} */
  function withTimeout(promise) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  async function flushPending() {
    if (pending.size === 0) return;
    const batch = [...pending];
    await withTimeout(redis.hset(tagsKey, Object.fromEntries(batch.map(([t, at]) => [t, String(at)]))));
    for (const [tag, at] of batch) if (pending.get(tag) === at) pending.delete(tag);
  }

  return {
    kind: "redis",
    redis,
    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      try {
        await flushPending();
        let entry = local.get(key);
        if (!entry) {
          const stored = await withTimeout(redis.get(prefix + key));
          entry = stored ? JSON.parse(stored, reviver) : undefined;
          if (entry) local.set(key, entry);
        }
        if (!entry) {
          counts.misses++;
          return null;
        }
        const tags = [...new Set([...entry.tags, ...requestTags(ctx)])];
        const times = tags.length ? await withTimeout(redis.hmget(tagsKey, ...tags)) : [];
        if (
          isExpired(
            times.map((t) => (t === null ? undefined : Number(t))),
            entry.lastModified,
          )
        ) {
          local.delete(key);
          counts.misses++;
          return null;
        }
        counts.hits++;
        return entry;
      } catch (error) {
        warn("read", error);
        counts.misses++;
        return null;
      }
    },
    /** @param {string} key @param {Entry | null} entry */
    async set(key, entry) {
      try {
        if (!entry) {
          local.delete(key);
          await withTimeout(redis.del(prefix + key));
          return;
        }
        const ttl = Math.min(options.ttlSeconds, Number(entry.cacheControl?.expire) || options.ttlSeconds);
        await withTimeout(redis.set(prefix + key, JSON.stringify(entry, replacer), "EX", Math.max(1, ttl)));
        local.set(key, entry);
      } catch (error) {
        local.delete(key);
        warn("write", error);
      }
    },
    /** @param {string[]} tags @param {number} at */
    async expireTags(tags, at) {
      for (const tag of tags) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
      try {
        await flushPending();
      } catch (error) {
        warn("invalidation, kept to replay", error);
      }
    },
    stats: () => ({
      store: "redis",
      entries: local.size,
      bytes: local.bytes,
      pendingInvalidations: pending.size,
      ...counts,
    }),
    async close() {
      redis.disconnect();
    },
  };
}

/** @param {NodeJS.ProcessEnv} env */
function storeFromEnv(env) {
  const maxEntries = Number(env.PAGE_CACHE_MAX_ENTRIES) || 5000;
  const MiB = 1024 * 1024;
  // Bytes bound the memory; the counts only bound the bookkeeping (docs/ARCHITECTURE.md).
  if (!env.REDIS_URL) return createMemoryStore({ maxEntries, maxBytes: (Number(env.PAGE_CACHE_MAX_MB) || 64) * MiB });
  return createRedisStore({
    url: env.REDIS_URL,
    localEntries: Number(env.PAGE_CACHE_LOCAL_ENTRIES) || 500,
    localBytes: (Number(env.PAGE_CACHE_LOCAL_MB) || 16) * MiB,
    timeoutMs: Number(env.PAGE_CACHE_REDIS_TIMEOUT_MS) || 250,
    ttlSeconds: Number(env.PAGE_CACHE_TTL_SECONDS) || 7 * 24 * 3600,
  });
}

// On globalThis: Next loads this file itself, and /api/metrics reads the same store's counts.
const SHARED = Symbol.for("atelier.pageCache");
/** @returns {ReturnType<typeof storeFromEnv>} */
function sharedStore() {
  const holder = /** @type {any} */ (globalThis);
  holder[SHARED] ??= storeFromEnv(process.env);
  return holder[SHARED];
}

class AtelierCacheHandler {
  /** @param {any} [_options] @param {ReturnType<typeof storeFromEnv>} [store] tests pass their own */
  constructor(_options, store) {
    this.store = store ?? sharedStore();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await this.store.get(key, ctx);
    return entry && { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    const entry = value
      ? {
          value,
          lastModified: Date.now(),
          tags: [...(ctx?.tags ?? []), ...tagsOfValue(value)],
          cacheControl: ctx?.cacheControl,
        }
      : null;
    await this.store.set(key, entry);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await this.store.expireTags(Array.isArray(tags) ? tags : [tags], expiryTime(durations));
  }

  resetRequestCache() {}
}

AtelierCacheHandler.stats = () => /** @type {any} */ (globalThis)[SHARED]?.stats() ?? null;
AtelierCacheHandler.createMemoryStore = createMemoryStore;
AtelierCacheHandler.createRedisStore = createRedisStore;

module.exports = AtelierCacheHandler;
