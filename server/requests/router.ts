import { z } from "zod";
import { auditFrom, router, staffProcedure, workspaceProcedure } from "../trpc";
import { addComment, cancelRequest, createRequest, getRequest, listRequests, reorderQueue } from "./service";

const id = z.string().min(1).max(40);
const member = workspaceProcedure("MEMBER");

export const requestsRouter = router({
  list: member.query(({ ctx, input }) => listRequests(ctx.db, input.workspaceId)),

  create: member
    .input(
      z.object({
        title: z.string().trim().min(1, "give the request a title").max(160),
        type: z.string().trim().min(1, "choose a type").max(60),
        brief: z.string().trim().min(1, "describe what you need").max(20_000),
        dueDate: z.coerce.date().nullish(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const request = await createRequest(ctx.db, { ...input, dueDate: input.dueDate ?? null, userId: ctx.user.id });
      await auditFrom(ctx)({
        action: "request.created",
        workspaceId: input.workspaceId,
        target: { type: "request", id: request.id },
      });
      return request;
    }),

  byId: member
    .input(z.object({ requestId: id }))
    .query(({ ctx, input }) =>
      getRequest(ctx.db, { workspaceId: input.workspaceId, requestId: input.requestId, isStaff: false }),
    ),

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
    await cancelRequest(ctx.db, { ...input, userId: ctx.user.id });
    await auditFrom(ctx)({
      action: "request.canceled",
      workspaceId: input.workspaceId,
      target: { type: "request", id: input.requestId },
    });
    return { ok: true };
  }),

  comment: member
    .input(z.object({ requestId: id, body: z.string().trim().min(1, "write a comment").max(10_000) }))
    .mutation(async ({ ctx, input }) => {
      const comment = await addComment(ctx.db, { ...input, authorId: ctx.user.id, isInternal: false });
      await auditFrom(ctx)({
        action: "request.commented",
        workspaceId: input.workspaceId,
        target: { type: "request", id: input.requestId },
      });
      return { id: comment.id };
    }),

  staffById: staffProcedure
    .input(z.object({ requestId: id }))
    .query(({ ctx, input }) => getRequest(ctx.db, { workspaceId: null, requestId: input.requestId, isStaff: true })),

  staffComment: staffProcedure
    .input(
      z.object({
        requestId: id,
        body: z.string().trim().min(1, "write a comment").max(10_000),
        isInternal: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const comment = await addComment(ctx.db, {
        requestId: input.requestId,
        workspaceId: null,
        authorId: ctx.user.id,
        body: input.body,
        isInternal: input.isInternal,
      });
      await auditFrom(ctx)({
        action: input.isInternal ? "request.internal_note_added" : "request.commented",
        workspaceId: comment.workspaceId,
        target: { type: "request", id: input.requestId },
      });
      return { id: comment.id };
    }),
});
