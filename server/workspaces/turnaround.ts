import { hoursBetween, quantile, round1 } from "../analytics/stats";
import type { Db } from "../platform/db";

const YEAR = 365 * 86_400_000;
export const HISTORY_SIZE = 10;

/**
 * The client's own turnaround over the last twelve months — time from a request starting to its
 * first delivery, and revision rounds (status changes into REVISION), median and p90 as on the
 * studio's dashboard — and their newest finished requests with the dates that matter.
 */
export async function workspaceTurnaround(db: Db, workspaceId: string, now = new Date()) {
  const since = new Date(now.getTime() - YEAR);
  const [delivered, finished, finishedTotal, services] = await Promise.all([
    db.designRequest.findMany({
      where: { workspaceId, firstDeliveredAt: { gte: since, lte: now }, activatedAt: { not: null } },
      select: {
        activatedAt: true,
        firstDeliveredAt: true,
        _count: { select: { statusChanges: { where: { toStatus: "REVISION" } } } },
      },
    }),
    db.designRequest.findMany({
      where: { workspaceId, status: "DONE" },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      take: HISTORY_SIZE,
      select: {
        id: true,
        title: true,
        type: true,
        createdAt: true,
        firstDeliveredAt: true,
        completedAt: true,
        _count: { select: { statusChanges: { where: { toStatus: "REVISION" } } } },
      },
    }),
    db.designRequest.count({ where: { workspaceId, status: "DONE" } }),
    db.service.findMany({ select: { slug: true, name: true } }),
  ]);
  const hours = delivered.map((r) => hoursBetween(r.activatedAt as Date, r.firstDeliveredAt as Date));
  const rounds = delivered.map((r) => r._count.statusChanges);
  const serviceName = new Map(services.map((s) => [s.slug, s.name]));
  return {
    since,
    figures: {
      delivered: delivered.length,
      medianHours: round1(quantile(hours, 0.5)),
      p90Hours: round1(quantile(hours, 0.9)),
      medianRounds: round1(quantile(rounds, 0.5)),
      p90Rounds: round1(quantile(rounds, 0.9)),
    },
    history: finished.map(({ _count, type, ...r }) => ({
      ...r,
      serviceName: serviceName.get(type) ?? type,
      revisionRounds: _count.statusChanges,
    })),
    historyTotal: finishedTotal,
  };
}
