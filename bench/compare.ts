// Issue 17's table in one run: the app on PostgreSQL next to a static file, a raw node:http + pg
// server doing the same indexed read, and a hello-world Next app (the framework floor), measured
// in alternating rounds with autocannon, plus first-load JS from the build output. Prints every
// target with its value, the goal and met / not met. Never fails on numbers.
// Run: npm run bench:compare [-- --smoke] [-- --cpu-prof] (docs: bench/README.md)
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { onInterrupt } from "./lib/cleanup";
import { buildFloorApp, nextVersion } from "./lib/floor-app";
import { freePort, type RunningServer, rssMiB, startServer } from "./lib/next-server";
import { benchServerUrl, createScratchDatabase } from "./lib/scratch-database";
import { createBenchSessions } from "./lib/sessions";
import { machineInfo, markdownTable, writeResult } from "./lib/stats";

const argv = process.argv.slice(2);
const isSmoke = argv.includes("--smoke");
const wantsProfile = argv.includes("--cpu-prof");
const ROUNDS = isSmoke ? 1 : Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION_S = isSmoke ? 2 : Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const SESSIONS = 200; // signed-in callers, so no one passes the 600 calls/min per account limit
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3810);
const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd", accept: "*/*" };

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram & { p97_5: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface AutocannonRequest {
  headers?: Record<string, string>;
  setupRequest?: (req: { headers?: Record<string, string> }) => { headers?: Record<string, string> };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
  timeout?: number;
}) => PromiseLike<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Target {
  key: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  /** Per-request headers (a different client address or session on each call). */
  vary?: () => Record<string, string>;
}

interface Sample {
  round: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** The chunk of the build closest in size to the issue's 8.9 kB static file. */
function pickStaticFile() {
  const dir = path.join(root, ".next", "static", "chunks");
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => ({ name: e.name, bytes: fs.statSync(path.join(dir, e.name)).size }))
    .sort((a, b) => Math.abs(a.bytes - 8900) - Math.abs(b.bytes - 8900));
  if (!files[0]) throw new Error(`No .js file in ${dir}`);
  return { urlPath: `/_next/static/chunks/${files[0].name}`, bytes: files[0].bytes };
}

/**
 * A GET that is retried once when the connection was reset: undici reuses a kept-alive socket that
 * the server may be closing at that moment (Next closes idle ones after 5 s), which a GET survives.
 */
async function getWithRetry(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, init);
  }
}

/**
 * First-load JS of a page: every external script its HTML loads (noModule polyfills excluded), read
 * from the build output and gzipped (level 9, as a CDN would). Chunks loaded later (dynamic imports,
 * islands that load on interaction) are not first-load.
 */
async function firstLoadJs(baseUrl: string, pagePath: string, staticRoot: string) {
  const html = await (await getWithRetry(baseUrl + pagePath)).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src?.startsWith("/_next/static/")));
  let gzipBytes = 0;
  for (const src of new Set(scripts)) {
    const file = path.join(staticRoot, decodeURIComponent(src.replace(/^\/_next\/static\//, "").split("?")[0]!));
    gzipBytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { path: pagePath, scripts: new Set(scripts).size, kB: Math.round(gzipBytes / 100) / 10 };
}

async function measure(target: Target): Promise<Omit<Sample, "round">> {
  const requests = target.vary
    ? [
        {
          setupRequest: (req: { headers?: Record<string, string> }) => ({
            ...req,
            headers: { ...req.headers, ...target.vary?.() },
          }),
        },
      ]
    : undefined;
  const r = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: target.headers,
    requests,
    timeout: 10,
  });
  return {
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** nginx with the repository's config (deploy/nginx/nginx.conf) in front of the app, when nginx is installed. */
async function startNginx(appPort: number): Promise<{ url: string; stop: () => Promise<void> } | null> {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (!binary) return null;
  const port = await freePort(BASE_PORT + 50);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-bench-nginx-"));
  // nginx's workers run as another user when started as root: they must reach the cache.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, "cache"), { mode: 0o777 });
  fs.chmodSync(path.join(dir, "cache"), 0o777);
  const conf = fs
    .readFileSync(path.join(root, "deploy", "nginx", "nginx.conf"), "utf8")
    .replace(/server\s+app1:3000[^;]*;/, `server 127.0.0.1:${appPort};`)
    .replace(/\s*server\s+app\d+:3000[^;]*;/g, "")
    .replace(/listen\s+80;/, `listen 127.0.0.1:${port};`)
    .replace("/var/cache/nginx/atelier", path.join(dir, "cache"))
    .replace(/worker_processes auto;/, "worker_processes 1;");
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(
    binary,
    [
      "-p",
      dir,
      "-c",
      path.join(dir, "nginx.conf"),
      "-e",
      path.join(dir, "error.log"),
      "-g",
      `pid ${dir}/nginx.pid; daemon off;`,
    ],
    { stdio: "ignore" },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const forget = onInterrupt(stop);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok)
      return {
        url: `http://127.0.0.1:${port}`,
        stop: async () => {
          forget();
          await stop();
        },
      };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  forget();
  console.log(
    `nginx did not start: ${fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : ""}`,
  );
  return null;
}

async function startRawServer(databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort(BASE_PORT + 40);
  const child: ChildProcess = spawn(bin("tsx"), [path.join(import.meta.dirname, "lib", "raw-pg-server.ts")], {
    env: { ...process.env, RAW_DATABASE_URL: databaseUrl, RAW_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  const forget = onInterrupt(stop);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`raw server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      forget();
      stop();
    },
  };
}

/** "fast path" when /api/metrics counts requests the Node fast path answered, else Next's route handler. */
async function trpcPath(baseUrl: string) {
  const res = await getWithRetry(`${baseUrl}/api/metrics`);
  if (!res.ok) return `unknown (/api/metrics answered ${res.status})`;
  const served = Number(/^atelier_trpc_fast_path_requests_total (\d+)/m.exec(await res.text())?.[1] ?? 0);
  return served > 0
    ? `the Node fast path (server/http-node.ts, ${served} warm-up calls)`
    : "Next's route handler (app/api/trpc/[trpc]/route.ts)";
}

function ensureAppBuild() {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID")) && process.env.BENCH_REBUILD !== "1") {
    console.log("App: using the production build in .next (BENCH_REBUILD=1 rebuilds it).");
    return;
  }
  console.log("App: building (next build)…");
  const result = spawnSync(bin("next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function main() {
  const startedAt = Date.now();
  ensureAppBuild();
  const floor = buildFloorApp();
  console.log(`Floor: hello-world Next ${nextVersion()} ${floor.built ? `built in ${floor.ms} ms` : "(build reused)"}`);
  const staticFile = pickStaticFile();
  const hasProxy = fs.existsSync(path.join(root, "proxy.ts"));

  const database = await createScratchDatabase(benchServerUrl());
  console.log(`Database: ${database.name} on ${database.host}`);
  const stops: (() => Promise<void> | void)[] = [async () => database.drop()];
  const profileDir = path.join(root, "bench", "results", `cpu-profile-${Date.now()}`);
  try {
    const app: RunningServer = await startServer({
      label: "compare",
      port: BASE_PORT,
      databaseUrl: database.url,
      // BENCH_APP_START=next: plain `next start`, without the preload hook (to measure what the hook costs).
      viaServeScript: process.env.BENCH_APP_START !== "next",
      env: { TRUSTED_PROXIES: "loopback", REDIS_URL: process.env.BENCH_REDIS_URL ?? "", JOBS_RUNNER: "off" },
      nodeFlags: wantsProfile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined,
    });
    stops.unshift(() => app.stop());
    const floorServer = await startServer({
      label: "floor",
      port: BASE_PORT + 20,
      appDir: floor.dir,
      readyPath: "/api/health",
    });
    stops.unshift(() => floorServer.stop());
    const raw = await startRawServer(database.url);
    stops.unshift(() => raw.stop());
    const nginx = await startNginx(app.port);
    if (nginx) stops.unshift(() => nginx.stop());
    const tokens = await createBenchSessions(database.url, SESSIONS);

    // First-load JS, from the pages' HTML and the build output.
    const contentPages = [
      "/",
      "/glossary/backend",
      "/blog/why-design-subscriptions-beat-hourly-agencies",
      "/pricing",
      "/about",
      "/services",
      "/faq",
    ];
    const islandPages = ["/glossary", "/contact", "/hero-redesign"];
    const floorJs = await firstLoadJs(floorServer.baseUrl, "/", path.join(floor.dir, ".next", "static"));
    const appJs = [];
    for (const page of [...contentPages, ...islandPages])
      appJs.push({
        ...(await firstLoadJs(app.baseUrl, page, path.join(root, ".next", "static"))),
        isContent: contentPages.includes(page),
      });

    // Warm-up: the page must come from the cache, the API calls must succeed.
    const page = "/glossary/backend";
    await (await getWithRetry(app.baseUrl + page)).arrayBuffer();
    const pageCheck = await getWithRetry(app.baseUrl + page, { headers: BROWSER });
    await pageCheck.arrayBuffer();
    const pageCache = pageCheck.headers.get("x-nextjs-cache") ?? pageCheck.headers.get("x-atelier-cache");
    const anonUrl = `${app.baseUrl}/api/trpc/glossary.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug: "backend" } }))}`;
    const sessionUrl = `${app.baseUrl}/api/trpc/notifications.unreadCount`;
    const cookie = (token: string) => `next-auth.session-token=${token}`;
    for (const [url, headers] of [
      [anonUrl, {}],
      [sessionUrl, { cookie: cookie(tokens[0]!) }],
      [`${raw.url}/?slug=backend`, {}],
    ] as const) {
      const res = await getWithRetry(url, { headers });
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    // Which path answered the warm-up calls: the fast path counts what it serves (server/http-node.ts).
    const trpcServedBy = await trpcPath(app.baseUrl);
    console.log(`tRPC served by: ${trpcServedBy}`);
    let ipCounter = 0;
    const nextIp = () => {
      ipCounter++;
      return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
    };
    let sessionCounter = 0;
    const targets: Target[] = [
      {
        key: "static",
        name: `static file from Next (${(staticFile.bytes / 1000).toFixed(1)} kB chunk)`,
        url: app.baseUrl + staticFile.urlPath,
        headers: BROWSER,
      },
      { key: "raw", name: "raw node:http + pg, one indexed row", url: `${raw.url}/?slug=backend`, headers: BROWSER },
      {
        key: "health",
        name: "Next trivial route handler (/api/health)",
        url: `${app.baseUrl}/api/health`,
        headers: BROWSER,
      },
      {
        key: "floorHealth",
        name: "floor app's trivial route handler (no proxy, no hooks)",
        url: `${floorServer.baseUrl}/api/health`,
        headers: BROWSER,
      },
      { key: "page", name: `cached page ${page}`, url: app.baseUrl + page, headers: BROWSER },
      ...(nginx
        ? [
            {
              key: "pageNginx",
              name: `cached page ${page} through nginx (deploy/nginx/nginx.conf)`,
              url: nginx.url + page,
              headers: BROWSER,
            },
          ]
        : []),
      {
        key: "trpcAnon",
        name: "tRPC glossary.bySlug, anonymous, cached read",
        url: anonUrl,
        headers: BROWSER,
        vary: () => ({ "x-forwarded-for": nextIp() }),
      },
      {
        key: "trpcSession",
        name: "tRPC notifications.unreadCount with a session",
        url: sessionUrl,
        headers: BROWSER,
        vary: () => ({ "x-forwarded-for": nextIp(), cookie: cookie(tokens[sessionCounter++ % tokens.length]!) }),
      },
    ];

    // BENCH_ONLY=trpcSession,page measures those alone (for a CPU profile of one path).
    const only = process.env.BENCH_ONLY?.split(",").map((k) => k.trim());
    if (only) targets.splice(0, targets.length, ...targets.filter((t) => only.includes(t.key)));
    const rssAfterStart = rssMiB(app.serverPid);
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.key, []]));
    console.log(
      `\nMeasuring: ${ROUNDS} round(s) × ${targets.length} targets × ${DURATION_S} s, ${CONNECTIONS} connections`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate the order each round so no target always runs on a warmer (or busier) machine.
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const s = await measure(target);
        samples.get(target.key)!.push({ round, ...s });
        console.log(
          `  round ${round} ${target.key.padEnd(12)} ${String(s.reqPerSec).padStart(6)} req/s  p99 ${s.p99Ms} ms  errors ${s.errors}  non-2xx ${s.non2xx}  load ${os.loadavg()[0]!.toFixed(2)}`,
        );
      }
    }
    const rssAfterLoad = rssMiB(app.serverPid);

    const rate = (key: string) => median(samples.get(key)?.map((s) => s.reqPerSec) ?? [Number.NaN]);
    const p99 = (key: string) => Math.max(...(samples.get(key)?.map((s) => s.p99Ms) ?? [Number.NaN]));
    const bad = (key: string) => samples.get(key)?.reduce((n, s) => n + s.errors + s.non2xx, 0) ?? 0;

    const throughputRows = targets.map((t) => [
      t.name,
      rate(t.key),
      samples
        .get(t.key)!
        .map((s) => s.reqPerSec)
        .join(" / "),
      p99(t.key),
      bad(t.key),
    ]);

    const contentJs = appJs.filter((p) => p.isContent);
    const worstContentJs = contentJs.reduce((a, b) => (b.kB > a.kB ? b : a));
    const goals: { target: string; value: string; goal: string; met: boolean | null }[] = [
      {
        target: "cached public page ÷ static file",
        value: `${round2(rate("page") / rate("static"))}× (${rate("page")} / ${rate("static")} req/s)`,
        goal: "≥ 0.9×",
        met: rate("page") / rate("static") >= 0.9,
      },
      {
        target: "cached public page through nginx ÷ static file from Next",
        value: nginx
          ? `${round2(rate("pageNginx") / rate("static"))}× (${rate("pageNginx")} / ${rate("static")} req/s)`
          : "nginx is not installed",
        goal: "≥ 0.9×",
        met: nginx ? rate("pageNginx") / rate("static") >= 0.9 : null,
      },
      {
        target: "tRPC anonymous read ÷ trivial route handler",
        value: `${round2(rate("trpcAnon") / rate("health"))}× (${rate("trpcAnon")} / ${rate("health")} req/s)`,
        goal: "≥ 1.0×",
        met: rate("trpcAnon") / rate("health") >= 1,
      },
      {
        target: "tRPC read with a session ÷ trivial route handler",
        value: `${round2(rate("trpcSession") / rate("health"))}× (${rate("trpcSession")} / ${rate("health")} req/s)`,
        goal: "≥ 0.8×",
        met: rate("trpcSession") / rate("health") >= 0.8,
      },
      {
        target: `per-request cost of the app's own layer (proxy.ts ${hasProxy ? "present" : "absent"}): route handler ÷ floor's`,
        value: `${round2(rate("health") / rate("floorHealth"))}× (${rate("health")} / ${rate("floorHealth")} req/s)`,
        goal: "≥ 0.95× (cost < 5 %)",
        met: rate("health") / rate("floorHealth") >= 0.95,
      },
      {
        target: `first-load JS, heaviest public content page (${worstContentJs.path})`,
        value: `${worstContentJs.kB} kB gzip (floor ${floorJs.kB} kB, +${round2(worstContentJs.kB - floorJs.kB)} kB)`,
        goal: `≤ floor + 5 kB (${round2(floorJs.kB + 5)} kB)`,
        met: worstContentJs.kB <= floorJs.kB + 5,
      },
      {
        target: "p99 at 64 connections, cached page and tRPC reads (worst round)",
        value: `page ${p99("page")} ms, anonymous ${p99("trpcAnon")} ms, session ${p99("trpcSession")} ms`,
        goal: "≤ 100 ms",
        met: Math.max(p99("page"), p99("trpcAnon"), p99("trpcSession")) <= 100,
      },
      {
        target: `app memory (RSS) after the load (${Math.round((Date.now() - startedAt) / 1000)} s run)`,
        value: `${rssAfterLoad} MiB (${rssAfterStart} MiB after start)`,
        goal: "≤ 300 MiB",
        met: rssAfterLoad !== null && rssAfterLoad <= 300,
      },
      {
        target: "Lighthouse mobile (/, /glossary/backend, a post, /pricing)",
        value: "measured by npm run bench:lighthouse",
        goal: "100 ×4, LCP ≤ 1.5 s",
        met: null,
      },
      {
        target: "portal at 100k requests / 1M comments",
        value: "measured by npm run bench:portal",
        goal: "within today's p95s",
        met: null,
      },
    ];

    const machine = machineInfo();
    console.log(`\n## bench:compare — ${new Date().toISOString()}${isSmoke ? " (smoke: one short round)" : ""}\n`);
    console.log(
      `Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Next ${nextVersion()}; load average ${machine.loadAverage1mAtStart} at start, ${machine.loadAverage1mAtEnd} at end. App on PostgreSQL (${database.host}), started with npm start's script; autocannon on the same cores. Compare ratios within this run only.\n`,
    );
    console.log(
      markdownTable(
        ["target", "req/s (median of rounds)", "rounds", "p99 ms (worst round)", "errors + non-2xx"],
        throughputRows,
      ),
    );
    console.log("");
    console.log(
      markdownTable(
        ["page", "scripts", "first-load JS kB gzip", "over floor"],
        [
          ["floor: hello-world Next app", floorJs.scripts, floorJs.kB, "—"],
          ...appJs.map((p) => [
            `${p.path}${p.isContent ? "" : " (has an island)"}`,
            p.scripts,
            p.kB,
            `+${round2(p.kB - floorJs.kB)}`,
          ]),
        ],
      ),
    );
    console.log("");
    console.log(
      markdownTable(
        ["target", "value", "goal", "met"],
        goals.map((g) => [g.target, g.value, g.goal, g.met === null ? "—" : g.met ? "met" : "not met"]),
      ),
    );
    console.log(`\nPage cache header on the warm-up: ${pageCache ?? "(none)"}. tRPC served by: ${trpcServedBy}.`);
    const file = writeResult(isSmoke ? "compare-smoke" : "compare", {
      benchmark: "compare",
      date: new Date().toISOString(),
      machine,
      settings: { rounds: ROUNDS, durationSeconds: DURATION_S, connections: CONNECTIONS, hasProxy, trpcServedBy },
      staticFile,
      samples: Object.fromEntries(samples),
      firstLoadJs: { floor: floorJs, pages: appJs },
      memory: { rssAfterStart, rssAfterLoad },
      goals,
    });
    console.log(`Results: ${path.relative(root, file)}`);
  } finally {
    for (const stop of stops) await stop();
    if (wantsProfile) console.log(`CPU profile of the app: ${path.relative(root, profileDir)}/*.cpuprofile`);
    console.log(`Total ${Math.round((Date.now() - startedAt) / 1000)} s`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
