import { accountRouter } from "./accounts/router";
import { adminRouter } from "./admin/router";
import { analyticsRouter } from "./analytics/router";
import { annotationsRouter } from "./annotations/router";
import { billingRouter } from "./billing/router";
import { blogRouter } from "./blog/router";
import { contentStudioRouter } from "./content-studio/router";
import { customersRouter } from "./customers/router";
import { faqRouter } from "./faq/router";
import { glossaryRouter } from "./glossary/router";
import { invoicesRouter } from "./invoices/router";
import { heroRedesignRouter } from "./leads/hero-router";
import { leadsRouter } from "./leads/router";
import { mediaRouter } from "./media/router";
import { notificationsRouter } from "./notifications/router";
import { pagesRouter } from "./pages/router";
import { plansRouter } from "./plans/router";
import { requestsRouter } from "./requests/router";
import { searchRouter } from "./search/router";
import { servicesRouter } from "./services/router";
import { tokensRouter } from "./tokens/router";
import { createCallerFactory, router } from "./trpc";
import { webhooksRouter } from "./webhooks/router";
import { workspaceRouter } from "./workspaces/router";

export const appRouter = router({
  account: accountRouter,
  admin: adminRouter,
  annotations: annotationsRouter,
  analytics: analyticsRouter,
  billing: billingRouter,
  invoices: invoicesRouter,
  blog: blogRouter,
  customers: customersRouter,
  faq: faqRouter,
  contentStudio: contentStudioRouter,
  glossary: glossaryRouter,
  heroRedesign: heroRedesignRouter,
  leads: leadsRouter,
  media: mediaRouter,
  pages: pagesRouter,
  plans: plansRouter,
  notifications: notificationsRouter,
  requests: requestsRouter,
  search: searchRouter,
  services: servicesRouter,
  tokens: tokensRouter,
  webhooks: webhooksRouter,
  workspace: workspaceRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
