// Issue 17's memory targets: one instance under a steady mixed load (public pages, anonymous and
// signed-in tRPC reads) for BENCH_SOAK_MINUTES (15), its memory sampled every BENCH_SOAK_SAMPLE_S
// (30 s): RSS from /proc and the V8 heap, external and array-buffer memory from the instance's own
// /api/metrics. Prints the series, the RSS after 5 minutes (goal ≤ 300 MiB) and the growth over the
// second half (goal: none, i.e. the slope stays within noise). Bounded in time (at most 60 minutes);
// loopback only.
// Run: npm run bench:soak (docs: bench/README.md). Never part of CI.
import { createRequire } from "node:module";
import os from "node:os";
import { onInterrupt } from "./lib/cleanup";
import { rssMiB, startServer } from "./lib/next-server";
import { benchServerUrl, createScratchDatabase } from "./lib/scratch-database";
import { createBenchSessions, sessionCookie } from "./lib/sessions";
import { machineInfo, markdownTable, writeResult } from "./lib/stats";

const MINUTES = Math.min(60, Number(process.env.BENCH_SOAK_MINUTES ?? 15));
const SAMPLE_S = Math.max(5, Number(process.env.BENCH_SOAK_SAMPLE_S ?? 30));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3880);
const SESSIONS = 200;
// What an instance is: the container image's `node server.js` (the default) or `npm start`.
const SERVER = process.env.BENCH_SOAK_SERVER === "npm-start" ? "npm-start" : "image";
// Node flags for the served process, for comparing heap settings (e.g. "--max-old-space-size=0").
const NODE_FLAGS = (process.env.BENCH_SOAK_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
const MiB = 1024 * 1024;

interface AutocannonInstance extends PromiseLike<{ requests: { total: number }; errors: number; non2xx: number }> {
  stop(): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method?: string; path: string; headers?: Record<string, string> }[];
  headers?: Record<string, string>;
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Sample {
  minute: number;
  rssMiB: number | null;
  heapUsedMiB: number | null;
  heapTotalMiB: number | null;
  externalMiB: number | null;
}

/** A gauge from the Prometheus text (prom-client's default Node metrics), in MiB. */
function gauge(text: string, name: string): number | null {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  const value = Number(line?.split(/\s+/).pop());
  return Number.isFinite(value) ? Math.round((value / MiB) * 10) / 10 : null;
}

/** Least-squares slope (MiB per minute) of the samples. */
function slope(points: { x: number; y: number }[]) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den ? num / den : 0;
}

async function main() {
  console.log(`## bench:soak — ${MINUTES} min of mixed load, ${CONNECTIONS} connections, a sample every ${SAMPLE_S} s`);
  console.log(
    `  instance: ${SERVER === "image" ? "the container image's server.js" : "npm start"}${NODE_FLAGS.length ? `, node ${NODE_FLAGS.join(" ")}` : ""}`,
  );
  const database = await createScratchDatabase(benchServerUrl());
  const app = await startServer({
    label: "soak",
    port: PORT,
    databaseUrl: database.url,
    viaServeScript: SERVER === "npm-start",
    image: SERVER === "image",
    nodeFlags: NODE_FLAGS,
    env: { TRUSTED_PROXIES: "loopback", REDIS_URL: process.env.BENCH_REDIS_URL ?? "" },
  });
  const forget = onInterrupt(async () => {
    await app.stop();
    await database.drop();
  });
  try {
    const tokens = await createBenchSessions(database.url, SESSIONS);
    const anon = `/api/trpc/glossary.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug: "backend" } }))}`;
    const browser = { "accept-encoding": "gzip, deflate, br, zstd", accept: "*/*" };
    // The mix: three cached public pages, an anonymous tRPC read and signed-in tRPC reads spread over
    // 200 accounts; each request from its own forwarded address, so no rate limit is reached.
    const requests = Array.from({ length: 400 }, (_, i) => {
      const ip = { "x-forwarded-for": `10.9.${(i >> 8) & 255}.${i & 255}` };
      switch (i % 5) {
        case 0:
          return { path: "/glossary/backend", headers: { ...browser, ...ip } };
        case 1:
          return { path: "/", headers: { ...browser, ...ip } };
        case 2:
          return { path: "/pricing", headers: { ...browser, ...ip } };
        case 3:
          return { path: anon, headers: { ...browser, ...ip } };
        default:
          return {
            path: "/api/trpc/notifications.unreadCount",
            headers: { ...browser, ...ip, cookie: sessionCookie(tokens[i % tokens.length] as string) },
          };
      }
    });
    const read = async (minute: number): Promise<Sample> => {
      const text = await fetch(`${app.baseUrl}/api/metrics`)
        .then((r) => r.text())
        .catch(() => "");
      return {
        minute: Math.round(minute * 10) / 10,
        rssMiB: rssMiB(app.serverPid),
        heapUsedMiB: gauge(text, "nodejs_heap_size_used_bytes"),
        heapTotalMiB: gauge(text, "nodejs_heap_size_total_bytes"),
        externalMiB: gauge(text, "nodejs_external_memory_bytes"),
      };
    };

    const samples: Sample[] = [await read(0)];
    console.log(`  after start: RSS ${samples[0]?.rssMiB} MiB, heap used ${samples[0]?.heapUsedMiB} MiB`);
    const started = Date.now();
    const load = autocannon({ url: app.baseUrl, connections: CONNECTIONS, duration: MINUTES * 60, requests });
    const timer = setInterval(async () => {
      const s = await read((Date.now() - started) / 60_000);
      samples.push(s);
      console.log(
        `  ${s.minute.toFixed(1).padStart(5)} min  RSS ${s.rssMiB} MiB  heap ${s.heapUsedMiB}/${s.heapTotalMiB} MiB  external ${s.externalMiB} MiB  load ${os.loadavg()[0]?.toFixed(2)}`,
      );
    }, SAMPLE_S * 1000);
    const result = await load;
    clearInterval(timer);
    samples.push(await read((Date.now() - started) / 60_000));

    const at5 = samples.find((s) => s.minute >= 5) ?? samples.at(-1);
    const secondHalf = samples.filter((s) => s.minute >= MINUTES / 2 && s.rssMiB !== null);
    const rssSlope = slope(secondHalf.map((s) => ({ x: s.minute, y: s.rssMiB as number })));
    const heapSlope = slope(
      secondHalf.filter((s) => s.heapUsedMiB !== null).map((s) => ({ x: s.minute, y: s.heapUsedMiB as number })),
    );
    const rates = `${result.requests.total} requests (${Math.round(result.requests.total / (MINUTES * 60))} req/s), errors ${result.errors}, non-2xx ${result.non2xx}`;
    console.log(`\n${rates}`);
    console.log(
      markdownTable(
        ["minute", "RSS MiB", "heap used MiB", "heap total MiB", "external MiB"],
        samples.map((s) => [
          s.minute,
          s.rssMiB ?? "—",
          s.heapUsedMiB ?? "—",
          s.heapTotalMiB ?? "—",
          s.externalMiB ?? "—",
        ]),
      ),
    );
    const max = Math.max(...samples.map((s) => s.rssMiB ?? 0));
    console.log(
      markdownTable(
        ["target", "value", "goal", "met"],
        [
          [
            "RSS after 5 minutes of the mixed load",
            `${at5?.rssMiB} MiB`,
            "≤ 300 MiB",
            (at5?.rssMiB ?? 0) <= 300 ? "met" : "not met",
          ],
          [
            `growth over the second half (minutes ${MINUTES / 2}–${MINUTES})`,
            `RSS ${rssSlope.toFixed(2)} MiB/min, heap ${heapSlope.toFixed(2)} MiB/min (peak RSS ${max} MiB)`,
            "no growth (slope < 1 MiB/min; a falling RSS is not growth)",
            rssSlope < 1 ? "met" : "not met",
          ],
        ],
      ),
    );
    const m = machineInfo();
    console.log(
      `\nMachine: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; load average ${m.loadAverage1mAtStart} at start, ${m.loadAverage1mAtEnd} at end. App on PostgreSQL, started as ${SERVER === "image" ? "the container image starts it (node server.js, the image's NODE_OPTIONS)" : "npm start does"}${NODE_FLAGS.length ? ` with node ${NODE_FLAGS.join(" ")}` : ""}; autocannon on the same cores.`,
    );
    console.log(
      `Results: ${writeResult("soak", { server: SERVER, nodeFlags: NODE_FLAGS, minutes: MINUTES, connections: CONNECTIONS, rates, samples, rssSlope, heapSlope })}`,
    );
  } finally {
    forget();
    await app.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
