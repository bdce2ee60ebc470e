import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { SessionUser } from "./accounts/session";
import { DomainError, isDatabaseUnavailable } from "./errors";
import { type Db, db as defaultDb } from "./platform/db";
import { type Logger, logger } from "./platform/logger";
import { clientIpFrom, requestIdFrom } from "./platform/request";

export interface Context {
  db: Db;
  session: { user: SessionUser; expires: string } | null;
  requestId: string;
  clientIp: string;
  headers: Headers;
  log: Logger;
}

export interface CreateContextOptions {
  headers: Headers;
  /** Resolves the signed-in session; the HTTP handler passes NextAuth's, tests pass their own. */
  getSession: () => Promise<Context["session"]>;
  db?: Db;
}

export async function createContext(opts: CreateContextOptions): Promise<Context> {
  const requestId = requestIdFrom(opts.headers);
  return {
    db: opts.db ?? defaultDb(),
    session: await opts.getSession(),
    requestId,
    clientIp: clientIpFrom(opts.headers),
    headers: opts.headers,
    log: logger.child({ requestId }),
  };
}

/** Context for cacheable public pages: no request, no session — so the page can be cached for everyone. */
export function createPublicContext(db?: Db): Context {
  const requestId = "public-render";
  return {
    db: db ?? defaultDb(),
    session: null,
    requestId,
    clientIp: "server",
    headers: new Headers(),
    log: logger.child({ requestId }),
  };
}

const DOMAIN_TO_TRPC = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PLAN_LIMIT: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
} as const;

export const INTERNAL_MESSAGE = "Something went wrong on our side. It has been logged; please try again.";
export const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Please try again in a moment.";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: false, // never put stacks in responses
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const issues =
      error.code === "BAD_REQUEST" && cause instanceof ZodError
        ? cause.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }))
        : undefined;
    const domainCode = cause instanceof DomainError ? cause.code : undefined;
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message:
        error.code === "INTERNAL_SERVER_ERROR"
          ? INTERNAL_MESSAGE
          : issues
            ? `Invalid input: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`
            : shape.message,
      data: { ...data, ...(issues && { issues }), ...(domainCode && { domainCode }) },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Logs every call with its duration and turns service errors into tRPC errors. */
const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  if (result.ok) {
    ctx.log.info({ path, type, durationMs, ok: true }, "trpc call");
    return result;
  }
  const error = result.error;
  const cause = error.cause;
  if (cause instanceof DomainError) {
    ctx.log.info({ path, type, durationMs, ok: false, code: cause.code }, "trpc call refused");
    return { ...result, error: new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause }) };
  }
  if (error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(cause ?? error)) {
    ctx.log.error({ path, type, durationMs, err: cause }, "database unavailable");
    return { ...result, error: new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE }) };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    ctx.log.error({ path, type, durationMs, err: cause ?? error }, "trpc call failed");
  } else {
    ctx.log.info({ path, type, durationMs, ok: false, code: error.code }, "trpc call refused");
  }
  return result;
});

export const publicProcedure = t.procedure.use(observed);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.staffRole) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only studio staff can do this." });
  }
  return next({ ctx: { ...ctx, staffRole: ctx.user.staffRole } });
});

export const adminProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.staffRole !== "ADMIN") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only studio admins can do this." });
  }
  return next();
});
