import fs from "node:fs";
import path from "node:path";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { type Db, openedDatabase } from "./db";

/**
 * Prometheus metrics of this instance, read at /api/metrics. One registry per process, kept on
 * globalThis: Next may load this module once per route bundle, and every copy must count into
 * the same histograms.
 */
interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  trpcDuration: Histogram<"procedure" | "type" | "outcome">;
  trpcFastPath: Counter;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const HTTP_OBSERVER = Symbol.for("atelier.httpObserver");
const globalForMetrics = globalThis as unknown as { atelierMetrics?: Metrics } & Record<symbol, unknown>;

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "atelier_http_request_duration_seconds",
    help: "HTTP requests answered by this instance, by route pattern (not URL), method and status.",
    labelNames: ["method", "route", "status"] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const trpcDuration = new Histogram({
    name: "atelier_trpc_procedure_duration_seconds",
    help: "tRPC procedure calls (HTTP and server-rendered), by procedure, type and outcome.",
    labelNames: ["procedure", "type", "outcome"] as const,
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const trpcFastPath = new Counter({
    name: "atelier_trpc_fast_path_requests_total",
    help: "/api/trpc requests answered by the Node fast path (server/http-node.ts) instead of Next's route handler.",
    registers: [registry],
  });
  new Gauge({
    name: "atelier_db_pool_connections",
    help: "PostgreSQL connection pool of this instance: total, idle, and requests waiting for a connection.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      // Only a pool that exists is reported: a scrape never opens the database.
      const pool = openedDatabase()?.pool;
      if (!pool) return;
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
  new Gauge({
    name: "atelier_jobs",
    help: "Background jobs by status (queued, running, failed = dead-lettered), and the age in seconds of the oldest due queued job.",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      const db = openedDatabase()?.prisma;
      if (!db) return;
      const figures = await jobQueueFigures(db);
      for (const [status, value] of Object.entries(figures)) this.set({ status }, value);
    },
  });
  new Gauge({
    name: "atelier_outbox_lag_seconds",
    help: "Age of the oldest email stored but not sent yet (0 when the outbox is empty).",
    registers: [registry],
    async collect() {
      const db = openedDatabase()?.prisma;
      if (!db) return;
      this.set(await outboxLagSeconds(db));
    },
  });
  new Gauge({
    name: "atelier_page_cache_reads",
    help: "Reads of this instance's page and data cache since it started, by result (hit, miss) and Redis errors.",
    labelNames: ["result"] as const,
    registers: [registry],
    collect() {
      // The cache handler (server/platform/next-cache-handler.cjs) keeps its store on globalThis.
      const store = (globalThis as Record<symbol, { stats(): Record<string, unknown> } | undefined>)[
        Symbol.for("atelier.pageCache")
      ];
      const stats = store?.stats();
      if (!stats) return;
      for (const result of ["hits", "misses", "errors"] as const) {
        if (typeof stats[result] === "number") this.set({ result }, stats[result] as number);
      }
    },
  });
  return { registry, httpDuration, trpcDuration, trpcFastPath };
}

/** Jobs by status and the age of the oldest due queued job, for the queue gauges. */
export async function jobQueueFigures(db: Db) {
  const rows = await db.$queryRaw<{ status: string; count: bigint; oldest_due_seconds: number | null }[]>`
    SELECT status::text, count(*) AS count,
      EXTRACT(EPOCH FROM now() - min("runAt") FILTER (WHERE "runAt" <= now()))::float8 AS oldest_due_seconds
    FROM "Job" WHERE status IN ('QUEUED', 'RUNNING', 'FAILED') GROUP BY status`;
  const figures = { queued: 0, running: 0, failed: 0, oldest_due_age_seconds: 0 };
  for (const row of rows) {
    figures[row.status.toLowerCase() as "queued" | "running" | "failed"] = Number(row.count);
    if (row.status === "QUEUED") figures.oldest_due_age_seconds = Math.max(0, row.oldest_due_seconds ?? 0);
  }
  return figures;
}

/** Age of the oldest email stored but not sent yet; 0 when none waits. */
export async function outboxLagSeconds(db: Db) {
  const [row] = await db.$queryRaw<{ lag: number | null }[]>`
    SELECT EXTRACT(EPOCH FROM now() - min("createdAt"))::float8 AS lag FROM "EmailMessage" WHERE status = 'PENDING'`;
  return Math.max(0, row?.lag ?? 0);
}

export function metrics(): Metrics {
  globalForMetrics.atelierMetrics ??= createMetrics();
  return globalForMetrics.atelierMetrics;
}

export type ProcedureOutcome = "ok" | "refused" | "error" | "unavailable";

/** Called by the `observed` tRPC middleware for every procedure call. */
export function recordProcedure(procedure: string, type: string, outcome: ProcedureOutcome, durationMs: number) {
  metrics().trpcDuration.observe({ procedure, type, outcome }, durationMs / 1000);
}

type RoutePattern = { pattern: string; regex: RegExp; specificity: number };

/**
 * Route patterns from Next's build manifest, so a label is "/glossary/[slug]" and never one per
 * URL (unbounded label values would grow the registry with every crawler's guess).
 */
export function routePatterns(appPaths: string[]): RoutePattern[] {
  const patterns = new Map<string, RoutePattern>();
  for (const entry of appPaths) {
    const pattern =
      entry
        .replace(/\/(page|route)$/, "")
        .split("/")
        .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"))
        .map((segment) => `/${segment}`)
        .join("") || "/";
    if (patterns.has(pattern)) continue;
    let specificity = 0;
    const source = pattern
      .split("/")
      .filter(Boolean)
      .map((segment) => {
        if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
        if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
        if (/^\[.+\]$/.test(segment)) {
          specificity += 1;
          return "/[^/]+";
        }
        specificity += 2;
        return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
      })
      .join("");
    patterns.set(pattern, { pattern, regex: new RegExp(`^${source || "/"}/?$`), specificity });
  }
  return [...patterns.values()].sort((a, b) => b.specificity - a.specificity);
}

export function routeOf(pathname: string, patterns: RoutePattern[]): string {
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/image")) return "/_next/image";
  return patterns.find((p) => p.regex.test(pathname))?.pattern ?? "other";
}

let patternsOfBuild: RoutePattern[] | undefined;
function buildPatterns(): RoutePattern[] {
  if (!patternsOfBuild) {
    try {
      const manifest = path.join(
        /* turbopackIgnore: true */ process.cwd(),
        ".next",
        "server",
        "app-paths-manifest.json",
      );
      patternsOfBuild = routePatterns(Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8"))));
    } catch {
      patternsOfBuild = [];
    }
  }
  return patternsOfBuild;
}

/**
 * HTTP durations come from server/platform/http-hooks.cjs, which sees every request Node's server
 * answers but loads outside Next's bundles: it calls the observer installed here at start-up.
 * Where the hook is not loaded (Vercel), there is no HTTP histogram: use OpenTelemetry there.
 */
export function installHttpObserver() {
  globalForMetrics[HTTP_OBSERVER] = (method: string, url: string, status: number, seconds: number) => {
    const pathname = (url.split("?")[0] ?? "/").split("#")[0] || "/";
    metrics().httpDuration.observe(
      { method, route: routeOf(pathname, buildPatterns()), status: String(status) },
      seconds,
    );
  };
}
