import { describe, expect, it } from "vitest";
import { quotePlanChange } from "./proration";

const day = 86_400_000;
const start = new Date("2026-12-01T00:00:00Z");
const end = new Date(start.getTime() + 30 * day);
const starter = { planSlug: "starter", planName: "Starter", interval: "MONTH" as const, priceCents: 300_000 };
const studio = { planSlug: "studio", planName: "Studio", interval: "MONTH" as const, priceCents: 600_000 };
const studioYear = { ...studio, interval: "YEAR" as const, priceCents: 6_000_000 };

describe("the plan-change rule", () => {
  it("an upgrade in the same interval credits the unused part and charges the rest of the new plan, by the second", () => {
    const q = quotePlanChange({
      current: starter,
      target: studio,
      periodStart: start,
      periodEnd: end,
      at: new Date(start.getTime() + 10 * day),
    });
    expect(q.when).toBe("now");
    expect(q.lines.map((l) => l.amountCents)).toEqual([-200_000, 400_000]);
    expect(q.netNowCents).toBe(200_000);
    expect(q.nextChargeAt).toEqual(end);
  });

  it("monthly to yearly starts a new year now, less the unused month", () => {
    const at = new Date(start.getTime() + 15 * day);
    const q = quotePlanChange({ current: studio, target: studioYear, periodStart: start, periodEnd: end, at });
    expect(q.when).toBe("now");
    expect(q.netNowCents).toBe(6_000_000 - 300_000);
    expect(q.periodStart).toEqual(at);
    expect(q.nextChargeAt).toEqual(new Date(at.getTime() + 365 * day));
  });

  it("a cheaper plan, or yearly to monthly, waits for the period end and charges nothing now", () => {
    for (const [current, target] of [
      [studio, starter],
      [studioYear, studio],
    ] as const) {
      const q = quotePlanChange({ current, target, periodStart: start, periodEnd: end, at: start });
      expect(q).toMatchObject({
        when: "period_end",
        netNowCents: 0,
        lines: [],
        nextChargeAt: end,
        nextChargeCents: target.priceCents,
      });
    }
  });
});
