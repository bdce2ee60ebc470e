import nodemailer from "nodemailer";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { deliverDueEmails, layoutEmail, retryDelayMs, sendEmail } from "./mailer";

const email = (to: string) =>
  layoutEmail({
    to,
    subject: "Hello",
    kind: "test",
    paragraphs: ["Line <one> & two"],
    action: { label: "Open", url: "http://localhost/x?a=1&b=2" },
  });

describeDb("email outbox", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it("writes both a plain-text and an escaped HTML body", () => {
    const message = email("a@example.com");
    expect(message.text).toContain("Open: http://localhost/x?a=1&b=2");
    expect(message.html).toContain("Line &lt;one&gt; &amp; two");
    expect(message.html).toContain('href="http://localhost/x?a=1&amp;b=2"');
  });

  it("stores the message as delivered to the local mailbox when no SMTP is configured", async () => {
    const stored = await sendEmail(database.prisma, email("local@example.com"), null);
    const row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.status).toBe("SENT");
  });

  it("keeps a message whose SMTP send failed, and delivers it on a later pass", async () => {
    const broken = nodemailer.createTransport("smtp://127.0.0.1:1", { connectionTimeout: 2_000 });
    const stored = await sendEmail(database.prisma, email("retry@example.com"), broken);
    let row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    await database.prisma.emailMessage.update({ where: { id: stored.id }, data: { nextAttemptAt: new Date() } });
    const captured: string[] = [];
    const working = nodemailer.createTransport({ jsonTransport: true });
    working.on("idle", () => {});
    const sent = await deliverDueEmails(database.prisma, {
      sendMail: async (m: { to: string }) => {
        captured.push(m.to);
        return working.sendMail(m);
      },
    } as unknown as nodemailer.Transporter);
    expect(sent).toBe(1);
    expect(captured).toEqual(["retry@example.com"]);
    row = await database.prisma.emailMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
  });
});
