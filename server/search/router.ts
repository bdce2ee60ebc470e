import { publicProcedure, router } from "../trpc";
import { searchQueryInput } from "./schemas";
import { searchContent } from "./service";

// Not cached: the space of queries is unbounded. Latency is measured in bench/search.ts (docs/PERFORMANCE.md).
export const searchRouter = router({
  query: publicProcedure.input(searchQueryInput).query(({ ctx, input }) => searchContent(ctx.db, input)),
});
