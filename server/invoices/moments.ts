import { couponEndingEmail, paymentFailedEmail, receiptEmail } from "../billing/emails";
import type { Prisma } from "../generated/prisma/client";
import { queueEmails } from "../mail/outbox";
import type { Db } from "../platform/db";
import { enqueueJob, type JobRegistry } from "../platform/jobs";
import type { InvoiceDetails } from "./record";

/** How long before the renewal the "your coupon ends" email goes out. */
export const COUPON_NOTICE_DAYS = 3;
export const COUPON_ENDING_JOB = "billing.coupon-ending";

type Tx = Prisma.TransactionClient;
type InvoiceRow = Prisma.InvoiceGetPayload<object>;

/** The owners of a workspace: who billing emails go to. */
export async function billingRecipients(tx: Tx, workspaceId: string) {
  const owners = await tx.membership.findMany({
    where: { workspaceId, role: "OWNER" },
    select: { user: { select: { email: true } } },
  });
  return owners.map((o) => o.user.email);
}

/**
 * The moment an invoice is paid, once per invoice, inside the transaction that records it. Add
 * what else must happen then (a webhook, a metric) here, in the same transaction.
 */
export async function invoicePaid(tx: Tx, invoice: InvoiceRow) {
  const to = await billingRecipients(tx, invoice.workspaceId);
  await queueEmails(tx, await Promise.all(to.map((email) => receiptEmail(email, invoice))));
  const coupon = (invoice.details as InvoiceDetails | null)?.endingCoupon;
  if (coupon && invoice.periodEnd) {
    const notice = new Date(Math.max(Date.now(), invoice.periodEnd.getTime() - COUPON_NOTICE_DAYS * 86_400_000));
    await enqueueJob(tx, {
      kind: COUPON_ENDING_JOB,
      payload: { workspaceId: invoice.workspaceId, coupon, renewsAt: invoice.periodEnd.toISOString() },
      runAt: notice,
    });
  }
}

/**
 * Shortly before the renewal after a once-only coupon: says the next charge is at the full
 * price. Skipped when the subscription has ended, is set to end, or renews at another date.
 */
export async function sendCouponEnding(db: Db, payload: { workspaceId: string; coupon: string; renewsAt: string }) {
  const sub = await db.subscription.findUnique({ where: { workspaceId: payload.workspaceId } });
  if (sub?.status !== "ACTIVE" || sub.cancelAtPeriodEnd) return;
  if (Math.abs(sub.currentPeriodEnd.getTime() - new Date(payload.renewsAt).getTime()) > 86_400_000) return;
  // What the renewal bills: the subscription's own price, or the one fixed with its scheduled change.
  const full = (sub.scheduledPlanSlug ? sub.scheduledPriceCents : null) ?? sub.priceCents;
  const to = await billingRecipients(db, payload.workspaceId);
  const emails = await Promise.all(
    to.map((email) =>
      couponEndingEmail(email, {
        coupon: payload.coupon,
        renewsAt: sub.currentPeriodEnd,
        fullPriceCents: full,
        currency: sub.currency,
      }),
    ),
  );
  await db.$transaction((tx) => queueEmails(tx, emails));
}

export const billingJobs: JobRegistry = {
  [COUPON_ENDING_JOB]: {
    maxAttempts: 5,
    run: (payload, { db }) =>
      sendCouponEnding(db, payload as { workspaceId: string; coupon: string; renewsAt: string }),
  },
};

/** The moment a charge fails (once per invoice), with the date of the next try. */
export async function invoicePaymentFailed(tx: Tx, invoice: InvoiceRow) {
  const to = await billingRecipients(tx, invoice.workspaceId);
  await queueEmails(tx, await Promise.all(to.map((email) => paymentFailedEmail(email, invoice))));
}
