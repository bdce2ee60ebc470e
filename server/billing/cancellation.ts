import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { BillingProvider } from "./provider";
import { subscriptionOf } from "./service";

/** The choices offered when an owner cancels; stored as the key, shown by the churn chart. */
export const CANCELLATION_REASONS = {
  too_expensive: "It is too expensive",
  not_enough_work: "We do not have enough work right now",
  quality: "The designs did not fit what we need",
  speed: "Requests took too long",
  switching: "We are moving to another studio or in-house",
  other: "Something else",
} as const;

export type CancellationReasonKey = keyof typeof CANCELLATION_REASONS;

/**
 * Cancels at the period end with the owner's reason. The reason row is written first with a
 * unique key (the subscription while the cancellation stands), so a double click or a second tab
 * cancels once: the other is told it already ends. If the provider refuses, the row goes again.
 */
export async function cancelWithReason(
  db: Db,
  provider: BillingProvider,
  workspaceId: string,
  input: { reason: CancellationReasonKey; details: string | null },
) {
  const sub = await subscriptionOf(db, workspaceId);
  if (sub.cancelAtPeriodEnd)
    throw new DomainError("CONFLICT", "The subscription already ends at the end of the period.");
  let row: { id: string };
  try {
    row = await db.cancellationReason.create({
      data: {
        workspaceId,
        subscriptionId: sub.providerSubscriptionId,
        reason: input.reason,
        details: input.details,
        openKey: sub.providerSubscriptionId,
      },
      select: { id: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002")
      throw new DomainError("CONFLICT", "The subscription already ends at the end of the period.");
    throw error;
  }
  try {
    await provider.setCancelAtPeriodEnd(sub.providerSubscriptionId, true);
  } catch (error) {
    await db.cancellationReason.delete({ where: { id: row.id } });
    throw error;
  }
  return { endsAt: sub.currentPeriodEnd };
}

/** Keeps the subscription: the standing cancellation is marked undone (kept for the churn chart). */
export async function undoCancellation(db: Db, provider: BillingProvider, workspaceId: string) {
  const sub = await subscriptionOf(db, workspaceId);
  if (!sub.cancelAtPeriodEnd) throw new DomainError("CONFLICT", "The subscription is not set to end.");
  await provider.setCancelAtPeriodEnd(sub.providerSubscriptionId, false);
  await db.cancellationReason.updateMany({
    where: { openKey: sub.providerSubscriptionId },
    data: { openKey: null, undoneAt: new Date() },
  });
}

/** Reasons given in a window, counted; what the churn chart of the staff dashboard reads. */
export async function cancellationReasons(db: Db, since: Date) {
  const rows = await db.cancellationReason.groupBy({
    by: ["reason"],
    where: { createdAt: { gte: since }, undoneAt: null },
    _count: { _all: true },
  });
  return rows.map((r) => ({
    reason: r.reason,
    label: CANCELLATION_REASONS[r.reason as CancellationReasonKey] ?? r.reason,
    count: r._count._all,
  }));
}
