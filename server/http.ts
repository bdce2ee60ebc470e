import type { AnyRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { crossSiteRefusal, nonJsonMutationRefusal } from "./platform/csrf";
import { RateLimitError } from "./platform/rate-limit";
import { appRouter } from "./router";
import { type CreateContextOptions, createContext } from "./trpc";

/** The /api/trpc handler; tests send requests through this same function. */
export function handleTrpcRequest(
  req: Request,
  options: Omit<CreateContextOptions, "headers"> & { router?: AnyRouter },
): Promise<Response> {
  if (req.method === "POST") {
    const refusal = nonJsonMutationRefusal(req) ?? crossSiteRefusal(req);
    if (refusal) return Promise.resolve(refusal);
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: options.router ?? appRouter,
    createContext: () => createContext({ headers: req.headers, db: options.db, getSession: options.getSession }),
    responseMeta({ errors }) {
      const limited = errors.map((e) => e.cause).find((c): c is RateLimitError => c instanceof RateLimitError);
      return limited ? { headers: new Headers({ "Retry-After": String(limited.retryAfterSeconds) }) } : {};
    },
  });
}
