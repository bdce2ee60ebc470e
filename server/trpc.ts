import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { ZodError, z } from "zod";
import type { SessionUser } from "./accounts/session";
import { type AuditEntry, recordAudit } from "./audit/service";
import { DomainError, isDatabaseUnavailable, UNAVAILABLE_DIGEST } from "./errors";
import { clientIpFrom } from "./platform/client-ip";
import { type Db, db as defaultDb } from "./platform/db";
import { type Logger, logger } from "./platform/logger";
import { recordProcedure } from "./platform/metrics";
import { consumeRateLimit, type RateLimitState } from "./platform/rate-limit";
import { requestIdFrom } from "./platform/request";
import { markDatabaseUnavailable } from "./platform/request-state";
import { scopeNeeded, type TokenScope } from "./tokens/scopes";
import { authenticateApiToken } from "./tokens/service";
import { summariseIssues } from "./validation-messages";

export type AuthMethod =
  | { kind: "session" }
  | { kind: "token"; tokenId: string; tokenName: string; scopes: TokenScope[] };

/** Procedure metadata: `openapi` exposes a procedure as a REST route (server/api/). */
export type ProcedureMeta = OpenApiMeta;

export interface Context {
  db: Db;
  session: { user: SessionUser; expires: string } | null;
  /** How the caller proved who they are; null when anonymous. */
  auth: AuthMethod | null;
  /** A bearer token that failed; reported by every procedure instead of treating the caller as anonymous. */
  authError: DomainError | null;
  requestId: string;
  clientIp: string;
  headers: Headers;
  log: Logger;
  /** Set by the HTTP handlers (not for in-process page renders): calls are rate limited per caller. */
  transport?: "trpc" | "rest";
  /** The caller's rate-limit window after this request's calls; the HTTP handlers turn it into headers. */
  rateLimit?: RateLimitState;
}

export interface CreateContextOptions {
  headers: Headers;
  /** Resolves the signed-in session; the HTTP handler passes NextAuth's, tests pass their own. */
  getSession: () => Promise<Context["session"]>;
  db?: Db;
  transport?: Context["transport"];
}

export async function createContext(opts: CreateContextOptions): Promise<Context> {
  const requestId = requestIdFrom(opts.headers);
  const db = opts.db ?? defaultDb();
  const bearer = /^Bearer\s+(.+)$/i.exec(opts.headers.get("authorization") ?? "")?.[1];
  let session: Context["session"] = null;
  let auth: AuthMethod | null = null;
  let authError: DomainError | null = null;
  if (bearer) {
    // Token callers need no cookies; a session cookie sent alongside is ignored.
    try {
      const token = await authenticateApiToken(db, bearer);
      session = { user: token.user, expires: (token.expiresAt ?? new Date(Date.now() + 3_600_000)).toISOString() };
      auth = { kind: "token", tokenId: token.tokenId, tokenName: token.name, scopes: token.scopes };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      authError = error;
    }
  } else {
    session = await opts.getSession();
    auth = session ? { kind: "session" } : null;
  }
  return {
    db,
    session,
    auth,
    authError,
    requestId,
    clientIp: clientIpFrom(opts.headers),
    headers: opts.headers,
    log: logger.child({ requestId }),
    transport: opts.transport,
  };
}

/** Context for cacheable public pages: no request, no session — so the page can be cached for everyone. */
export function createPublicContext(db?: Db): Context {
  const requestId = "public-render";
  return {
    db: db ?? defaultDb(),
    session: null,
    auth: null,
    authError: null,
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

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
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
          error.code === "INTERNAL_SERVER_ERROR" ? INTERNAL_MESSAGE : issues ? summariseIssues(issues) : shape.message,
        data: { ...data, ...(issues && { issues }), ...(domainCode && { domainCode }) },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Logs and measures every call with its duration and turns service errors into tRPC errors. */
const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  if (result.ok) {
    ctx.log.info({ path, type, durationMs, ok: true }, "trpc call");
    recordProcedure(path, type, "ok", durationMs);
    return result;
  }
  const error = result.error;
  const cause = error.cause;
  if (cause instanceof DomainError) {
    ctx.log.info({ path, type, durationMs, ok: false, code: cause.code }, "trpc call refused");
    recordProcedure(path, type, "refused", durationMs);
    return { ...result, error: new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause }) };
  }
  if (error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(cause ?? error)) {
    ctx.log.error({ path, type, durationMs, err: cause }, "database unavailable");
    markDatabaseUnavailable();
    recordProcedure(path, type, "unavailable", durationMs);
    // A page rendering this call shows the outage page (error boundaries see the digest).
    const unavailable = Object.assign(new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE }), {
      digest: UNAVAILABLE_DIGEST,
    });
    return { ...result, error: unavailable };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    ctx.log.error({ path, type, durationMs, err: cause ?? error }, "trpc call failed");
    recordProcedure(path, type, "error", durationMs);
  } else {
    ctx.log.info({ path, type, durationMs, ok: false, code: error.code }, "trpc call refused");
    recordProcedure(path, type, "refused", durationMs);
  }
  return result;
});

const MAX_INPUT_DEPTH = 64;

/**
 * Why raw input cannot reach a procedure, or null. Iterative, so deep nesting cannot overflow the
 * stack; each object is visited once, so superjson's shared references cannot make it exponential.
 */
const LONE_SURROGATE = "Text must be valid Unicode: it contains half of a character pair (a lone surrogate).";

export function unacceptableInput(raw: unknown): string | null {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: raw, depth: 0 }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const { value, depth } = pending.pop() as { value: unknown; depth: number };
    if (typeof value === "string") {
      if (value.includes("\u0000")) return "Text may not contain the NUL character (U+0000).";
      if (!value.isWellFormed()) return LONE_SURROGATE;
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_INPUT_DEPTH) return "The input is nested too deeply.";
      if (seen.has(value)) continue;
      seen.add(value);
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes("\u0000")) return "Text may not contain the NUL character (U+0000).";
        if (!key.isWellFormed()) return LONE_SURROGATE;
        pending.push({ value: inner, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate is either refused by jsonb (a 500)
 * or silently turned into U+FFFD on the way to the database (lost data): both refused here, once for
 * every procedure, as a 400 with a reason.
 */
const acceptableInput = t.middleware(async ({ getRawInput, next }) => {
  const problem = unacceptableInput(await getRawInput());
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
  return next();
});

/** Refuses a token that lacks `scope`; sessions pass. For input-dependent rules (e.g. inviting an owner). */
export function requireScope(ctx: Pick<Context, "auth">, scope: TokenScope) {
  if (ctx.auth?.kind === "token" && !ctx.auth.scopes.includes(scope)) {
    throw new DomainError("FORBIDDEN", `This API token lacks the "${scope}" scope.`);
  }
}

/**
 * A failed token is an error; calls over HTTP are rate limited per token, per signed-in person
 * and per anonymous network; token scopes are enforced per procedure (server/tokens/scopes.ts).
 */
const tokenRules = t.middleware(async ({ ctx, path, next }) => {
  if (ctx.authError) throw ctx.authError;
  if (ctx.auth?.kind === "token") {
    ctx.rateLimit = await consumeRateLimit("api-token", ctx.auth.tokenId);
    const needed = scopeNeeded(path);
    if (needed === undefined) {
      throw new DomainError("FORBIDDEN", "Sign in to the website to do this; API tokens cannot.");
    }
    if (needed) requireScope(ctx, needed);
  } else if (ctx.transport) {
    ctx.rateLimit = ctx.session
      ? await consumeRateLimit("api-session", ctx.session.user.id)
      : await consumeRateLimit("api-anonymous", ctx.clientIp);
  }
  return next();
});

export const publicProcedure = t.procedure.use(observed).use(acceptableInput).use(tokenRules);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

/** Account and credential management: a signed-in person, never an API token. */
export const sessionProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.auth?.kind !== "session") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Sign in to the website to do this; API tokens cannot." });
  }
  return next();
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

const roleRank = { MEMBER: 1, OWNER: 2 } as const;

/**
 * Procedures on one client workspace: the input names the workspace, and the caller must be a
 * member with at least `minRole`. Staff reach client data through staff procedures, not these.
 */
export const workspaceProcedure = (minRole: "MEMBER" | "OWNER") =>
  authedProcedure.input(z.object({ workspaceId: z.string().min(1).max(40) })).use(async ({ ctx, input, next }) => {
    const membership = await ctx.db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: ctx.user.id } },
      select: { id: true, role: true, workspaceId: true },
    });
    // Not a member and no such workspace look the same: ids cannot be probed.
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this workspace." });
    if (roleRank[membership.role] < roleRank[minRole]) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Only the workspace owner can do this." });
    }
    return next({ ctx: { ...ctx, membership } });
  });

/** Writes the audit log with the caller, the API token that acted (if any) and the request filled in. */
export function auditFrom(ctx: Pick<Context, "db" | "session" | "clientIp"> & Partial<Pick<Context, "auth">>) {
  return (entry: Omit<AuditEntry, "actor" | "ip" | "apiToken">) =>
    recordAudit(ctx.db, {
      ...entry,
      actor: ctx.session ? { id: ctx.session.user.id, email: ctx.session.user.email } : null,
      apiToken: ctx.auth?.kind === "token" ? { id: ctx.auth.tokenId, name: ctx.auth.tokenName } : null,
      ip: ctx.clientIp,
    });
}
