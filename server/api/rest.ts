import { createOpenApiFetchHandler } from "trpc-to-openapi";
import type { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { crossSiteRefusal } from "../platform/csrf";
import type { Db } from "../platform/db";
import { db as defaultDb } from "../platform/db";
import { RateLimitError, rateLimitHeaders } from "../platform/rate-limit";
import { sha256 } from "../platform/secrets";
import { type Context, type CreateContextOptions, createContext } from "../trpc";
import { applyRestRoutes, type RestRoute, restRoutes } from "./routes";

export const REST_PREFIX = "/api/v1";
const MAX_BODY_BYTES = 1_048_576;

export interface ApiIssue {
  path: string;
  message: string;
}

/** Every REST error: `{ error: { code, message, issues? } }` with a stable code. */
export function apiError(status: number, code: string, message: string, issues?: ApiIssue[], headers?: HeadersInit) {
  return Response.json(
    { error: { code, message, ...(issues && { issues }) } },
    { status, headers: { "cache-control": "no-store", ...Object.fromEntries(new Headers(headers)) } },
  );
}

const matchers = restRoutes.map((r) => ({
  route: r,
  pattern: new RegExp(`^${REST_PREFIX}${r.path.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}/?$`, "i"),
}));

function matchRoute(method: string, pathname: string) {
  const candidates = matchers.filter((m) => m.pattern.test(pathname));
  // A literal segment beats a parameter: /requests/order is not /requests/{requestId}.
  const ranked = candidates.sort(
    (a, b) => (a.route.path.match(/\{/g)?.length ?? 0) - (b.route.path.match(/\{/g)?.length ?? 0),
  );
  const found = ranked.find((m) => m.route.method === method);
  return {
    route: found?.route,
    pathParams: found ? (found.pattern.exec(pathname)?.groups ?? {}) : {},
    isKnownPath: ranked.length > 0,
  };
}

type ZodInternals = {
  _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType } };
};

/** The object shape behind optional/nullable/default wrappers, or null when the schema is no object. */
function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | null {
  let current = schema as unknown as ZodInternals | undefined;
  for (let i = 0; current && i < 10; i++) {
    const def = current._zod.def;
    if (def.type === "object") return def.shape ?? null;
    current = (def.innerType ?? def.in) as unknown as ZodInternals | undefined;
  }
  return null;
}

function inputShape(route: RestRoute): Record<string, z.ZodType> {
  const procedures = applyRestRoutes()._def.procedures as unknown as Record<string, { _def: { inputs: z.ZodType[] } }>;
  return Object.assign({}, ...(procedures[route.procedure]?._def.inputs ?? []).map((i) => objectShape(i) ?? {}));
}

/** Fields the procedure does not take, with their paths (zod would silently drop them). */
export function unknownFields(value: unknown, shape: Record<string, z.ZodType>, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!(key in shape)) return [path];
    const nested = objectShape(shape[key]);
    return nested ? unknownFields(inner, nested, path) : [];
  });
}

function refuseUnknown(fields: string[], shape: Record<string, z.ZodType>, where: "body" | "query") {
  const isEnvelope = where === "body" && fields.includes("json") && !("json" in shape);
  const message = isEnvelope
    ? 'This API takes plain JSON, not tRPC\'s superjson envelope: send the fields at the top level, without {"json": …}.'
    : `Unknown ${fields.length === 1 ? "field" : "fields"}: ${fields.join(", ")}. Accepted: ${Object.keys(shape).join(", ") || "none"}.`;
  return apiError(
    400,
    "BAD_REQUEST",
    message,
    fields.map((path) => ({ path, message: isEnvelope ? "superjson envelope; send plain JSON" : "unknown field" })),
  );
}

type TrpcErrorBody = {
  message?: string;
  code?: string;
  data?: { domainCode?: string; issues?: ApiIssue[] };
  issues?: { path: PropertyKey[]; message: string }[];
};

/** trpc-to-openapi's error body → ours: a stable code, the message, field paths for bad input. */
async function reshapeError(res: Response, headers: Headers): Promise<Response> {
  const body = (await res.json().catch(() => ({}))) as TrpcErrorBody;
  const issues =
    body.data?.issues ?? body.issues?.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const code = body.data?.domainCode ?? body.code ?? "INTERNAL_SERVER_ERROR";
  const message = issues?.length
    ? `Invalid input: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`
    : (body.message ?? "Something went wrong.");
  return apiError(
    res.status,
    code === "UNSUPPORTED_MEDIA_TYPE" ? "UNSUPPORTED_MEDIA_TYPE" : code,
    message,
    issues,
    headers,
  );
}

function callerKey(ctx: Context) {
  if (ctx.auth?.kind === "token") return `token:${ctx.auth.tokenId}`;
  return ctx.session ? `user:${ctx.session.user.id}` : null;
}

interface StoredAnswer {
  bodyHash: string;
  body: unknown;
}

/**
 * REST under /api/v1: routes from `restRoutes`, served by trpc-to-openapi through the same
 * procedures as tRPC. Around it: unknown fields and superjson envelopes refused with their paths,
 * Idempotency-Key on creates, RateLimit-* headers, WWW-Authenticate on 401, errors as JSON.
 */
export async function handleRestRequest(
  req: Request,
  options: Omit<CreateContextOptions, "headers" | "transport"> & { db?: Db },
): Promise<Response> {
  const router = applyRestRoutes();
  const url = new URL(req.url);
  const method = req.method.toUpperCase();
  const { route, pathParams, isKnownPath } = matchRoute(method, url.pathname);
  if (!route) {
    return isKnownPath
      ? apiError(405, "METHOD_NOT_ALLOWED", `${method} is not allowed here.`)
      : apiError(404, "NOT_FOUND", `No API route ${method} ${url.pathname}. The routes: ${REST_PREFIX}/openapi.json.`);
  }
  const hasBody = method !== "GET" && method !== "DELETE";
  if (hasBody) {
    const refusal = crossSiteRefusal(req);
    if (refusal) return apiError(403, "CROSS_SITE", "This request came from another site and was refused.");
  }

  const shape = inputShape(route);
  let text = "";
  if (hasBody) {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json")
      return apiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
    text = await req.text();
    if (text.length > MAX_BODY_BYTES) return apiError(413, "PAYLOAD_TOO_LARGE", "The body is larger than 1 MB.");
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      return apiError(400, "BAD_REQUEST", "The body is not valid JSON.");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      return apiError(400, "BAD_REQUEST", "The body must be a JSON object.");
    const unknown = unknownFields(parsed, shape).filter((f) => !(f in pathParams));
    if (unknown.length) return refuseUnknown(unknown, shape, "body");
  } else {
    const unknown = [...new Set(url.searchParams.keys())].filter((k) => !(k in shape));
    if (unknown.length) return refuseUnknown(unknown, shape, "query");
  }

  const db = options.db ?? defaultDb();
  const ctx = await createContext({ headers: req.headers, db, getSession: options.getSession, transport: "rest" });
  const headers = new Headers({ "cache-control": "no-store" });

  // Idempotency-Key: the first answer is stored and replayed to a retry with the same key.
  const idempotencyKey = method === "POST" ? req.headers.get("idempotency-key") : null;
  const caller = callerKey(ctx);
  let storedKey: string | null = null;
  if (idempotencyKey !== null && caller) {
    if (!/^[\x21-\x7e]{1,200}$/.test(idempotencyKey))
      return apiError(400, "BAD_REQUEST", "Idempotency-Key must be 1–200 visible ASCII characters.");
    storedKey = sha256(`${caller}\n${method} ${url.pathname.toLowerCase()}\n${idempotencyKey}`);
    const bodyHash = sha256(text);
    try {
      await db.apiIdempotencyKey.create({ data: { scopeKey: storedKey } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      const earlier = await db.apiIdempotencyKey.findUnique({ where: { scopeKey: storedKey } });
      if (!earlier?.statusCode)
        return apiError(409, "CONFLICT", "A request with this Idempotency-Key is still being processed.");
      const answer = earlier.response as unknown as StoredAnswer;
      if (answer.bodyHash !== bodyHash)
        return apiError(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used with a different body.");
      headers.set("idempotent-replayed", "true");
      return Response.json(answer.body, { status: earlier.statusCode, headers });
    }
  }

  const forwarded = new Request(req.url, { method, headers: req.headers, body: hasBody ? text || "{}" : undefined });
  let limited: RateLimitError | undefined;
  let res = await createOpenApiFetchHandler({
    endpoint: REST_PREFIX,
    router,
    req: forwarded,
    createContext: () => Promise.resolve(ctx),
    onError: ({ error }) => {
      if (error.cause instanceof RateLimitError) limited = error.cause;
    },
  });

  if (ctx.rateLimit) for (const [k, v] of Object.entries(rateLimitHeaders(ctx.rateLimit))) headers.set(k, v);
  if (res.status === 401) {
    headers.set(
      "www-authenticate",
      ctx.authError
        ? `Bearer realm="atelier", error="invalid_token", error_description="${ctx.authError.message.replace(/"/g, "'")}"`
        : 'Bearer realm="atelier"',
    );
  }
  if (limited) {
    headers.set("retry-after", String(limited.retryAfterSeconds));
    headers.set("ratelimit-remaining", "0");
    headers.set("ratelimit-reset", String(limited.retryAfterSeconds));
    if (limited.limit) headers.set("ratelimit-limit", String(limited.limit));
  }
  if (res.status >= 400) res = await reshapeError(res, headers);
  else res = new Response(res.body, { status: res.status, headers });

  if (storedKey) {
    if (res.status >= 500) await db.apiIdempotencyKey.delete({ where: { scopeKey: storedKey } }).catch(() => {});
    else {
      const body = await res.clone().json();
      await db.apiIdempotencyKey.update({
        where: { scopeKey: storedKey },
        data: { statusCode: res.status, response: { bodyHash: sha256(text), body } as Prisma.InputJsonValue },
      });
    }
  }
  return res;
}
