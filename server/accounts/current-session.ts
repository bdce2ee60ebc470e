import { headers as requestHeaders } from "next/headers";
import type { Session } from "next-auth";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../errors";
import { db } from "../platform/db";
import { markDatabaseUnavailable } from "../platform/request-state";
import { sessionTokenFrom } from "./session";
import { readSession, sessionCache } from "./session-cache";

/**
 * The signed-in session, for pages, route handlers and every tRPC call. It reads the session NextAuth
 * wrote (database sessions) by its cookie, through a short per-instance cache (session-cache.ts):
 * a tRPC call no longer costs a database round trip plus NextAuth's own request handling. Sign-in,
 * sign-out and the rolling expiry stay NextAuth's (/api/auth/*). A database outage is an outage
 * (503 page), never "signed out".
 *
 * Signed-in pages pass `{ isCached: false }`: one indexed read per page view is cheap next to the
 * render, and a page then says "temporarily unavailable" (503) while the database is down, as it did
 * before the cache, instead of a 200 shell whose every query fails.
 */
export async function currentSession(headers?: Headers, options: { isCached?: boolean } = {}): Promise<Session | null> {
  const token = sessionTokenFrom(headers ?? (await requestHeaders()));
  if (!token) return null;
  try {
    if (options.isCached === false) return await readSession(db(), token);
    return await sessionCache().get(token, () => readSession(db(), token));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markDatabaseUnavailable();
    throw new DatabaseUnavailableError(error);
  }
}
