import { z } from "zod";
import { auditFrom, authedProcedure, router } from "../trpc";
import { getPreferences, listNotifications, markRead, setPreference, unreadCount } from "./service";

const kind = z.enum(["REQUEST_STATUS", "REQUEST_COMMENT", "REQUEST_DELIVERABLE"]);

/** Everyone signed in has a notification centre; each person only ever sees and changes their own. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(z.object({ cursor: z.string().max(40).nullish(), limit: z.number().int().min(1).max(50).default(20) }))
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),

  unreadCount: authedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.user.id)),

  markRead: authedProcedure
    .input(
      z.union([
        z.object({ ids: z.array(z.string().max(40)).min(1).max(100) }),
        z.object({ requestId: z.string().min(1).max(40) }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await markRead(ctx.db, ctx.user.id, input);
      if (result.marked) await auditFrom(ctx)({ action: "notifications.read", metadata: { count: result.marked } });
      return result;
    }),

  markAllRead: authedProcedure.mutation(async ({ ctx }) => {
    const result = await markRead(ctx.db, ctx.user.id, "all");
    if (result.marked) await auditFrom(ctx)({ action: "notifications.read", metadata: { count: result.marked } });
    return result;
  }),

  preferences: authedProcedure.query(({ ctx }) => getPreferences(ctx.db, ctx.user.id)),

  setPreference: authedProcedure
    .input(z.object({ kind, inApp: z.boolean(), email: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const saved = await setPreference(ctx.db, ctx.user.id, input);
      await auditFrom(ctx)({ action: "notifications.preference_changed", metadata: input });
      return saved;
    }),
});
