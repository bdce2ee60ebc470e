import type { AnyRouter } from "@trpc/server";
import type { SessionUser } from "../accounts/session";
import { handleTrpcRequest } from "../http";
import type { Db } from "../platform/db";
import { appRouter } from "../router";
import { type Context, createContext } from "../trpc";

export function sessionFor(user: SessionUser): NonNullable<Context["session"]> {
  return { user, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/** A typed server-side caller with a chosen session, as the RSC caller would build it. */
export async function callerFor(db: Db, user?: SessionUser) {
  const ctx = await createContext({
    headers: new Headers(),
    db,
    getSession: async () => (user ? sessionFor(user) : null),
  });
  return appRouter.createCaller(ctx);
}

/** Sends a real HTTP-shaped request through the same handler as /api/trpc. */
export function httpCall(
  db: Db,
  request: Request,
  options: { user?: SessionUser; router?: AnyRouter } = {},
): Promise<Response> {
  return handleTrpcRequest(request, {
    db,
    router: options.router,
    getSession: async () => (options.user ? sessionFor(options.user) : null),
  });
}

export const trpcUrl = (path: string, input?: unknown) =>
  `http://localhost/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
