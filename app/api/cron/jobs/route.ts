import { jobRegistry } from "@/server/jobs";
import { runJobsFromCron } from "@/server/platform/cron";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";
// JOBS_CRON_BUDGET_MS (20 s by default) plus time for the jobs running when it ends.
export const maxDuration = 60;

export function GET(request: Request) {
  return runJobsFromCron(request, { db: db(), registry: jobRegistry });
}

export const POST = GET;
