import type { Db } from "../platform/db";
import { emitWebhookEvent } from "../webhooks/service";

/**
 * The webhook events a request emits (catalog and payloads: server/webhooks/events.ts). Called
 * after the change is committed; each reads what its payload needs. Internal notes emit nothing.
 */
async function requestRef(db: Db, requestId: string) {
  return db.designRequest.findUnique({
    where: { id: requestId },
    select: { id: true, title: true, type: true, status: true, workspaceId: true, createdById: true },
  });
}

export async function announceRequestCreated(db: Db, requestId: string) {
  const r = await requestRef(db, requestId);
  if (!r) return;
  await emitWebhookEvent(db, "request.created", r.workspaceId, {
    requestId: r.id,
    title: r.title,
    type: r.type,
    status: r.status,
    createdBy: r.createdById,
  });
}

/** The request's latest recorded move (its status history says from where to where). */
export async function announceStatusChange(db: Db, requestId: string) {
  const [r, change] = await Promise.all([
    requestRef(db, requestId),
    db.requestStatusChange.findFirst({
      where: { requestId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { fromStatus: true, toStatus: true },
    }),
  ]);
  if (!r) return;
  await emitWebhookEvent(db, "request.status_changed", r.workspaceId, {
    requestId: r.id,
    title: r.title,
    from: change?.fromStatus ?? null,
    to: change?.toStatus ?? r.status,
  });
}

/** A move we know exactly (the queue starting a request by itself). */
export async function announceTransition(db: Db, requestId: string, from: string | null, to: string) {
  const r = await requestRef(db, requestId);
  if (!r) return;
  await emitWebhookEvent(db, "request.status_changed", r.workspaceId, { requestId: r.id, title: r.title, from, to });
}

export async function announceComment(db: Db, requestId: string, comment: { id: string; isInternal: boolean }) {
  if (comment.isInternal) return;
  const [r, row] = await Promise.all([
    requestRef(db, requestId),
    db.requestComment.findUnique({
      where: { id: comment.id },
      select: { body: true, authorId: true, isInternal: true },
    }),
  ]);
  if (!r || !row || row.isInternal) return;
  const author = row.authorId
    ? await db.user.findUnique({ where: { id: row.authorId }, select: { staffRole: true } })
    : null;
  await emitWebhookEvent(db, "comment.created", r.workspaceId, {
    requestId: r.id,
    title: r.title,
    commentId: comment.id,
    body: row.body,
    isFromStudio: !row.authorId || Boolean(author?.staffRole),
  });
}

export async function announceDeliverable(db: Db, requestId: string, delivered: { version: number; fileId: string }) {
  const r = await requestRef(db, requestId);
  if (!r) return;
  await emitWebhookEvent(db, "deliverable.created", r.workspaceId, { requestId: r.id, title: r.title, ...delivered });
  await announceStatusChange(db, requestId);
}

export async function announceApproval(db: Db, requestId: string, version: number) {
  const r = await requestRef(db, requestId);
  if (!r) return;
  await emitWebhookEvent(db, "approval", r.workspaceId, { requestId: r.id, title: r.title, version });
  await announceStatusChange(db, requestId);
}
