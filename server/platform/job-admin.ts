import { DomainError } from "../errors";
import type { JobStatus } from "../generated/prisma/client";
import type { Db } from "./db";

/** What /admin/jobs shows: counts by status, queue depth and how long the oldest due job has waited. */
export async function jobOverview(db: Db) {
  const [byStatus, oldest, dueNow] = await Promise.all([
    db.job.groupBy({ by: ["status"], _count: { _all: true } }),
    db.job.findFirst({
      where: { status: "QUEUED", runAt: { lte: new Date() } },
      orderBy: { runAt: "asc" },
      select: { runAt: true },
    }),
    db.job.count({ where: { status: "QUEUED", runAt: { lte: new Date() } } }),
  ]);
  const counts: Record<JobStatus, number> = { QUEUED: 0, RUNNING: 0, SUCCEEDED: 0, FAILED: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return {
    counts,
    /** Queued jobs whose time has come and that nobody has claimed yet. */
    dueNow,
    oldestDueAgeMs: oldest ? Math.max(0, Date.now() - oldest.runAt.getTime()) : null,
  };
}

export async function listJobs(db: Db, input: { status?: JobStatus; kind?: string; cursor?: string; limit: number }) {
  const rows = await db.job.findMany({
    where: { status: input.status, kind: input.kind },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      runAt: true,
      lastError: true,
      lockedUntil: true,
      scheduleKey: true,
      updatedAt: true,
      createdAt: true,
    },
  });
  const hasMore = rows.length > input.limit;
  const jobs = hasMore ? rows.slice(0, input.limit) : rows;
  return { jobs, nextCursor: hasMore ? (jobs.at(-1)?.id ?? null) : null };
}

/** A dead-lettered job gets a fresh set of attempts, due now; its last error stays until it runs. */
export async function retryJob(db: Db, id: string) {
  const { count } = await db.job.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "QUEUED", attempts: 0, runAt: new Date(), finishedAt: null },
  });
  if (count === 0) {
    const job = await db.job.findUnique({ where: { id }, select: { status: true } });
    if (!job) throw new DomainError("NOT_FOUND", "No such job.");
    throw new DomainError("CONFLICT", `Only a failed job can be retried; this one is ${job.status.toLowerCase()}.`);
  }
  return db.job.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true, status: true } });
}
