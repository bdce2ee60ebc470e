/** Small pure helpers for the dashboard's figures (tested in stats.test.ts). */

/** The q-quantile (0–1) by linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
export function quantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (pos - lower);
}

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week holding `d`. */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY);
}

export function monthStart(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

/** Every week start from the week of `from` through the week of `to`. */
export function weeksBetween(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let w = weekStart(from); w <= to; w = new Date(w.getTime() + 7 * DAY)) out.push(w);
  return out;
}

/** Every month start from the month of `from` through the month of `to`. */
export function monthsBetween(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let m = monthStart(from); m <= to; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1)))
    out.push(m);
  return out;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const isoMonth = (d: Date) => d.toISOString().slice(0, 7);

export const hoursBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

export const round1 = (n: number | null) => (n == null ? null : Math.round(n * 10) / 10);
