import { EnvError, serverEnv } from "../env";
import { sweepPendingUploads } from "../files/direct";
import { sweepUnattachedFiles } from "../files/service";
import { markShuttingDown } from "../health/service";
import { db } from "./db";
import { logger } from "./logger";
import { startEmailWorker, stopEmailWorker } from "./mailer";
import { storage } from "./storage";

/** Start-up of one server instance: fail fast on a bad environment, drain on SIGTERM. */
export function registerNodeInstance() {
  try {
    const env = serverEnv();
    logger.info({ mode: env.ATELIER_MODE, database: env.DATABASE_URL ? "postgres" : "pglite" }, "instance starting");
  } catch (error) {
    // A bad environment stops the instance, naming the variable, instead of failing per request.
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  // Next closes the HTTP server and lets in-flight requests finish; meanwhile readiness answers
  // 503 so a load balancer stops sending traffic here.
  startEmailWorker(db);
  // Uploads nobody attached, or signed and never confirmed, within a day are removed (safe when
  // several instances sweep at once).
  const sweeper = setInterval(() => {
    sweepUnattachedFiles(db(), storage()).catch((error) => logger.warn({ err: error }, "file sweep failed"));
    sweepPendingUploads(db(), storage()).catch((error) => logger.warn({ err: error }, "pending upload sweep failed"));
  }, 3_600_000);
  sweeper.unref();
  process.once("SIGTERM", () => {
    markShuttingDown();
    stopEmailWorker();
    clearInterval(sweeper);
    logger.info("SIGTERM received: draining requests, then exiting");
  });
}
