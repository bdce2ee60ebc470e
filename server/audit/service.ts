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
  return {
    entries: rows.slice(0, f.limit),
    nextCursor: rows.length > f.limit ? (rows[f.limit - 1]?.id ?? null) : null,
  };
}
