import { z } from "zod";
import { auditFrom, router, sessionProcedure } from "../trpc";
import { tokenScopes } from "./scopes";
import { createApiToken, listApiTokens, revokeApiToken } from "./service";

export const tokensRouter = router({
  list: sessionProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id)),

  create: sessionProcedure
    .input(
      z.object({
        name: z.string().trim().min(1, "name the token").max(80),
        scopes: z.array(z.enum(tokenScopes)).min(1, "choose at least one scope"),
        expiresInDays: z.number().int().min(1).max(365).nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const created = await createApiToken(ctx.db, ctx.user.id, input);
      await auditFrom(ctx)({
        action: "token.created",
        target: { type: "api_token", id: created.id },
        metadata: { name: created.name, scopes: created.scopes },
      });
      return created;
    }),

  revoke: sessionProcedure.input(z.object({ id: z.string().min(1).max(40) })).mutation(async ({ ctx, input }) => {
    await revokeApiToken(ctx.db, ctx.user.id, input.id);
    await auditFrom(ctx)({ action: "token.revoked", target: { type: "api_token", id: input.id } });
    return { ok: true };
  }),
});
