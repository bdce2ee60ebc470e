import { accountRouter } from "./accounts/router";
import { glossaryRouter } from "./glossary/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  glossary: glossaryRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
