import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { serverEnv } from "../env";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** The connection pool of a PostgreSQL server (for its statistics in /api/metrics). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a server; without it the embedded database is used. */
  url?: string;
  /** Directory of the embedded database; undefined means in memory (tests). */
  pgliteDir?: string;
  poolMax?: number;
}

/**
 * Opens Prisma over a PostgreSQL server (pooled) or over embedded PGlite. PGlite takes no lock,
 * so one directory must only ever be opened by one process.
 */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    return {
      prisma,
      kind: "postgres",
      pool,
      close: async () => {
        await prisma.$disconnect();
        if (!pool.ended) await pool.end();
      },
    };
  }
  if (options.pgliteDir) fs.mkdirSync(options.pgliteDir, { recursive: true });
  const pglite = new PGlite(options.pgliteDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

const globalForDb = globalThis as unknown as { atelierDb?: DatabaseHandle };

/** The process-wide database, opened on first use (never at import, so `next build` stays off it). */
export function database(): DatabaseHandle {
  if (!globalForDb.atelierDb) {
    const env = serverEnv();
    globalForDb.atelierDb = openDatabase({
      url: env.DATABASE_URL,
      pgliteDir: env.PGLITE_DIR,
      poolMax: env.DATABASE_POOL_MAX,
    });
  }
  return globalForDb.atelierDb;
}

export const db = (): PrismaClient => database().prisma;

/** The process-wide database if something has opened it already (metrics must not open one). */
export const openedDatabase = (): DatabaseHandle | undefined => globalForDb.atelierDb;

export async function closeDatabase() {
  const handle = globalForDb.atelierDb;
  globalForDb.atelierDb = undefined;
  await handle?.close();
}
