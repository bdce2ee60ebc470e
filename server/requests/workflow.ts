import { openPinSummary } from "../annotations/service";
import { DomainError } from "../errors";
import type { RequestStatus } from "../generated/prisma/enums";
import { publishRequestChange, publishRequestChangeById } from "../live/publish";
import { notifySafely } from "../notifications/service";
import type { Db } from "../platform/db";
import { fillActiveSlots } from "./activation";

async function transition(
  db: Db,
  workspaceId: string,
  requestId: string,
  from: RequestStatus[],
  to: RequestStatus,
  /** Who made the step; null for the steps Atelier takes by itself (credited to "Atelier"). */
  actorId: string | null,
  extra: Record<string, unknown> = {},
  note?: string,
) {
  // Conditional on the current status: of two clicks or two people, one transition wins.
  const { count } = await db.designRequest.updateMany({
    where: { id: requestId, status: { in: from } },
    data: { status: to, ...extra },
  });
  if (count === 0) throw new DomainError("CONFLICT", "This request has moved on since you loaded it; please reload.");
  const current = from.length === 1 ? from[0] : undefined;
  await db.requestStatusChange.create({
    data: { requestId, workspaceId, fromStatus: current ?? null, toStatus: to, actorId },
  });
  await notifySafely(db, { kind: "status", requestId, actorId, from: current ?? null, to, note });
  await publishRequestChange({ change: "status", workspaceId, requestId });
}

/** Staff board: every open request across workspaces, with filters. */
export async function board(db: Db, filters: { assigneeId?: string; workspaceId?: string; type?: string }) {
  const rows = await db.designRequest.findMany({
    where: {
      status: { in: ["QUEUED", "ACTIVE", "IN_REVIEW", "REVISION"] },
      ...(filters.assigneeId && { assigneeId: filters.assigneeId === "none" ? null : filters.assigneeId }),
      ...(filters.workspaceId && { workspaceId: filters.workspaceId }),
      ...(filters.type && { type: filters.type }),
    },
    orderBy: [{ activatedAt: "asc" }, { position: "asc" }],
    take: 1000,
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      workspaceId: true,
      assigneeId: true,
      activatedAt: true,
      createdAt: true,
    },
  });
  const workspaces = await db.workspace.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.workspaceId))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(workspaces.map((w) => [w.id, w.name]));
  // The latest version of each request, for the board's thumbnails: two queries whatever the rows.
  const latest = await db.deliverable.findMany({
    where: { requestId: { in: rows.map((r) => r.id) } },
    distinct: ["requestId"],
    orderBy: [{ requestId: "asc" }, { version: "desc" }],
    select: { requestId: true, version: true, fileId: true },
  });
  const latestFiles = await db.fileAsset.findMany({
    where: { id: { in: latest.map((d) => d.fileId) } },
    select: { id: true, mime: true, originalName: true },
  });
  const fileOf = new Map(latestFiles.map((f) => [f.id, f]));
  const latestOf = new Map(
    latest.map((d) => [d.requestId, { version: d.version, file: fileOf.get(d.fileId) ?? null }] as const),
  );
  return rows.map((r) => ({
    ...r,
    workspaceName: nameOf.get(r.workspaceId) ?? "",
    latestVersion: latestOf.get(r.id) ?? null,
  }));
}

/** A designer takes the longest-waiting active request nobody has. */
export async function takeNext(db: Db, designerId: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = await db.designRequest.findFirst({
      where: { status: "ACTIVE", assigneeId: null },
      orderBy: { activatedAt: "asc" },
      select: { id: true },
    });
    if (!next) return null;
    const { count } = await db.designRequest.updateMany({
      where: { id: next.id, assigneeId: null },
      data: { assigneeId: designerId },
    });
    if (count === 1) {
      await publishRequestChangeById(db, next.id, "assigned");
      return next.id;
    }
  }
  return null;
}

export async function assign(db: Db, requestId: string, designerId: string | null) {
  if (designerId) {
    const designer = await db.user.findUnique({ where: { id: designerId }, select: { staffRole: true } });
    if (!designer?.staffRole) throw new DomainError("BAD_REQUEST", "Requests can only be assigned to studio staff.");
  }
  const { count } = await db.designRequest.updateMany({ where: { id: requestId }, data: { assigneeId: designerId } });
  if (count === 0) throw new DomainError("NOT_FOUND", "No such request.");
  await publishRequestChangeById(db, requestId, "assigned");
}

/** A new numbered version; the request goes to the client for review (it keeps its slot). */
export async function deliver(
  db: Db,
  input: { requestId: string; designerId: string; fileId: string; note: string | null },
) {
  const request = await db.designRequest.findUnique({
    where: { id: input.requestId },
    select: { status: true, workspaceId: true, firstDeliveredAt: true, assigneeId: true },
  });
  if (!request) throw new DomainError("NOT_FOUND", "No such request.");
  if (request.status !== "ACTIVE") throw new DomainError("CONFLICT", "Only a request in progress can be delivered.");
  const file = await db.fileAsset.findUnique({ where: { id: input.fileId }, select: { uploadedById: true } });
  if (!file || file.uploadedById !== input.designerId) throw new DomainError("NOT_FOUND", "Upload the file first.");
  const last = await db.deliverable.findFirst({
    where: { requestId: input.requestId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (last?.version ?? 0) + 1;
  await db.deliverable.create({
    data: {
      requestId: input.requestId,
      workspaceId: request.workspaceId,
      version,
      fileId: input.fileId,
      note: input.note,
      createdById: input.designerId,
    },
  });
  await transition(db, request.workspaceId, input.requestId, ["ACTIVE"], "IN_REVIEW", input.designerId, {
    ...(request.firstDeliveredAt ? {} : { firstDeliveredAt: new Date() }),
    // Delivering on an unassigned request makes it yours: follow-ups reach you, not the whole team.
    ...(request.assigneeId ? {} : { assigneeId: input.designerId }),
  });
  await notifySafely(db, {
    kind: "deliverable",
    requestId: input.requestId,
    actorId: input.designerId,
    version,
    note: input.note,
  });
  return { version, workspaceId: request.workspaceId };
}

async function latestVersion(db: Db, workspaceId: string, requestId: string) {
  const request = await db.designRequest.findFirst({ where: { id: requestId, workspaceId }, select: { status: true } });
  if (!request) throw new DomainError("NOT_FOUND", "No such request in this workspace.");
  const latest = await db.deliverable.findFirst({ where: { requestId }, orderBy: { version: "desc" } });
  return { request, latest };
}

/** The client approves the latest version (an older one is refused); the request is done and its slot goes to the next. */
export async function approve(
  db: Db,
  input: { workspaceId: string; requestId: string; version: number; userId: string },
) {
  const { request, latest } = await latestVersion(db, input.workspaceId, input.requestId);
  // Approving what is already approved (a double click, a retry) changes nothing and is no error.
  if (request.status === "DONE" && latest?.version === input.version && latest.approvedAt) return { isReplay: true };
  if (request.status !== "IN_REVIEW" || !latest)
    throw new DomainError("CONFLICT", "There is nothing to approve right now.");
  if (latest.version !== input.version)
    throw new DomainError("CONFLICT", `Version ${input.version} is not the latest (v${latest.version}).`);
  await db.deliverable.update({
    where: { id: latest.id },
    data: { approvedAt: new Date(), approvedById: input.userId },
  });
  try {
    await transition(db, input.workspaceId, input.requestId, ["IN_REVIEW"], "DONE", input.userId, {
      completedAt: new Date(),
    });
  } catch (error) {
    // Two approvals at once: the other one won, and this one is its replay.
    const now = await db.designRequest.findUnique({ where: { id: input.requestId }, select: { status: true } });
    if (now?.status === "DONE") return { isReplay: true };
    throw error;
  }
  await fillActiveSlots(db, input.workspaceId);
  return { isReplay: false };
}

/**
 * The client asks for changes: their feedback and every open pin they can see, summarised into the
 * revision request so nothing marked on the design is lost. The request keeps its slot and goes
 * back to work.
 */
export async function requestRevision(
  db: Db,
  input: { workspaceId: string; requestId: string; userId: string; feedback: string },
) {
  const { request } = await latestVersion(db, input.workspaceId, input.requestId);
  if (request.status !== "IN_REVIEW")
    throw new DomainError("CONFLICT", "Only delivered work can be sent back for a revision.");
  const openPins = await openPinSummary(db, input.requestId);
  if (!input.feedback && openPins.length === 0)
    throw new DomainError("BAD_REQUEST", "Tell the designer what to change, or pin a comment on the design first.");
  const summary = [
    input.feedback,
    openPins.length ? `Open pins:\n${openPins.map((line) => `- ${line}`).join("\n")}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  await db.requestComment.create({
    data: { requestId: input.requestId, authorId: input.userId, body: `Revision requested: ${summary}` },
  });
  // The request keeps its slot: it is recorded as a revision and goes straight back to work — the
  // client asked for the revision; going back to work is Atelier's own step, not theirs.
  await transition(db, input.workspaceId, input.requestId, ["IN_REVIEW"], "REVISION", input.userId, {}, summary);
  await transition(db, input.workspaceId, input.requestId, ["REVISION"], "ACTIVE", null);
}

/** Every version, newest first, with its file's name, size and type (what the viewer needs to pick a preview). */
export async function listDeliverables(db: Db, requestId: string) {
  const versions = await db.deliverable.findMany({
    where: { requestId },
    orderBy: { version: "desc" },
    take: 500,
    select: { id: true, version: true, fileId: true, note: true, approvedAt: true, createdAt: true },
  });
  const files = await db.fileAsset.findMany({
    where: { id: { in: versions.map((v) => v.fileId) } },
    select: { id: true, originalName: true, size: true, mime: true },
  });
  const fileOf = new Map(files.map((f) => [f.id, f]));
  return versions.map((v) => ({
    ...v,
    file: fileOf.get(v.fileId) ?? { id: v.fileId, originalName: "file", size: 0, mime: "application/octet-stream" },
  }));
}

/** Turnaround from the status history: time queued, time to first delivery, revisions per request. */
export async function turnaround(db: Db) {
  const [row] = await db.$queryRaw<
    { queued_hours: number | null; first_delivery_hours: number | null; revisions_per_request: number | null }[]
  >`
    SELECT
      avg(extract(epoch FROM "activatedAt" - "createdAt") / 3600) FILTER (WHERE "activatedAt" IS NOT NULL) AS queued_hours,
      avg(extract(epoch FROM "firstDeliveredAt" - "activatedAt") / 3600) FILTER (WHERE "firstDeliveredAt" IS NOT NULL) AS first_delivery_hours,
      (SELECT count(*)::float8 FROM "RequestStatusChange" WHERE "toStatus" = 'REVISION') / NULLIF((SELECT count(*) FROM "DesignRequest" WHERE "firstDeliveredAt" IS NOT NULL), 0) AS revisions_per_request
    FROM "DesignRequest"`;
  return {
    averageHoursQueued: row?.queued_hours == null ? null : Number(row.queued_hours),
    averageHoursToFirstDelivery: row?.first_delivery_hours == null ? null : Number(row.first_delivery_hours),
    revisionsPerRequest: row?.revisions_per_request == null ? null : Number(row.revisions_per_request),
  };
}
