import { randomBytes } from "node:crypto";
import pg from "pg";
import { onInterrupt } from "./cleanup";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The PostgreSQL server benchmarks use: BENCH_DATABASE_URL, TEST_DATABASE_URL, then the local one. Loopback only. */
export function benchServerUrl() {
  const adminUrl =
    process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
  const host = new URL(adminUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to benchmark a non-loopback database server (${host})`);
  }
  return adminUrl;
}

/**
 * Creates atelier_bench_<pid>_<random> on the server and returns its URL and a drop function
 * (also run on Ctrl-C). Databases left by interrupted runs whose process is gone are dropped first.
 */
export async function createScratchDatabase(adminUrl: string) {
  const name = `atelier_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const stale = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^atelier_bench_[0-9]+_[0-9a-f]+$'`,
  );
  for (const { datname } of stale.rows) {
    const owner = Number(datname.split("_")[2]);
    if (owner !== process.pid && !isAlive(owner)) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      console.log(`Dropped ${datname}, left behind by an interrupted run`);
    }
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const dropDatabase = async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
  const forget = onInterrupt(dropDatabase);
  return {
    name,
    url: url.toString(),
    host: url.host,
    drop: async () => {
      forget();
      await dropDatabase();
    },
  };
}
