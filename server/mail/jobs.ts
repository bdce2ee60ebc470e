import type { JobRegistry } from "../platform/jobs";
import { EMAIL_SEND, emailSendJob } from "./outbox";

export const mailJobs: JobRegistry = { [EMAIL_SEND]: emailSendJob() };
