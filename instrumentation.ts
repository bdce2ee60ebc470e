/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeInstance } = await import("./server/platform/instance");
    registerNodeInstance();
  }
}
