import type { JobRegistry } from "../platform/jobs";
import { storage } from "../platform/storage";
import { sweepUnattachedFiles } from "./service";

/** Uploads nobody attached within a day are removed, hourly (one run for all instances). */
export const fileJobs: JobRegistry = {
  "files.sweep": {
    everyMs: 3_600_000,
    maxAttempts: 3,
    run: (_payload, { db }) => sweepUnattachedFiles(db, storage()),
  },
};
