import { z } from "zod";
import { auditFrom, router, staffProcedure, workspaceProcedure } from "../trpc";
import { createAnnotation, listAnnotations, replyToAnnotation, setAnnotationResolved } from "./service";

const id = z.string().min(1).max(40);
const member = workspaceProcedure("MEMBER");
const idempotencyKey = z.string().uuid("reload the page and try again").nullish();
const fraction = (what: string) =>
  z
    .number({ error: `${what} must be a number between 0 and 1` })
    .min(0, `${what} must be between 0 and 1`)
    .max(1, `${what} must be between 0 and 1`);
const body = z.string().trim().min(1, "write a comment").max(5000);

/** A point (no width and height) or a box, relative to the image or PDF page: 0–1 both ways. */
const pin = z.object({
  deliverableId: id,
  page: z.number().int().min(1, "pages start at 1").max(10_000).default(1),
  x: fraction("x"),
  y: fraction("y"),
  width: fraction("The width").nullish(),
  height: fraction("The height").nullish(),
  body,
  idempotencyKey,
});

export const annotationsRouter = router({
  list: member.input(z.object({ requestId: id })).query(({ ctx, input }) =>
    listAnnotations(ctx.db, {
      requestId: input.requestId,
      viewer: { workspaceId: input.workspaceId, isStaff: false },
    }),
  ),

  create: member.input(pin).mutation(async ({ ctx, input }) => {
    const created = await createAnnotation(ctx.db, {
      ...input,
      width: input.width ?? null,
      height: input.height ?? null,
      isInternal: false,
      authorId: ctx.user.id,
      idempotencyKey: input.idempotencyKey ?? null,
      viewer: { workspaceId: input.workspaceId, isStaff: false },
    });
    if (!created.isReplay)
      await auditFrom(ctx)({
        action: "request.pin_added",
        workspaceId: input.workspaceId,
        target: { type: "annotation", id: created.id },
      });
    return { id: created.id, number: created.number };
  }),

  reply: member.input(z.object({ annotationId: id, body, idempotencyKey })).mutation(async ({ ctx, input }) => {
    const reply = await replyToAnnotation(ctx.db, {
      ...input,
      authorId: ctx.user.id,
      idempotencyKey: input.idempotencyKey ?? null,
      viewer: { workspaceId: input.workspaceId, isStaff: false },
    });
    if (!reply.isReplay)
      await auditFrom(ctx)({
        action: "request.pin_replied",
        workspaceId: input.workspaceId,
        target: { type: "annotation", id: input.annotationId },
      });
    return { id: reply.id };
  }),

  setResolved: member
    .input(z.object({ annotationId: id, isResolved: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const result = await setAnnotationResolved(ctx.db, {
        ...input,
        userId: ctx.user.id,
        viewer: { workspaceId: input.workspaceId, isStaff: false },
      });
      if (result.changed)
        await auditFrom(ctx)({
          action: input.isResolved ? "request.pin_resolved" : "request.pin_reopened",
          workspaceId: input.workspaceId,
          target: { type: "annotation", id: input.annotationId },
        });
      return { ok: true };
    }),

  staffList: staffProcedure
    .input(z.object({ requestId: id }))
    .query(({ ctx, input }) =>
      listAnnotations(ctx.db, { requestId: input.requestId, viewer: { workspaceId: null, isStaff: true } }),
    ),

  staffCreate: staffProcedure
    .input(pin.extend({ isInternal: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const created = await createAnnotation(ctx.db, {
        ...input,
        width: input.width ?? null,
        height: input.height ?? null,
        authorId: ctx.user.id,
        idempotencyKey: input.idempotencyKey ?? null,
        viewer: { workspaceId: null, isStaff: true },
      });
      if (!created.isReplay)
        await auditFrom(ctx)({
          action: input.isInternal ? "request.internal_pin_added" : "request.pin_added",
          workspaceId: "workspaceId" in created ? created.workspaceId : undefined,
          target: { type: "annotation", id: created.id },
        });
      return { id: created.id, number: created.number };
    }),

  staffReply: staffProcedure
    .input(z.object({ annotationId: id, body, idempotencyKey }))
    .mutation(async ({ ctx, input }) => {
      const reply = await replyToAnnotation(ctx.db, {
        ...input,
        authorId: ctx.user.id,
        idempotencyKey: input.idempotencyKey ?? null,
        viewer: { workspaceId: null, isStaff: true },
      });
      if (!reply.isReplay)
        await auditFrom(ctx)({ action: "request.pin_replied", target: { type: "annotation", id: input.annotationId } });
      return { id: reply.id };
    }),

  staffSetResolved: staffProcedure
    .input(z.object({ annotationId: id, isResolved: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const result = await setAnnotationResolved(ctx.db, {
        ...input,
        userId: ctx.user.id,
        viewer: { workspaceId: null, isStaff: true },
      });
      if (result.changed)
        await auditFrom(ctx)({
          action: input.isResolved ? "request.pin_resolved" : "request.pin_reopened",
          target: { type: "annotation", id: input.annotationId },
        });
      return { ok: true };
    }),
});
