import { publicProcedure, router } from "../trpc";
import { glossaryListInput } from "./schemas";
import { listPublishedTerms } from "./service";

export const glossaryRouter = router({
  list: publicProcedure.input(glossaryListInput).query(({ ctx, input }) => listPublishedTerms(ctx.db, input)),
});
