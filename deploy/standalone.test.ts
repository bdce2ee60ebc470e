import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleImage, imageNodeOptions } from "./image-layout";

// The image's runtime, without Docker: the Dockerfile's `COPY --from=build` lines replayed into a
// temporary directory, the bundled migration run there, then `node server.js` started from it.
const root = path.resolve(import.meta.dirname, "..");
const hasBuild = fs.existsSync(path.join(root, ".next", "standalone", "server.js"));
const PORT = 3280;
const base = `http://127.0.0.1:${PORT}`;

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => {
    const full = path.join(e.parentPath, e.name);
    return e.isFile() ? [path.relative(dir, full)] : [];
  });
}

/** Starts `node server.js` the way the image's CMD does (NODE_OPTIONS carries the hook). */
function startServer(app: string, env: NodeJS.ProcessEnv) {
  const child = spawn("node", ["server.js"], { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = { text: "" };
  child.stdout?.on("data", (d) => (output.text += d));
  child.stderr?.on("data", (d) => (output.text += d));
  return { child, output };
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

async function waitForHealth(server: ChildProcess, output: () => string, origin = base) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server.js exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server.js did not answer within 60 s:\n${output()}`);
}

describe.skipIf(!hasBuild)(
  `the standalone server from the image's layout${hasBuild ? "" : " (skipped: run `npx next build` first)"}`,
  () => {
    let app = "";
    let server: ChildProcess | undefined;
    let startedAt = 0;

    beforeAll(async () => {
      app = assembleImage();
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATA_DIR: path.join(app, ".data"),
        LOG_LEVEL: "warn",
        NODE_OPTIONS: imageNodeOptions(),
      };
      const migrate = spawnSync("node", ["dist/migrate.mjs", "deploy"], { cwd: app, env, encoding: "utf8" });
      expect(migrate.status, migrate.stderr).toBe(0);
      expect(migrate.stdout).toMatch(/Applied \d+ migration\(s\)/);
      startedAt = Date.now();
      // The embedded database stands in for PostgreSQL here, so this is a local-mode start.
      const started = startServer(app, {
        ...env,
        PORT: String(PORT),
        HOSTNAME: "127.0.0.1",
        APP_URL: "https://runtime-probe.example.com",
      });
      server = started.child;
      await waitForHealth(started.child, () => started.output.text);
    }, 180_000);

    afterAll(async () => {
      await stop(server);
      if (app) fs.rmSync(app, { recursive: true, force: true });
    });

    it("has the migration folders traced in, which readiness compares the database with", () => {
      const names = (dir: string) => fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory());
      const traced = path.join(root, ".next", "standalone", "prisma", "migrations");
      expect(fs.existsSync(traced)).toBe(true);
      expect(names(traced)).toEqual(names(path.join(root, "prisma", "migrations")));
    });

    it("loads each server chunk once: Turbopack's twins load the first copy (scripts/dedupe-server-chunks.cjs)", () => {
      const chunks = path.join(app, ".next", "server", "chunks");
      const twins = fs
        .readdirSync(chunks, { recursive: true })
        .map((name) => path.join(chunks, String(name)))
        .filter((file) => file.endsWith(".js") && fs.readFileSync(file, "utf8").startsWith("module.exports=require("));
      expect(twins.length).toBeGreaterThan(0);
      const load = createRequire(import.meta.url);
      for (const twin of twins) {
        const target = /require\("([^"]+)"\)/.exec(fs.readFileSync(twin, "utf8"))?.[1] as string;
        const first = path.resolve(path.dirname(twin), target);
        expect(fs.readFileSync(first, "utf8")).toMatch(/^module\.exports=\[/);
        expect(load(twin)).toBe(load(first));
      }
    });

    it("is ready: database reachable, every migration applied", async () => {
      const response = await fetch(`${base}/api/health/ready`);
      expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
      expect(response.status).toBe(200);
    });

    it("serves the home page, its static assets and public files", async () => {
      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
      expect(asset).toBeTruthy();
      expect((await fetch(`${base}${asset}`)).status).toBe(200);
      expect((await fetch(`${base}/.well-known/security.txt`)).status).toBe(200);
    });

    it("reads APP_URL when it runs, not when it was built", async () => {
      const about = await (await fetch(`${base}/about`)).text();
      expect(about).toContain('href="https://runtime-probe.example.com/about"');
    });

    it("counts requests by route pattern, through the preloaded hook", async () => {
      const body = await (await fetch(`${base}/api/metrics`)).text();
      expect(body).toMatch(/atelier_http_request_duration_seconds_count\{method="GET",route="\/",status="200"\} [1-9]/);
      expect(body).toMatch(/route="\/api\/health\/ready",status="200"/);
    });

    it("writes only where the Kubernetes manifests give it a writable volume", () => {
      const written = listFiles(app).filter((f) => fs.statSync(path.join(app, f)).mtimeMs >= startedAt);
      const outside = written.filter(
        (f) => !f.startsWith(`.data${path.sep}`) && !f.startsWith(`.next${path.sep}cache`),
      );
      expect(outside).toEqual([]);
    });
  },
);

const serverUrl = process.env.TEST_DATABASE_URL || undefined;
const nginxBinary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
const canRunTopology = hasBuild && Boolean(serverUrl) && Boolean(nginxBinary);

// docker-compose.yml without Docker: the release step, then two deployment instances on
// PostgreSQL (and Redis when TEST_REDIS_URL is set) behind nginx with the repository's config.
describe.skipIf(!canRunTopology)(
  `two deployment instances behind nginx${canRunTopology ? "" : " (skipped: needs the build, TEST_DATABASE_URL and nginx)"}`,
  () => {
    const ports = [3281, 3282];
    const proxyPort = 3290;
    const metricsToken = "deploy-test-metrics-token";
    const database = `atelier_deploy_${process.pid}_${Date.now()}`;
    let app = "";
    let nginxDir = "";
    let nginx: ChildProcess | undefined;
    const servers: ChildProcess[] = [];
    const traces: string[] = [];
    let collector: import("node:http").Server | undefined;
    let env: NodeJS.ProcessEnv = { NODE_ENV: "production" };

    beforeAll(async () => {
      const http = await import("node:http");
      collector = http.createServer((req, res) => {
        traces.push(req.url ?? "");
        req.resume();
        req.on("end", () => res.writeHead(200).end());
      });
      await new Promise<void>((r) => collector?.listen(0, "127.0.0.1", r));
      const collectorPort = (collector.address() as import("node:net").AddressInfo).port;
      app = assembleImage();
      const url = new URL(serverUrl as string);
      url.pathname = `/${database}`;
      env = {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        ATELIER_MODE: "deployment",
        APP_URL: `http://127.0.0.1:${proxyPort}`,
        DATABASE_URL: url.toString(),
        DATABASE_POOL_MAX: "3",
        SMTP_URL: "smtp://127.0.0.1:2525",
        AUTH_SECRET: "deploy-test-auth-secret-0123456789abcdef",
        METRICS_TOKEN: metricsToken,
        TRUSTED_PROXIES: "loopback",
        LOG_LEVEL: "warn",
        NODE_OPTIONS: imageNodeOptions(),
        ...(process.env.TEST_REDIS_URL && { REDIS_URL: process.env.TEST_REDIS_URL }),
      };
      const migrate = spawnSync("node", ["dist/migrate.mjs", "deploy"], { cwd: app, env, encoding: "utf8" });
      expect(migrate.status, migrate.stderr).toBe(0);
      expect(migrate.stdout).toMatch(/Applied \d+ migration\(s\) to the PostgreSQL server/);
      expect(migrate.stdout).toMatch(/Seeded \d+ glossary terms/);
      for (const [i, port] of ports.entries()) {
        const started = startServer(app, {
          ...env,
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          // The first instance also exports traces, to a collector this test plays.
          ...(i === 0 && { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}` }),
        });
        servers.push(started.child);
        await waitForHealth(started.child, () => started.output.text, `http://127.0.0.1:${port}`);
      }
      nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-nginx-"));
      let upstream = 0;
      const conf = fs
        .readFileSync(path.join(root, "deploy", "nginx", "nginx.conf"), "utf8")
        .replace(/server\s+app\d+:3000/g, () => `server 127.0.0.1:${ports[upstream++]}`)
        .replace(/listen\s+80;/, `listen 127.0.0.1:${proxyPort};`)
        .replace("/var/cache/nginx/atelier", path.join(nginxDir, "cache"));
      fs.writeFileSync(path.join(nginxDir, "nginx.conf"), conf);
      // nginx's workers run as another user when the test runs as root: they must reach the page cache.
      fs.chmodSync(nginxDir, 0o755);
      fs.mkdirSync(path.join(nginxDir, "cache"), { mode: 0o777 });
      fs.chmodSync(path.join(nginxDir, "cache"), 0o777);
      nginx = spawn(
        nginxBinary as string,
        [
          "-p",
          nginxDir,
          "-c",
          path.join(nginxDir, "nginx.conf"),
          "-e",
          path.join(nginxDir, "error.log"),
          "-g",
          `pid ${nginxDir}/nginx.pid; daemon off;`,
        ],
        { stdio: "ignore" },
      );
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        if (
          await fetch(`http://127.0.0.1:${proxyPort}/api/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
    }, 240_000);

    afterAll(async () => {
      await stop(nginx);
      await Promise.all(servers.map(stop));
      await new Promise((r) => (collector ? collector.close(r) : r(undefined)));
      if (app) fs.rmSync(app, { recursive: true, force: true });
      if (nginxDir) fs.rmSync(nginxDir, { recursive: true, force: true });
      const pg = (await import("pg")).default;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }, 60_000);

    const metricsOf = async (port: number) =>
      (
        await fetch(`http://127.0.0.1:${port}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
      ).text();

    it("spreads requests over both instances, each ready on the migrated server", async () => {
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`http://127.0.0.1:${proxyPort}/api/health/ready`);
        expect(response.status).toBe(200);
      }
      expect((await fetch(`http://127.0.0.1:${proxyPort}/`)).status).toBe(200);
      for (const port of ports) {
        expect(await metricsOf(port)).toMatch(/route="\/api\/health\/ready",status="200"\} [1-9]/);
      }
    });

    it("serves app-cached public pages from nginx's cache, and never a signed-in or dynamic answer", async () => {
      const page = `http://127.0.0.1:${proxyPort}/glossary/backend`;
      const statuses: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(page, { headers: { "accept-encoding": "gzip" } });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain("Backend");
        statuses.push(response.headers.get("x-cache-status"));
      }
      expect(statuses).toContain("HIT");
      for (let i = 0; i < 2; i++) {
        const api = await fetch(`http://127.0.0.1:${proxyPort}/api/health`);
        expect(api.headers.get("x-cache-status")).not.toBe("HIT");
        const signIn = await fetch(`http://127.0.0.1:${proxyPort}/api/auth/session`);
        expect(signIn.headers.get("x-cache-status")).not.toBe("HIT");
      }
    });

    it("reports the PostgreSQL pool and refuses metrics without the token", async () => {
      const body = await metricsOf(ports[0] as number);
      expect(body).toMatch(/atelier_db_pool_connections\{state="total"\} [1-3]/);
      expect((await fetch(`http://127.0.0.1:${proxyPort}/api/metrics`)).status).toBe(401);
    });

    it("exports traces over OTLP where OTEL_EXPORTER_OTLP_ENDPOINT is set", async () => {
      const deadline = Date.now() + 20_000;
      while (!traces.some((u) => u.startsWith("/v1/traces")) && Date.now() < deadline) {
        await fetch(`http://127.0.0.1:${ports[0]}/about`);
        await new Promise((r) => setTimeout(r, 1000));
      }
      expect(traces).toContain("/v1/traces");
    }, 30_000);
  },
);

describe("prerendered pages", () => {
  const appDir = path.join(root, ".next", "server", "app");
  it.skipIf(!fs.existsSync(appDir))("carry no absolute link to the site, which would bake APP_URL in", () => {
    const baked = listFiles(appDir)
      .filter((f) => f.endsWith(".html"))
      .filter((f) =>
        /<link rel="(canonical|alternate)"[^>]*href="https?:\/\//.test(fs.readFileSync(path.join(appDir, f), "utf8")),
      );
    expect(baked).toEqual([]);
  });
});
