import { cacheTags } from "../content/cache-tags";
import { cachedRead } from "../platform/cache";
import { publicProcedure, router } from "../trpc";
import { publishedPageCopy } from "./service";

/** The published copy of the home page and /about; a publish in the studio expires the page's tag. */
export const pagesRouter = router({
  home: publicProcedure.query(({ ctx }) =>
    cachedRead(["pages.home"], [cacheTags.pageCopy("home"), cacheTags.pageImages("home")], () =>
      publishedPageCopy(ctx.db, "home"),
    ),
  ),
  about: publicProcedure.query(({ ctx }) =>
    cachedRead(["pages.about"], [cacheTags.pageCopy("about")], () => publishedPageCopy(ctx.db, "about")),
  ),
});
