import { headers as requestHeaders } from "next/headers";
import { getServerSession, type Session } from "next-auth";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "../errors";
import { db } from "../platform/db";
import { markDatabaseUnavailable } from "../platform/request-state";
import { authOptions } from "./auth";
import { sessionTokenFrom } from "./session";

/**
 * The signed-in session, for pages and route handlers. NextAuth answers "no session" when its
 * database read fails, which would send a signed-in person to sign in during an outage; so when a
 * session cookie came but no session did, one cheap query tells an outage (503 page) from an
 * expired or revoked session. NextAuth errors get the same check.
 */
export async function currentSession(headers?: Headers): Promise<Session | null> {
  let session: Session | null;
  try {
    session = await getServerSession(authOptions());
  } catch (error) {
    await refuseIfDatabaseUnavailable();
    throw error;
  }
  if (!session && sessionTokenFrom(headers ?? (await requestHeaders()))) await refuseIfDatabaseUnavailable();
  return session;
}

async function refuseIfDatabaseUnavailable() {
  try {
    await db().$queryRaw`select 1`;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markDatabaseUnavailable();
    throw new DatabaseUnavailableError(error);
  }
}
