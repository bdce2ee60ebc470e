import { createHmac, timingSafeEqual } from "node:crypto";
import { serverEnv } from "../env";
import { DomainError } from "../errors";
import type { BillingInterval } from "../generated/prisma/enums";
import { taxContext, taxOn } from "../invoices/tax";
import type { Db } from "../platform/db";
import { quotePlanChange } from "./proration";
import type { BillingProvider } from "./provider";
import { activePlan, planPrice, subscriptionOf } from "./service";

/** A preview older than this is refused at confirmation (prices or the period may have moved). */
export const PREVIEW_TTL_MS = 15 * 60_000;

export interface PlanTarget {
  planSlug: string;
  interval: BillingInterval;
}

/**
 * What a plan change will do, computed from the stored subscription (and the price it pays) and the target's list price: the
 * prorated amount charged now (with tax), the new price and next charge date, and the number of
 * requests that may be active. The token binds the preview to everything it was computed from —
 * the subscription's plan, status and period, both prices, the tax rate and the moment — so that a
 * confirmation is refused when any of them changed since.
 */
export async function previewPlanChange(db: Db, workspaceId: string, target: PlanTarget, at = new Date()) {
  const sub = await subscriptionOf(db, workspaceId);
  if (sub.status !== "ACTIVE")
    throw new DomainError(
      "CONFLICT",
      "Only an active subscription can change plan. Resume it or update your card first.",
    );
  const plan = await activePlan(db, target.planSlug);
  if (target.planSlug === sub.planSlug && target.interval === sub.interval)
    throw new DomainError("CONFLICT", "You are already on this plan.");
  const [currentPlan, next, limits, context] = await Promise.all([
    planPrice(db, sub.planSlug, sub.interval),
    planPrice(db, target.planSlug, target.interval),
    db.plan.findMany({
      where: { slug: { in: [sub.planSlug, target.planSlug] } },
      select: { slug: true, activeRequestLimit: true, currency: true },
    }),
    taxContext(db, workspaceId),
  ]);
  // The subscription's own price is what the unused time is credited at, not the plan's list price now.
  const current = { ...currentPlan, priceCents: sub.priceCents };
  const quote = quotePlanChange({
    current,
    target: next,
    periodStart: sub.currentPeriodStart,
    periodEnd: sub.currentPeriodEnd,
    at,
  });
  const taxNowCents = taxOn(Math.max(0, quote.netNowCents), context.tax);
  const limitOf = (slug: string) => limits.find((l) => l.slug === slug)?.activeRequestLimit ?? 0;
  const facts = [
    sub.providerSubscriptionId,
    sub.status,
    sub.scheduledPlanSlug ?? "",
    sub.currentPeriodStart.toISOString(),
    sub.currentPeriodEnd.toISOString(),
    sub.planSlug,
    sub.interval,
    current.priceCents,
    target.planSlug,
    target.interval,
    next.priceCents,
    context.tax?.rateBasisPoints ?? 0,
    at.toISOString(),
  ].join("|");
  return {
    planName: plan.name,
    planSlug: target.planSlug,
    interval: target.interval,
    currency: limits[0]?.currency ?? "usd",
    when: quote.when,
    lines: quote.lines.map((l) => ({ description: l.description, amountCents: l.amountCents })),
    netNowCents: quote.netNowCents,
    taxNowCents,
    taxLabel: context.tax?.label ?? null,
    totalNowCents: Math.max(0, quote.netNowCents) + taxNowCents,
    newPriceCents: next.priceCents,
    nextChargeAt: quote.nextChargeAt,
    activeRequestLimit: limitOf(target.planSlug),
    currentActiveRequestLimit: limitOf(sub.planSlug),
    /** The limit changes now for an upgrade, at the period end for a downgrade. */
    limitChangesAt: quote.when === "now" ? at : sub.currentPeriodEnd,
    quotedAt: at,
    token: sign(facts),
  };
}

export type PlanChangePreview = Awaited<ReturnType<typeof previewPlanChange>>;

const sign = (facts: string) =>
  createHmac("sha256", serverEnv().AUTH_SECRET).update(`plan-change|${facts}`).digest("base64url");

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Applies a previewed plan change once. Confirming twice, or from two tabs, changes it once:
 * the second finds the change already made (answered as applied), or — when both raced — the
 * provider's conditional update lets only one through. A preview that no longer matches (a
 * price, the period, the subscription or the tax changed, or it is too old) is refused with a
 * fresh preview to confirm instead.
 */
export async function confirmPlanChange(
  db: Db,
  provider: BillingProvider,
  workspaceId: string,
  input: PlanTarget & { quotedAt: Date; token: string },
  now = new Date(),
): Promise<
  | { status: "applied"; when: "now" | "period_end"; wasAlreadyApplied: boolean }
  | { status: "stale"; reason: string; preview: PlanChangePreview }
> {
  const sub = await subscriptionOf(db, workspaceId);
  const isCurrent = sub.planSlug === input.planSlug && sub.interval === input.interval;
  const isScheduled = sub.scheduledPlanSlug === input.planSlug && sub.scheduledInterval === input.interval;
  if (isCurrent || isScheduled)
    return { status: "applied", when: isCurrent ? "now" : "period_end", wasAlreadyApplied: true };
  const age = now.getTime() - input.quotedAt.getTime();
  const fresh = () => previewPlanChange(db, workspaceId, input, now);
  if (age > PREVIEW_TTL_MS || age < -60_000 || input.quotedAt < sub.currentPeriodStart)
    return { status: "stale", reason: "This preview has expired. Here is an up-to-date one.", preview: await fresh() };
  const asQuoted = await previewPlanChange(db, workspaceId, input, input.quotedAt);
  if (!sameToken(asQuoted.token, input.token))
    return {
      status: "stale",
      reason:
        "Something changed since this preview (a price, your period or your subscription). Please check the new figures.",
      preview: await fresh(),
    };
  await provider.changePlan(sub.providerSubscriptionId, {
    planSlug: input.planSlug,
    interval: input.interval,
    when: asQuoted.when,
    prorationDate: input.quotedAt,
  });
  return { status: "applied", when: asQuoted.when, wasAlreadyApplied: false };
}
