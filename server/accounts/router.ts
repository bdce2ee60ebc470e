import { z } from "zod";
import { serverEnv } from "../env";
import { DomainError } from "../errors";
import { auditFrom, authedProcedure, router, sessionProcedure } from "../trpc";
import {
  confirmEmailChange,
  deleteAccount,
  listSessions,
  requestEmailChange,
  revokeOtherSessions,
  revokeSession,
  updateProfile,
} from "./service";
import { sessionTokenFrom } from "./session";

const id = z.string().min(1).max(40);

export const accountRouter = router({
  me: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.db.user.findUnique({
      where: { id: ctx.user.id },
      select: { id: true, email: true, name: true, staffRole: true, createdAt: true },
    });
    if (!user) throw new DomainError("NOT_FOUND", "Your account no longer exists.");
    return user;
  }),

  update: authedProcedure
    .input(z.object({ name: z.string().trim().min(1, "enter your name").max(120) }))
    .mutation(async ({ ctx, input }) => {
      const user = await updateProfile(ctx.db, ctx.user.id, input);
      await auditFrom(ctx)({ action: "account.updated", target: { type: "user", id: ctx.user.id } });
      return user;
    }),

  sessions: authedProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.user.id, sessionTokenFrom(ctx.headers))),

  revokeSession: sessionProcedure.input(z.object({ sessionId: id })).mutation(async ({ ctx, input }) => {
    await revokeSession(ctx.db, ctx.user.id, input.sessionId);
    await auditFrom(ctx)({ action: "account.session_revoked", target: { type: "session", id: input.sessionId } });
    return { ok: true };
  }),

  revokeOtherSessions: sessionProcedure.mutation(async ({ ctx }) => {
    const count = await revokeOtherSessions(ctx.db, ctx.user.id, sessionTokenFrom(ctx.headers));
    await auditFrom(ctx)({
      action: "account.other_sessions_revoked",
      target: { type: "user", id: ctx.user.id },
      metadata: { count },
    });
    return { revoked: count };
  }),

  requestEmailChange: sessionProcedure
    .input(z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email("enter a valid email address")) }))
    .mutation(async ({ ctx, input }) => {
      const result = await requestEmailChange(ctx.db, ctx.user, input.email, serverEnv().APP_URL);
      await auditFrom(ctx)({
        action: "account.email_change_requested",
        target: { type: "user", id: ctx.user.id },
        metadata: { email: result.email },
      });
      return result;
    }),

  confirmEmailChange: sessionProcedure
    .input(z.object({ token: z.string().min(20).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const result = await confirmEmailChange(ctx.db, ctx.user.id, input.token);
      await auditFrom(ctx)({
        action: "account.email_changed",
        target: { type: "user", id: ctx.user.id },
        metadata: { from: ctx.user.email, to: result.email },
      });
      return result;
    }),

  delete: sessionProcedure
    .input(z.object({ confirm: z.literal("DELETE", "type DELETE to confirm") }))
    .mutation(async ({ ctx }) => {
      await deleteAccount(ctx.db, ctx.user.id);
      await auditFrom(ctx)({ action: "account.deleted", target: { type: "user", id: ctx.user.id } });
      return { ok: true };
    }),
});
