import { renderMarkdown } from "../content/markdown";
import { DomainError } from "../errors";
import type { RequestStatus } from "../generated/prisma/enums";
import { publishRequestChange } from "../live/publish";
import {
  announceNotifications,
  notificationWrites,
  notifySafely,
  planNotificationsSafely,
} from "../notifications/service";
import type { Db } from "../platform/db";
import { fillActiveSlots } from "./activation";

const POSITION_STEP = 1000;
export const MAX_ATTACHMENTS = 10;

export async function createRequest(
  db: Db,
  input: {
    workspaceId: string;
    userId: string;
    title: string;
    type: string;
    brief: string;
    dueDate: Date | null;
    /** Files this person uploaded (POST /api/uploads/attachments) and has not attached yet. */
    attachmentIds?: string[];
    /** One per form submission: a retry of it returns the request it already created. */
    idempotencyKey?: string | null;
  },
): Promise<{ request: { id: string; status: RequestStatus; position: number }; isReplay: boolean }> {
  const stored = () => storedRequest(db, input);
  const earlier = await stored();
  // The first attempt may have died before starting the request: the retry finishes that too.
  if (earlier) return { request: await settleCreated(db, input.workspaceId, earlier.id), isReplay: true };
  const service = await db.service.findFirst({
    where: { slug: input.type, status: "PUBLISHED" },
    select: { slug: true },
  });
  if (!service) throw new DomainError("BAD_REQUEST", "Choose a request type from the studio's services.");
  const last = await db.designRequest.findFirst({
    where: { workspaceId: input.workspaceId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_ATTACHMENTS)
    throw new DomainError("BAD_REQUEST", `Attach at most ${MAX_ATTACHMENTS} files to one request.`);
  const ownUploads = await db.fileAsset.count({
    where: { id: { in: attachmentIds }, uploadedById: input.userId, attachments: { none: {} } },
  });
  if (ownUploads !== attachmentIds.length)
    throw new DomainError("BAD_REQUEST", "One of the attachments is no longer available; please upload it again.");
  // The request and its attachments are written together: a request never lacks a file it listed.
  const request = await db.designRequest
    .create({
      data: {
        attachments: { create: attachmentIds.map((fileId) => ({ fileId, workspaceId: input.workspaceId })) },
        workspaceId: input.workspaceId,
        title: input.title,
        type: input.type,
        brief: input.brief,
        dueDate: input.dueDate,
        position: (last?.position ?? 0) + POSITION_STEP,
        createdById: input.userId,
        idempotencyKey: input.idempotencyKey ?? null,
        statusChanges: { create: { toStatus: "QUEUED", actorId: input.userId, workspaceId: input.workspaceId } },
      },
      select: { id: true },
    })
    .catch(async (error: unknown) => {
      if ((error as { code?: string }).code !== "P2002") throw error;
      // The same submission twice at once: the unique key lets one through, the other gets it.
      const winner = await stored();
      if (winner) return { ...winner, isReplay: true };
      // Two requests racing for the same upload: one gets it, the other is told plainly.
      throw new DomainError("CONFLICT", "One of the attachments is already on another request.");
    });
  if (!("isReplay" in request)) {
    await publishRequestChange({ change: "status", workspaceId: input.workspaceId, requestId: request.id });
  }
  return {
    request: await settleCreated(db, input.workspaceId, request.id),
    isReplay: "isReplay" in request,
  };
}

function storedRequest(db: Db, input: { workspaceId: string; userId: string; idempotencyKey?: string | null }) {
  if (!input.idempotencyKey) return Promise.resolve(null);
  return db.designRequest.findUnique({
    where: {
      workspaceId_createdById_idempotencyKey: {
        workspaceId: input.workspaceId,
        createdById: input.userId,
        idempotencyKey: input.idempotencyKey,
      },
    },
    select: { id: true },
  });
}

/** A new request starts at once when the plan has a free slot (idempotent: a full plan waits). */
async function settleCreated(db: Db, workspaceId: string, requestId: string) {
  await fillActiveSlots(db, workspaceId);
  return db.designRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, status: true, position: true },
  });
}

const OPEN_STATUSES = ["QUEUED", "ACTIVE", "IN_REVIEW", "REVISION"] as const;
const listSelect = {
  id: true,
  title: true,
  type: true,
  status: true,
  position: true,
  dueDate: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  /** Only whether someone is on it: an ACTIVE request nobody has shows "waiting for a designer". */
  assigneeId: true,
} as const;

/**
 * The workspace's requests: every open one (work in progress first, then the queue in its order),
 * and the most recently finished ones — `finishedLimit` of them, so a long history never makes
 * the page heavier; `finishedTotal` says how many there are.
 */
export async function listRequests(db: Db, workspaceId: string, finishedLimit = 20, finishedCursor?: string | null) {
  const [open, finishedPage, finishedTotal] = await Promise.all([
    db.designRequest.findMany({
      where: { workspaceId, status: { in: [...OPEN_STATUSES] } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      take: 500,
      select: listSelect,
    }),
    db.designRequest.findMany({
      where: { workspaceId, status: { in: ["DONE", "CANCELED"] } },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      take: finishedLimit + 1,
      ...(finishedCursor && { cursor: { id: finishedCursor }, skip: 1 }),
      select: listSelect,
    }),
    db.designRequest.count({ where: { workspaceId, status: { in: ["DONE", "CANCELED"] } } }),
  ]);
  const stage = { IN_REVIEW: 0, REVISION: 1, ACTIVE: 2, QUEUED: 3, DONE: 4, CANCELED: 4 } as const;
  // Clients learn whether someone is on a request, not the staff member's id.
  const withDesigner = <T extends { assigneeId: string | null }>({ assigneeId, ...r }: T) => ({
    ...r,
    hasDesigner: assigneeId !== null,
  });
  const finished = finishedPage.slice(0, finishedLimit);
  return {
    open: open.sort((a, b) => stage[a.status] - stage[b.status] || a.position - b.position).map(withDesigner),
    finished: finished.map(withDesigner),
    finishedTotal,
    /** Pass as `finishedCursor` for the next page of finished requests; null on the last one. */
    finishedNextCursor: finishedPage.length > finishedLimit ? (finished.at(-1)?.id ?? null) : null,
  };
}

/** A foreign or unknown id is NOT_FOUND, the same answer either way (ids cannot be probed). */
export async function assertRequestInWorkspace(db: Db, workspaceId: string, requestId: string) {
  const found = await db.designRequest.findFirst({ where: { id: requestId, workspaceId }, select: { id: true } });
  if (!found) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
}

/** One request in its workspace (a foreign id is NOT_FOUND); internal notes only for staff. */
export async function getRequest(
  db: Db,
  input: { workspaceId: string | null; requestId: string; isStaff: boolean; commentLimit?: number },
) {
  const commentLimit = input.commentLimit ?? 100;
  const request = await db.designRequest.findFirst({
    where: { id: input.requestId, ...(input.workspaceId && { workspaceId: input.workspaceId }) },
    include: {
      statusChanges: { orderBy: { createdAt: "asc" } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { file: { select: { id: true, originalName: true, size: true, mime: true } } },
      },
    },
  });
  if (!request) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
  // The latest comments (a long thread is read from the end); earlierComments says how many are hidden.
  const visible = { requestId: request.id, ...(!input.isStaff && { isInternal: false }) };
  const [latest, commentTotal] = await Promise.all([
    db.requestComment.findMany({
      where: visible,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: commentLimit,
      select: { id: true, body: true, isInternal: true, authorId: true, createdAt: true },
    }),
    db.requestComment.count({ where: visible }),
  ]);
  const comments = latest.reverse();
  const people = await db.user.findMany({
    where: {
      id: {
        in: [
          ...new Set(
            [...comments.map((c) => c.authorId), ...request.statusChanges.map((s) => s.actorId)].filter(
              (x): x is string => Boolean(x),
            ),
          ),
        ],
      },
    },
    select: { id: true, name: true, email: true, staffRole: true },
  });
  const who = new Map(people.map((p) => [p.id, { name: p.name ?? p.email, isStaff: Boolean(p.staffRole) }]));
  const assignee = request.assigneeId
    ? await db.user.findUnique({ where: { id: request.assigneeId }, select: { id: true, name: true, email: true } })
    : null;
  return {
    id: request.id,
    /** Who is on it (null: nobody yet — an ACTIVE request then shows "waiting for a designer"). */
    assignee: assignee && { id: assignee.id, name: assignee.name ?? assignee.email },
    workspaceId: request.workspaceId,
    title: request.title,
    type: request.type,
    brief: request.brief,
    /** The brief's markdown as sanitized HTML (same renderer and allow-list as the site's content). */
    briefHtml: renderMarkdown(request.brief),
    status: request.status,
    dueDate: request.dueDate,
    createdAt: request.createdAt,
    attachments: request.attachments.map((a) => a.file),
    history: request.statusChanges.map((s) => ({
      id: s.id,
      from: s.fromStatus,
      to: s.toStatus,
      at: s.createdAt,
      by: s.actorId ? (who.get(s.actorId)?.name ?? "former member") : "Atelier",
    })),
    earlierComments: commentTotal - comments.length,
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      isInternal: c.isInternal,
      at: c.createdAt,
      author: c.authorId ? (who.get(c.authorId)?.name ?? "former member") : "Atelier",
      isFromStudio: c.authorId ? (who.get(c.authorId)?.isStaff ?? false) : true,
    })),
  };
}

/**
 * Reorders the queued requests. The client sends the order it saw and the order it wants; under
 * the workspace lock the server checks the first against the database, so two people reordering at
 * once cannot silently overwrite each other (the second gets CONFLICT and reloads).
 */
export async function reorderQueue(db: Db, input: { workspaceId: string; seen: string[]; wanted: string[] }) {
  if (
    new Set(input.wanted).size !== input.wanted.length ||
    [...input.wanted].sort().join() !== [...input.seen].sort().join()
  ) {
    throw new DomainError("BAD_REQUEST", "The new order must contain exactly the queued requests.");
  }
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${input.workspaceId} FOR UPDATE`;
    const queued = await tx.designRequest.findMany({
      where: { workspaceId: input.workspaceId, status: "QUEUED" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    if (queued.map((q) => q.id).join() !== input.seen.join()) {
      throw new DomainError(
        "CONFLICT",
        "The queue changed while you were reordering it. It has been reloaded; please try again.",
      );
    }
    for (const [index, id] of input.wanted.entries()) {
      await tx.designRequest.update({ where: { id }, data: { position: (index + 1) * POSITION_STEP } });
    }
  });
  await publishRequestChange({ change: "queue", workspaceId: input.workspaceId, requestId: null });
}

export async function cancelRequest(db: Db, input: { workspaceId: string; requestId: string; userId: string }) {
  const request = await db.designRequest.findFirst({
    where: { id: input.requestId, workspaceId: input.workspaceId },
    select: { status: true },
  });
  if (!request) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
  // Canceling what is already canceled (a double click, a retry) changes nothing and is no error.
  if (request.status === "CANCELED") return { isReplay: true };
  if (request.status === "DONE") throw new DomainError("CONFLICT", "This request is already closed.");
  // Conditional on the status read: of two clicks at once, one cancels and the other is a replay.
  const canceled = await db.$transaction(async (tx) => {
    const { count } = await tx.designRequest.updateMany({
      where: { id: input.requestId, status: request.status },
      data: { status: "CANCELED", completedAt: new Date() },
    });
    if (count === 0) return false;
    await tx.requestStatusChange.create({
      data: {
        requestId: input.requestId,
        workspaceId: input.workspaceId,
        fromStatus: request.status,
        toStatus: "CANCELED",
        actorId: input.userId,
      },
    });
    return true;
  });
  if (!canceled) {
    const now = await db.designRequest.findUnique({ where: { id: input.requestId }, select: { status: true } });
    if (now?.status === "CANCELED") return { isReplay: true };
    throw new DomainError("CONFLICT", "This request has moved on since you loaded it; please reload.");
  }
  await notifySafely(db, {
    kind: "status",
    requestId: input.requestId,
    actorId: input.userId,
    from: request.status,
    to: "CANCELED",
  });
  await publishRequestChange({ change: "status", workspaceId: input.workspaceId, requestId: input.requestId });
  // A canceled request in flight frees its slot for the next one.
  if (request.status !== "QUEUED") await fillActiveSlots(db, input.workspaceId);
  return { isReplay: false };
}

export async function addComment(
  db: Db,
  input: {
    requestId: string;
    workspaceId: string | null;
    authorId: string;
    body: string;
    isInternal: boolean;
    /** One per form submission: a retry of it returns the comment it already added. */
    idempotencyKey?: string | null;
  },
) {
  const request = await db.designRequest.findFirst({
    where: { id: input.requestId, ...(input.workspaceId && { workspaceId: input.workspaceId }) },
    select: { status: true, workspaceId: true },
  });
  if (!request) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
  const stored = async () => {
    if (!input.idempotencyKey) return null;
    const comment = await db.requestComment.findUnique({
      where: {
        requestId_authorId_idempotencyKey: {
          requestId: input.requestId,
          authorId: input.authorId,
          idempotencyKey: input.idempotencyKey,
        },
      },
      select: { id: true, isInternal: true },
    });
    return comment && { ...comment, workspaceId: request.workspaceId, isReplay: true };
  };
  const earlier = await stored();
  if (earlier) return earlier;
  if (request.status === "CANCELED")
    throw new DomainError("CONFLICT", "This request was canceled; comments are closed.");
  const planned = await planNotificationsSafely(db, {
    kind: "comment",
    requestId: input.requestId,
    actorId: input.authorId,
    isInternal: input.isInternal,
    body: input.body,
  });
  // The comment and its notifications (outbox emails included) commit together: a crash cannot
  // leave a comment nobody hears about, and a retry that finds the comment finds its emails too.
  try {
    const [comment] = await db.$transaction([
      db.requestComment.create({
        data: {
          requestId: input.requestId,
          authorId: input.authorId,
          body: input.body,
          isInternal: input.isInternal,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        select: { id: true, isInternal: true },
      }),
      ...notificationWrites(db, planned),
    ]);
    await announceNotifications(planned);
    await publishRequestChange({
      change: "comment",
      workspaceId: request.workspaceId,
      requestId: input.requestId,
      isInternal: comment.isInternal,
    });
    return { ...comment, workspaceId: request.workspaceId, isReplay: false };
  } catch (error) {
    // The same submission twice at once: the unique key lets one through, the other gets it.
    const winner = (error as { code?: string }).code === "P2002" ? await stored() : null;
    if (winner) return winner;
    throw error;
  }
}

/** The portal home: subscription state, counts, what needs the client, and recent activity. */
export async function portalSummary(db: Db, workspaceId: string) {
  const [subscription, counts, toReview, recent] = await Promise.all([
    db.subscription.findUnique({
      where: { workspaceId },
      select: { status: true, planSlug: true, cancelAtPeriodEnd: true, pausedRemainingSeconds: true },
    }),
    db.designRequest.groupBy({ by: ["status"], where: { workspaceId }, _count: { _all: true } }),
    db.designRequest.findMany({
      where: { workspaceId, status: "IN_REVIEW" },
      orderBy: { updatedAt: "desc" },
      select: { id: true, title: true, updatedAt: true },
    }),
    db.requestStatusChange.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, toStatus: true, createdAt: true, request: { select: { id: true, title: true } } },
    }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    subscription,
    inProgress: count("ACTIVE") + count("REVISION"),
    inReview: count("IN_REVIEW"),
    queued: count("QUEUED"),
    toReview,
    recent: recent.map((r) => ({
      id: r.id,
      status: r.toStatus,
      at: r.createdAt,
      requestId: r.request.id,
      title: r.request.title,
    })),
  };
}

export interface WorkspaceFile {
  id: string;
  originalName: string;
  size: number;
  mime: string;
  at: Date;
  requestId: string;
  requestTitle: string;
  /** What the file is to the request: the client's attachment or a delivered version. */
  kind: "attachment" | "deliverable";
  version: number | null;
}

/**
 * Every file exchanged in a workspace, newest first: what the client attached to requests and
 * every version the studio delivered. A page at a time (offset; `hasMore` says if there is more).
 */
export async function listWorkspaceFiles(db: Db, workspaceId: string, input: { page: number; pageSize: number }) {
  // Each side needs no more than the rows up to the end of this page: a top-N per side, not a
  // sort of everything the workspace ever exchanged.
  const offset = (input.page - 1) * input.pageSize;
  const limit = offset + input.pageSize + 1;
  const rows = await db.$queryRaw<WorkspaceFile[]>`
    SELECT * FROM ((
      SELECT f.id, f."originalName", f.size, f.mime, a."createdAt" AS at, r.id AS "requestId",
             r.title AS "requestTitle", 'attachment' AS kind, NULL::int AS version
      FROM "RequestAttachment" a
      JOIN "DesignRequest" r ON r.id = a."requestId"
      JOIN "FileAsset" f ON f.id = a."fileId"
      WHERE a."workspaceId" = ${workspaceId}
      ORDER BY a."createdAt" DESC LIMIT ${limit}
    ) UNION ALL (
      SELECT f.id, f."originalName", f.size, f.mime, d."createdAt", r.id, r.title, 'deliverable', d.version
      FROM "Deliverable" d
      JOIN "DesignRequest" r ON r.id = d."requestId"
      JOIN "FileAsset" f ON f.id = d."fileId"
      WHERE d."workspaceId" = ${workspaceId}
      ORDER BY d."createdAt" DESC LIMIT ${limit}
    )) files
    ORDER BY at DESC, id DESC
    LIMIT ${input.pageSize + 1} OFFSET ${offset}`;
  return { files: rows.slice(0, input.pageSize), hasMore: rows.length > input.pageSize };
}
