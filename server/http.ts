import type { AnyRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { crossSiteRefusal, nonJsonMutationRefusal } from "./platform/csrf";
import { RateLimitError, rateLimitHeaders } from "./platform/rate-limit";
import { appRouter } from "./router";
import { type Context, type CreateContextOptions, createContext } from "./trpc";

/** The most calls one batched request may carry; each still counts against the caller's rate limit. */
export const MAX_BATCH_SIZE = 20;

/** The /api/trpc handler; tests send requests through this same function. */
export function handleTrpcRequest(
  req: Request,
  options: Omit<CreateContextOptions, "headers"> & { router?: AnyRouter },
): Promise<Response> {
  if (req.method === "POST") {
    const refusal = nonJsonMutationRefusal(req) ?? crossSiteRefusal(req);
    if (refusal) return Promise.resolve(refusal);
  }
  const calls = decodeURIComponent(new URL(req.url).pathname.split("/").pop() ?? "").split(",").length;
  if (calls > MAX_BATCH_SIZE) {
    return Promise.resolve(
      Response.json(
        {
          error: {
            message: `A batch may carry at most ${MAX_BATCH_SIZE} calls; this one had ${calls}.`,
            code: "BAD_REQUEST",
          },
        },
        { status: 400 },
      ),
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: options.router ?? appRouter,
    createContext: () =>
      createContext({ headers: req.headers, db: options.db, getSession: options.getSession, transport: "trpc" }),
    responseMeta({ ctx, errors }) {
      const headers = new Headers();
      // The preload hook puts the same id on every response; without it (Vercel) the API still has one.
      const requestId = (ctx as Context | undefined)?.requestId;
      if (requestId) headers.set("x-request-id", requestId);
      const state = (ctx as Context | undefined)?.rateLimit;
      if (state) for (const [k, v] of Object.entries(rateLimitHeaders(state))) headers.set(k, v);
      const limited = errors.map((e) => e.cause).find((c): c is RateLimitError => c instanceof RateLimitError);
      if (limited) {
        headers.set("Retry-After", String(limited.retryAfterSeconds));
        headers.set("RateLimit-Remaining", "0");
        headers.set("RateLimit-Reset", String(limited.retryAfterSeconds));
        if (limited.limit) headers.set("RateLimit-Limit", String(limited.limit));
      }
      if (errors.some((e) => e.code === "UNAUTHORIZED")) {
        const tokenFailed = Boolean((ctx as Context | undefined)?.authError);
        headers.set(
          "WWW-Authenticate",
          tokenFailed ? 'Bearer realm="atelier", error="invalid_token"' : 'Bearer realm="atelier"',
        );
      }
      return { headers };
    },
  });
}
