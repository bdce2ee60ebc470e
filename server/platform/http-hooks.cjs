// @ts-check
/**
 * Loaded before Next (`node --require`, see scripts/serve.cjs and the Dockerfile); it wraps each
 * request Node's HTTP server receives, for what Next gives no handle on:
 *
 * 1. The socket's address, stamped in `x-atelier-peer` over anything a client sent. Next passes a
 *    client's X-Forwarded-For through untouched, so otherwise the one address nobody can forge
 *    never reaches the app (server/platform/client-ip.ts).
 * 2. Outage status. When the database could not be reached while answering a request (the app
 *    marks it through server/platform/request-state.ts), a 5xx becomes 503 with Retry-After, so
 *    load balancers, crawlers and browsers know to come back rather than that the page is broken.
 * 3. Duration. When the app has installed an observer (server/platform/metrics.ts), each answered
 *    request is reported to it with its method, URL and status, for /api/metrics.
 * 4. What a proxy.ts used to add to every request, at a fraction of its cost (docs/PERFORMANCE.md):
 *    a request id (`x-request-id`: the caller's when it looks like one, else a new UUID) on the
 *    request, for the tRPC context and the logs, and on the response; the path asked for
 *    (`x-atelier-path`, over anything a client sent) for the sign-in guards of signed-in pages; and,
 *    when S3 storage is configured, the page policy with the bucket's origin (next.config.js
 *    headers are fixed at build time and cannot know a deployment's bucket).
 * 5. Cache headers a CDN can keep. Pages the app caches until an edit invalidates their tags (ISR,
 *    `x-nextjs-cache`) leave Next with `s-maxage=31536000`: a CDN would serve a year-old copy after
 *    an edit. They get PAGE_CACHE_CONTROL instead: shared caches keep a page one second, then ask
 *    again with its ETag (a 304 while nothing changed), so an edit shows within a second.
 * 6. The tRPC fast path. When the app has installed a handler (server/http-node.ts, unless
 *    TRPC_FASTPATH=0), GET /api/trpc/<calls> goes to it instead of Next — inside this same wrapper, so
 *    the request id, the peer address, the outage 503 and the metrics apply as they do to Next.
 */
const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { AsyncLocalStorage } = require("node:async_hooks");
const { contentSecurityPolicy, storageOriginOf } = require("./content-security-policy.cjs");

const PEER_HEADER = "x-atelier-peer";
const RETRY_AFTER_SECONDS = "30";
const HOOK = Symbol.for("atelier.peerAddressHook");
const STATE = Symbol.for("atelier.requestState");
const HTTP_OBSERVER = Symbol.for("atelier.httpObserver");
const TRPC_FAST_PATH = Symbol.for("atelier.trpcFastPath");
const REQUEST_ID_HEADER = "x-request-id";
const PATH_HEADER = "x-atelier-path";
const REQUEST_ID = /^[\w.-]{8,128}$/;
/** Stored files keep their own policy, which runs nothing at all (next.config.js). */
const FILE_PATHS = /^\/api\/(files|hero-redesigns)\//;

const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";
const NEXT_ISR_CACHE_CONTROL = /s-maxage=31536000/;

/** @type {string | null | undefined} Read on the first request: Next loads .env files after this hook. */
let pagePolicy;
function storagePagePolicy() {
  if (pagePolicy === undefined) {
    const storageOrigin = storageOriginOf(process.env);
    pagePolicy = storageOrigin
      ? contentSecurityPolicy({ isDev: process.env.NODE_ENV !== "production", storageOrigin })
      : null;
  }
  return pagePolicy;
}

/** @type {AsyncLocalStorage<{ isDatabaseUnavailable: boolean }>} */
const requests = new AsyncLocalStorage();

if (!(/** @type {any} */ (globalThis)[HOOK])) {
  /** @type {any} */ (globalThis)[HOOK] = true;
  /** @type {any} */ (globalThis)[STATE] = () => requests.getStore();
  const emit = http.Server.prototype.emit;
  /** @this {http.Server} @param {string | symbol} event @param {any[]} args */
  http.Server.prototype.emit = function (event, ...args) {
    if (event !== "request") return emit.apply(this, /** @type {any} */ ([event, ...args]));
    const req = /** @type {http.IncomingMessage} */ (args[0]);
    const res = /** @type {http.ServerResponse} */ (args[1]);
    req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    const given = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    req.headers[PATH_HEADER] = req.url ?? "/";
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const state = { isDatabaseUnavailable: false };
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const observe = /** @type {any} */ (globalThis)[HTTP_OBSERVER];
      if (typeof observe !== "function") return;
      try {
        observe(req.method, req.url ?? "/", res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
      } catch {
        // Metrics never break a response.
      }
    });
    const writeHead = res.writeHead;
    /** @param {number} status @param {any[]} rest */
    res.writeHead = function (status, ...rest) {
      if (this.hasHeader("x-nextjs-cache") && NEXT_ISR_CACHE_CONTROL.test(String(this.getHeader("cache-control"))))
        this.setHeader("cache-control", PAGE_CACHE_CONTROL);
      const policy = storagePagePolicy();
      if (policy && this.hasHeader("content-security-policy") && !FILE_PATHS.test(req.url ?? "/"))
        this.setHeader("content-security-policy", policy);
      if (state.isDatabaseUnavailable && status >= 500) {
        this.setHeader("retry-after", RETRY_AFTER_SECONDS);
        this.setHeader("cache-control", "no-store");
        return writeHead.apply(this, /** @type {any} */ ([503, ...rest]));
      }
      return writeHead.apply(this, /** @type {any} */ ([status, ...rest]));
    };
    return requests.run(state, () => {
      const fastPath = /** @type {any} */ (globalThis)[TRPC_FAST_PATH];
      // It answers and says so, or declines (another method, another path shape, not ready yet) and Next answers.
      if (typeof fastPath === "function" && req.url?.startsWith("/api/trpc/") && fastPath(req, res)) return true;
      return emit.apply(this, /** @type {any} */ ([event, ...args]));
    });
  };
}
