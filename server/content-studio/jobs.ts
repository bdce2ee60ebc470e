import { invalidateTags } from "../platform/cache";
import type { JobRegistry } from "../platform/jobs";
import type { StudioKind } from "./schemas";
import { runScheduled, SCHEDULED_JOB } from "./service";

/** Scheduled publish and unpublish, run by whichever instance (or cron call) claims the job first. */
export const contentStudioJobs: JobRegistry = {
  [SCHEDULED_JOB]: {
    maxAttempts: 1,
    run: async (payload, { db }) => {
      const tags = await runScheduled(
        db,
        payload as { kind: StudioKind; id: string; action: "publish" | "unpublish"; at: string },
      );
      invalidateTags(tags);
    },
  },
};
