import { publicProcedure, router } from "../trpc";
import { searchQueryInput } from "./schemas";
import { searchContent } from "./service";

// Not cached: queries are unbounded, and the GIN index answers in milliseconds (docs/PERFORMANCE.md).
export const searchRouter = router({
  query: publicProcedure.input(searchQueryInput).query(({ ctx, input }) => searchContent(ctx.db, input)),
});
