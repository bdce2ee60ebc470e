// Ctrl-C or SIGTERM during a benchmark still stops what it started (server, browser, database).
// Cleanups run newest first, once; the process then exits with 128 + the signal number.
const cleanups: (() => Promise<void> | void)[] = [];
let installed = false;

export function onInterrupt(cleanup: () => Promise<void> | void): () => void {
  cleanups.push(cleanup);
  if (!installed) {
    installed = true;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, async () => {
        console.error(`\n${signal}: cleaning up…`);
        for (const run of cleanups.splice(0).reverse()) {
          try {
            await run();
          } catch (error) {
            console.error(error);
          }
        }
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
    }
  }
  return () => {
    const i = cleanups.indexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
  };
}
