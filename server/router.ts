import { accountRouter } from "./accounts/router";
import { blogRouter } from "./blog/router";
import { customersRouter } from "./customers/router";
import { faqRouter } from "./faq/router";
import { glossaryRouter } from "./glossary/router";
import { plansRouter } from "./plans/router";
import { searchRouter } from "./search/router";
import { servicesRouter } from "./services/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  blog: blogRouter,
  customers: customersRouter,
  faq: faqRouter,
  glossary: glossaryRouter,
  plans: plansRouter,
  search: searchRouter,
  services: servicesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
