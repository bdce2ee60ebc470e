import { DomainError } from "../errors";
import { authedProcedure, router } from "../trpc";

export const accountRouter = router({
  me: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.db.user.findUnique({
      where: { id: ctx.user.id },
      select: { id: true, email: true, name: true, staffRole: true, createdAt: true },
    });
    if (!user) throw new DomainError("NOT_FOUND", "Your account no longer exists.");
    return user;
  }),
});
