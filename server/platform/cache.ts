import { revalidateTag, unstable_cache } from "next/cache";
import superjson from "superjson";
import { logger } from "./logger";

/**
 * Tagged caching of reads for public pages. Inside Next the result goes to Next's data cache, and
 * the tags also mark every page rendered from it, so invalidating a tag refreshes exactly those
 * pages. Outside Next (tests, scripts) reads go straight to the database.
 */
const insideNext = () => Boolean(process.env.NEXT_RUNTIME);

export function cachedRead<T>(key: string[], tags: string[], read: () => Promise<T>): Promise<T> {
  if (!insideNext()) return read();
  // unstable_cache stores JSON; superjson keeps Dates as Dates.
  const cached = unstable_cache(async () => superjson.serialize(await read()), key, { tags });
  return cached().then((value) => superjson.deserialize<T>(value));
}

/** What tests can observe: the most recent tags invalidated in this process, in order. */
export const invalidationLog: string[] = [];

/** Expires the tags at once: the next request for a page using them renders fresh content. */
export function invalidateTags(tags: string[]) {
  const unique = [...new Set(tags)];
  invalidationLog.push(...unique);
  // Kept short: it exists for tests, and a long-running server must not grow it forever.
  if (invalidationLog.length > 1000) invalidationLog.splice(0, invalidationLog.length - 1000);
  if (!insideNext()) return;
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a request (a job publishing on schedule) Next refuses; our handler's store takes the expiry directly.
      const store = (globalThis as Record<symbol, { expireTags?: (t: string[], at: number) => Promise<void> }>)[
        Symbol.for("atelier.pageCache")
      ];
      if (store?.expireTags) void store.expireTags([tag], Date.now()).catch(() => {});
      else logger.warn({ tag, err: error }, "cache invalidation outside a request");
    }
  }
}
