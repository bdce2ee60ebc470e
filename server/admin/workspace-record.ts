import { DomainError } from "../errors";
import type { Db } from "../platform/db";

/**
 * Everything the studio knows about one client, for /admin/workspaces/[id]: people, subscription,
 * requests, files, the lead it came from (with its notes) and its audit trail — with names, not ids.
 * Invoices come from invoices.forWorkspace (the billing section reused on the page).
 */
export async function workspaceRecord(db: Db, workspaceId: string) {
  const workspace = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      billingLegalName: true,
      billingAddress: true,
      billingCountry: true,
      billingVatId: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!workspace) throw new DomainError("NOT_FOUND", "No such workspace.");
  const [subscription, requests, requestCount, deliverables, attachments, lead, audit] = await Promise.all([
    db.subscription.findUnique({
      where: { workspaceId },
      select: {
        status: true,
        planSlug: true,
        interval: true,
        currentPeriodEnd: true,
        cancelAtPeriodEnd: true,
        pastDueSince: true,
        pausedAt: true,
        canceledAt: true,
        createdAt: true,
      },
    }),
    db.designRequest.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, title: true, status: true, type: true, assigneeId: true, createdAt: true, dueDate: true },
    }),
    db.designRequest.count({ where: { workspaceId } }),
    db.deliverable.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, requestId: true, version: true, fileId: true, createdAt: true },
    }),
    db.requestAttachment.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        requestId: true,
        createdAt: true,
        file: { select: { id: true, originalName: true, size: true } },
      },
    }),
    db.lead.findFirst({
      where: { workspaceId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        email: true,
        source: true,
        stage: true,
        createdAt: true,
        wonAt: true,
        notes: {
          orderBy: { createdAt: "desc" },
          take: 20,
          select: { id: true, body: true, authorId: true, createdAt: true },
        },
      },
    }),
    db.auditLog.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      take: 30,
      select: {
        id: true,
        action: true,
        actorId: true,
        actorEmail: true,
        targetType: true,
        targetId: true,
        createdAt: true,
      },
    }),
  ]);
  const files = await db.fileAsset.findMany({
    where: { id: { in: deliverables.map((d) => d.fileId) } },
    select: { id: true, originalName: true, size: true },
  });
  const fileById = new Map(files.map((f) => [f.id, f]));
  const titleById = new Map(requests.map((r) => [r.id, r.title]));
  const missingTitles = [...deliverables, ...attachments].map((f) => f.requestId).filter((id) => !titleById.has(id));
  if (missingTitles.length)
    for (const r of await db.designRequest.findMany({
      where: { id: { in: missingTitles } },
      select: { id: true, title: true },
    }))
      titleById.set(r.id, r.title);
  const people = await db.user.findMany({
    where: {
      id: {
        in: [
          ...requests.map((r) => r.assigneeId),
          ...audit.map((a) => a.actorId),
          ...(lead?.notes.map((n) => n.authorId) ?? []),
        ].filter((x): x is string => Boolean(x)),
      },
    },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name ?? p.email]));
  const plan = subscription
    ? await db.plan.findUnique({ where: { slug: subscription.planSlug }, select: { name: true } })
    : null;

  return {
    workspace: { ...workspace, memberships: undefined },
    members: workspace.memberships.map((m) => ({ ...m.user, role: m.role, joinedAt: m.createdAt })),
    subscription: subscription ? { ...subscription, planName: plan?.name ?? subscription.planSlug } : null,
    requestCount,
    requests: requests.map((r) => ({ ...r, assigneeName: r.assigneeId ? (nameOf.get(r.assigneeId) ?? null) : null })),
    files: [
      ...deliverables.map((d) => ({
        id: d.id,
        kind: "deliverable" as const,
        name: fileById.get(d.fileId)?.originalName ?? "file",
        size: fileById.get(d.fileId)?.size ?? 0,
        version: d.version,
        requestId: d.requestId,
        requestTitle: titleById.get(d.requestId) ?? "Request",
        createdAt: d.createdAt,
      })),
      ...attachments.map((a) => ({
        id: a.id,
        kind: "attachment" as const,
        name: a.file.originalName,
        size: a.file.size,
        version: null,
        requestId: a.requestId,
        requestTitle: titleById.get(a.requestId) ?? "Request",
        createdAt: a.createdAt,
      })),
    ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
    lead: lead
      ? {
          ...lead,
          notes: lead.notes.map((n) => ({
            ...n,
            authorName: n.authorId ? (nameOf.get(n.authorId) ?? "Former staff") : "System",
          })),
        }
      : null,
    audit: audit.map((a) => ({
      ...a,
      actorName: a.actorId ? (nameOf.get(a.actorId) ?? a.actorEmail ?? "Deleted account") : (a.actorEmail ?? "System"),
    })),
  };
}

/** Renames a client workspace (its owner, or an admin); the slug stays so links keep working. */
export async function renameWorkspace(db: Db, workspaceId: string, name: string) {
  const before = await db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true } });
  if (!before) throw new DomainError("NOT_FOUND", "No such workspace.");
  const after = await db.workspace.update({
    where: { id: workspaceId },
    data: { name },
    select: { id: true, name: true },
  });
  return { ...after, previousName: before.name };
}
