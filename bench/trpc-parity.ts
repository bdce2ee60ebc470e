// The tRPC fast path answers as Next's route handler does: the production build started twice on one
// scratch PostgreSQL database (TRPC_FASTPATH=1 and =0, both through npm start's script), the same
// requests sent to both, status, decoded body and headers compared. Exits 1 on a difference.
// Run: npx tsx bench/trpc-parity.ts (needs `npx next build`; BENCH_PORT, default 3810, and the next port)
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type RunningServer, startServer } from "./lib/next-server";
import { benchServerUrl, createScratchDatabase } from "./lib/scratch-database";

const BASE_PORT = Number(process.env.BENCH_PORT ?? 3810);
/**
 * Transport framing and clocks, which legitimately differ: Next streams chunked, the fast path sends
 * a length; each server's rate-limit window starts at its own first call (Next's first /api/trpc
 * call also loads the route, seconds later), so the seconds left in it differ.
 */
const FRAMING = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "ratelimit-reset",
]);
const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

interface Case {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

async function signIn(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const token = randomBytes(24).toString("hex");
  await client.query(
    `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('parity_user', 'parity@example.test', 'Parity', now())`,
  );
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('parity_session', $1, 'parity_user', now() + interval '1 day')`,
    [token],
  );
  await client.end();
  return `next-auth.session-token=${token}`;
}

async function call(server: RunningServer, c: Case, index: number) {
  const res = await fetch(server.baseUrl + c.path, {
    method: c.method ?? "GET",
    body: c.body,
    headers: { "accept-encoding": "gzip", "x-request-id": `parity-check-${index}-0000`, ...c.headers },
    redirect: "manual",
  });
  const headers = new Map<string, string>();
  res.headers.forEach((value, name) => {
    if (!FRAMING.has(name)) headers.set(name, value);
  });
  return { status: res.status, body: await res.text(), headers, encoding: res.headers.get("content-encoding") };
}

async function main() {
  const database = await createScratchDatabase(benchServerUrl());
  const servers: RunningServer[] = [];
  try {
    const env = { JOBS_RUNNER: "off", TRUSTED_PROXIES: "loopback", REDIS_URL: "" };
    const fast = await startServer({
      label: "parity-fast",
      port: BASE_PORT,
      databaseUrl: database.url,
      viaServeScript: true,
      env: { ...env, TRPC_FASTPATH: "1" },
    });
    servers.push(fast);
    const next = await startServer({
      label: "parity-next",
      port: fast.port + 1,
      databaseUrl: database.url,
      viaServeScript: true,
      env: { ...env, TRPC_FASTPATH: "0" },
    });
    servers.push(next);
    const cookie = await signIn(database.url);
    // Next's first request sets up the incremental cache the fast path waits for.
    for (const s of servers) await (await fetch(`${s.baseUrl}/api/health`)).arrayBuffer();

    const cases: Case[] = [
      { name: "anonymous query (cached read)", path: `/api/trpc/glossary.bySlug?input=${input({ slug: "backend" })}` },
      { name: "anonymous list, gzipped", path: `/api/trpc/glossary.list?input=${input({ limit: 30 })}` },
      { name: "signed-in query", path: "/api/trpc/notifications.unreadCount", headers: { cookie } },
      {
        name: "signed-in, draft-mode cookie (Next answers)",
        path: "/api/trpc/account.me",
        headers: { cookie: `${cookie}; __prerender_bypass=1` },
      },
      { name: "401 with WWW-Authenticate", path: "/api/trpc/account.me" },
      { name: "400 bad input", path: `/api/trpc/glossary.list?input=${input({ limit: -3 })}` },
      { name: "404 unknown procedure", path: "/api/trpc/nothing.here" },
      { name: "405 mutation over GET", path: "/api/trpc/notifications.markAllRead", headers: { cookie } },
      {
        name: "batch of two",
        path: `/api/trpc/plans.list,notifications.unreadCount?batch=1&input=${encodeURIComponent("{}")}`,
        headers: { cookie },
      },
      {
        name: "batch over the limit",
        path: `/api/trpc/${Array(21).fill("plans.list").join(",")}?batch=1&input=%7B%7D`,
      },
      { name: "invalid token", path: "/api/trpc/account.me", headers: { authorization: "Bearer nope" } },
      { name: "two segments (Next's 404)", path: "/api/trpc/a/b" },
      {
        name: "cross-site mutation (POST stays Next's)",
        path: "/api/trpc/notifications.markAllRead",
        method: "POST",
        body: "{}",
        headers: { cookie, "content-type": "application/json", origin: "https://evil.example" },
      },
    ];
    const rows: string[][] = [];
    let differences = 0;
    for (const [i, c] of cases.entries()) {
      const [a, b] = [await call(fast, c, i), await call(next, c, i)];
      const headerDiffs = [...new Set([...a.headers.keys(), ...b.headers.keys()])]
        .filter((name) => a.headers.get(name) !== b.headers.get(name))
        .map(
          (name) =>
            `${name}: fast ${JSON.stringify(a.headers.get(name))} / Next ${JSON.stringify(b.headers.get(name))}`,
        );
      const isSame = a.status === b.status && a.body === b.body && headerDiffs.length === 0;
      if (!isSame) differences++;
      rows.push([
        c.name,
        `${a.status} / ${b.status}`,
        a.body === b.body ? "same" : "DIFFERENT",
        headerDiffs.join("; ") || "same",
        `${a.encoding ?? "none"} / ${b.encoding ?? "none"}`,
      ]);
    }
    const metrics = await (await fetch(`${fast.baseUrl}/api/metrics`)).text();
    const served = /^atelier_trpc_fast_path_requests_total (\d+)/m.exec(metrics)?.[1];
    console.log(
      "| case | status fast / Next | body | headers | encoding fast / Next |\n| --- | --- | --- | --- | --- |",
    );
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
    console.log(
      `\nThe fast path answered ${served ?? "?"} of the ${cases.length} requests; ${differences} case(s) differ.`,
    );
    process.exitCode = differences ? 1 : 0;
  } finally {
    for (const s of servers) await s.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
