import { isDatabaseUnavailable } from "./server/errors";
import { markDatabaseUnavailable } from "./server/platform/request-state";

/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeInstance } = await import("./server/platform/instance");
    registerNodeInstance();
    const { installHttpObserver } = await import("./server/platform/metrics");
    installHttpObserver();
    const { serverEnv } = await import("./server/env");
    if (serverEnv().TRPC_FASTPATH === "1" && !process.env.VERCEL) {
      // Used only where the preload hook runs (npm start, the container image); Vercel keeps the route.
      const { installTrpcFastPath } = await import("./server/http-node");
      installTrpcFastPath();
    }
    if (serverEnv().OTEL_EXPORTER_OTLP_ENDPOINT) {
      // Loaded only when traces go somewhere: the SDK costs start-up time and memory otherwise.
      const { registerOTel } = await import("@vercel/otel");
      registerOTel({ serviceName: "atelier" }); // OTEL_SERVICE_NAME, when set, is read by the SDK
    }
  }
}

/** A request that failed because the database is unreachable answers 503 with Retry-After (marked before its status is written). */
export function onRequestError(error: unknown) {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
}
