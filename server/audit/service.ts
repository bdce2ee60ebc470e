import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";

export interface AuditEntry {
  actor?: { id: string; email: string } | null;
  /** The API token the actor used, when they acted through one. */
  apiToken?: { id: string; name: string } | null;
  action: string;
  target?: { type: string; id: string };
  workspaceId?: string | null;
  ip?: string | null;
  metadata?: Prisma.InputJsonValue;
}

/** The one way to write the audit log; every staff and client mutation calls it. */
export async function recordAudit(db: Db, entry: AuditEntry) {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      apiTokenId: entry.apiToken?.id ?? null,
      apiTokenName: entry.apiToken?.name ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      workspaceId: entry.workspaceId ?? null,
      ip: entry.ip ?? null,
      metadata: entry.metadata,
    },
  });
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit: number;
}

/** Newest first, filtered by actor (id or email fragment), action prefix and date range. */
export async function listAudit(db: Db, f: AuditFilters) {
  const where: Prisma.AuditLogWhereInput = {
    ...(f.actor && { OR: [{ actorId: f.actor }, { actorEmail: { contains: f.actor.toLowerCase() } }] }),
    ...(f.action && { action: { startsWith: f.action } }),
    ...((f.from || f.to) && { createdAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
    ...(f.cursor && { cursor: { id: f.cursor }, skip: 1 }),
  });
  const entries = rows.slice(0, f.limit);
  return {
    entries: await withNames(db, entries),
    nextCursor: rows.length > f.limit ? (rows[f.limit - 1]?.id ?? null) : null,
  };
}

/** Where a target of a known type lives in the back office. */
const targetHref: Record<string, (id: string) => string> = {
  workspace: (id) => `/admin/workspaces/${id}`,
  request: (id) => `/admin/requests/${id}`,
  lead: (id) => `/admin/leads/${id}`,
};

/**
 * People, workspaces, requests and leads by name (and a link where the back office has a page),
 * never by id: one query per kind for a whole page of entries.
 */
async function withNames<
  T extends {
    actorId: string | null;
    actorEmail: string | null;
    targetType: string | null;
    targetId: string | null;
    workspaceId: string | null;
  },
>(db: Db, entries: T[]) {
  const idsOf = (type: string) => [
    ...new Set(entries.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId as string)),
  ];
  const userIds = [
    ...new Set([...entries.map((e) => e.actorId), ...idsOf("user")].filter((x): x is string => Boolean(x))),
  ];
  const workspaceIds = [
    ...new Set([...entries.map((e) => e.workspaceId), ...idsOf("workspace")].filter((x): x is string => Boolean(x))),
  ];
  const [users, workspaces, requests, leads] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
      : [],
    workspaceIds.length
      ? db.workspace.findMany({ where: { id: { in: workspaceIds } }, select: { id: true, name: true } })
      : [],
    idsOf("request").length
      ? db.designRequest.findMany({ where: { id: { in: idsOf("request") } }, select: { id: true, title: true } })
      : [],
    idsOf("lead").length
      ? db.lead.findMany({ where: { id: { in: idsOf("lead") } }, select: { id: true, name: true } })
      : [],
  ]);
  const label = new Map<string, string>([
    ...users.map((u) => [`user:${u.id}`, u.name ?? u.email] as const),
    ...workspaces.map((w) => [`workspace:${w.id}`, w.name] as const),
    ...requests.map((r) => [`request:${r.id}`, r.title] as const),
    ...leads.map((l) => [`lead:${l.id}`, l.name] as const),
  ]);
  return entries.map((e) => {
    const key = e.targetType && e.targetId ? `${e.targetType}:${e.targetId}` : null;
    return {
      ...e,
      actorName: e.actorId
        ? (label.get(`user:${e.actorId}`) ?? e.actorEmail ?? "deleted account")
        : (e.actorEmail ?? "system"),
      workspaceName: e.workspaceId ? (label.get(`workspace:${e.workspaceId}`) ?? "deleted workspace") : null,
      targetLabel: key ? (label.get(key) ?? `${e.targetType} (deleted or unnamed)`) : null,
      targetHref:
        key && e.targetType && targetHref[e.targetType] && label.has(key)
          ? targetHref[e.targetType]?.(e.targetId as string)
          : null,
    };
  });
}
