import { cacheTags } from "../content/cache-tags";
import { cachedRead } from "../platform/cache";
import { publicProcedure, router } from "../trpc";
import { listActivePlans } from "./service";

export const plansRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    cachedRead(["plans.list"], [cacheTags.plans], () => listActivePlans(ctx.db)),
  ),
});
