import type { JobRegistry } from "../platform/jobs";
import { storage } from "../platform/storage";
import { sweepPendingUploads } from "./direct";
import { sweepUnattachedFiles } from "./service";

/** Uploads nobody attached, or signed and never confirmed, within a day are removed, hourly (one run for all instances). */
export const fileJobs: JobRegistry = {
  "files.sweep": {
    everyMs: 3_600_000,
    maxAttempts: 3,
    run: async (_payload, { db }) => {
      await sweepUnattachedFiles(db, storage());
      await sweepPendingUploads(db, storage());
    },
  },
};
