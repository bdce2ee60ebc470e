import { z } from "zod";
import { cacheTags } from "../content/cache-tags";
import { cachedRead, invalidateTags } from "../platform/cache";
import { adminProcedure, auditFrom, publicProcedure, router } from "../trpc";
import { listFaq, updateFaqEntry } from "./service";

export const faqRouter = router({
  list: publicProcedure
    .input(
      z.object({
        q: z
          .string()
          .transform((s) => s.slice(0, 200))
          .optional(),
      }),
    )
    .query(({ ctx, input }) =>
      // Only the unfiltered list is cached; filtered lists are unbounded.
      input.q?.trim() ? listFaq(ctx.db, input) : cachedRead(["faq.list"], [cacheTags.faq], () => listFaq(ctx.db, {})),
    ),

  update: adminProcedure
    .input(
      z.object({
        id: z.string().min(1).max(40),
        patch: z
          .object({
            question: z.string().trim().min(1).max(300),
            answer: z.string().trim().min(1).max(10_000),
            category: z.string().trim().min(1).max(60),
            position: z.number().int().min(0).max(10_000),
            status: z.enum(["DRAFT", "PUBLISHED"]),
          })
          .partial(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const change = await updateFaqEntry(ctx.db, input.id, input.patch);
      invalidateTags(change.tags);
      await auditFrom(ctx)({
        action: "content.faq.updated",
        target: { type: "faq_entry", id: input.id },
        metadata: { fields: Object.keys(input.patch) },
      });
      return change.result;
    }),
});
