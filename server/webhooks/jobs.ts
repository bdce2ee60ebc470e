import type { JobRegistry } from "../platform/jobs";
import { webhookDeliverJob } from "./delivery";
import { WEBHOOK_DELIVER } from "./service";

export const webhookJobs: JobRegistry = { [WEBHOOK_DELIVER]: webhookDeliverJob() };
