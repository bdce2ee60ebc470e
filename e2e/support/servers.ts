import { type ChildProcess, spawn } from "node:child_process";

/**
 * Helpers for specs that run production servers of their own (outage, scale-out). Asynchronous on
 * purpose: a relay or SMTP fake in the test process must keep serving while these run.
 */

/** Migrates and seeds the database `env` names, as `npm start` does first; throws with stderr on failure. */
export async function prestart(env: NodeJS.ProcessEnv) {
  const child = spawn("node_modules/.bin/tsx", ["scripts/prestart.ts"], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) throw new Error(`prestart exited with ${status}: ${stderr}`);
}

/** `npm start`'s server (scripts/serve.cjs) on `port`, ready when its readiness check says so. */
export async function startServer(env: NodeJS.ProcessEnv, port: number, onStderr?: (text: string) => void) {
  const child = spawn(process.execPath, ["scripts/serve.cjs", "start", "-p", String(port)], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => onStderr?.(chunk.toString()));
  try {
    await waitForUrl(`http://127.0.0.1:${port}/api/health/ready`, 60_000, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return child;
}

/** Polls `url` until it answers 2xx; fails early when the process serving it exits. */
export async function waitForUrl(url: string, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the process serving ${url} exited with ${child.exitCode}`);
    const res = await fetch(url).catch(() => null);
    if (res?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
