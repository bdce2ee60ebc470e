import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";
import { billingRecipients } from "../invoices/moments";
import { deliverNow, queueEmails } from "../mail/outbox";
import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import type { OutgoingEmail } from "../platform/mailer";
import {
  canceledEmail,
  cancellationUndoneEmail,
  pausedEmail,
  planChangedEmail,
  resumedEmail,
  subscriptionStartedEmail,
  trialEndingEmail,
} from "./emails";
import type { SubscriptionSnapshot } from "./provider";
import { remainingDays } from "./state";

interface Before {
  providerSubscriptionId: string;
  status: SubscriptionStatus;
  planSlug: string;
  interval: BillingInterval;
  cancelAtPeriodEnd: boolean;
  scheduledPlanSlug: string | null;
  scheduledInterval: BillingInterval | null;
}

/**
 * Emails for what changed between the stored subscription and the provider's newer snapshot:
 * started, plan changed (now or scheduled), paused, resumed, canceled, cancellation undone. It
 * runs after the conditional write that moved the state forward, so a duplicate or stale event
 * (which writes nothing) sends nothing. Works the same for Stripe and the test provider.
 */
export async function announceSubscriptionChange(db: Db, before: Before | null, after: SubscriptionSnapshot) {
  try {
    const emails = await emailsFor(db, before, after);
    if (emails.length === 0) return;
    const jobIds = await db.$transaction((tx) => queueEmails(tx, emails));
    await deliverNow(db, jobIds);
  } catch (error) {
    // The state change stands; a missing notice is logged, never a failed webhook.
    logger.warn({ err: error, workspaceId: after.workspaceId }, "billing notice not queued");
  }
}

async function emailsFor(db: Db, before: Before | null, after: SubscriptionSnapshot): Promise<OutgoingEmail[]> {
  const recipients = await billingRecipients(db, after.workspaceId);
  const plans = new Map(
    (await db.plan.findMany({ select: { slug: true, name: true, activeRequestLimit: true } })).map((p) => [p.slug, p]),
  );
  const name = (slug: string) => plans.get(slug)?.name ?? slug;
  const isNew = !before || before.providerSubscriptionId !== after.subscriptionId || before.status === "CANCELED";
  const build: ((to: string) => Promise<OutgoingEmail>)[] = [];
  if (isNew) {
    if (after.status === "ACTIVE" || after.status === "TRIALING")
      build.push((to) =>
        subscriptionStartedEmail(to, {
          planName: name(after.planSlug),
          interval: after.interval,
          periodEnd: after.currentPeriodEnd,
        }),
      );
  } else {
    if (before.planSlug !== after.planSlug || before.interval !== after.interval) {
      build.push((to) =>
        planChangedEmail(to, {
          fromPlan: name(before.planSlug),
          toPlan: name(after.planSlug),
          interval: after.interval,
          effective: "now",
          activeLimit: plans.get(after.planSlug)?.activeRequestLimit ?? 0,
        }),
      );
    } else if (
      after.scheduledChange &&
      (after.scheduledChange.planSlug !== before.scheduledPlanSlug ||
        after.scheduledChange.interval !== before.scheduledInterval)
    ) {
      const target = after.scheduledChange;
      build.push((to) =>
        planChangedEmail(to, {
          fromPlan: name(after.planSlug),
          toPlan: name(target.planSlug),
          interval: target.interval,
          effective: after.currentPeriodEnd,
          activeLimit: plans.get(target.planSlug)?.activeRequestLimit ?? 0,
        }),
      );
    }
    if (before.status !== "PAUSED" && after.status === "PAUSED")
      build.push((to) => pausedEmail(to, { daysKept: remainingDays(after.pausedRemainingSeconds) }));
    if (before.status === "PAUSED" && after.status === "ACTIVE")
      build.push((to) => resumedEmail(to, { nextChargeAt: after.currentPeriodEnd }));
    if (!before.cancelAtPeriodEnd && after.cancelAtPeriodEnd)
      build.push((to) => canceledEmail(to, { endsAt: after.currentPeriodEnd }));
    if (before.cancelAtPeriodEnd && !after.cancelAtPeriodEnd && after.status !== "CANCELED")
      build.push((to) => cancellationUndoneEmail(to, { nextChargeAt: after.currentPeriodEnd }));
  }
  return Promise.all(recipients.flatMap((to) => build.map((make) => make(to))));
}

/** Once per provider event (the event is stored once): the trial ends soon, and what is charged then. */
export async function announceTrialEnding(db: Db, sub: SubscriptionSnapshot) {
  if (sub.status !== "TRIALING" || sub.cancelAtPeriodEnd) return;
  const plan = await db.plan.findUnique({ where: { slug: sub.planSlug } });
  if (!plan) return;
  // The subscription's own price: a list price edited since does not apply to it.
  const price = sub.priceCents;
  const recipients = await billingRecipients(db, sub.workspaceId);
  const emails = await Promise.all(
    recipients.map((to) =>
      trialEndingEmail(to, {
        planName: plan.name,
        endsAt: sub.currentPeriodEnd,
        priceCents: price,
        currency: sub.currency,
      }),
    ),
  );
  if (emails.length === 0) return;
  const jobIds = await db.$transaction((tx) => queueEmails(tx, emails));
  await deliverNow(db, jobIds);
}
