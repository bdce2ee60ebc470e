import { randomUUID } from "node:crypto";
import { serverEnv } from "../env";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "./db";
import { logger } from "./logger";

/**
 * One job runner for every deferred thing. Jobs live in PostgreSQL (the `Job` table); any number
 * of runners claim them with FOR UPDATE SKIP LOCKED and a lease, so a job never runs twice at
 * once and a crashed runner's job is claimed again once its lease runs out. The runner knows no
 * domain: domains declare `JobDefinition`s and `server/jobs.ts` gathers them into the registry
 * that instances and the cron route both use.
 */

export interface RunningJob {
  id: string;
  kind: string;
  /** This attempt, counting from 1. */
  attempt: number;
  maxAttempts: number;
}

export interface JobContext {
  db: Db;
  job: RunningJob;
  /** Aborted when this runner lost the lease (another runner may now own the job). */
  signal: AbortSignal;
}

export interface JobDefinition {
  // biome-ignore lint/suspicious/noExplicitAny: payloads are JSON; each handler knows its own shape
  run(payload: any, ctx: JobContext): Promise<unknown>;
  /** Attempts before the job is dead-lettered (status FAILED, error kept). Default 5. */
  maxAttempts?: number;
  /** Delay after the given failed attempt. Default: 30 s doubling, capped at an hour. */
  retryDelayMs?(attempts: number): number;
  /** How long a claim holds before another runner may take the job; renewed while it runs. Default 5 min. */
  leaseMs?: number;
  /** Recurring work: one row per kind, run again this long after each run. */
  everyMs?: number;
}

export type JobRegistry = Record<string, JobDefinition>;

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** 30 s, 1 min, 2 min … capped at an hour (the base is JOBS_RETRY_BASE_MS). */
export function defaultRetryDelayMs(attempts: number, baseMs = serverEnv().JOBS_RETRY_BASE_MS): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** The database clock as a UTC timestamp (our columns are timestamp without time zone). */
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
const after = (ms: number) => Prisma.sql`(${NOW} + make_interval(secs => ${ms / 1000}::float8))`;

export interface NewJob {
  kind: string;
  payload?: Prisma.InputJsonValue;
  runAt?: Date;
  maxAttempts?: number;
  id?: string;
}

/** Rows for `db.job.createMany`, so a domain can queue jobs in the same transaction as its change. */
export function jobRows(jobs: NewJob[], registry?: JobRegistry): Prisma.JobCreateManyInput[] {
  return jobs.map((j) => ({
    id: j.id ?? randomUUID(),
    kind: j.kind,
    payload: j.payload ?? {},
    runAt: j.runAt,
    maxAttempts: j.maxAttempts ?? registry?.[j.kind]?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  }));
}

export async function enqueueJob(db: Db | Prisma.TransactionClient, job: NewJob): Promise<string> {
  const row = jobRows([job])[0] as Prisma.JobCreateManyInput;
  await db.job.create({ data: row });
  return row.id as string;
}

/**
 * Makes sure every recurring kind has its one row. Safe from N instances at once (the unique
 * scheduleKey); a schedule dead-lettered last period is revived when its next period is due.
 */
export async function ensureSchedules(db: Db, registry: JobRegistry) {
  const recurring = Object.entries(registry).filter(([, d]) => d.everyMs);
  if (recurring.length === 0) return;
  await db.job.createMany({
    data: recurring.map(([kind, d]) => ({
      kind,
      scheduleKey: kind,
      maxAttempts: d.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    })),
    skipDuplicates: true,
  });
  await db.$executeRaw`
    UPDATE "Job" SET status = 'QUEUED', attempts = 0, "updatedAt" = ${NOW}
    WHERE status = 'FAILED' AND "runAt" <= ${NOW}
      AND "scheduleKey" IN (${Prisma.join(recurring.map(([kind]) => kind))})`;
}

interface ClaimedRow {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  lockedBy: string;
  scheduleKey: string | null;
}

/**
 * Claims due jobs of the kinds this runner knows: queued ones whose time has come, and running
 * ones whose lease ran out (their runner died). Each claim counts as an attempt, so a job that
 * kills its runner every time still ends dead-lettered. `ids` narrows the claim to given jobs.
 */
export async function claimJobs(
  db: Db,
  registry: JobRegistry,
  opts: { limit: number; ids?: string[] },
): Promise<ClaimedRow[]> {
  const kinds = Object.keys(registry);
  if (kinds.length === 0 || opts.limit <= 0 || opts.ids?.length === 0) return [];
  await db.$executeRaw`
    UPDATE "Job" SET status = 'FAILED', "lockedBy" = NULL, "lockedUntil" = NULL, "finishedAt" = ${NOW},
      "updatedAt" = ${NOW}, "lastError" = left(concat_ws(E'\n', "lastError", 'Its runner stopped during the last attempt (lease expired).'), 2000)
    WHERE status = 'RUNNING' AND "lockedUntil" < ${NOW} AND attempts >= "maxAttempts"`;
  const token = randomUUID();
  const onlyIds = opts.ids ? Prisma.sql`AND id IN (${Prisma.join(opts.ids)})` : Prisma.empty;
  // One lease length per claim; per kind it is renewed at a third of its own length while running.
  const leaseMs = Math.max(...kinds.map((k) => registry[k]?.leaseMs ?? DEFAULT_LEASE_MS));
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "Job" SET status = 'RUNNING', attempts = attempts + 1, "lockedBy" = ${token},
      "lockedUntil" = ${after(leaseMs)}, "startedAt" = ${NOW}, "updatedAt" = ${NOW}
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE kind IN (${Prisma.join(kinds)}) ${onlyIds}
        AND ((status = 'QUEUED' AND "runAt" <= ${NOW})
          OR (status = 'RUNNING' AND "lockedUntil" < ${NOW} AND attempts < "maxAttempts"))
      ORDER BY "runAt"
      LIMIT ${opts.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, payload, attempts, "maxAttempts", "lockedBy", "scheduleKey"`;
}

export type JobOutcome = "succeeded" | "retried" | "failed" | "lost";

const errorText = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

/**
 * Runs one claimed job and records the outcome — only while this claim still holds the job
 * (`lockedBy`), so a runner that lost its lease cannot overwrite the new owner's result.
 */
export async function runClaimedJob(db: Db, registry: JobRegistry, row: ClaimedRow): Promise<JobOutcome> {
  const definition = registry[row.kind] as JobDefinition; // claimed only for kinds in the registry
  const leaseMs = definition.leaseMs ?? DEFAULT_LEASE_MS;
  const lease = new AbortController();
  const renew = setInterval(async () => {
    try {
      const held = await db.$executeRaw`
        UPDATE "Job" SET "lockedUntil" = ${after(leaseMs)} WHERE id = ${row.id} AND "lockedBy" = ${row.lockedBy}`;
      if (held === 0) lease.abort(new Error("lease lost"));
    } catch {
      // A missed renewal is retried on the next tick; the lease is three ticks long.
    }
  }, leaseMs / 3);
  renew.unref();
  const mine = Prisma.sql`id = ${row.id} AND "lockedBy" = ${row.lockedBy} AND status = 'RUNNING'`;
  const log = logger.child({ jobId: row.id, kind: row.kind, attempt: row.attempts });
  const started = performance.now();
  let error: unknown;
  try {
    await definition.run(row.payload, {
      db,
      job: { id: row.id, kind: row.kind, attempt: row.attempts, maxAttempts: row.maxAttempts },
      signal: lease.signal,
    });
  } catch (caught) {
    error = caught;
  } finally {
    clearInterval(renew);
  }
  const durationMs = Math.round(performance.now() - started);
  const release = Prisma.sql`"lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = ${NOW}`;
  let outcome: JobOutcome;
  let changed: number;
  if (error === undefined) {
    outcome = "succeeded";
    changed = definition.everyMs
      ? await db.$executeRaw`UPDATE "Job" SET status = 'QUEUED', attempts = 0, "lastError" = NULL, "finishedAt" = ${NOW},
          "runAt" = ${after(definition.everyMs)}, ${release} WHERE ${mine}`
      : await db.$executeRaw`UPDATE "Job" SET status = 'SUCCEEDED', "lastError" = NULL, "finishedAt" = ${NOW}, ${release} WHERE ${mine}`;
  } else if (row.attempts >= row.maxAttempts) {
    outcome = "failed";
    // A dead-lettered schedule stays visible as failed until its next period revives it.
    const nextRun = definition.everyMs ? Prisma.sql`, "runAt" = ${after(definition.everyMs)}` : Prisma.empty;
    changed = await db.$executeRaw`UPDATE "Job" SET status = 'FAILED', "lastError" = ${errorText(error)},
        "finishedAt" = ${NOW}${nextRun}, ${release} WHERE ${mine}`;
  } else {
    outcome = "retried";
    const delay = (definition.retryDelayMs ?? defaultRetryDelayMs)(row.attempts);
    changed = await db.$executeRaw`UPDATE "Job" SET status = 'QUEUED', "lastError" = ${errorText(error)},
        "runAt" = ${after(delay)}, ${release} WHERE ${mine}`;
  }
  if (changed === 0) outcome = "lost";
  if (outcome === "succeeded") log.info({ durationMs }, "job succeeded");
  else if (outcome === "lost")
    log.warn({ durationMs }, "job finished after its lease was taken over; result not recorded");
  else
    log.warn(
      { durationMs, err: error, outcome },
      outcome === "failed" ? "job dead-lettered" : "job failed, will retry",
    );
  return outcome;
}

export interface RunCounts {
  claimed: number;
  succeeded: number;
  retried: number;
  failed: number;
  lost: number;
}

const emptyCounts = (): RunCounts => ({ claimed: 0, succeeded: 0, retried: 0, failed: 0, lost: 0 });

/** Claims and runs the given jobs now (e.g. an email right after it was stored); others' claims are skipped. */
export async function runJobsNow(db: Db, registry: JobRegistry, ids: string[]): Promise<RunCounts> {
  const counts = emptyCounts();
  const claimed = await claimJobs(db, registry, { limit: ids.length, ids });
  counts.claimed = claimed.length;
  for (const row of claimed) counts[await runClaimedJob(db, registry, row)]++;
  return counts;
}

/**
 * One bounded pass (the cron route): keeps claiming and running due jobs, `concurrency` at a
 * time, until none is due or `budgetMs` has passed. No job is started after the budget; the
 * ones running then are finished.
 */
export async function runDueJobs(
  db: Db,
  registry: JobRegistry,
  opts: { budgetMs: number; concurrency: number },
): Promise<RunCounts & { durationMs: number }> {
  const started = Date.now();
  const counts = emptyCounts();
  await ensureSchedules(db, registry);
  const lane = async () => {
    while (Date.now() - started < opts.budgetMs) {
      const [row] = await claimJobs(db, registry, { limit: 1 });
      if (!row) return;
      counts.claimed++;
      counts[await runClaimedJob(db, registry, row)]++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
  return { ...counts, durationMs: Date.now() - started };
}

export interface JobRunner {
  /** Stops claiming and resolves when the jobs in flight have finished. */
  stop(): Promise<void>;
}

/**
 * The resident runner of a long-running instance: polls every `pollMs` (at once again after a
 * job finishes), keeps up to `concurrency` jobs in flight, and schedules recurring kinds.
 */
export function startJobRunner(
  db: () => Db,
  registry: JobRegistry,
  opts: { pollMs: number; concurrency: number },
): JobRunner {
  let isStopped = false;
  let wake: (() => void) | undefined;
  let schedulesCheckedAt = 0;
  const inFlight = new Set<Promise<unknown>>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = async () => {
    while (!isStopped) {
      try {
        if (Date.now() - schedulesCheckedAt > 60_000) {
          await ensureSchedules(db(), registry);
          schedulesCheckedAt = Date.now();
        }
        const free = opts.concurrency - inFlight.size;
        const claimed = free > 0 ? await claimJobs(db(), registry, { limit: free }) : [];
        for (const row of claimed) {
          const run = runClaimedJob(db(), registry, row)
            .catch((error) => logger.error({ err: error, jobId: row.id }, "recording a job outcome failed"))
            .finally(() => {
              inFlight.delete(run);
              wake?.();
            });
          inFlight.add(run);
        }
        if (claimed.length === 0 || inFlight.size >= opts.concurrency) await sleep(opts.pollMs);
      } catch (error) {
        logger.warn({ err: error }, "job runner pass failed");
        await sleep(opts.pollMs);
      }
    }
  };
  const looping = loop();
  return {
    async stop() {
      isStopped = true;
      wake?.();
      await looping;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Every kind's successful runs older than `keepDays` are deleted (the platform's own recurring job). */
export const platformJobs: JobRegistry = {
  "jobs.prune": {
    everyMs: 24 * 3_600_000,
    async run(_payload, { db }) {
      const keepDays = 14;
      return db.$executeRaw`DELETE FROM "Job" WHERE status = 'SUCCEEDED' AND "finishedAt" < ${NOW} - make_interval(days => ${keepDays}::int)`;
    },
  },
};
