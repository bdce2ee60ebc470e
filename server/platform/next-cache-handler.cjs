// @ts-check
/**
 * Next's incremental cache (ISR pages and unstable_cache data), kept in this process's memory.
 *
 * Why not Next's default: it writes entries to .next/ on disk but keeps its record of invalidated
 * tags in memory, so after a restart (or a reset database) old pages come back. Here the entries
 * and the invalidations live and die together. Several instances need a shared store (Redis): that
 * is this module's seam, not something it does yet.
 */

const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES) || 5000;

/** @type {Map<string, { value: any; lastModified: number; tags: string[]; cacheControl?: any }>} */
const entries = new Map();
/** @type {Map<string, number>} tag → time it expired */
const expiredTags = new Map();

const TAGS_HEADER = "x-next-cache-tags";

/** @param {string[]} tags @param {number} since */
function isExpired(tags, since) {
  const now = Date.now();
  return tags.some((tag) => {
    const at = expiredTags.get(tag);
    return at !== undefined && at <= now && at >= since;
  });
}

/** @param {any} value */
function tagsOfValue(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

class AtelierCacheHandler {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const requestTags = ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    if (isExpired([...entry.tags, ...requestTags], entry.lastModified)) {
      entries.delete(key);
      return null;
    }
    entries.delete(key); // least recently used goes first
    entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    if (!value) {
      entries.delete(key);
      return;
    }
    const tags = [...(ctx?.tags ?? []), ...tagsOfValue(value)];
    entries.delete(key);
    entries.set(key, { value, lastModified: Date.now(), tags, cacheControl: ctx?.cacheControl });
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      expiredTags.set(tag, durations?.expire !== undefined ? now + durations.expire * 1000 : now);
    }
  }

  resetRequestCache() {}
}

AtelierCacheHandler.stats = () => ({ entries: entries.size, expiredTags: expiredTags.size });

module.exports = AtelierCacheHandler;
