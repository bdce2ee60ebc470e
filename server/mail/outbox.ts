import { randomUUID } from "node:crypto";
import type { Transporter } from "nodemailer";
import { serverEnv } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import { defaultRetryDelayMs, type JobDefinition, jobRows, runJobsNow } from "../platform/jobs";
import { logger } from "../platform/logger";
import { type OutgoingEmail, smtpTransport } from "../platform/mailer";

/**
 * The outbox: every email is stored as an `EmailMessage` (what /dev/mailbox shows) together with
 * an "email.send" job that delivers it. Sending is the job runner's: claimed by one runner at a
 * time, retried with backoff, dead-lettered after MAX_ATTEMPTS with the SMTP error kept.
 */
export const EMAIL_SEND = "email.send";
export const MAX_ATTEMPTS = 8;

/** Twice the jobs' delays: 1 min, 2 min, 4 min … capped at 1 hour (with JOBS_RETRY_BASE_MS at 30 s). */
export function retryDelayMs(attempts: number): number {
  return defaultRetryDelayMs(attempts, 2 * serverEnv().JOBS_RETRY_BASE_MS);
}

/** Delivers one stored message; a message already sent is not sent again (a re-run after a crash). */
export function emailSendJob(transport: () => Transporter | null = () => smtpTransport()): JobDefinition {
  return {
    maxAttempts: MAX_ATTEMPTS,
    retryDelayMs,
    leaseMs: 2 * 60_000,
    async run({ emailId }: { emailId: string }, { db, job, signal }) {
      const message = await db.emailMessage.findUnique({ where: { id: emailId } });
      if (!message || message.status === "SENT") return;
      signal.throwIfAborted();
      const smtp = transport();
      try {
        await smtp?.sendMail({
          from: serverEnv().EMAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn({ emailId, attempt: job.attempt, reason }, "email delivery failed");
        await db.emailMessage.update({
          where: { id: emailId },
          data: {
            attempts: { increment: 1 },
            lastError: reason.slice(0, 500),
            status: job.attempt >= job.maxAttempts ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(Date.now() + retryDelayMs(job.attempt)),
          },
        });
        throw error;
      }
      // Without SMTP the stored message is the delivery (read at /dev/mailbox).
      await db.emailMessage.update({
        where: { id: emailId },
        data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
      });
    },
  };
}

/** The writes that store emails and queue their sending, for a batch `$transaction([...])`. */
export function emailWrites(db: Db | Prisma.TransactionClient, emails: OutgoingEmail[]) {
  const messages = emails.map((email) => ({ ...email, id: randomUUID() }));
  const jobs = jobRows(
    messages.map((m) => ({ kind: EMAIL_SEND, payload: { emailId: m.id }, maxAttempts: MAX_ATTEMPTS })),
  );
  return {
    writes: [db.emailMessage.createMany({ data: messages }), db.job.createMany({ data: jobs })],
    messageIds: messages.map((m) => m.id),
    jobIds: jobs.map((j) => j.id as string),
  };
}

/** Stores emails and queues them inside an interactive transaction; returns the job ids. */
export async function queueEmails(tx: Prisma.TransactionClient, emails: OutgoingEmail[]): Promise<string[]> {
  const { writes, jobIds } = emailWrites(tx, emails);
  for (const write of writes) await write;
  return jobIds;
}

/**
 * Tries the queued emails right away, in this process, through the same claim as any runner:
 * whoever claims a job first sends it. A failure leaves the job queued for a later attempt.
 */
export async function deliverNow(db: Db, jobIds: string[], transport: Transporter | null = smtpTransport()) {
  try {
    await runJobsNow(db, { [EMAIL_SEND]: emailSendJob(() => transport) }, jobIds);
  } catch (error) {
    logger.warn({ err: error }, "immediate email delivery failed; the job runner will retry");
  }
}

/** Stores the message, queues it, then tries to send it at once. Delayed on failure, never lost. */
export async function sendEmail(
  db: Db,
  email: OutgoingEmail | Promise<OutgoingEmail>,
  transport: Transporter | null = smtpTransport(),
) {
  const { writes, messageIds, jobIds } = emailWrites(db, [await email]);
  await db.$transaction(writes);
  await deliverNow(db, jobIds, transport);
  return { id: messageIds[0], jobId: jobIds[0] };
}
