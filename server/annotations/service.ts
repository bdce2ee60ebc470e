import { DomainError } from "../errors";
import { notifySafely } from "../notifications/service";
import type { Db } from "../platform/db";

/**
 * Who is looking: a client sees the pins of requests in their workspace, never internal ones;
 * staff see every pin. `workspaceId` null means staff (they reach requests through staff
 * procedures, not through membership).
 */
export type Viewer = { workspaceId: string; isStaff: false } | { workspaceId: null; isStaff: true };

const CLOSED = "This request was canceled; its pins are closed.";

/** A version the viewer may pin on; another workspace's, or an unknown one, is the same NOT_FOUND. */
async function visibleVersion(db: Db, deliverableId: string, viewer: Viewer) {
  const version = await db.deliverable.findFirst({
    where: { id: deliverableId, ...(viewer.workspaceId && { workspaceId: viewer.workspaceId }) },
    select: { id: true, requestId: true, workspaceId: true, version: true },
  });
  if (!version) throw new DomainError("NOT_FOUND", "That version does not exist (any more) on this request.");
  return version;
}

/** A pin the viewer may see: internal pins do not exist for clients. */
async function visiblePin(db: Db, annotationId: string, viewer: Viewer) {
  const pin = await db.annotation.findFirst({
    where: {
      id: annotationId,
      ...(viewer.workspaceId && { workspaceId: viewer.workspaceId }),
      ...(!viewer.isStaff && { isInternal: false }),
    },
    select: { id: true, requestId: true, number: true, isInternal: true, resolvedAt: true },
  });
  if (!pin) throw new DomainError("NOT_FOUND", "That pin does not exist (any more).");
  return pin;
}

async function assertOpenRequest(db: Db, requestId: string) {
  const request = await db.designRequest.findUnique({ where: { id: requestId }, select: { status: true } });
  if (!request || request.status === "CANCELED") throw new DomainError("CONFLICT", CLOSED);
}

/**
 * Every pin on a request the viewer may see, oldest first, with its thread. The page shows, for a
 * version, its own pins plus the open pins of earlier versions ("carried over from v1").
 */
export async function listAnnotations(db: Db, input: { requestId: string } & { viewer: Viewer }) {
  const { viewer } = input;
  const request = await db.designRequest.findFirst({
    where: { id: input.requestId, ...(viewer.workspaceId && { workspaceId: viewer.workspaceId }) },
    select: { id: true },
  });
  if (!request) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
  const [pins, versions] = await Promise.all([
    db.annotation.findMany({
      where: { requestId: request.id, ...(!viewer.isStaff && { isInternal: false }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 1000,
      select: {
        id: true,
        deliverableId: true,
        number: true,
        page: true,
        x: true,
        y: true,
        width: true,
        height: true,
        body: true,
        isInternal: true,
        authorId: true,
        resolvedAt: true,
        createdAt: true,
        replies: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: 200,
          select: { id: true, body: true, authorId: true, createdAt: true },
        },
      },
    }),
    db.deliverable.findMany({ where: { requestId: request.id }, select: { id: true, version: true } }),
  ]);
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  const authorIds = new Set<string>();
  for (const pin of pins) {
    if (pin.authorId) authorIds.add(pin.authorId);
    for (const reply of pin.replies) if (reply.authorId) authorIds.add(reply.authorId);
  }
  const people = await db.user.findMany({
    where: { id: { in: [...authorIds] } },
    select: { id: true, name: true, email: true, staffRole: true },
  });
  const who = new Map(people.map((p) => [p.id, { name: p.name ?? p.email, isStaff: Boolean(p.staffRole) }]));
  const author = (id: string | null) => ({
    author: id ? (who.get(id)?.name ?? "former member") : "Atelier",
    isFromStudio: id ? (who.get(id)?.isStaff ?? false) : true,
  });
  return pins.map(({ authorId, replies, deliverableId, ...pin }) => ({
    ...pin,
    deliverableId,
    version: versionOf.get(deliverableId) ?? 0,
    isResolved: pin.resolvedAt !== null,
    ...author(authorId),
    replies: replies.map(({ authorId: replyAuthor, ...reply }) => ({ ...reply, ...author(replyAuthor) })),
  }));
}

export interface NewPin {
  deliverableId: string;
  page: number;
  x: number;
  y: number;
  width: number | null;
  height: number | null;
  body: string;
  isInternal: boolean;
  authorId: string;
  idempotencyKey: string | null;
}

/** A numbered pin on one version; a retry with the same key returns the pin it made. */
export async function createAnnotation(db: Db, input: NewPin & { viewer: Viewer }) {
  if (input.isInternal && !input.viewer.isStaff)
    throw new DomainError("FORBIDDEN", "Only the studio can add internal pins.");
  if ((input.width === null) !== (input.height === null))
    throw new DomainError("BAD_REQUEST", "A box needs both a width and a height.");
  if (input.x + (input.width ?? 0) > 1 || input.y + (input.height ?? 0) > 1)
    throw new DomainError("BAD_REQUEST", "The box must lie inside the image (positions are 0–1).");
  const version = await visibleVersion(db, input.deliverableId, input.viewer);
  const stored = () =>
    input.idempotencyKey
      ? db.annotation.findUnique({
          where: {
            deliverableId_authorId_idempotencyKey: {
              deliverableId: input.deliverableId,
              authorId: input.authorId,
              idempotencyKey: input.idempotencyKey,
            },
          },
          select: { id: true, number: true },
        })
      : Promise.resolve(null);
  const earlier = await stored();
  if (earlier) return { ...earlier, isReplay: true };
  await assertOpenRequest(db, version.requestId);
  // Numbers are per request (and per audience): take the next one, and on a clash with a pin
  // added at the same moment, the next after that.
  for (let attempt = 0; attempt < 5; attempt++) {
    const last = await db.annotation.findFirst({
      where: { requestId: version.requestId, isInternal: input.isInternal },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    try {
      const pin = await db.annotation.create({
        data: {
          deliverableId: version.id,
          requestId: version.requestId,
          workspaceId: version.workspaceId,
          number: (last?.number ?? 0) + 1,
          page: input.page,
          x: input.x,
          y: input.y,
          width: input.width,
          height: input.height,
          body: input.body,
          isInternal: input.isInternal,
          authorId: input.authorId,
          idempotencyKey: input.idempotencyKey,
        },
        select: { id: true, number: true },
      });
      await notifySafely(db, {
        kind: "comment",
        requestId: version.requestId,
        actorId: input.authorId,
        isInternal: input.isInternal,
        body: `Pin ${input.isInternal ? "I" : "#"}${pin.number} on version ${version.version}: ${input.body}`,
      });
      return { ...pin, workspaceId: version.workspaceId, requestId: version.requestId, isReplay: false };
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      const winner = await stored();
      if (winner) return { ...winner, isReplay: true };
    }
  }
  throw new DomainError("CONFLICT", "Many pins were added at once; please try again.");
}

export async function replyToAnnotation(
  db: Db,
  input: { annotationId: string; body: string; authorId: string; idempotencyKey: string | null; viewer: Viewer },
) {
  const pin = await visiblePin(db, input.annotationId, input.viewer);
  const stored = () =>
    input.idempotencyKey
      ? db.annotationReply.findUnique({
          where: {
            annotationId_authorId_idempotencyKey: {
              annotationId: pin.id,
              authorId: input.authorId,
              idempotencyKey: input.idempotencyKey,
            },
          },
          select: { id: true },
        })
      : Promise.resolve(null);
  const earlier = await stored();
  if (earlier) return { ...earlier, requestId: pin.requestId, isReplay: true };
  await assertOpenRequest(db, pin.requestId);
  try {
    const reply = await db.annotationReply.create({
      data: { annotationId: pin.id, authorId: input.authorId, body: input.body, idempotencyKey: input.idempotencyKey },
      select: { id: true },
    });
    await notifySafely(db, {
      kind: "comment",
      requestId: pin.requestId,
      actorId: input.authorId,
      isInternal: pin.isInternal,
      body: `Reply on pin ${pin.isInternal ? "I" : "#"}${pin.number}: ${input.body}`,
    });
    return { ...reply, requestId: pin.requestId, isReplay: false };
  } catch (error) {
    const winner = (error as { code?: string }).code === "P2002" ? await stored() : null;
    if (winner) return { ...winner, requestId: pin.requestId, isReplay: true };
    throw error;
  }
}

/** Resolve or reopen; doing what is already done is a no-op, so a double click is harmless. */
export async function setAnnotationResolved(
  db: Db,
  input: { annotationId: string; isResolved: boolean; userId: string; viewer: Viewer },
) {
  const pin = await visiblePin(db, input.annotationId, input.viewer);
  await assertOpenRequest(db, pin.requestId);
  const changed = await db.annotation.updateMany({
    where: { id: pin.id, resolvedAt: input.isResolved ? null : { not: null } },
    data: input.isResolved
      ? { resolvedAt: new Date(), resolvedById: input.userId }
      : { resolvedAt: null, resolvedById: null },
  });
  return { requestId: pin.requestId, changed: changed.count === 1 };
}

/** The open pins a client can see, as lines for a revision request ("#2 (v1): make the logo bigger"). */
export async function openPinSummary(db: Db, requestId: string) {
  const pins = await db.annotation.findMany({
    where: { requestId, isInternal: false, resolvedAt: null },
    orderBy: { number: "asc" },
    take: 200,
    select: { number: true, body: true, deliverableId: true },
  });
  if (pins.length === 0) return [];
  const versions = await db.deliverable.findMany({
    where: { id: { in: [...new Set(pins.map((p) => p.deliverableId))] } },
    select: { id: true, version: true },
  });
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  return pins.map(
    (p) => `#${p.number} (v${versionOf.get(p.deliverableId) ?? "?"}): ${p.body.replace(/\s+/g, " ").trim()}`,
  );
}
