import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { cachedRead, invalidateTags } from "../platform/cache";
import { adminProcedure, auditFrom, publicProcedure, router } from "../trpc";
import { glossaryIndexInput, glossaryListInput, glossaryStatusInput, glossaryUpdateInput, slugSchema } from "./schemas";
import { canSeeDrafts, getTerm, glossaryIndex, listPublishedTerms, setTermStatus, updateTerm } from "./service";

export const glossaryRouter = router({
  list: publicProcedure
    .input(glossaryListInput)
    .query(({ ctx, input }) =>
      cachedRead(["glossary.list", String(input.limit)], [cacheTags.glossaryList], () =>
        listPublishedTerms(ctx.db, input),
      ),
    ),

  index: publicProcedure
    .input(glossaryIndexInput)
    .query(({ ctx, input }) =>
      cachedRead(["glossary.index", input.letter ?? "", input.category ?? ""], [cacheTags.glossaryList], () =>
        glossaryIndex(ctx.db, input),
      ),
    ),

  bySlug: publicProcedure.input(z.object({ slug: slugSchema })).query(({ ctx, input }) => {
    const viewer = ctx.session?.user;
    // Staff may see drafts: their reads never go through the shared cache.
    if (canSeeDrafts(viewer)) return getTerm(ctx.db, input.slug, viewer);
    return cachedRead(
      ["glossary.bySlug", input.slug],
      [cacheTags.glossaryTerm(input.slug), cacheTags.glossaryNames],
      () => getTerm(ctx.db, input.slug),
    );
  }),

  update: adminProcedure.input(glossaryUpdateInput).mutation(async ({ ctx, input }) => {
    const change = await updateTerm(ctx.db, input);
    invalidateTags(change.tags);
    await auditFrom(ctx)({
      action: "content.glossary.updated",
      target: { type: "glossary_term", id: input.slug },
      metadata: { fields: Object.keys(input.patch) },
    });
    return change.result;
  }),

  setStatus: adminProcedure.input(glossaryStatusInput).mutation(async ({ ctx, input }) => {
    const change = await setTermStatus(ctx.db, input.slug, input.status);
    invalidateTags(change.tags);
    await auditFrom(ctx)({
      action: "content.glossary.status_changed",
      target: { type: "glossary_term", id: input.slug },
      metadata: { status: input.status },
    });
    return change.result;
  }),
});
