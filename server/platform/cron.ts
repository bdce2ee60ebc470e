import { timingSafeEqual } from "node:crypto";
import { serverEnv } from "../env";
import type { Db } from "./db";
import { type JobRegistry, runDueJobs } from "./jobs";
import { logger } from "./logger";

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * A scheduler's call (Vercel Cron sends `Authorization: Bearer $CRON_SECRET`): one pass of due
 * jobs bounded by JOBS_CRON_BUDGET_MS, answered with its counts. Without CRON_SECRET set, every
 * call is refused: resident instances run the jobs themselves.
 */
export async function runJobsFromCron(
  request: Request,
  deps: { db: Db; registry: JobRegistry; secret?: string; budgetMs?: number; concurrency?: number },
): Promise<Response> {
  const env = serverEnv();
  const secret = deps.secret ?? env.CRON_SECRET;
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!secret || !sameSecret(given, secret)) {
    return Response.json(
      { error: secret ? "A valid Authorization: Bearer <CRON_SECRET> header is required." : "CRON_SECRET is not set." },
      { status: 401, headers: { "cache-control": "no-store", "www-authenticate": "Bearer" } },
    );
  }
  const counts = await runDueJobs(deps.db, deps.registry, {
    budgetMs: deps.budgetMs ?? env.JOBS_CRON_BUDGET_MS,
    concurrency: deps.concurrency ?? env.JOBS_CONCURRENCY,
  });
  logger.info(counts, "cron job pass");
  return Response.json(counts, { headers: { "cache-control": "no-store" } });
}
