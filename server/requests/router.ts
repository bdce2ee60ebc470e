import { z } from "zod";
import { auditFrom, router, staffProcedure, workspaceProcedure } from "../trpc";
import {
  announceApproval,
  announceComment,
  announceDeliverable,
  announceRequestCreated,
  announceStatusChange,
} from "./events";
import {
  addComment,
  assertRequestInWorkspace,
  cancelRequest,
  createRequest,
  getRequest,
  listRequests,
  listWorkspaceFiles,
  portalSummary,
  reorderQueue,
} from "./service";
import { approve, assign, board, deliver, listDeliverables, requestRevision, takeNext, turnaround } from "./workflow";

const id = z.string().min(1).max(40);
const member = workspaceProcedure("MEMBER");
/** How many of the latest comments a request page shows; "show earlier" asks for more. */
const commentLimit = z.number().int().min(1).max(2000).default(100);
/** Optional, one per form submission (a UUID): retrying the submission creates nothing new. */
const idempotencyKey = z.string().uuid("reload the page and try again").nullish();

/**
 * A due date is a day (the form sends midnight UTC of the chosen date). It may not lie in the past;
 * "today" is counted generously (from yesterday, UTC) so a client in any time zone can pick their
 * own today. Not more than two years ahead: a typo like 20260 is caught.
 */
const dueDateSchema = z.coerce
  .date()
  .refine(
    (d) => d.toISOString().slice(0, 10) >= new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    "choose today or a later day — that date has passed",
  )
  .refine((d) => d.getTime() <= Date.now() + 2 * 366 * 86_400_000, "choose a day within the next two years")
  .nullish();

export const requestsRouter = router({
  list: member
    .input(
      z.object({
        finishedLimit: z.number().int().min(1).max(500).default(20),
        /** Cursor pagination of the finished ones (the REST API's way through a long history). */
        finishedCursor: z
          .string()
          .regex(/^[\w-]{1,40}$/, "not a valid cursor")
          .nullish(),
      }),
    )
    .query(({ ctx, input }) => listRequests(ctx.db, input.workspaceId, input.finishedLimit, input.finishedCursor)),

  summary: member.query(({ ctx, input }) => portalSummary(ctx.db, input.workspaceId)),

  files: member
    .input(z.object({ page: z.number().int().min(1).max(10_000).default(1) }))
    .query(({ ctx, input }) => listWorkspaceFiles(ctx.db, input.workspaceId, { page: input.page, pageSize: 50 })),

  create: member
    .input(
      z.object({
        title: z.string().trim().min(1, "give the request a title").max(160),
        type: z.string().trim().min(1, "choose a type").max(60),
        brief: z.string().trim().min(1, "describe what you need").max(20_000),
        dueDate: dueDateSchema,
        attachmentIds: z.array(id).max(10, "attach at most 10 files").default([]),
        idempotencyKey,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { request, isReplay } = await createRequest(ctx.db, {
        ...input,
        dueDate: input.dueDate ?? null,
        userId: ctx.user.id,
      });
      if (isReplay) return request;
      await auditFrom(ctx)({
        action: "request.created",
        workspaceId: input.workspaceId,
        target: { type: "request", id: request.id },
        metadata: input.attachmentIds.length ? { attachments: input.attachmentIds.length } : undefined,
      });
      await announceRequestCreated(ctx.db, request.id);
      return request;
    }),

  byId: member
    .input(z.object({ requestId: id, commentLimit }))
    .query(({ ctx, input }) => getRequest(ctx.db, { ...input, isStaff: false })),

  reorder: member
    .input(z.object({ seen: z.array(id).max(500), wanted: z.array(id).max(500) }))
    .mutation(async ({ ctx, input }) => {
      await reorderQueue(ctx.db, input);
      await auditFrom(ctx)({
        action: "request.queue_reordered",
        workspaceId: input.workspaceId,
        metadata: { order: input.wanted },
      });
      return { ok: true };
    }),

  cancel: member.input(z.object({ requestId: id })).mutation(async ({ ctx, input }) => {
    const canceled = await cancelRequest(ctx.db, { ...input, userId: ctx.user.id });
    if (canceled.isReplay) return { ok: true };
    await auditFrom(ctx)({
      action: "request.canceled",
      workspaceId: input.workspaceId,
      target: { type: "request", id: input.requestId },
    });
    await announceStatusChange(ctx.db, input.requestId);
    return { ok: true };
  }),

  comment: member
    .input(z.object({ requestId: id, body: z.string().trim().min(1, "write a comment").max(10_000), idempotencyKey }))
    .mutation(async ({ ctx, input }) => {
      const comment = await addComment(ctx.db, { ...input, authorId: ctx.user.id, isInternal: false });
      if (comment.isReplay) return { id: comment.id };
      await auditFrom(ctx)({
        action: "request.commented",
        workspaceId: input.workspaceId,
        target: { type: "request", id: input.requestId },
      });
      await announceComment(ctx.db, input.requestId, { id: comment.id, isInternal: false });
      return { id: comment.id };
    }),

  deliverables: member.input(z.object({ requestId: id })).query(async ({ ctx, input }) => {
    await assertRequestInWorkspace(ctx.db, input.workspaceId, input.requestId);
    return listDeliverables(ctx.db, input.requestId);
  }),

  approve: member
    .input(z.object({ requestId: id, version: z.number().int().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const approved = await approve(ctx.db, { ...input, userId: ctx.user.id });
      if (approved.isReplay) return { ok: true };
      await auditFrom(ctx)({
        action: "request.approved",
        workspaceId: input.workspaceId,
        target: { type: "request", id: input.requestId },
        metadata: { version: input.version },
      });
      await announceApproval(ctx.db, input.requestId, input.version);
      return { ok: true };
    }),

  requestRevision: member
    .input(
      // Empty feedback is fine when open pins say what to change (the service checks that).
      z.object({ requestId: id, feedback: z.string().trim().max(10_000).default("") }),
    )
    .mutation(async ({ ctx, input }) => {
      await requestRevision(ctx.db, { ...input, userId: ctx.user.id });
      await auditFrom(ctx)({
        action: "request.revision_requested",
        workspaceId: input.workspaceId,
        target: { type: "request", id: input.requestId },
      });
      await announceStatusChange(ctx.db, input.requestId);
      return { ok: true };
    }),

  board: staffProcedure
    .input(
      z.object({
        assigneeId: z.string().max(40).optional(),
        workspaceId: z.string().max(40).optional(),
        type: z.string().max(60).optional(),
      }),
    )
    .query(({ ctx, input }) => board(ctx.db, input)),

  turnaround: staffProcedure.query(({ ctx }) => turnaround(ctx.db)),

  takeNext: staffProcedure.mutation(async ({ ctx }) => {
    const requestId = await takeNext(ctx.db, ctx.user.id);
    if (requestId) await auditFrom(ctx)({ action: "request.taken", target: { type: "request", id: requestId } });
    return { requestId };
  }),

  assign: staffProcedure
    .input(z.object({ requestId: id, designerId: id.nullable() }))
    .mutation(async ({ ctx, input }) => {
      await assign(ctx.db, input.requestId, input.designerId);
      await auditFrom(ctx)({
        action: "request.assigned",
        target: { type: "request", id: input.requestId },
        metadata: { designerId: input.designerId },
      });
      return { ok: true };
    }),

  deliver: staffProcedure
    .input(z.object({ requestId: id, fileId: id, note: z.string().trim().max(5000).nullish() }))
    .mutation(async ({ ctx, input }) => {
      const result = await deliver(ctx.db, {
        requestId: input.requestId,
        designerId: ctx.user.id,
        fileId: input.fileId,
        note: input.note ?? null,
      });
      await auditFrom(ctx)({
        action: "request.delivered",
        workspaceId: result.workspaceId,
        target: { type: "request", id: input.requestId },
        metadata: { version: result.version },
      });
      await announceDeliverable(ctx.db, input.requestId, { version: result.version, fileId: input.fileId });
      return { version: result.version };
    }),

  staffDeliverables: staffProcedure
    .input(z.object({ requestId: id }))
    .query(({ ctx, input }) => listDeliverables(ctx.db, input.requestId)),

  staffById: staffProcedure
    .input(z.object({ requestId: id, commentLimit }))
    .query(({ ctx, input }) => getRequest(ctx.db, { ...input, workspaceId: null, isStaff: true })),

  staffComment: staffProcedure
    .input(
      z.object({
        requestId: id,
        body: z.string().trim().min(1, "write a comment").max(10_000),
        isInternal: z.boolean().default(false),
        idempotencyKey,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const comment = await addComment(ctx.db, {
        requestId: input.requestId,
        workspaceId: null,
        authorId: ctx.user.id,
        body: input.body,
        isInternal: input.isInternal,
        idempotencyKey: input.idempotencyKey,
      });
      if (comment.isReplay) return { id: comment.id };
      await auditFrom(ctx)({
        action: input.isInternal ? "request.internal_note_added" : "request.commented",
        workspaceId: comment.workspaceId,
        target: { type: "request", id: input.requestId },
      });
      await announceComment(ctx.db, input.requestId, { id: comment.id, isInternal: input.isInternal });
      return { id: comment.id };
    }),
});
