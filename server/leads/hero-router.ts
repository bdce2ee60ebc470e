import { z } from "zod";
import { serverEnv } from "../env";
import { auditFrom, router, staffProcedure } from "../trpc";
import { attachHeroImage, claimHeroRedesign, deliverHeroRedesign, heroQueue } from "./service";

const id = z.string().min(1).max(40);

export const heroRedesignRouter = router({
  queue: staffProcedure.query(({ ctx }) => heroQueue(ctx.db, ctx.user.id)),

  claim: staffProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const env = serverEnv();
    const claimed = await claimHeroRedesign(ctx.db, input.id, ctx.user.id, {
      appUrl: env.APP_URL,
      secret: env.AUTH_SECRET,
    });
    if (!claimed.isReplay)
      await auditFrom(ctx)({ action: "hero.claimed", target: { type: "hero_redesign", id: input.id } });
    return { ok: true };
  }),

  attachImage: staffProcedure
    .input(z.object({ id, which: z.enum(["before", "after"]), fileId: id }))
    .mutation(async ({ ctx, input }) => {
      await attachHeroImage(ctx.db, { ...input, designerId: ctx.user.id });
      await auditFrom(ctx)({
        action: "hero.image_attached",
        target: { type: "hero_redesign", id: input.id },
        metadata: { which: input.which, fileId: input.fileId },
      });
      return { ok: true };
    }),

  deliver: staffProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const env = serverEnv();
    const delivered = await deliverHeroRedesign(ctx.db, {
      id: input.id,
      designerId: ctx.user.id,
      appUrl: env.APP_URL,
      secret: env.AUTH_SECRET,
    });
    if (!delivered.isReplay)
      await auditFrom(ctx)({ action: "hero.delivered", target: { type: "hero_redesign", id: input.id } });
    return { ok: true };
  }),
});
