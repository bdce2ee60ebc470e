import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { slugSchema } from "../glossary/schemas";
import { cachedRead } from "../platform/cache";
import { publicProcedure, router } from "../trpc";
import { getCaseStudy, listCaseStudies } from "./service";

export const customersRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    cachedRead(["customers.list"], [cacheTags.customers], () => listCaseStudies(ctx.db)),
  ),
  bySlug: publicProcedure
    .input(z.object({ slug: slugSchema }))
    .query(({ ctx, input }) =>
      cachedRead(["customers.bySlug", input.slug], [cacheTags.customers, cacheTags.services], () =>
        getCaseStudy(ctx.db, input.slug),
      ),
    ),
});
