import type { SubscriptionStatus } from "../generated/prisma/enums";

export const DAY_MS = 86_400_000;

/** Pausing keeps the unused part of the period; resuming starts a period of that length. */
export function pauseWindow(periodEnd: Date, now: Date) {
  return {
    pausedAt: now,
    pausedRemainingSeconds: Math.max(0, Math.round((periodEnd.getTime() - now.getTime()) / 1000)),
  };
}

export function resumedPeriod(pausedRemainingSeconds: number, now: Date) {
  return { currentPeriodStart: now, currentPeriodEnd: new Date(now.getTime() + pausedRemainingSeconds * 1000) };
}

export const remainingDays = (seconds: number | null) => (seconds == null ? null : Math.ceil(seconds / 86_400));

/**
 * Whether new work may start for a workspace: active and trialing subscriptions yes; past due only
 * within the grace period; paused, canceled or none: no (the queue is kept).
 */
export function canStartNewWork(
  sub: { status: SubscriptionStatus; pastDueSince: Date | null } | null,
  now: Date,
  graceDays: number,
) {
  if (!sub) return false;
  if (sub.status === "ACTIVE" || sub.status === "TRIALING") return true;
  if (sub.status === "PAST_DUE")
    return Boolean(sub.pastDueSince && now.getTime() - sub.pastDueSince.getTime() < graceDays * DAY_MS);
  return false;
}
