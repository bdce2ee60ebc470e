import type { BillingInterval } from "../generated/prisma/enums";
import type { InvoiceLine } from "./provider";
import { DAY_MS } from "./state";

export interface PlanPrice {
  planSlug: string;
  planName: string;
  interval: BillingInterval;
  priceCents: number;
}

export const periodMs = (interval: BillingInterval) => (interval === "YEAR" ? 365 : 30) * DAY_MS;
const per = (interval: BillingInterval) => (interval === "YEAR" ? "yearly" : "monthly");
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The plan-change rule. An upgrade — a higher price for the same interval, or monthly to yearly —
 * applies now: the unused part of the current period is credited and the new plan charged,
 * prorated by the second (same interval: until the current period ends; to yearly: a new year
 * starts now). Anything else — a lower price, or yearly to monthly — is a downgrade: nothing is
 * charged now, the current plan runs to the end of the period, and the renewal bills the new one.
 */
export function quotePlanChange(input: {
  current: PlanPrice;
  target: PlanPrice;
  periodStart: Date;
  periodEnd: Date;
  at: Date;
}) {
  const { current, target, periodStart, periodEnd, at } = input;
  const isUpgrade =
    current.interval === target.interval
      ? target.priceCents > current.priceCents
      : current.interval === "MONTH" && target.interval === "YEAR";
  if (!isUpgrade) {
    return {
      when: "period_end" as const,
      lines: [] as InvoiceLine[],
      netNowCents: 0,
      periodStart,
      periodEnd,
      nextChargeAt: periodEnd,
      nextChargeCents: target.priceCents,
    };
  }
  const length = Math.max(1, periodEnd.getTime() - periodStart.getTime());
  const unused = Math.min(1, Math.max(0, (periodEnd.getTime() - at.getTime()) / length));
  const credit = Math.round(unused * current.priceCents);
  const lines: InvoiceLine[] = [
    {
      kind: "proration",
      description: `Unused time on ${current.planName} (${per(current.interval)}) from ${day(at)}`,
      amountCents: -credit,
      periodStart: at,
      periodEnd,
    },
  ];
  if (current.interval === target.interval) {
    const charge = Math.round(unused * target.priceCents);
    lines.push({
      kind: "proration",
      description: `Remaining time on ${target.planName} (${per(target.interval)}) until ${day(periodEnd)}`,
      amountCents: charge,
      periodStart: at,
      periodEnd,
    });
    return {
      when: "now" as const,
      lines,
      netNowCents: charge - credit,
      periodStart,
      periodEnd,
      nextChargeAt: periodEnd,
      nextChargeCents: target.priceCents,
    };
  }
  const newEnd = new Date(at.getTime() + periodMs(target.interval));
  lines.push({
    kind: "plan",
    description: `${target.planName} (${per(target.interval)}) ${day(at)} – ${day(newEnd)}`,
    amountCents: target.priceCents,
    periodStart: at,
    periodEnd: newEnd,
  });
  return {
    when: "now" as const,
    lines,
    netNowCents: target.priceCents - credit,
    periodStart: at,
    periodEnd: newEnd,
    nextChargeAt: newEnd,
    nextChargeCents: target.priceCents,
  };
}

export type PlanChangeQuote = ReturnType<typeof quotePlanChange>;
