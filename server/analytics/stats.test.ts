import { describe, expect, it } from "vitest";
import { monthsBetween, quantile, weekStart, weeksBetween } from "./stats";

describe("dashboard statistics", () => {
  it("takes medians and p90 the way PostgreSQL's percentile_cont does", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
  });

  it("starts weeks on Monday (UTC) and lists every week and month of a range", () => {
    expect(weekStart(new Date("2026-12-06T23:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weekStart(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(weeksBetween(new Date("2026-11-01T00:00:00Z"), new Date("2026-11-30T12:00:00Z"))).toHaveLength(6);
    expect(monthsBetween(new Date("2026-01-15T00:00:00Z"), new Date("2026-12-01T00:00:00Z"))).toHaveLength(12);
  });
});
