import { z } from "zod";
import { auditFrom, authedProcedure, router } from "../trpc";
import { webhookEventTypes } from "./events";
import {
  createEndpoint,
  listDeliveries,
  listEndpoints,
  redeliver,
  removeEndpoint,
  rotateSecret,
  sendTestEvent,
  updateEndpoint,
} from "./service";

/** Our ids are cuids and UUIDs: anything else (including text PostgreSQL cannot store) is refused here. */
const id = z.string().regex(/^[\w-]{1,40}$/, "not a valid id");
/** null or left out = the studio-wide endpoints (admins); otherwise the workspace's (its owners). */
const workspaceId = id.nullish().transform((v) => v ?? null);
const events = z.array(z.enum(webhookEventTypes)).min(1, "choose at least one event").max(20);

const manager = (ctx: { user: { id: string; staffRole: string | null } }) => ({
  userId: ctx.user.id,
  isAdmin: ctx.user.staffRole === "ADMIN",
});

export const webhooksRouter = router({
  list: authedProcedure
    .input(z.object({ workspaceId }))
    .query(({ ctx, input }) => listEndpoints(ctx.db, manager(ctx), input.workspaceId)),

  create: authedProcedure
    .input(
      z.object({
        workspaceId,
        url: z
          .string()
          .trim()
          .min(1, "enter the URL")
          .max(2000)
          .refine((s) => s.isWellFormed(), "not a valid URL"),
        events,
        description: z
          .string()
          .trim()
          .max(200)
          .refine((s) => s.isWellFormed(), "use valid Unicode text")
          .nullish(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const created = await createEndpoint(ctx.db, manager(ctx), input);
      await auditFrom(ctx)({
        action: "webhook.endpoint_created",
        workspaceId: input.workspaceId,
        target: { type: "webhook_endpoint", id: created.id },
        metadata: { url: created.url, events: created.events },
      });
      return created;
    }),

  update: authedProcedure
    .input(
      z.object({
        endpointId: id,
        url: z.string().trim().min(1).max(2000).optional(),
        events: events.optional(),
        isEnabled: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const updated = await updateEndpoint(ctx.db, manager(ctx), input);
      await auditFrom(ctx)({
        action: "webhook.endpoint_updated",
        workspaceId: updated.workspaceId,
        target: { type: "webhook_endpoint", id: updated.id },
        metadata: { fields: Object.keys(input).filter((k) => k !== "endpointId") },
      });
      return updated;
    }),

  remove: authedProcedure.input(z.object({ endpointId: id })).mutation(async ({ ctx, input }) => {
    const removed = await removeEndpoint(ctx.db, manager(ctx), input.endpointId);
    await auditFrom(ctx)({
      action: "webhook.endpoint_removed",
      workspaceId: removed.workspaceId,
      target: { type: "webhook_endpoint", id: removed.id },
    });
    return { ok: true as const };
  }),

  rotateSecret: authedProcedure.input(z.object({ endpointId: id })).mutation(async ({ ctx, input }) => {
    const rotated = await rotateSecret(ctx.db, manager(ctx), input.endpointId);
    await auditFrom(ctx)({ action: "webhook.secret_rotated", target: { type: "webhook_endpoint", id: rotated.id } });
    return rotated;
  }),

  deliveries: authedProcedure
    .input(z.object({ endpointId: id, limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listDeliveries(ctx.db, manager(ctx), input.endpointId, input.limit)),

  redeliver: authedProcedure.input(z.object({ deliveryId: id })).mutation(async ({ ctx, input }) => {
    const queued = await redeliver(ctx.db, manager(ctx), input.deliveryId);
    await auditFrom(ctx)({ action: "webhook.redelivered", target: { type: "webhook_delivery", id: queued.id } });
    return queued;
  }),

  sendTest: authedProcedure.input(z.object({ endpointId: id })).mutation(async ({ ctx, input }) => {
    const queued = await sendTestEvent(ctx.db, manager(ctx), input.endpointId);
    await auditFrom(ctx)({ action: "webhook.test_sent", target: { type: "webhook_endpoint", id: input.endpointId } });
    return queued;
  }),
});
