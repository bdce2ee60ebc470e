import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { AnyRouter } from "@trpc/server";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { currentSession } from "./accounts/current-session";
import { handleTrpcRequest } from "./http";
import { buildRouteHeaders, configHeadersFor, type RouteHeaders } from "./platform/config-headers";
import type { Db } from "./platform/db";
import { logger } from "./platform/logger";
import { metrics } from "./platform/metrics";
import { type Context, INTERNAL_MESSAGE } from "./trpc";

/**
 * The tRPC fast path (docs/PERFORMANCE.md, issue 17): in a self-hosted server the preload hook
 * (server/platform/http-hooks.cjs) hands GET /api/trpc/<calls> straight to this handler, so a query
 * costs tRPC and our code instead of Next's router and route-handler machinery on top. It answers
 * through the same `handleTrpcRequest` as app/api/trpc/[trpc]/route.ts — CSRF refusals, the batch
 * limit, rate-limit headers, request id, WWW-Authenticate — and adds what Next adds on that route:
 * the x-forwarded-* request headers, next.config.js `headers()`, gzip. Mutations (POST) stay Next's.
 */
const FAST_PATH = Symbol.for("atelier.trpcFastPath");
/** Exactly the one segment the [trpc] route matches; every other shape (its 404, trailing-slash redirect) stays Next's. */
const TRPC_PATH = /^\/api\/trpc\/([^/?#]+)(?:\?|$)/;
/** Below this a gzip frame costs more than it saves; Next compresses every body, we do not compress tiny ones. */
const COMPRESS_FROM_BYTES = 1024;
/** Headers a Next route handler's Response may add to alongside those already set (Next's sendResponse). */
const APPENDABLE = new Set(["set-cookie", "www-authenticate", "proxy-authenticate", "vary"]);
/** Framing is the writer's business, as in Next's sendResponse. */
const FRAMING = new Set(["content-length", "content-encoding", "transfer-encoding"]);
const gzip = promisify(zlib.gzip);

/** Draft mode's cookies: Next checks them on every request (and clears a stale one), so Next answers those. */
const PREVIEW_COOKIE = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;

export function isFastPathRequest(method: string | undefined, url: string | undefined, cookie?: string): boolean {
  if (method !== "GET" || !url || PREVIEW_COOKIE.test(cookie ?? "")) return false;
  const segment = TRPC_PATH.exec(url)?.[1];
  return segment !== undefined && segment !== "." && segment !== "..";
}

export interface NodeTrpcOptions {
  routeHeaders: RouteHeaders;
  /** Tests pass their own database, router and session; the server uses the route's. */
  db?: Db;
  router?: AnyRouter;
  getSession?: (headers: Headers) => Promise<Context["session"]>;
}

function acceptsGzip(header: string | string[] | undefined) {
  return /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)/i.test(String(header ?? ""));
}

/** Answers one tRPC request on Node's own request and response; resolves once the response is written. */
export async function serveTrpcFromNode(req: IncomingMessage, res: ServerResponse, options: NodeTrpcOptions) {
  // What Next's server sets on every request before a route handler sees it (base-server.ts).
  const isHttps = req.headers["x-forwarded-proto"]
    ? req.headers["x-forwarded-proto"] === "https"
    : Boolean((req.socket as { encrypted?: boolean }).encrypted);
  req.headers["x-forwarded-host"] ??= req.headers.host ?? req.socket.localAddress ?? "localhost";
  req.headers["x-forwarded-port"] ??= String(req.socket.localPort ?? (isHttps ? 443 : 80));
  req.headers["x-forwarded-proto"] ??= isHttps ? "https" : "http";
  req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;

  const request = incomingMessageToRequest(req, res, { maxBodySize: null });
  const getSession = options.getSession ?? ((headers: Headers) => currentSession(headers));
  const response = await handleTrpcRequest(request, {
    db: options.db,
    router: options.router,
    getSession: () => getSession(request.headers),
  });

  const url = new URL(request.url);
  const { rules, vary } = options.routeHeaders;
  for (const [name, value] of configHeadersFor(rules, url.pathname, req.headers, url.searchParams).values())
    res.setHeader(name, value);
  // One Vary, in Next's order: the App Router's, the route's, then compression's.
  const varies = [vary, response.headers.get("vary"), "Accept-Encoding"].filter(Boolean);
  res.setHeader("Vary", varies.join(", "));
  response.headers.forEach((value, name) => {
    if (FRAMING.has(name) || name === "vary" || name === "set-cookie") return;
    if (APPENDABLE.has(name) || !res.hasHeader(name)) res.appendHeader(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) res.appendHeader("set-cookie", cookie);

  // A batch answered as a stream (trpc-accept: application/jsonl) is written as it comes.
  if (response.headers.get("content-type")?.includes("jsonl") && response.body) {
    res.writeHead(response.status);
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) res.write(part.value);
    res.end();
    return;
  }
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  if (body.length >= COMPRESS_FROM_BYTES && acceptsGzip(req.headers["accept-encoding"])) {
    body = await gzip(body);
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("content-length", body.length);
  res.writeHead(response.status);
  res.end(body);
}

/**
 * Installs the fast path for the preload hook. It engages only once Next has set up its incremental
 * cache (on Next's first request): `cachedRead` (unstable_cache) needs it outside a Next request.
 */
export function installTrpcFastPath() {
  // Without the preload hook (plain `next start`) nothing would call it.
  if (!(globalThis as Record<symbol, unknown>)[Symbol.for("atelier.peerAddressHook")]) return;
  const routeHeaders = buildRouteHeaders();
  if (!routeHeaders) {
    logger.warn("tRPC fast path off: next.config.js headers could not be read from this build; Next answers /api/trpc");
    return;
  }
  const hasIncrementalCache = () => Boolean((globalThis as { __incrementalCache?: unknown }).__incrementalCache);
  (globalThis as Record<symbol, unknown>)[FAST_PATH] = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!isFastPathRequest(req.method, req.url, req.headers.cookie) || !hasIncrementalCache()) return false;
    metrics().trpcFastPath.inc();
    serveTrpcFromNode(req, res, { routeHeaders }).catch((error: unknown) => {
      // handleTrpcRequest turns every procedure error into a tRPC response; this is the writer failing.
      logger.error({ err: error, url: req.url }, "tRPC fast path failed");
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
        res.setHeader("cache-control", "no-store");
        res.end(JSON.stringify({ error: { message: INTERNAL_MESSAGE, code: "INTERNAL_SERVER_ERROR" } }));
      } else res.destroy();
    });
    return true;
  };
}

export function uninstallTrpcFastPath() {
  delete (globalThis as Record<symbol, unknown>)[FAST_PATH];
}
