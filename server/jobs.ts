import { contentStudioJobs } from "./content-studio/jobs";
import { fileJobs } from "./files/jobs";
import { billingJobs } from "./invoices/moments";
import { mailJobs } from "./mail/jobs";
import { type JobRegistry, platformJobs } from "./platform/jobs";
import { webhookJobs } from "./webhooks/jobs";

/**
 * Every kind of deferred work, gathered from the domains (as server/router.ts gathers routers).
 * Instances (server/platform/instance.ts) and the cron route (app/api/cron/jobs) run these.
 */
export const jobRegistry: JobRegistry = {
  ...platformJobs,
  ...mailJobs,
  ...fileJobs,
  ...billingJobs,
  ...webhookJobs,
  ...contentStudioJobs,
};
