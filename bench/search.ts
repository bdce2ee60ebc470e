// Latency of the search.query tRPC procedure over 10,000 generated documents (plus the seeded
// content), on a PostgreSQL server and on embedded PGlite in memory. Bounded: a fixed number of
// rounds and a time budget per database. Run: npx tsx bench/search.ts
//
// Environment:
//   BENCH_DATABASE_URL  admin URL of the PostgreSQL server (default TEST_DATABASE_URL, then
//                       postgres://postgres@127.0.0.1:5432/test); a fresh atelier_bench_<random>
//                       database is created there and dropped at the end. Loopback only.
//   BENCH_DOCS          generated documents (default 10000)
//   BENCH_ROUNDS        measured rounds over the query list (default 30)
//   BENCH_ONLY          "postgres" or "pglite" to run one database only
import fs from "node:fs";
import path from "node:path";
import { makeCorpus } from "./lib/corpus";
import { benchServerUrl, createScratchDatabase } from "./lib/scratch-database";
import { type LatencySummary, machineInfo, markdownTable, summarize, writeResult } from "./lib/stats";

// Before the app's modules load: pino reads LOG_LEVEL at import. Logging every call to stdout
// would flood the terminal; the logger still runs (child per context, level check per call).
process.env.LOG_LEVEL ??= "silent";

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP_ROUNDS = 3;
const BUDGET_MS = 60_000; // measured phase per database; rounds stop early past it
const BATCH = 500;
const TARGET_P95_MS = 30;

interface BenchQuery {
  label: string;
  input: { q: string; kind?: "GLOSSARY" | "BLOG" | "FAQ"; limit?: number; cursor?: number };
}

const q = (text: string, extra: Omit<BenchQuery["input"], "q"> = {}, label = text): BenchQuery => ({
  label,
  input: { q: text, limit: 10, ...extra },
});

/** ~30 queries: what a search box receives, from one keystroke to junk. limit 10 as on /search. */
const queries: BenchQuery[] = [
  // prefixes, as typed (search-as-you-type)
  q("c", {}, "c (1-letter prefix)"),
  q("de", {}, "de (2-letter prefix)"),
  q("cach"),
  q("acce"),
  q("typo"),
  q("perf"),
  q("respons"),
  // whole words, common to rare
  q("design"),
  q("page"),
  q("caching"),
  q("subscription"),
  q("accessibility"),
  q("kerning"),
  q("webhook"),
  // several words
  q("load balanc"),
  q("content delivery network"),
  q("design system tokens"),
  q("largest contentful paint"),
  q("hero redesign"),
  q("core web vitals"),
  // rare and absent words
  q("zeugma"),
  q("palimpsest quokka"),
  q("xyzzyplugh"),
  // filters and paging as the pages send them
  q("design", { kind: "FAQ" }, "design, kind FAQ"),
  q("cach", { kind: "GLOSSARY", limit: 8 }, "cach, kind GLOSSARY limit 8 (glossary box)"),
  q("design", { cursor: 40 }, "design, cursor 40 (page 5)"),
  // stop words and junk
  q("the"),
  q(`'":*&|!()`),
  q("<script>alert(1)</script>"),
  q("caché 🚀 مرحبا"),
  q("a".repeat(300), {}, "'a' x 300"),
];

interface DbRun {
  database: "postgres" | "pglite";
  documents: number;
  setupMs: { migrate: number; seed: number; insert: number; analyze: number };
  tableBytes?: number;
  rounds: number;
  overall: LatencySummary;
  perQuery: (LatencySummary & { label: string; matches: number; hitsReturned: number })[];
  targetP95Ms: number;
  meetsTarget: boolean;
  plan?: string;
}

async function main() {
  // Loaded after LOG_LEVEL is set.
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { PrismaClient } = await import("../server/generated/prisma/client");
  const { openDatabase } = await import("../server/platform/db");
  const { deployMigrations, migrationsDir, readMigrations } = await import("../server/platform/migrations");
  const { seedDatabase } = await import("../prisma/seed");
  const { callerFor } = await import("../server/testing/trpc");
  type Db = InstanceType<typeof PrismaClient>;

  const only = process.env.BENCH_ONLY;
  const adminUrl = benchServerUrl();

  async function fill(db: Db, timings: DbRun["setupMs"]) {
    let started = performance.now();
    await seedDatabase(db, { demoAccounts: false });
    timings.seed = Math.round(performance.now() - started);
    const corpus = makeCorpus();
    const kinds = ["GLOSSARY", "BLOG", "FAQ"] as const;
    const now = new Date();
    started = performance.now();
    for (let start = 0; start < DOCS; start += BATCH) {
      const data = [];
      for (let i = start; i < Math.min(DOCS, start + BATCH); i++) {
        const kind = kinds[i % kinds.length]!;
        const doc = corpus.document();
        data.push({
          kind,
          refId: `bench-${i}`,
          title: doc.title,
          body: doc.body,
          url: `/bench/${kind.toLowerCase()}/${i}`,
          publishedAt: now,
        });
      }
      await db.searchDocument.createMany({ data });
    }
    timings.insert = Math.round(performance.now() - started);
    // What autovacuum would do on a server soon after a bulk load; PGlite has no autovacuum.
    started = performance.now();
    await db.$executeRawUnsafe(`ANALYZE "SearchDocument"`);
    timings.analyze = Math.round(performance.now() - started);
  }

  async function measure(db: Db, run: Omit<DbRun, "rounds" | "overall" | "perQuery" | "meetsTarget" | "targetP95Ms">) {
    const documents = await db.searchDocument.count();
    const perQuerySamples = queries.map(() => [] as number[]);
    const hitsReturned: number[] = [];
    const call = async (i: number) => {
      const caller = await callerFor(db); // a fresh context per call, as per request
      const t0 = performance.now();
      const page = await caller.search.query(queries[i]!.input);
      const ms = performance.now() - t0;
      hitsReturned[i] = page.hits.length;
      return ms;
    };
    for (let r = 0; r < WARMUP_ROUNDS; r++) for (let i = 0; i < queries.length; i++) await call(i);
    const phaseStart = performance.now();
    let rounds = 0;
    while (rounds < ROUNDS && performance.now() - phaseStart < BUDGET_MS) {
      // Rotate the starting query each round so no query always follows the same one.
      for (let k = 0; k < queries.length; k++) {
        const i = (k + rounds) % queries.length;
        perQuerySamples[i]!.push(await call(i));
      }
      rounds++;
    }
    // Matching documents per query (outside the timed calls), to read the latencies against.
    const { toPrefixTsQuery } = await import("../server/search/service");
    const matches = await Promise.all(
      queries.map(async ({ input }) => {
        const tsq = toPrefixTsQuery(input.q.slice(0, 200));
        if (!tsq) return 0;
        const rows = await db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM "SearchDocument" WHERE vector @@ to_tsquery('english', ${tsq})
          AND (${input.kind ?? null}::text IS NULL OR kind::text = ${input.kind ?? null}::text)`;
        return Number(rows[0]?.n ?? 0);
      }),
    );
    const plan = (
      await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "SearchDocument" WHERE vector @@ to_tsquery('english', 'load:* & balanc:*')`,
      )
    )
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    const overall = summarize(perQuerySamples.flat());
    const result: DbRun = {
      ...run,
      documents,
      rounds,
      overall,
      perQuery: queries.map((query, i) => ({
        label: query.label,
        matches: matches[i] ?? 0,
        hitsReturned: hitsReturned[i] ?? 0,
        ...summarize(perQuerySamples[i]!),
      })),
      targetP95Ms: TARGET_P95_MS,
      meetsTarget: overall.p95Ms <= TARGET_P95_MS,
      plan,
    };
    return result;
  }

  const runs: DbRun[] = [];

  if (only !== "pglite") {
    // The name carries our pid: a run killed before it could drop its database (tsx SIGKILLs a
    // child that is busy when a signal arrives) is cleaned up by the next run.
    const scratch = await createScratchDatabase(adminUrl);
    const { name } = scratch;
    const url = new URL(scratch.url);
    let handle: ReturnType<typeof openDatabase> | undefined;
    try {
      console.log(`PostgreSQL: database ${name} on ${url.host}`);
      const timings = { migrate: 0, seed: 0, insert: 0, analyze: 0 };
      let started = performance.now();
      await deployMigrations({ url: url.toString() });
      timings.migrate = Math.round(performance.now() - started);
      handle = openDatabase({ url: url.toString(), poolMax: 5 });
      await fill(handle.prisma, timings);
      started = performance.now();
      const size = await handle.prisma.$queryRaw<{ bytes: bigint }[]>`
        SELECT pg_total_relation_size('"SearchDocument"') AS bytes`;
      const server = await handle.prisma.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
      console.log(`  ${server[0]?.version}`);
      console.log(`  loaded in ${JSON.stringify(timings)} ms; measuring…`);
      runs.push(
        await measure(handle.prisma, {
          database: "postgres",
          documents: 0,
          setupMs: timings,
          tableBytes: Number(size[0]?.bytes ?? 0),
        }),
      );
    } finally {
      await handle?.close();
      await scratch.drop();
      console.log(`  dropped ${name}`);
    }
  }

  if (only !== "postgres") {
    console.log("PGlite: in memory");
    const timings = { migrate: 0, seed: 0, insert: 0, analyze: 0 };
    let started = performance.now();
    // As server/testing/database.ts does: the committed migration files applied in order.
    const pglite = new PGlite();
    for (const dir of readMigrations().migrationDirectories) {
      await pglite.exec(fs.readFileSync(path.join(migrationsDir, dir.path, "migration.sql"), "utf8"));
    }
    timings.migrate = Math.round(performance.now() - started);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    try {
      started = performance.now();
      await fill(prisma, timings);
      const size = await prisma.$queryRaw<{ bytes: bigint }[]>`
        SELECT pg_total_relation_size('"SearchDocument"') AS bytes`;
      console.log(`  loaded in ${JSON.stringify(timings)} ms; measuring…`);
      runs.push(
        await measure(prisma, {
          database: "pglite",
          documents: 0,
          setupMs: timings,
          tableBytes: Number(size[0]?.bytes ?? 0),
        }),
      );
    } finally {
      await prisma.$disconnect();
      await pglite.close();
    }
  }

  const machine = machineInfo();
  const fmt = (n: number) => n.toFixed(2);
  console.log(`\n## search.query latency (${DOCS.toLocaleString("en")} generated documents + seeded content)\n`);
  console.log(
    markdownTable(
      [
        "database",
        "documents",
        "calls",
        "mean ms",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        `p95 ≤ ${TARGET_P95_MS} ms`,
      ],
      runs.map((r) => [
        r.database,
        r.documents,
        r.overall.count,
        fmt(r.overall.meanMs),
        fmt(r.overall.p50Ms),
        fmt(r.overall.p95Ms),
        fmt(r.overall.p99Ms),
        fmt(r.overall.maxMs),
        r.meetsTarget ? "yes" : "NO",
      ]),
    ),
  );
  console.log("\n### Per query (p50 / p95 ms)\n");
  console.log(
    markdownTable(
      ["query", "matching docs", ...runs.flatMap((r) => [`${r.database} p50`, `${r.database} p95`])],
      queries.map((query, i) => [
        query.label.length > 48 ? `${query.label.slice(0, 45)}…` : query.label,
        runs[0]?.perQuery[i]?.matches ?? 0,
        ...runs.flatMap((r) => [fmt(r.perQuery[i]!.p50Ms), fmt(r.perQuery[i]!.p95Ms)]),
      ]),
    ),
  );
  const file = writeResult("search", {
    benchmark: "search.query",
    date: new Date().toISOString(),
    machine,
    settings: { generatedDocuments: DOCS, rounds: ROUNDS, warmupRounds: WARMUP_ROUNDS, budgetMs: BUDGET_MS },
    queries: queries.map((x) => ({ label: x.label, input: { ...x.input, q: x.input.q.slice(0, 60) } })),
    runs,
  });
  console.log(
    `\nMachine: ${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage1mAtStart} at start, ${machine.loadAverage1mAtEnd} at end`,
  );
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
