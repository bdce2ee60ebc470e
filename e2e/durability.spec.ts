import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import type { Inspection, Setup } from "./support/durability-db";

// Crash durability: concurrent writes against our own server (the existing build, its own port and
// data), SIGKILL half-way, restart. Every acknowledged write is stored exactly once with its
// emails; unacknowledged ones at most once; the same calls retried with the same keys create
// nothing new. Once on embedded PGlite, once on the PostgreSQL server when it answers.
const PORT = Number(process.env.DURABILITY_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const WRITERS = 4;
const WRITES = 152;
const KILL_AFTER = WRITES / 2;
const PAYERS = WRITES / 4;
const ADMIN_URL = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const root = path.resolve(__dirname, "..");
const run = promisify(execFile);

const refusals: string[] = [];

type Kind = "lead" | "request" | "comment" | "payment";
interface Write {
  kind: Kind;
  key: string;
  /** The tRPC calls this write makes; a payment's checkout session id is its key once known. */
  call: () => Promise<boolean>;
  isAcknowledged: boolean;
  isSent: boolean;
}

for (const variant of ["pglite", "postgres"] as const) {
  test(`acknowledged writes survive SIGKILL exactly once (${variant})`, async () => {
    test.setTimeout(80_000);
    const dataDir = path.join(root, ".data", `durability-${variant}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    let databaseUrl = "";
    let dropDatabase = async () => {};
    if (variant === "postgres") {
      const reason = await postgresUnreachable(ADMIN_URL);
      test.skip(Boolean(reason), `PostgreSQL at ${ADMIN_URL.replace(/\/\/[^@]*@/, "//")} is not reachable: ${reason}`);
      const name = `atelier_durability_${Date.now().toString(36)}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
      dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    const env = {
      ...process.env,
      ATELIER_MODE: "local",
      DATA_DIR: dataDir,
      PGLITE_DIR: "",
      PORT: String(PORT),
      APP_URL: BASE,
      DATABASE_URL: databaseUrl,
      SMTP_URL: "",
      REDIS_URL: "",
      STRIPE_SECRET_KEY: "",
      LOG_LEVEL: "error",
      // The writers stand in for a proxy on this host naming many clients (public forms are limited per address).
      TRUSTED_PROXIES: "127.0.0.1",
    };
    const db = async <T>(...args: string[]): Promise<T> => {
      const { stdout } = await run(
        path.join(root, "node_modules/.bin/tsx"),
        ["e2e/support/durability-db.ts", ...args],
        {
          cwd: root,
          env,
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return JSON.parse(stdout.trim().split("\n").at(-1) as string) as T;
    };
    let server: ChildProcess | undefined;
    refusals.length = 0;
    const began = Date.now();
    const phases: string[] = [];
    const lap = (name: string) => phases.push(`${name} ${((Date.now() - began) / 1000).toFixed(1)}s`);
    try {
      const setup = await db<Setup>("setup", String(PAYERS));
      const writes = planWrites(setup);
      lap("setup");

      server = await startServer(env);
      lap("started");
      let started = 0;
      const first = server;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          for (let next = started++; next < writes.length; next = started++) {
            if (next === KILL_AFTER) kill(first, "SIGKILL");
            const write = writes[next] as Write;
            write.isSent = true;
            write.isAcknowledged = await write.call().catch(() => false);
          }
        }),
      );
      await exited(first);
      lap("killed");
      const acknowledged = writes.filter((w) => w.isAcknowledged);
      const afterCrash = await db<Inspection>("inspect");
      const crashReport = check(afterCrash, writes, acknowledged);
      lap("inspected");

      // The same calls again, with the same keys: what was stored stays as it is.
      server = await startServer(env);
      lap("restarted");
      let retried = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          for (let next = retried++; next < writes.length; next = retried++) {
            const write = writes[next] as Write;
            write.isAcknowledged = await write.call().catch(() => false);
          }
        }),
      );
      lap("retried");
      await stopServer(server);
      const afterRetry = await db<Inspection>("inspect");
      const retryReport = check(afterRetry, writes, writes);
      lap("inspected");
      const retriesCreated = acknowledged.reduce(
        (sum, w) => sum + stored(afterRetry, w).rows - stored(afterCrash, w).rows,
        0,
      );
      const unacknowledged = writes.filter((w) => !acknowledged.includes(w));
      console.log(
        `durability (${variant}): ${writes.filter((w) => w.isSent).length} writes sent, ${acknowledged.length} acknowledged, ` +
          `${crashReport.foundOnce} found once, ${crashReport.duplicated} duplicated, ${crashReport.missing} missing, ` +
          `${crashReport.missingEmails} missing emails; ${unacknowledged.length} unacknowledged, ${crashReport.unacknowledgedStored} of them stored, ` +
          `${crashReport.unacknowledgedDuplicated} twice; ${acknowledged.length} retries created ${retriesCreated}; ` +
          `after retrying all: ${retryReport.foundOnce}/${writes.length} once, ${retryReport.duplicated} duplicated, ` +
          `${retryReport.missingEmails} missing emails`,
      );
      console.log(`durability (${variant}) timings: ${phases.join(", ")}`);
      expect(refusals, "no write was refused").toEqual([]);
      expect(acknowledged.length, "some writes were acknowledged before the kill").toBeGreaterThan(0);
      expect(unacknowledged.length, "the kill interrupted the writes").toBeGreaterThan(0);
      expect(crashReport).toMatchObject({
        foundOnce: acknowledged.length,
        duplicated: 0,
        missing: 0,
        missingEmails: 0,
        unacknowledgedDuplicated: 0,
      });
      expect(retriesCreated).toBe(0);
      expect(retryReport).toMatchObject({
        foundOnce: writes.length,
        duplicated: 0,
        missing: 0,
        missingEmails: 0,
      });
    } finally {
      if (server && server.exitCode === null && server.signalCode === null) await stopServer(server);
      await dropDatabase();
    }
  });
}

/** 152 writes in turn: contact lead, design request, comment, test-provider payment. */
function planWrites(setup: Setup): Write[] {
  const kinds: Kind[] = ["lead", "request", "comment", "payment"];
  return Array.from({ length: WRITES }, (_, i) => {
    const kind = kinds[i % kinds.length] as Kind;
    const write: Write = { kind, key: randomUUID(), call: async () => false, isAcknowledged: false, isSent: false };
    const asClient = { token: setup.clientToken };
    if (kind === "lead") {
      const form = {
        name: `Lead ${i}`,
        email: `lead-${i}@leads.durability.test`,
        message: `Durability lead ${write.key}`,
        startedAt: Date.now() - 60_000,
        idempotencyKey: write.key,
      };
      // Each lead from its own address, as a proxy in front would report it (public forms are
      // limited per address).
      write.call = () => mutation("leads.submitContact", form, { forwardedFor: `10.77.${i >> 8}.${i & 255}` });
    } else if (kind === "request") {
      const input = {
        workspaceId: setup.workspaceId,
        title: `Durability request ${i}`,
        type: "web-design",
        brief: `Brief ${write.key}`,
        idempotencyKey: write.key,
      };
      write.call = () => mutation("requests.create", input, asClient);
    } else if (kind === "comment") {
      const input = {
        workspaceId: setup.workspaceId,
        requestId: setup.requestIds[i % setup.requestIds.length],
        body: `Durability comment ${write.key}`,
        idempotencyKey: write.key,
      };
      write.call = () => mutation("requests.comment", input, asClient);
    } else {
      const payer = setup.payers[Math.floor(i / kinds.length)] as Setup["payers"][number];
      let sessionId: string | null = null;
      write.key = payer.workspaceId;
      // A checkout whose start was never answered is started again; once its id is known, the
      // same session is completed again.
      write.call = async () => {
        if (!sessionId) {
          const started = await call("billing.checkout", { planSlug: "starter", interval: "MONTH" }, payer);
          if (!started.ok) return false;
          sessionId = String((started.data as { url: string }).url.split("/").pop());
        }
        return mutation("billing.completeTestCheckout", { sessionId, outcome: "paid" }, payer);
      };
    }
    return write;
  });
}

async function call(procedure: string, input: unknown, opts: { token?: string; forwardedFor?: string } = {}) {
  const response = await fetch(`${BASE}/api/trpc/${procedure}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(opts.token && { cookie: `next-auth.session-token=${opts.token}` }),
      ...(opts.forwardedFor && { "x-forwarded-for": opts.forwardedFor }),
    },
    body: JSON.stringify({ json: input }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { result?: { data?: { json?: unknown } }; error?: unknown };
  // A refusal is a fault in this test or in the app, never the crash: it is reported, not retried.
  if (!response.ok && response.status < 500)
    refusals.push(`${procedure} answered ${response.status}: ${JSON.stringify(body.error).slice(0, 300)}`);
  return { ok: response.ok, data: body.result?.data?.json };
}

async function mutation(procedure: string, input: unknown, opts: { token?: string; forwardedFor?: string } = {}) {
  return (await call(procedure, input, opts)).ok;
}

interface Report {
  foundOnce: number;
  duplicated: number;
  missing: number;
  missingEmails: number;
  unacknowledgedStored: number;
  unacknowledgedDuplicated: number;
}

/** How many rows each write left (0, 1 or more), and whether a stored write has its emails. */
function stored(found: Inspection, write: Write): { rows: number; hasEmails: boolean } {
  if (write.kind === "lead") {
    const leads = found.leads.filter((l) => l.key === write.key);
    const lead = leads[0];
    const hasEmails =
      !!lead &&
      found.emails.some((e) => e.kind === "contact-confirmation" && e.to === lead.email) &&
      found.emails.filter((e) => e.kind === "staff-new-lead" && e.text.includes(`/admin/leads/${lead.id}`)).length ===
        found.adminCount;
    return { rows: leads.length, hasEmails };
  }
  if (write.kind === "request")
    return { rows: found.requests.filter((r) => r.key === write.key).length, hasEmails: true };
  if (write.kind === "comment") {
    const rows = found.comments.filter((c) => c.key === write.key).length;
    return { rows, hasEmails: found.emails.some((e) => e.kind === "request-comment" && e.text.includes(write.key)) };
  }
  const payment = found.payments.find((p) => p.workspaceId === write.key);
  const counts = payment
    ? [payment.subscriptions, payment.invoices, payment.providerSubscriptions, payment.providerInvoices]
    : [0];
  // A payment "has its records" when our subscription and invoice match the provider's.
  return { rows: Math.max(...counts), hasEmails: counts.every((n) => n === counts[0]) };
}

function check(found: Inspection, writes: Write[], acknowledged: Write[]): Report {
  const report: Report = {
    foundOnce: 0,
    duplicated: 0,
    missing: 0,
    missingEmails: 0,
    unacknowledgedStored: 0,
    unacknowledgedDuplicated: 0,
  };
  for (const write of writes) {
    const { rows, hasEmails } = stored(found, write);
    if (acknowledged.includes(write)) {
      if (rows === 1) report.foundOnce++;
      if (rows > 1) report.duplicated++;
      if (rows === 0) report.missing++;
      if (rows > 0 && !hasEmails) report.missingEmails++;
    } else {
      if (rows > 0) report.unacknowledgedStored++;
      if (rows > 1) report.unacknowledgedDuplicated++;
    }
  }
  return report;
}

/** Signals the server's process group (the spec started it detached, as its leader). */
function kill(server: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-(server.pid as number), signal);
  } catch {
    // already gone
  }
}

async function startServer(env: NodeJS.ProcessEnv) {
  const server = spawn(process.execPath, ["scripts/serve.cjs", "start", "-p", String(PORT)], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}: ${stderr}`);
    const ready = await fetch(`${BASE}/api/health/ready`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    if (ready?.ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  kill(server, "SIGKILL");
  throw new Error(`the server did not become ready on ${BASE}: ${stderr}`);
}

function exited(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => server.once("exit", () => resolve()));
}

async function stopServer(server: ChildProcess) {
  const done = exited(server);
  kill(server, "SIGTERM");
  const timer = setTimeout(() => kill(server, "SIGKILL"), 10_000);
  await done;
  clearTimeout(timer);
}

async function postgresUnreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
