import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { enqueueJob } from "./jobs";
import { jobQueueFigures, outboxLagSeconds } from "./metrics";

describeDb("queue and outbox figures for /api/metrics", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it("count jobs by status and age the oldest due one, and age the oldest unsent email", async () => {
    const db = database.prisma;
    expect(await jobQueueFigures(db)).toEqual({ queued: 0, running: 0, failed: 0, oldest_due_age_seconds: 0 });
    expect(await outboxLagSeconds(db)).toBe(0);

    await enqueueJob(db, { kind: "metrics.test", payload: {} });
    await enqueueJob(db, { kind: "metrics.test", payload: {} });
    await db.$executeRaw`UPDATE "Job" SET "runAt" = now() - interval '90 seconds'
      WHERE id = (SELECT id FROM "Job" ORDER BY "createdAt" LIMIT 1)`;
    await db.emailMessage.create({
      data: {
        to: "a@example.com",
        subject: "s",
        text: "t",
        html: "h",
        kind: "test",
        createdAt: new Date(Date.now() - 120_000),
      },
    });

    const figures = await jobQueueFigures(db);
    expect(figures.queued).toBe(2);
    expect(figures.oldest_due_age_seconds).toBeGreaterThanOrEqual(89);
    expect(await outboxLagSeconds(db)).toBeGreaterThanOrEqual(119);
  });
});
