import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../platform/db";
import { type JobRegistry, runDueJobs, startJobRunner } from "../platform/jobs";
import { layoutEmail } from "../platform/mailer";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { EMAIL_SEND, emailSendJob, emailWrites, retryDelayMs, sendEmail } from "./outbox";

const email = (to: string) =>
  layoutEmail({
    to,
    subject: "Hello",
    kind: "test",
    paragraphs: ["Line <one> & two"],
    action: { label: "Open", url: "http://localhost/x?a=1&b=2" },
  });

/** A working transport that records who each message went to (nodemailer's JSON transport underneath). */
function recordingTransport(sent: string[], delayMs = 0): Transporter {
  const json = nodemailer.createTransport({ jsonTransport: true });
  return {
    sendMail: async (m: { to: string }) => {
      if (delayMs) await new Promise((r) => setTimeout(r, Math.random() * delayMs));
      sent.push(m.to);
      return json.sendMail(m);
    },
  } as unknown as Transporter;
}

describeDb("email outbox", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it("writes both a plain-text and an escaped HTML body, in the React Email layout", async () => {
    const message = await email("a@example.com");
    expect(message.html).toMatch(/^<!DOCTYPE html/i);
    expect(message.html).toContain("Atelier");
    expect(message.text).toContain("Open: http://localhost/x?a=1&b=2");
    expect(message.html).toContain("Line &lt;one&gt; &amp; two");
    expect(message.html).toContain('href="http://localhost/x?a=1&amp;b=2"');
  });

  it("stores the message as delivered to the local mailbox when no SMTP is configured", async () => {
    const stored = await sendEmail(database.prisma, email("local@example.com"), null);
    const row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.status).toBe("SENT");
    expect(await database.prisma.job.findUniqueOrThrow({ where: { id: stored.jobId } })).toMatchObject({
      kind: EMAIL_SEND,
      status: "SUCCEEDED",
    });
  });

  it("keeps a message whose SMTP send failed, and delivers it on a later pass of the job runner", async () => {
    const broken = nodemailer.createTransport("smtp://127.0.0.1:1", { connectionTimeout: 2_000 });
    const stored = await sendEmail(database.prisma, email("retry@example.com"), broken);
    let row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    const job = await database.prisma.job.findUniqueOrThrow({ where: { id: stored.jobId } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(job.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    await database.prisma.job.update({ where: { id: stored.jobId }, data: { runAt: new Date(Date.now() - 1000) } });
    const captured: string[] = [];
    const registry: JobRegistry = { [EMAIL_SEND]: emailSendJob(() => recordingTransport(captured)) };
    expect(await runDueJobs(database.prisma, registry, { budgetMs: 5_000, concurrency: 1 })).toMatchObject({
      succeeded: 1,
    });
    expect(captured).toEqual(["retry@example.com"]);
    row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
  });

  it("sends each of 200 queued emails exactly once while two runners race for them", async () => {
    const second = database.url
      ? openDatabase({ url: database.url, poolMax: 5 })
      : { prisma: database.prisma, close: async () => {} };
    const { writes } = emailWrites(
      database.prisma,
      await Promise.all(Array.from({ length: 200 }, (_, i) => email(`race-${i}@example.com`))),
    );
    await database.prisma.$transaction(writes);
    const sent: string[] = [];
    const registry: JobRegistry = { [EMAIL_SEND]: emailSendJob(() => recordingTransport(sent, 4)) };
    const runners = [
      startJobRunner(() => database.prisma, registry, { pollMs: 20, concurrency: 4 }),
      startJobRunner(() => second.prisma, registry, { pollMs: 20, concurrency: 4 }),
    ];
    const race = { kind: "test", to: { startsWith: "race-" } };
    const deadline = Date.now() + 40_000;
    while ((await database.prisma.emailMessage.count({ where: { ...race, status: "SENT" } })) < 200) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(runners.map((r) => r.stop()));
    await second.close();
    expect(sent).toHaveLength(200);
    expect(new Set(sent).size).toBe(200);
    expect(await database.prisma.emailMessage.count({ where: { ...race, status: "SENT", attempts: 1 } })).toBe(200);
  });
});
