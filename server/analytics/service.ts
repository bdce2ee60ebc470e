import { CANCELLATION_REASONS, type CancellationReasonKey } from "../billing/cancellation";
import type { Db } from "../platform/db";
import { hoursBetween, isoDay, isoMonth, monthsBetween, quantile, round1, weekStart, weeksBetween } from "./stats";

export interface Range {
  from: Date;
  to: Date;
}

const OPEN_WORK = ["ACTIVE", "REVISION"] as const;

async function namesOf(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name ?? u.email]));
}

/**
 * Today's work for the back-office home. Admins see the whole studio; a designer sees the
 * requests assigned to them (and the shared queue of unassigned work they could take).
 */
export async function todaysWork(db: Db, viewer: { id: string; isAdmin: boolean }, now = new Date()) {
  const mine = viewer.isAdmin ? {} : { assigneeId: viewer.id };
  const requestSelect = {
    id: true,
    title: true,
    status: true,
    dueDate: true,
    assigneeId: true,
    updatedAt: true,
    workspaceId: true,
  } as const;
  const [waitingForDesigner, inProgress, waitingForClient, overdue] = await Promise.all([
    db.designRequest.findMany({
      where: { status: { in: [...OPEN_WORK] }, assigneeId: null },
      select: requestSelect,
      orderBy: { activatedAt: "asc" },
      take: 50,
    }),
    db.designRequest.findMany({
      where: { status: { in: [...OPEN_WORK] }, assigneeId: { not: null }, ...mine },
      select: requestSelect,
      orderBy: { updatedAt: "asc" },
      take: 200,
    }),
    db.designRequest.findMany({
      where: { status: "IN_REVIEW", ...mine },
      select: requestSelect,
      orderBy: { updatedAt: "asc" },
      take: 50,
    }),
    db.designRequest.findMany({
      where: { status: { in: ["ACTIVE", "REVISION", "IN_REVIEW"] }, dueDate: { lt: now }, ...mine },
      select: requestSelect,
      orderBy: { dueDate: "asc" },
      take: 50,
    }),
  ]);
  const names = await namesOf(
    db,
    [...inProgress, ...overdue, ...waitingForClient].map((r) => r.assigneeId),
  );
  const clientNames = new Map(
    (
      await db.workspace.findMany({
        where: {
          id: {
            in: [
              ...new Set(
                [...waitingForDesigner, ...inProgress, ...waitingForClient, ...overdue].map((r) => r.workspaceId),
              ),
            ],
          },
        },
        select: { id: true, name: true },
      })
    ).map((w) => [w.id, w.name]),
  );
  const withAssignee = <T extends { assigneeId: string | null; workspaceId: string }>(r: T) => ({
    ...r,
    workspaceName: clientNames.get(r.workspaceId) ?? "Deleted workspace",
    assigneeName: r.assigneeId ? (names.get(r.assigneeId) ?? "Former staff") : null,
  });
  const assigned = inProgress.map(withAssignee);
  const perDesigner = new Map<string, { designerId: string; name: string; requests: typeof assigned }>();
  for (const r of assigned) {
    const key = r.assigneeId as string;
    const entry = perDesigner.get(key) ?? { designerId: key, name: r.assigneeName ?? "", requests: [] };
    entry.requests.push(r);
    perDesigner.set(key, entry);
  }

  const [newLeads, newLeadCount, heroWaiting, heroWaitingCount, atRisk] = await Promise.all([
    db.lead.findMany({
      where: { stage: "NEW" },
      select: { id: true, name: true, email: true, company: true, source: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 5,
    }),
    db.lead.count({ where: { stage: "NEW" } }),
    db.heroRedesign.findMany({
      where: { status: { in: ["REQUESTED", "IN_PROGRESS"] } },
      select: { id: true, siteUrl: true, status: true, createdAt: true, lead: { select: { id: true, name: true } } },
      orderBy: { createdAt: "asc" },
      take: 5,
    }),
    db.heroRedesign.count({ where: { status: { in: ["REQUESTED", "IN_PROGRESS"] } } }),
    viewer.isAdmin
      ? db.subscription.findMany({
          where: { OR: [{ status: "PAST_DUE" }, { cancelAtPeriodEnd: true, status: { not: "CANCELED" } }] },
          select: {
            id: true,
            workspaceId: true,
            status: true,
            planSlug: true,
            cancelAtPeriodEnd: true,
            currentPeriodEnd: true,
            pastDueSince: true,
          },
          orderBy: { currentPeriodEnd: "asc" },
          take: 50,
        })
      : Promise.resolve([]),
  ]);
  const workspaces = atRisk.length
    ? new Map(
        (
          await db.workspace.findMany({
            where: { id: { in: atRisk.map((s) => s.workspaceId) } },
            select: { id: true, name: true },
          })
        ).map((w) => [w.id, w.name]),
      )
    : new Map<string, string>();

  return {
    waitingForDesigner: waitingForDesigner.map(withAssignee),
    inProgressByDesigner: [...perDesigner.values()].sort((a, b) => b.requests.length - a.requests.length),
    waitingForClient: waitingForClient.map(withAssignee),
    overdue: overdue.map(withAssignee),
    newLeads,
    newLeadCount,
    heroWaiting,
    heroWaitingCount,
    subscriptionsAtRisk: atRisk.map((s) => ({
      ...s,
      workspaceName: workspaces.get(s.workspaceId) ?? "Deleted workspace",
      reason: s.status === "PAST_DUE" ? ("past_due" as const) : ("canceling" as const),
    })),
  };
}

const stages = ["NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"] as const;

/** Leads per week by source and by (current) stage, and the hero-redesign funnel, for a range. */
export async function leadFigures(db: Db, range: Range) {
  const leads = await db.lead.findMany({
    where: { createdAt: { gte: range.from, lte: range.to } },
    select: {
      source: true,
      stage: true,
      createdAt: true,
      wonAt: true,
      heroRedesign: { select: { status: true } },
    },
  });
  const weeks = weeksBetween(range.from, range.to).map((w) => ({
    week: isoDay(w),
    CONTACT: 0,
    HERO_REDESIGN: 0,
    NEW: 0,
    CONTACTED: 0,
    QUALIFIED: 0,
    WON: 0,
    LOST: 0,
  }));
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  for (const lead of leads) {
    const row = byWeek.get(isoDay(weekStart(lead.createdAt)));
    if (!row) continue;
    row[lead.source]++;
    row[lead.stage]++;
  }
  const hero = leads.filter((l) => l.source === "HERO_REDESIGN");
  const funnel = [
    { step: "Hero redesign requested", count: hero.length },
    { step: "Redesign delivered", count: hero.filter((l) => l.heroRedesign?.status === "DELIVERED").length },
    { step: "Subscribed", count: hero.filter((l) => l.stage === "WON").length },
  ];
  return { weeks, funnel, stages, totalLeads: leads.length };
}

/** Monthly recurring revenue and active subscriptions at each month's end, and churn per month. */
export async function revenueFigures(db: Db, range: Range, now = new Date()) {
  const [subs, reasons] = await Promise.all([
    db.subscription.findMany({
      where: { createdAt: { lte: range.to }, OR: [{ canceledAt: null }, { canceledAt: { gte: range.from } }] },
      select: {
        priceCents: true,
        interval: true,
        status: true,
        createdAt: true,
        canceledAt: true,
        pausedAt: true,
      },
    }),
    db.cancellationReason.findMany({
      where: { createdAt: { gte: range.from, lte: range.to }, undoneAt: null },
      select: { reason: true, createdAt: true },
    }),
  ]);
  // What each subscription pays (kept on it), not today's list price: an edited plan price moves no history.
  const monthlyCents = (s: (typeof subs)[number]) =>
    s.interval === "YEAR" ? Math.round(s.priceCents / 12) : s.priceCents;
  const activeAt = (s: (typeof subs)[number], t: Date) =>
    s.createdAt <= t && (!s.canceledAt || s.canceledAt > t) && (!s.pausedAt || s.pausedAt > t);

  const months = monthsBetween(range.from, range.to);
  const mrr = months.map((start) => {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const at = next > now ? now : new Date(next.getTime() - 1);
    const active = subs.filter((s) => activeAt(s, at));
    return {
      month: isoMonth(start),
      mrrCents: active.reduce((sum, s) => sum + monthlyCents(s), 0),
      activeSubscriptions: active.length,
    };
  });

  const reasonKeys = Object.keys(CANCELLATION_REASONS) as CancellationReasonKey[];
  const churn = months.map((start) => {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const activeAtStart = subs.filter((s) => s.createdAt < start && (!s.canceledAt || s.canceledAt >= start)).length;
    const canceled = subs.filter((s) => s.canceledAt && s.canceledAt >= start && s.canceledAt < next).length;
    const byReason = Object.fromEntries(reasonKeys.map((k) => [k, 0])) as Record<CancellationReasonKey, number>;
    for (const r of reasons) {
      if (r.createdAt < start || r.createdAt >= next) continue;
      const key = (r.reason in byReason ? r.reason : "other") as CancellationReasonKey;
      byReason[key]++;
    }
    return {
      month: isoMonth(start),
      canceled,
      activeAtStart,
      churnRate: activeAtStart ? Math.round((canceled / activeAtStart) * 1000) / 10 : 0,
      ...byReason,
    };
  });
  return {
    mrr,
    churn,
    reasons: reasonKeys.map((key) => ({ key, label: CANCELLATION_REASONS[key] })),
  };
}

export async function dashboardTargets(db: Db) {
  const row = await db.dashboardTargets.findUnique({ where: { id: "studio" } });
  return { firstDeliveryHours: row?.firstDeliveryHours ?? 48, revisionRounds: row?.revisionRounds ?? 2 };
}

export async function setDashboardTargets(db: Db, input: { firstDeliveryHours: number; revisionRounds: number }) {
  await db.dashboardTargets.upsert({ where: { id: "studio" }, create: { id: "studio", ...input }, update: input });
  return dashboardTargets(db);
}

interface TurnaroundSample {
  hours: number;
  rounds: number;
}

function summarize(key: string, label: string, samples: TurnaroundSample[], target: { hours: number; rounds: number }) {
  const hours = samples.map((s) => s.hours);
  const rounds = samples.map((s) => s.rounds);
  const medianHours = round1(quantile(hours, 0.5));
  const p90Hours = round1(quantile(hours, 0.9));
  return {
    key,
    label,
    requests: samples.length,
    medianHours,
    p90Hours,
    medianRounds: round1(quantile(rounds, 0.5)),
    p90Rounds: round1(quantile(rounds, 0.9)),
    /** Share of requests delivered first within the target, in percent. */
    withinTargetPercent: samples.length
      ? Math.round((samples.filter((s) => s.hours <= target.hours).length / samples.length) * 100)
      : null,
    isOverTarget: p90Hours != null && p90Hours > target.hours,
    isOverRoundsTarget: (quantile(rounds, 0.9) ?? 0) > target.rounds,
  };
}

/**
 * Time from activation to first delivery and revision rounds, for requests first delivered in
 * the range — per designer and per request type. `designerId` narrows it to one designer.
 */
export async function turnaroundFigures(db: Db, range: Range, designerId?: string) {
  const [requests, targets, services] = await Promise.all([
    db.designRequest.findMany({
      where: {
        firstDeliveredAt: { gte: range.from, lte: range.to },
        activatedAt: { not: null },
        ...(designerId ? { assigneeId: designerId } : {}),
      },
      select: {
        id: true,
        type: true,
        assigneeId: true,
        activatedAt: true,
        firstDeliveredAt: true,
        _count: { select: { statusChanges: { where: { toStatus: "REVISION" } } } },
      },
    }),
    dashboardTargets(db),
    db.service.findMany({ select: { slug: true, name: true } }),
  ]);
  const names = await namesOf(
    db,
    requests.map((r) => r.assigneeId),
  );
  const serviceName = new Map(services.map((s) => [s.slug, s.name]));
  const target = { hours: targets.firstDeliveryHours, rounds: targets.revisionRounds };
  const group = (keyOf: (r: (typeof requests)[number]) => string) => {
    const groups = new Map<string, TurnaroundSample[]>();
    for (const r of requests) {
      const key = keyOf(r);
      const list = groups.get(key) ?? [];
      list.push({
        hours: hoursBetween(r.activatedAt as Date, r.firstDeliveredAt as Date),
        rounds: r._count.statusChanges,
      });
      groups.set(key, list);
    }
    return groups;
  };
  const byDesigner = [...group((r) => r.assigneeId ?? "unassigned")].map(([key, samples]) =>
    summarize(key, key === "unassigned" ? "Unassigned" : (names.get(key) ?? "Former staff"), samples, target),
  );
  const byType = [...group((r) => r.type)].map(([key, samples]) =>
    summarize(key, serviceName.get(key) ?? key, samples, target),
  );
  const overall = summarize(
    "all",
    "All requests",
    requests.map((r) => ({
      hours: hoursBetween(r.activatedAt as Date, r.firstDeliveredAt as Date),
      rounds: r._count.statusChanges,
    })),
    target,
  );
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return { targets, overall, byDesigner: byDesigner.sort(byLabel), byType: byType.sort(byLabel) };
}
