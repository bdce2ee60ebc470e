// The client portal under a studio's worth of history: 100,000 design requests and 1,000,000
// comments on a PostgreSQL server. For each procedure the portal and the board call: latency
// percentiles and the number of SQL queries per call (a count that grows with the data is an N+1).
// Bounded: a fixed number of calls and a time budget per procedure. Run: npx tsx bench/portal.ts
//
// Environment:
//   BENCH_DATABASE_URL  admin URL of the PostgreSQL server (default TEST_DATABASE_URL, then
//                       postgres://postgres@127.0.0.1:5432/test); a scratch database is created
//                       there and dropped at the end. Loopback only.
//   BENCH_REQUESTS      design requests (default 100000)
//   BENCH_COMMENTS      comments (default 1000000)
//   BENCH_CALLS         measured calls per procedure (default 200)
import { PrismaPg } from "@prisma/adapter-pg";
import { benchServerUrl, createScratchDatabase } from "./lib/scratch-database";
import { type LatencySummary, machineInfo, markdownTable, summarize, writeResult } from "./lib/stats";

process.env.LOG_LEVEL ??= "silent";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 1_000_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const WARMUP = 20;
const BUDGET_MS = 30_000;
/** One long-standing client with a big history; the rest have 500 requests each. */
const HOT_REQUESTS = Math.min(10_000, Math.floor(REQUESTS / 10));
const PER_WORKSPACE = 500;
const WORKSPACES = 1 + Math.ceil((REQUESTS - HOT_REQUESTS) / PER_WORKSPACE);
/** The busiest thread: the hot client's active request. */
const HOT_THREAD_COMMENTS = Math.min(2_000, Math.floor(COMMENTS / 100));

interface Result extends LatencySummary {
  label: string;
  queriesPerCall: { min: number; max: number };
  resultSize: string;
}

async function main() {
  const { PrismaClient } = await import("../server/generated/prisma/client");
  const { deployMigrations } = await import("../server/platform/migrations");
  const { seedDatabase } = await import("../prisma/seed");
  const { callerFor } = await import("../server/testing/trpc");
  const { toSessionUser } = await import("../server/accounts/session");

  const scratch = await createScratchDatabase(benchServerUrl());
  console.log(`PostgreSQL: database ${scratch.name} on ${scratch.host}`);
  let queries = 0;
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: scratch.url, max: 5 }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", () => {
    queries++;
  });
  try {
    const setup: Record<string, number> = {};
    const timed = async (label: string, work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      setup[label] = Math.round(performance.now() - started);
      console.log(`  ${label}: ${(setup[label] / 1000).toFixed(1)} s`);
    };
    await timed("migrate", () => deployMigrations({ url: scratch.url }));
    await timed("seed", () => seedDatabase(prisma, { demoAccounts: false }));
    await timed("generate", () => generate(prisma));
    await timed("analyze", () => prisma.$executeRawUnsafe("ANALYZE"));
    const counts = await prisma.$queryRaw<{ requests: bigint; comments: bigint; changes: bigint }[]>`
      SELECT (SELECT count(*) FROM "DesignRequest") AS requests, (SELECT count(*) FROM "RequestComment") AS comments,
             (SELECT count(*) FROM "RequestStatusChange") AS changes`;
    const server = await prisma.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
    console.log(`  ${server[0]?.version}`);
    console.log(`  data: ${JSON.stringify(counts[0], (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);

    const owner = async (w: number) => toSessionUser(await prisma.user.findUniqueOrThrow({ where: { id: `bu${w}` } }));
    const designer = toSessionUser(await prisma.user.findUniqueOrThrow({ where: { id: "bstaff" } }));
    const hotOwner = await owner(1);
    const randomWorkspace = () => 2 + Math.floor(Math.random() * (WORKSPACES - 1));
    const requestIn = (w: number) =>
      w === 1
        ? 1 + Math.floor(Math.random() * HOT_REQUESTS)
        : HOT_REQUESTS + (w - 2) * PER_WORKSPACE + 1 + Math.floor(Math.random() * PER_WORKSPACE);

    type Call = () => Promise<{ run: () => Promise<unknown> }>;
    const procedures: { label: string; prepare: Call }[] = [
      {
        label: "requests.list (a client with 500 requests)",
        prepare: async () => {
          const w = randomWorkspace();
          const api = await callerFor(prisma, await owner(w));
          return { run: () => api.requests.list({ workspaceId: `bw${w}` }) };
        },
      },
      {
        label: `requests.list (the client with ${HOT_REQUESTS.toLocaleString("en")} requests)`,
        prepare: async () => {
          const api = await callerFor(prisma, hotOwner);
          return { run: () => api.requests.list({ workspaceId: "bw1" }) };
        },
      },
      {
        label: "requests.byId (a request, ~10 comments)",
        prepare: async () => {
          const w = randomWorkspace();
          const api = await callerFor(prisma, await owner(w));
          const id = `br${requestIn(w)}`;
          return { run: () => api.requests.byId({ workspaceId: `bw${w}`, requestId: id }) };
        },
      },
      {
        label: `requests.byId (the busiest thread, ${HOT_THREAD_COMMENTS.toLocaleString("en")} comments)`,
        prepare: async () => {
          const api = await callerFor(prisma, hotOwner);
          return { run: () => api.requests.byId({ workspaceId: "bw1", requestId: "br1" }) };
        },
      },
      {
        label: "requests.deliverables",
        prepare: async () => {
          const w = randomWorkspace();
          const api = await callerFor(prisma, await owner(w));
          const id = `br${requestIn(w)}`;
          return { run: () => api.requests.deliverables({ workspaceId: `bw${w}`, requestId: id }) };
        },
      },
      {
        label: `requests.files (the client with ${HOT_REQUESTS.toLocaleString("en")} requests)`,
        prepare: async () => {
          const api = await callerFor(prisma, hotOwner);
          return { run: () => api.requests.files({ workspaceId: "bw1" }) };
        },
      },
      {
        label: "requests.summary (portal home)",
        prepare: async () => {
          const w = randomWorkspace();
          const api = await callerFor(prisma, await owner(w));
          return { run: () => api.requests.summary({ workspaceId: `bw${w}` }) };
        },
      },
      {
        label: "notifications.unreadCount (header)",
        prepare: async () => {
          const api = await callerFor(prisma, await owner(randomWorkspace()));
          return { run: () => api.notifications.unreadCount() };
        },
      },
      {
        label: "notifications.list",
        prepare: async () => {
          const api = await callerFor(prisma, await owner(randomWorkspace()));
          return { run: () => api.notifications.list({ limit: 20 }) };
        },
      },
      {
        label: "requests.board (staff, all open requests)",
        prepare: async () => {
          const api = await callerFor(prisma, designer);
          return { run: () => api.requests.board({}) };
        },
      },
      {
        label: "requests.staffById",
        prepare: async () => {
          const api = await callerFor(prisma, designer);
          const id = `br${requestIn(randomWorkspace())}`;
          return { run: () => api.requests.staffById({ requestId: id }) };
        },
      },
    ];

    const results: Result[] = [];
    for (const procedure of procedures) {
      const samples: number[] = [];
      const perCall: number[] = [];
      let size = "";
      const started = performance.now();
      for (let i = 0; i < WARMUP + CALLS && performance.now() - started < BUDGET_MS; i++) {
        const { run } = await procedure.prepare(); // context and ids outside the measurement
        queries = 0;
        const t0 = performance.now();
        const out = await run();
        const ms = performance.now() - t0;
        if (i < WARMUP) continue;
        samples.push(ms);
        perCall.push(queries);
        size = shapeOf(out);
      }
      const summary = summarize(samples);
      results.push({
        label: procedure.label,
        ...summary,
        queriesPerCall: { min: Math.min(...perCall), max: Math.max(...perCall) },
        resultSize: size,
      });
      console.log(
        `  ${procedure.label}: p50 ${summary.p50Ms.toFixed(1)} ms, p95 ${summary.p95Ms.toFixed(1)} ms, ${Math.min(...perCall)}–${Math.max(...perCall)} queries, ${size}`,
      );
    }

    const machine = machineInfo();
    const range = (q: Result["queriesPerCall"]) => (q.min === q.max ? String(q.min) : `${q.min}–${q.max}`);
    console.log(
      `\n## Portal procedures with ${Number(counts[0]?.requests).toLocaleString("en")} requests and ${Number(counts[0]?.comments).toLocaleString("en")} comments (PostgreSQL)\n`,
    );
    console.log(
      markdownTable(
        ["procedure", "calls", "p50 ms", "p95 ms", "p99 ms", "queries per call", "returns"],
        results.map((r) => [
          r.label,
          r.count,
          r.p50Ms.toFixed(1),
          r.p95Ms.toFixed(1),
          r.p99Ms.toFixed(1),
          range(r.queriesPerCall),
          r.resultSize,
        ]),
      ),
    );
    console.log(
      `\nMachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load ${machine.loadAverage1mAtStart} → ${machine.loadAverage1mAtEnd}`,
    );
    const file = writeResult("portal", {
      date: new Date().toISOString(),
      machine,
      server: server[0]?.version,
      data: {
        requests: Number(counts[0]?.requests),
        comments: Number(counts[0]?.comments),
        statusChanges: Number(counts[0]?.changes),
        workspaces: WORKSPACES,
      },
      setupMs: setup,
      results,
    });
    console.log(`Wrote ${file}`);
  } finally {
    await prisma.$disconnect();
    await scratch.drop();
    console.log(`Dropped ${scratch.name}`);
  }
}

function shapeOf(out: unknown): string {
  if (Array.isArray(out)) return `${out.length} rows`;
  if (out && typeof out === "object") {
    const o = out as Record<string, unknown>;
    if (Array.isArray(o.open) && Array.isArray(o.finished))
      return `${o.open.length} open + ${o.finished.length} finished`;
    if (Array.isArray(o.comments)) return `${o.comments.length} comments, ${(o.history as unknown[]).length} changes`;
    if (Array.isArray(o.items)) return `${o.items.length} items`;
    if (Array.isArray(o.files)) return `${o.files.length} files`;
    if (typeof o.count === "number") return `count ${o.count}`;
    if ("inProgress" in o) return "counts + lists";
  }
  return "";
}

/**
 * The data, generated in SQL on the server (seconds, not minutes): WORKSPACES client workspaces
 * with an owner and an active subscription; requests with a realistic spread per workspace (one
 * active, one in review, twenty queued, the rest done, every 33rd canceled); two status changes
 * per request; a delivered version for those in review or done; an attachment on every other
 * request; COMMENTS comments (every tenth an internal note), HOT_THREAD_COMMENTS of them on one
 * request; and 100 notifications per client owner.
 */
async function generate(prisma: { $executeRawUnsafe: (sql: string) => Promise<number> }) {
  const hot = HOT_REQUESTS;
  const per = PER_WORKSPACE;
  // w: the workspace of request g; k: its place in that workspace's queue.
  const workspaceOf = (g: string) => `CASE WHEN ${g} <= ${hot} THEN 1 ELSE 2 + (${g} - ${hot} - 1) / ${per} END`;
  const wOf = workspaceOf("g");
  const kOf = `CASE WHEN g <= ${hot} THEN g ELSE (g - ${hot} - 1) % ${per} + 1 END`;
  const statements = [
    `INSERT INTO "User" (id, email, name, "updatedAt")
       SELECT 'bu' || w, 'owner' || w || '@bench.example', 'Owner ' || w, now() FROM generate_series(1, ${WORKSPACES}) w`,
    `INSERT INTO "User" (id, email, name, "staffRole", "updatedAt")
       VALUES ('bstaff', 'designer@bench.example', 'Bench Designer', 'DESIGNER', now())`,
    `INSERT INTO "Workspace" (id, name, slug, "updatedAt")
       SELECT 'bw' || w, 'Client ' || w, 'bench-' || w, now() FROM generate_series(1, ${WORKSPACES}) w`,
    `INSERT INTO "Membership" (id, "workspaceId", "userId", role)
       SELECT 'bm' || w, 'bw' || w, 'bu' || w, 'OWNER' FROM generate_series(1, ${WORKSPACES}) w`,
    `INSERT INTO "Subscription" (id, "workspaceId", provider, "providerCustomerId", "providerSubscriptionId", "planSlug",
       interval, "priceCents", status, "currentPeriodStart", "currentPeriodEnd", "providerVersion", "updatedAt")
       SELECT 'bs' || w, 'bw' || w, 'test', 'cus_' || w, 'sub_' || w, 'starter', 'MONTH', 249500, 'ACTIVE', now(),
         now() + interval '30 days', 1, now() FROM generate_series(1, ${WORKSPACES}) w`,
    `INSERT INTO "DesignRequest" (id, "workspaceId", title, type, brief, status, position, "createdById",
       "activatedAt", "firstDeliveredAt", "completedAt", "createdAt", "updatedAt")
       SELECT 'br' || g, 'bw' || w, 'Request ' || k || ' of client ' || w, 'web-design',
         'Please design page ' || k || '. **Brand** colours as before.', s.status::"RequestStatus", k * 1000, 'bu' || w,
         CASE WHEN s.status <> 'QUEUED' THEN created + interval '1 day' END,
         CASE WHEN s.status IN ('IN_REVIEW', 'DONE') THEN created + interval '3 days' END,
         CASE WHEN s.status IN ('DONE', 'CANCELED') THEN created + interval '5 days' END,
         created, created + interval '5 days'
       FROM (
         SELECT g, ${wOf} AS w, ${kOf} AS k, now() - ((${REQUESTS} - g) % 2000) * interval '1 hour' AS created
         FROM generate_series(1, ${REQUESTS}) g
       ) r
       CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN 'ACTIVE' WHEN k = 2 THEN 'IN_REVIEW' WHEN k <= 22 THEN 'QUEUED'
         WHEN k % 33 = 0 THEN 'CANCELED' ELSE 'DONE' END AS status) s`,
    `INSERT INTO "RequestStatusChange" (id, "requestId", "workspaceId", "fromStatus", "toStatus", "actorId", "createdAt")
       SELECT 'bq' || substr(id, 3), id, "workspaceId", NULL, 'QUEUED', "createdById", "createdAt" FROM "DesignRequest"`,
    `INSERT INTO "RequestStatusChange" (id, "requestId", "workspaceId", "fromStatus", "toStatus", "actorId", "createdAt")
       SELECT 'bx' || substr(id, 3), id, "workspaceId", 'QUEUED', status, NULL, "updatedAt" FROM "DesignRequest"
       WHERE status <> 'QUEUED'`,
    `INSERT INTO "Deliverable" (id, "requestId", "workspaceId", version, "fileId", "createdById", "approvedAt", "createdAt")
       SELECT 'bd' || substr(id, 3), id, "workspaceId", 1, 'bf' || substr(id, 3), 'bstaff',
         CASE WHEN status = 'DONE' THEN "completedAt" END, "firstDeliveredAt"
       FROM "DesignRequest" WHERE status IN ('IN_REVIEW', 'DONE')`,
    `INSERT INTO "FileAsset" (id, "storageKey", "originalName", size, mime, sha256, "uploadedById", "createdAt")
       SELECT 'ba' || g, 'attachments/bench/' || g || '.pdf', 'brief-' || g || '.pdf', 120000, 'application/pdf',
         md5(g::text) || md5(g::text), 'bu1', now() FROM generate_series(2, ${REQUESTS}, 2) g`,
    `INSERT INTO "RequestAttachment" (id, "requestId", "workspaceId", "fileId", "createdAt")
       SELECT 'bt' || r.g, 'br' || r.g, 'bw' || (${workspaceOf("r.g")}), 'ba' || r.g, now() - (${REQUESTS} - r.g) * interval '1 minute'
       FROM generate_series(2, ${REQUESTS}, 2) AS r(g)`,
    // The delivered versions' files.
    `INSERT INTO "FileAsset" (id, "storageKey", "originalName", size, mime, sha256, "uploadedById", "createdAt")
       SELECT "fileId", 'images/bench/' || "fileId" || '.png', 'design-v1.png', 480000, 'image/png',
         md5("fileId") || md5("fileId"), 'bstaff', "createdAt" FROM "Deliverable"`,
    // The busiest thread first, then the rest spread evenly (c * 7919 is a permutation mod REQUESTS).
    `INSERT INTO "RequestComment" (id, "requestId", "authorId", body, "isInternal", "createdAt")
       SELECT 'bc' || c, 'br' || rq, CASE WHEN c % 10 = 0 OR c % 2 = 1 THEN 'bstaff' ELSE 'bu' || (${workspaceOf("rq")}) END,
         'Comment ' || c || ': could we try the headline a little larger and the hero image brighter?',
         c % 10 = 0, now() - (${COMMENTS} - c) * interval '1 second'
       FROM (
         SELECT c, CASE WHEN c <= ${HOT_THREAD_COMMENTS} THEN 1 ELSE 1 + (c::bigint * 7919) % ${REQUESTS} END AS rq
         FROM generate_series(1, ${COMMENTS}) c
       ) x`,
    `INSERT INTO "Notification" (id, "userId", kind, title, body, href, "requestId", "readAt", "createdAt")
       SELECT 'bn' || w || '_' || n, 'bu' || w, 'REQUEST_COMMENT', 'New comment on a request', 'Bench Designer: …',
         '/portal/requests/br1', NULL, CASE WHEN n > 5 THEN now() END, now() - n * interval '1 hour'
       FROM generate_series(1, ${WORKSPACES}) w, generate_series(1, 100) n`,
  ];
  for (const sql of statements) await prisma.$executeRawUnsafe(sql);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
