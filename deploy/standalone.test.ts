import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The image's runtime, without Docker: the Dockerfile's `COPY --from=build` lines replayed into a
// temporary directory, the bundled migration run there, then `node server.js` started from it.
const root = path.resolve(import.meta.dirname, "..");
const hasBuild = fs.existsSync(path.join(root, ".next", "standalone", "server.js"));
const PORT = 3280;
const base = `http://127.0.0.1:${PORT}`;

/** [source in the build stage, destination in the runtime stage], both relative to /app. */
function runtimeCopies(dockerfile: string): [string, string][] {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  return [...runtime.matchAll(/^COPY\s+--from=build\s+(?:--\S+\s+)*(\S+)\s+(\S+)\s*$/gm)].map((m) => [
    path.posix.relative("/app", m[1] as string),
    path.posix.normalize(m[2] as string),
  ]);
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => {
    const full = path.join(e.parentPath, e.name);
    return e.isFile() ? [path.relative(dir, full)] : [];
  });
}

async function waitForHealth(server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server.js exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
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
    let log = "";
    let startedAt = 0;

    beforeAll(async () => {
      const bundle = spawnSync("npm", ["run", "--silent", "build:migrate"], { cwd: root, encoding: "utf8" });
      expect(bundle.status, bundle.stderr).toBe(0);
      app = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-image-"));
      for (const [from, to] of runtimeCopies(fs.readFileSync(path.join(root, "Dockerfile"), "utf8"))) {
        const target = path.join(app, to === "." || to === "./" ? "" : to);
        fs.cpSync(path.join(root, from), target, { recursive: true });
      }
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATA_DIR: path.join(app, ".data"),
        LOG_LEVEL: "warn",
        NODE_OPTIONS: "--require ./server/platform/http-hooks.cjs",
      };
      const migrate = spawnSync("node", ["dist/migrate.mjs", "deploy"], { cwd: app, env, encoding: "utf8" });
      expect(migrate.status, migrate.stderr).toBe(0);
      expect(migrate.stdout).toMatch(/Applied \d+ migration\(s\)/);
      startedAt = Date.now();
      // The embedded database stands in for PostgreSQL here, so this is a local-mode start.
      const child = spawn("node", ["server.js"], {
        cwd: app,
        env: { ...env, PORT: String(PORT), HOSTNAME: "127.0.0.1", APP_URL: "https://runtime-probe.example.com" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      server = child;
      child.stdout?.on("data", (d) => (log += d));
      child.stderr?.on("data", (d) => (log += d));
      await waitForHealth(child, () => log);
    }, 180_000);

    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((r) => server?.once("exit", r));
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      if (app) fs.rmSync(app, { recursive: true, force: true });
    });

    it("has the migration folders traced in, which readiness compares the database with", () => {
      const names = (dir: string) => fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory());
      const traced = path.join(root, ".next", "standalone", "prisma", "migrations");
      expect(fs.existsSync(traced)).toBe(true);
      expect(names(traced)).toEqual(names(path.join(root, "prisma", "migrations")));
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
