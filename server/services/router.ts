import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { slugSchema } from "../glossary/schemas";
import { cachedRead } from "../platform/cache";
import { publicProcedure, router } from "../trpc";
import { getService, listServices } from "./service";

export const servicesRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    cachedRead(["services.list"], [cacheTags.services], () => listServices(ctx.db)),
  ),
  bySlug: publicProcedure
    .input(z.object({ slug: slugSchema }))
    .query(({ ctx, input }) =>
      cachedRead(["services.bySlug", input.slug], [cacheTags.services, cacheTags.customers], () =>
        getService(ctx.db, input.slug),
      ),
    ),
});
