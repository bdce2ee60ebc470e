// Throughput of the production server on a cached ISR page (/glossary/backend) next to a static
// file from .next/static and a tiny dynamic route, in the same run, with autocannon on loopback.
// Bounded: DURATION seconds per target, 10 connections. Needs a production build (`npx next build`).
// Run: npx tsx bench/page-throughput.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { rssMiB, startServer } from "./lib/next-server";
import { type LatencySummary, machineInfo, markdownTable, summarize, writeResult } from "./lib/stats";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// What Chromium sends; Next compresses HTML and static files with gzip when asked.
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd", accept: "*/*" };

// autocannon has no bundled types; this is the part of its programmatic API used here.
interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface TargetResult {
  name: string;
  path: string;
  encoding: string;
  bodyBytes: number;
  requestsTotal: number;
  requestsPerSecMean: number;
  requestsPerSecP50: number;
  throughputMiBPerSec: number;
  latency: LatencySummary & { p97_5Ms: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  rssMiBBefore: number | null;
  rssMiBAfter: number | null;
  cacheHeaderAfter?: string | null;
}

/** The largest JavaScript chunk of the build: what every page loads (framework and runtime). */
function pickStaticFile() {
  const dir = path.join(process.cwd(), ".next", "static", "chunks");
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => ({ name: e.name, bytes: fs.statSync(path.join(dir, e.name)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const file = files[0];
  if (!file) throw new Error(`No .js file in ${dir}`);
  return { urlPath: `/_next/static/chunks/${file.name}`, bytes: file.bytes };
}

async function main() {
  const started = Date.now();
  const staticFile = pickStaticFile();
  console.log(`Static file: ${staticFile.urlPath} (${staticFile.bytes.toLocaleString("en")} bytes on disk)`);
  const server = await startServer({ label: "throughput" });
  const results: TargetResult[] = [];
  try {
    const { baseUrl, serverPid } = server;
    const rssAtStart = rssMiB(serverPid);

    // Warm the ISR page: the first request renders and caches it, the second must be a cache hit.
    const page = "/glossary/backend";
    const first = await fetch(baseUrl + page);
    await first.arrayBuffer();
    const second = await fetch(baseUrl + page);
    await second.arrayBuffer();
    const cache = [first.headers.get("x-nextjs-cache"), second.headers.get("x-nextjs-cache")];
    console.log(`  warm-up ${page}: ${first.status} x-nextjs-cache=${cache[0]}, then ${second.status} ${cache[1]}`);
    if (second.status !== 200 || cache[1] !== "HIT") {
      throw new Error(`${page} is not served from the cache on the second request (x-nextjs-cache: ${cache[1]})`);
    }

    const targets = [
      { name: "ISR page, cached", path: page, headers: BROWSER_HEADERS },
      { name: "static JS chunk", path: staticFile.urlPath, headers: BROWSER_HEADERS },
      { name: "/api/health (dynamic)", path: "/api/health", headers: BROWSER_HEADERS },
      { name: "ISR page, cached, no compression", path: page, headers: { accept: "*/*" } },
      { name: "static JS chunk, no compression", path: staticFile.urlPath, headers: { accept: "*/*" } },
    ];
    for (const target of targets) {
      const probe = await fetch(baseUrl + target.path, { headers: target.headers });
      const body = Buffer.from(await probe.arrayBuffer());
      if (probe.status !== 200) throw new Error(`${target.path} answered ${probe.status}`);
      // fetch decodes gzip: ask Node's http for the size on the wire instead.
      const wire = await wireSize(baseUrl + target.path, target.headers);
      const before = rssMiB(serverPid);
      const samples: number[] = [];
      const instance = autocannon({
        url: baseUrl + target.path,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: target.headers,
        timeout: 10,
      });
      instance.on("response", (_client, _status, _bytes, ms) => {
        samples.push(ms);
      });
      const r = await instance;
      const after = rssMiB(serverPid);
      const check = target.path === page ? (await fetch(baseUrl + page)).headers.get("x-nextjs-cache") : undefined;
      const summary = summarize(samples);
      results.push({
        name: target.name,
        path: target.path,
        encoding: wire.encoding,
        bodyBytes: wire.bytes || body.length,
        requestsTotal: r.requests.total,
        requestsPerSecMean: Math.round(r.requests.average),
        requestsPerSecP50: r.requests.p50,
        throughputMiBPerSec: Math.round((r.throughput.average / 1024 ** 2) * 10) / 10,
        latency: { ...summary, p97_5Ms: r.latency.p97_5 },
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        rssMiBBefore: before,
        rssMiBAfter: after,
        ...(check !== undefined && { cacheHeaderAfter: check }),
      });
      console.log(
        `  ${target.name}: ${Math.round(r.requests.average)} req/s, p95 ${summary.p95Ms} ms, ${r.errors} errors, ${r.non2xx} non-2xx, RSS ${before} → ${after} MiB`,
      );
    }
    const rssAtEnd = rssMiB(serverPid);
    const peak = peakRssMiB(serverPid);

    const machine = machineInfo();
    console.log(`\n## Cached page throughput (${DURATION_S} s per target, ${CONNECTIONS} connections, loopback)\n`);
    console.log(
      markdownTable(
        [
          "target",
          "encoding",
          "bytes",
          "req/s mean",
          "req/s p50",
          "lat p50 ms",
          "lat p95 ms",
          "lat p99 ms",
          "errors",
          "non-2xx",
          "RSS MiB before → after",
        ],
        results.map((r) => [
          `${r.name} (${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path})`,
          r.encoding,
          r.bodyBytes,
          r.requestsPerSecMean,
          r.requestsPerSecP50,
          r.latency.p50Ms,
          r.latency.p95Ms,
          r.latency.p99Ms,
          r.errors + r.timeouts,
          r.non2xx,
          `${r.rssMiBBefore} → ${r.rssMiBAfter}`,
        ]),
      ),
    );
    console.log(
      `\nServer RSS: ${rssAtStart} MiB after start, ${rssAtEnd} MiB at the end, peak ${peak} MiB (VmHWM).` +
        `\nMachine: ${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage1mAtStart} at start, ${machine.loadAverage1mAtEnd} at end.` +
        " autocannon runs on the same cores as the server.",
    );
    const file = writeResult("page-throughput", {
      benchmark: "page-throughput",
      date: new Date().toISOString(),
      machine,
      settings: { durationSeconds: DURATION_S, connections: CONNECTIONS, server: "next start, embedded PGlite" },
      staticFile,
      server: { rssMiBAtStart: rssAtStart, rssMiBAtEnd: rssAtEnd, peakRssMiB: peak },
      results,
    });
    console.log(`Results: ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.stop();
    console.log(`Server stopped; total ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

function peakRssMiB(pid: number): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmHWM:"));
    return Math.round((Number(line?.match(/(\d+)/)?.[1]) / 1024) * 10) / 10;
  } catch {
    return null;
  }
}

/** Bytes on the wire and Content-Encoding of one response (undecoded). */
async function wireSize(url: string, headers: Record<string, string>) {
  const http = await import("node:http");
  return new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => {
          bytes += c.length;
        });
        res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }));
      })
      .on("error", reject);
  });
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
