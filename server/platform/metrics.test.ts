import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { resolveServerEnv } from "../env";
import { installHttpObserver, metrics, recordProcedure, routeOf, routePatterns } from "./metrics";

const globals = globalThis as unknown as Record<string, unknown> & Record<symbol, unknown>;
const secret = "s".repeat(32);

function useEnv(source: Record<string, string>) {
  globals.atelierEnv = resolveServerEnv({ AUTH_SECRET: secret, ...source });
}

const deployment = {
  ATELIER_MODE: "deployment",
  DATABASE_URL: "postgres://u:p@127.0.0.1:5432/atelier",
  SMTP_URL: "smtp://127.0.0.1:1025",
  APP_URL: "https://studio.example.com",
};

const scrape = (headers: Record<string, string> = {}) => GET(new Request("http://127.0.0.1/api/metrics", { headers }));

afterEach(() => {
  delete globals.atelierEnv;
  delete globals.atelierDb;
});

describe("route labels", () => {
  const patterns = routePatterns([
    "/(site)/page",
    "/(site)/glossary/page",
    "/(site)/glossary/[slug]/page",
    "/api/trpc/[trpc]/route",
    "/api/auth/[...nextauth]/route",
    "/api/health/ready/route",
    "/_not-found/page",
  ]);

  it("names the route pattern, never the URL, so crawlers cannot grow the registry", () => {
    expect(routeOf("/", patterns)).toBe("/");
    expect(routeOf("/glossary", patterns)).toBe("/glossary");
    expect(routeOf("/glossary/backend", patterns)).toBe("/glossary/[slug]");
    expect(routeOf("/api/trpc/glossary.list,faq.list", patterns)).toBe("/api/trpc/[trpc]");
    expect(routeOf("/api/auth/callback/email", patterns)).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/api/health/ready", patterns)).toBe("/api/health/ready");
    expect(routeOf("/_next/static/chunks/abc.js", patterns)).toBe("/_next/static");
    expect(routeOf("/wp-login.php", patterns)).toBe("other");
    expect(routeOf("/glossary/a/b", patterns)).toBe("other");
  });
});

describe("/api/metrics", () => {
  it("serves Prometheus text with procedure durations, HTTP durations and process metrics in a local run", async () => {
    useEnv({});
    recordProcedure("glossary.list", "query", "ok", 12);
    installHttpObserver();
    const observe = globals[Symbol.for("atelier.httpObserver")] as (...args: unknown[]) => void;
    observe("GET", "/wp-login.php?x=1", 404, 0.003);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    expect(body).toContain("# TYPE atelier_trpc_procedure_duration_seconds histogram");
    expect(body).toMatch(
      /atelier_trpc_procedure_duration_seconds_bucket\{le="0\.025",procedure="glossary\.list",type="query",outcome="ok"\} [1-9]/,
    );
    expect(body).toMatch(
      /atelier_http_request_duration_seconds_count\{method="GET",route="other",status="404"\} [1-9]/,
    );
    expect(body).toContain("process_resident_memory_bytes");
    expect(body).toContain("nodejs_eventloop_lag_seconds");
  });

  it("reports the PostgreSQL pool of an open database, and nothing when none is open", async () => {
    useEnv({});
    expect(await (await scrape()).text()).not.toMatch(/atelier_db_pool_connections\{/);
    globals.atelierDb = { pool: { totalCount: 4, idleCount: 3, waitingCount: 1 } };
    const body = await (await scrape()).text();
    expect(body).toContain('atelier_db_pool_connections{state="total"} 4');
    expect(body).toContain('atelier_db_pool_connections{state="idle"} 3');
    expect(body).toContain('atelier_db_pool_connections{state="waiting"} 1');
  });

  it("asks a deployment for METRICS_TOKEN as a bearer token", async () => {
    useEnv({ ...deployment, METRICS_TOKEN: "t".repeat(24) });
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect(await anonymous.text()).not.toContain("atelier_");
    expect((await scrape({ authorization: `Bearer ${"x".repeat(24)}` })).status).toBe(401);
    expect((await scrape({ authorization: "Bearer short" })).status).toBe(401);
    const allowed = await scrape({ authorization: `Bearer ${"t".repeat(24)}` });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain("atelier_trpc_procedure_duration_seconds");
  });

  it("is not there in a deployment without METRICS_TOKEN", async () => {
    useEnv(deployment);
    expect((await scrape()).status).toBe(404);
  });

  it("keeps one registry per process, whichever bundle asks", () => {
    expect(metrics()).toBe(metrics());
  });
});
