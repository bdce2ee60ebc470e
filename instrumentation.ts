import { isDatabaseUnavailable } from "./server/errors";
import { markDatabaseUnavailable } from "./server/platform/request-state";

/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeInstance } = await import("./server/platform/instance");
    registerNodeInstance();
  }
}

/** A request that failed because the database is unreachable answers 503 with Retry-After (marked before its status is written). */
export function onRequestError(error: unknown) {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
}
