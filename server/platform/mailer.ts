import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "../env";
import type { EmailMessage } from "../generated/prisma/client";
import type { Db } from "./db";
import { logger } from "./logger";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the message is for, e.g. "sign-in"; lets the mailbox and tests find it. */
  kind: string;
}

export const MAX_ATTEMPTS = 8;

/** 1 min, 2 min, 4 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

let cachedTransport: { url: string; transport: Transporter } | undefined;

/** SMTP when SMTP_URL is set; otherwise null: the outbox (read at /dev/mailbox) is the delivery. */
export function smtpTransport(url = serverEnv().SMTP_URL): Transporter | null {
  if (!url) return null;
  if (cachedTransport?.url !== url) {
    cachedTransport = { url, transport: nodemailer.createTransport(url, { connectionTimeout: 10_000 }) };
  }
  return cachedTransport.transport;
}

/** Tries one delivery of a stored message and records the outcome; never throws. */
export async function deliverEmail(db: Db, message: EmailMessage, transport: Transporter | null): Promise<boolean> {
  if (!transport) {
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } },
    });
    return true;
  }
  try {
    await transport.sendMail({
      from: serverEnv().EMAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
    return true;
  } catch (error) {
    const attempts = message.attempts + 1;
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn({ emailId: message.id, attempts, reason }, "email delivery failed");
    await db.emailMessage.update({
      where: { id: message.id },
      data: {
        attempts,
        lastError: reason.slice(0, 500),
        status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
      },
    });
    return false;
  }
}

/**
 * Stores the message first, then tries to send it. A failed send leaves it PENDING for the
 * retry pass (deliverDueEmails), so it is delayed, never lost.
 */
export async function sendEmail(db: Db, email: OutgoingEmail, transport = smtpTransport()): Promise<EmailMessage> {
  const message = await db.emailMessage.create({ data: email });
  await deliverEmail(db, message, transport);
  return message;
}

/**
 * Retries messages whose next attempt is due; returns how many were sent. Rows are claimed with
 * FOR UPDATE SKIP LOCKED and leased for five minutes, so every instance can run this at once
 * without sending a message twice.
 */
export async function deliverDueEmails(db: Db, transport = smtpTransport(), limit = 20): Promise<number> {
  const due = await db.$queryRaw<EmailMessage[]>`
    UPDATE "EmailMessage" SET "nextAttemptAt" = now() + interval '5 minutes'
    WHERE id IN (
      SELECT id FROM "EmailMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`;
  let sent = 0;
  for (const message of due) if (await deliverEmail(db, message, transport)) sent++;
  return sent;
}

let worker: NodeJS.Timeout | undefined;

/** The outbox worker every instance runs: a bounded pass every `intervalMs`. */
export function startEmailWorker(db: () => Db, intervalMs = 15_000) {
  if (worker) return;
  let isRunning = false;
  worker = setInterval(async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await deliverDueEmails(db());
    } catch (error) {
      logger.warn({ err: error }, "email worker pass failed");
    } finally {
      isRunning = false;
    }
  }, intervalMs);
  worker.unref();
}

export function stopEmailWorker() {
  clearInterval(worker);
  worker = undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** One layout for every email: a plain-text body and the same words as simple HTML. */
export function layoutEmail(opts: {
  to: string;
  subject: string;
  kind: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}): OutgoingEmail {
  const text = [
    ...opts.paragraphs,
    ...(opts.action ? [`${opts.action.label}: ${opts.action.url}`] : []),
    "— Atelier",
  ].join("\n\n");
  const button = opts.action
    ? `<p><a href="${escapeHtml(opts.action.url)}" style="display:inline-block;padding:12px 20px;background:#4f46e5;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(opts.action.label)}</a></p><p style="color:#555;font-size:13px">Or paste this link into your browser:<br>${escapeHtml(opts.action.url)}</p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:auto;padding:24px">${opts.paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}${button}<p style="color:#555">— Atelier</p></body></html>`;
  return { to: opts.to, subject: opts.subject, kind: opts.kind, text, html };
}
