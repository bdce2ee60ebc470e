import { describe, expect, it } from "vitest";
import { canStartNewWork, DAY_MS, pauseWindow, remainingDays, resumedPeriod } from "./state";

describe("subscription rules", () => {
  const now = new Date("2026-11-10T12:00:00Z");

  it("keeps the unused days of the period when paused and gives them back on resume", () => {
    const periodEnd = new Date(now.getTime() + 12.5 * DAY_MS);
    const paused = pauseWindow(periodEnd, now);
    expect(remainingDays(paused.pausedRemainingSeconds)).toBe(13);
    const later = new Date(now.getTime() + 40 * DAY_MS);
    const resumed = resumedPeriod(paused.pausedRemainingSeconds, later);
    expect(resumed.currentPeriodEnd.getTime() - later.getTime()).toBe(12.5 * DAY_MS);
    expect(pauseWindow(new Date(now.getTime() - DAY_MS), now).pausedRemainingSeconds).toBe(0);
  });

  it("lets new work start only while the subscription is in good standing", () => {
    expect(canStartNewWork({ status: "ACTIVE", pastDueSince: null }, now, 7)).toBe(true);
    expect(canStartNewWork({ status: "TRIALING", pastDueSince: null }, now, 7)).toBe(true);
    expect(canStartNewWork({ status: "PAST_DUE", pastDueSince: new Date(now.getTime() - 3 * DAY_MS) }, now, 7)).toBe(
      true,
    );
    expect(canStartNewWork({ status: "PAST_DUE", pastDueSince: new Date(now.getTime() - 8 * DAY_MS) }, now, 7)).toBe(
      false,
    );
    expect(canStartNewWork({ status: "PAUSED", pastDueSince: null }, now, 7)).toBe(false);
    expect(canStartNewWork({ status: "CANCELED", pastDueSince: null }, now, 7)).toBe(false);
    expect(canStartNewWork(null, now, 7)).toBe(false);
  });
});
