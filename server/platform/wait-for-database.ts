import pg from "pg";

/**
 * Start-up waits for a PostgreSQL server that is not answering yet (a container starting beside
 * us, a failover) instead of exiting at once; it gives up after `timeoutSeconds` so a wrong
 * address still fails the start, with the last reason.
 */
export async function waitForDatabase(
  url: string,
  options: { timeoutSeconds: number; say?: (line: string) => void },
): Promise<void> {
  const say = options.say ?? ((line: string) => console.log(line));
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const where = whereIs(url);
  let delayMs = 500;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query("select 1");
      if (attempt > 1) say(`Atelier: the database at ${where} answers now.`);
      return;
    } catch (error) {
      // The server answers; the database it names is created by the migration that comes next.
      if ((error as { code?: string }).code === "3D000") return;
      const reason = (error as Error).message || String(error);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`The database at ${where} did not answer within ${options.timeoutSeconds} s: ${reason}`);
      }
      delayMs = Math.min(delayMs * 2, 5_000, left);
      say(
        `Atelier: waiting for the database at ${where} (${reason}); trying again in ${(delayMs / 1000).toFixed(1)} s…`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/** host:port/database, never the password. */
function whereIs(url: string) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}
