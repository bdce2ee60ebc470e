import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { runJobsFromCron } from "./cron";
import { type Db, openDatabase } from "./db";
import { retryJob } from "./job-admin";
import {
  claimJobs,
  enqueueJob,
  ensureSchedules,
  type JobRegistry,
  runClaimedJob,
  runDueJobs,
  runJobsNow,
  startJobRunner,
} from "./jobs";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeDb("job runner", () => {
  let database: TestDatabase;
  let db: Db;
  /** A second connection pool, as a second instance would have (PGlite: the same client). */
  let other: { prisma: Db; close(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.prisma;
    other = database.url ? openDatabase({ url: database.url, poolMax: 5 }) : { prisma: db, close: async () => {} };
  });
  afterAll(async () => {
    await other?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await db.job.deleteMany();
  });
  const dueNow = (id: string) => db.job.update({ where: { id }, data: { runAt: new Date(Date.now() - 1000) } });

  it("runs a queued job once with its payload and records the success", async () => {
    const seen: unknown[] = [];
    const registry: JobRegistry = { "test.echo": { run: async (payload) => void seen.push(payload) } };
    const id = await enqueueJob(db, { kind: "test.echo", payload: { n: 1 } });
    expect(await runJobsNow(db, registry, [id])).toMatchObject({ claimed: 1, succeeded: 1 });
    expect(await runJobsNow(db, registry, [id])).toMatchObject({ claimed: 0 });
    expect(seen).toEqual([{ n: 1 }]);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "SUCCEEDED", attempts: 1, lockedBy: null, lastError: null });
  });

  it("retries a throwing job with exponential backoff, then dead-letters it with its error; an admin retry runs it again", async () => {
    let calls = 0;
    let isFixed = false;
    const registry: JobRegistry = {
      "test.flaky": {
        maxAttempts: 3,
        run: async () => {
          calls++;
          if (!isFixed) throw new Error(`boom ${calls}`);
        },
      },
    };
    const id = await enqueueJob(db, { kind: "test.flaky", maxAttempts: 3 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      expect(await runJobsNow(db, registry, [id])).toMatchObject({ retried: 1 });
      const job = await db.job.findUniqueOrThrow({ where: { id } });
      expect(job).toMatchObject({ status: "QUEUED", attempts: attempt, lastError: `Error: boom ${attempt}` });
      delays.push(job.runAt.getTime() - Date.now());
      // Not due yet: nobody claims it before its backoff is over.
      expect(await runJobsNow(db, registry, [id])).toMatchObject({ claimed: 0 });
      await dueNow(id);
    }
    expect(delays[0]).toBeGreaterThan(25_000);
    expect(delays[0]).toBeLessThan(35_000);
    expect(delays[1]).toBeGreaterThan(55_000);
    expect(delays[1]).toBeLessThan(65_000);

    expect(await runJobsNow(db, registry, [id])).toMatchObject({ failed: 1 });
    const dead = await db.job.findUniqueOrThrow({ where: { id } });
    expect(dead).toMatchObject({ status: "FAILED", attempts: 3, lastError: "Error: boom 3" });
    expect(await runJobsNow(db, registry, [id])).toMatchObject({ claimed: 0 });

    await expect(retryJob(db, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await retryJob(db, id);
    await expect(retryJob(db, id)).rejects.toMatchObject({ code: "CONFLICT" });
    isFixed = true;
    expect(await runJobsNow(db, registry, [id])).toMatchObject({ succeeded: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
  });

  it("claims a crashed runner's job again once its lease ran out, and refuses the stale runner's late result", async () => {
    let runs = 0;
    const registry: JobRegistry = { "test.leased": { leaseMs: 300, run: async () => void runs++ } };
    const id = await enqueueJob(db, { kind: "test.leased" });
    const [stale] = await claimJobs(db, registry, { limit: 5 });
    expect(stale?.id).toBe(id);
    expect(await claimJobs(other.prisma, registry, { limit: 5 })).toEqual([]);
    await sleep(450);
    const [fresh] = await claimJobs(other.prisma, registry, { limit: 5 });
    expect(fresh).toMatchObject({ id, attempts: 2 });
    expect(fresh?.lockedBy).not.toBe(stale?.lockedBy);
    if (!stale || !fresh) throw new Error("unreachable");
    expect(await runClaimedJob(db, registry, stale)).toBe("lost");
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RUNNING" });
    expect(await runClaimedJob(other.prisma, registry, fresh)).toBe("succeeded");
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });

  it("renews the lease while a long job runs, so nobody else claims it", async () => {
    const registry: JobRegistry = { "test.long": { leaseMs: 300, run: () => sleep(900) } };
    const id = await enqueueJob(db, { kind: "test.long" });
    const running = runJobsNow(db, registry, [id]);
    await sleep(600);
    expect(await claimJobs(other.prisma, registry, { limit: 5 })).toEqual([]);
    expect(await running).toMatchObject({ succeeded: 1 });
  });

  it("dead-letters a job whose runner died on its last attempt", async () => {
    const registry: JobRegistry = { "test.crashy": { leaseMs: 200, maxAttempts: 1, run: async () => {} } };
    const id = await enqueueJob(db, { kind: "test.crashy", maxAttempts: 1 });
    expect(await claimJobs(db, registry, { limit: 1 })).toHaveLength(1);
    await sleep(300);
    expect(await claimJobs(db, registry, { limit: 1 })).toEqual([]);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("FAILED");
    expect(job.lastError).toMatch(/lease expired/);
  });

  it("leaves a job of a kind this runner does not know for one that does", async () => {
    await enqueueJob(db, { kind: "test.elsewhere" });
    expect(await claimJobs(db, { "test.echo": { run: async () => {} } }, { limit: 5 })).toEqual([]);
  });

  it("never runs one job twice, with two runners racing over the same queue", async () => {
    const runsOf = new Map<number, number>();
    const running = new Set<number>();
    let overlaps = 0;
    const registry: JobRegistry = {
      "test.race": {
        run: async ({ n }: { n: number }) => {
          if (running.has(n)) overlaps++;
          running.add(n);
          runsOf.set(n, (runsOf.get(n) ?? 0) + 1);
          await sleep(2 + Math.random() * 8);
          running.delete(n);
        },
      },
    };
    const total = 80;
    await db.job.createMany({ data: Array.from({ length: total }, (_, n) => ({ kind: "test.race", payload: { n } })) });
    const runners = [
      startJobRunner(() => db, registry, { pollMs: 20, concurrency: 4 }),
      startJobRunner(() => other.prisma, registry, { pollMs: 20, concurrency: 4 }),
    ];
    const deadline = Date.now() + 25_000;
    while ((await db.job.count({ where: { status: "SUCCEEDED" } })) < total && Date.now() < deadline) await sleep(50);
    await Promise.all(runners.map((r) => r.stop()));
    expect(await db.job.count({ where: { status: "SUCCEEDED", attempts: 1 } })).toBe(total);
    expect([...runsOf.values()].every((count) => count === 1)).toBe(true);
    expect(runsOf.size).toBe(total);
    expect(overlaps).toBe(0);
  });

  it("schedules recurring work once across instances and queues it again after each run", async () => {
    let sweeps = 0;
    const registry: JobRegistry = { "test.hourly": { everyMs: 3_600_000, run: async () => void sweeps++ } };
    await Promise.all([ensureSchedules(db, registry), ensureSchedules(other.prisma, registry)]);
    await ensureSchedules(db, registry);
    expect(await db.job.count({ where: { kind: "test.hourly" } })).toBe(1);
    expect(await runDueJobs(db, registry, { budgetMs: 5_000, concurrency: 2 })).toMatchObject({ succeeded: 1 });
    expect(sweeps).toBe(1);
    const [job] = await db.job.findMany({ where: { kind: "test.hourly" } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 0, scheduleKey: "test.hourly" });
    expect((job?.runAt.getTime() ?? 0) - Date.now()).toBeGreaterThan(3_500_000);
    expect(await runDueJobs(db, registry, { budgetMs: 5_000, concurrency: 2 })).toMatchObject({ claimed: 0 });
  });

  it("cron route: 401 without the secret (or with a wrong one), and no job runs", async () => {
    let runs = 0;
    const registry: JobRegistry = { "test.cron": { run: async () => void runs++ } };
    await enqueueJob(db, { kind: "test.cron" });
    const secret = "s".repeat(32);
    const call = (headers: Record<string, string>, withSecret: string | undefined = secret) =>
      runJobsFromCron(new Request("http://localhost/api/cron/jobs", { headers }), {
        db,
        registry,
        secret: withSecret,
      });
    expect((await call({})).status).toBe(401);
    expect((await call({ authorization: `Bearer ${"x".repeat(32)}` })).status).toBe(401);
    expect((await call({ authorization: secret })).status).toBe(401);
    expect(runs).toBe(0);
    expect(await db.job.count({ where: { status: "QUEUED" } })).toBe(1);
  });

  it("cron route: with the secret, runs due jobs within its time budget and answers the counts", async () => {
    const registry: JobRegistry = { "test.slow": { run: () => sleep(100) } };
    await db.job.createMany({ data: Array.from({ length: 30 }, () => ({ kind: "test.slow" })) });
    const secret = "s".repeat(32);
    const started = Date.now();
    const response = await runJobsFromCron(
      new Request("http://localhost/api/cron/jobs", { method: "POST", headers: { authorization: `Bearer ${secret}` } }),
      { db, registry, secret, budgetMs: 350, concurrency: 1 },
    );
    expect(response.status).toBe(200);
    const counts = await response.json();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(counts.claimed).toBeGreaterThanOrEqual(2);
    expect(counts.claimed).toBeLessThanOrEqual(6);
    expect(counts.succeeded).toBe(counts.claimed);
    expect(await db.job.count({ where: { status: "QUEUED" } })).toBe(30 - counts.claimed);
  });
});
