// Starts the production build (`next start`, or the container image's `node server.js`) the way
// playwright.config.ts does: its own fresh embedded database under /tmp, migrations and seed
// applied first by scripts/prestart.ts, bound to 127.0.0.1 only. Nothing is built here: run
// `npx next build` first.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { assembleImage, imageNodeOptions } from "../../deploy/image-layout";
import { onInterrupt } from "./cleanup";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** pid of the `next start` process we spawned. */
  pid: number;
  /** pid of the process that serves (titled next-server), the one whose memory is read. */
  serverPid: number;
  dataDir: string;
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}–${from + 49}`);
}

function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function descendantsOf(pid: number): number[] {
  const direct = childrenOf(pid);
  return [...direct, ...direct.flatMap(descendantsOf)];
}

function processName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

/** Resident memory of a process in MiB (VmRSS from /proc/<pid>/status), or null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    const kb = Number(line?.match(/(\d+)/)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface StartOptions {
  port?: number;
  label: string;
  /** A PostgreSQL database (migrated and seeded by prestart); the embedded one otherwise. */
  databaseUrl?: string;
  /** Extra environment for prestart and the server. */
  env?: Record<string, string>;
  /** Start through scripts/serve.cjs (`npm start`: the socket-address hook loaded) instead of `next start`. */
  viaServeScript?: boolean;
  /**
   * Start what the container image runs instead: `node server.js` from the Dockerfile's runtime
   * layout (deploy/image-layout.ts) with the image's NODE_OPTIONS, after the same prestart.
   */
  image?: boolean;
  /** Node flags for the serving process (for example --cpu-prof; not allowed in NODE_OPTIONS). */
  nodeFlags?: string[];
  /** Another Next app (the framework floor in bench/compare.ts): no prestart, no readiness route. */
  appDir?: string;
  readyPath?: string;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const appDir = options.appDir ?? root;
  if (!fs.existsSync(path.join(appDir, ".next", "BUILD_ID"))) {
    throw new Error(`No production build in ${appDir}/.next: run \`npx next build\` first.`);
  }
  const port = await freePort(options.port ?? Number(process.env.BENCH_PORT ?? 3950));
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `atelier-${options.label}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    ATELIER_MODE: "local",
    DATA_DIR: dataDir,
    PGLITE_DIR: "",
    PORT: String(port),
    APP_URL: baseUrl,
    DATABASE_URL: options.databaseUrl ?? "",
    SMTP_URL: "",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  const started = Date.now();
  if (!options.appDir) {
    const prestart = spawnSync(bin("tsx"), ["scripts/prestart.ts"], {
      cwd: root,
      env: { ...env, NODE_OPTIONS: "" },
      encoding: "utf8",
    });
    if (prestart.status !== 0) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`prestart failed:\n${prestart.stdout}\n${prestart.stderr}`);
    }
    const where = options.databaseUrl ? "the PostgreSQL database" : "a fresh embedded database";
    console.log(`  prestart (migrate + seed ${where}) ${Date.now() - started} ms`);
  }

  let stderr = "";
  let imageDir = "";
  if (options.image) {
    imageDir = assembleImage(`atelier-${options.label}-image-`);
    env.NODE_OPTIONS = imageNodeOptions();
  }
  const [command, args] = options.image
    ? [process.execPath, [...(options.nodeFlags ?? []), "server.js"]]
    : options.viaServeScript
      ? [
          process.execPath,
          [...(options.nodeFlags ?? []), path.join(root, "scripts", "serve.cjs"), "start", "-p", String(port)],
        ]
      : [process.execPath, [...(options.nodeFlags ?? []), bin("next"), "start", "-H", "127.0.0.1", "-p", String(port)]];
  const child: ChildProcess = spawn(command, args, {
    cwd: imageDir || appDir,
    env: { ...env, HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const pid = child.pid!;
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  let forget = () => {};
  const stop = async () => {
    forget();
    if (!exited && alive(pid)) {
      const family = [pid, ...descendantsOf(pid)];
      process.kill(pid, "SIGTERM");
      try {
        await waitFor(() => family.every((p) => !alive(p)), 15_000, "the server to exit after SIGTERM");
      } catch {
        for (const p of family) if (alive(p)) process.kill(p, "SIGKILL");
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (imageDir) fs.rmSync(imageDir, { recursive: true, force: true });
  };

  forget = onInterrupt(stop);
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`next start exited early:\n${stderr}`);
        try {
          return (await fetch(`${baseUrl}${options.readyPath ?? "/api/health/ready"}`)).status === 200;
        } catch {
          return false;
        }
      },
      90_000,
      `${baseUrl}${options.readyPath ?? "/api/health/ready"}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  // `next start` serves in its own process or in a child titled next-server: measure that one.
  const serverPid = [pid, ...descendantsOf(pid)].find((p) => processName(p).startsWith("next-server")) ?? pid;
  console.log(
    `  ${options.image ? "the image's server.js" : "next start"} ready on ${baseUrl} in ${Date.now() - started} ms (server pid ${serverPid})`,
  );
  return { baseUrl, port, pid, serverPid, dataDir, stop };
}
