import { EnvError, serverEnv } from "../env";
import { markShuttingDown } from "../health/service";
import { jobRegistry } from "../jobs";
import { db } from "./db";
import { type JobRunner, startJobRunner } from "./jobs";
import { logger } from "./logger";

/** Start-up of one server instance: fail fast on a bad environment, drain on SIGTERM. */
export function registerNodeInstance() {
  let env: ReturnType<typeof serverEnv>;
  try {
    env = serverEnv();
    logger.info({ mode: env.ATELIER_MODE, database: env.DATABASE_URL ? "postgres" : "pglite" }, "instance starting");
  } catch (error) {
    // A bad environment stops the instance, naming the variable, instead of failing per request.
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  // Emails, the upload sweep and every other deferred job (safe when several instances run them).
  let runner: JobRunner | undefined;
  if (env.JOBS_RUNNER === "on") {
    runner = startJobRunner(db, jobRegistry, { pollMs: env.JOBS_POLL_MS, concurrency: env.JOBS_CONCURRENCY });
  }
  // Next closes the HTTP server and lets in-flight requests finish; meanwhile readiness answers
  // 503 so a load balancer stops sending traffic here, and the runner finishes its jobs.
  process.once("SIGTERM", () => {
    markShuttingDown();
    runner?.stop().then(() => logger.info("job runner stopped"));
    logger.info("SIGTERM received: draining requests, then exiting");
  });
}
