import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import { type DatabaseHandle, openDatabase } from "../platform/db";
import { deployMigrations, migrationsDir, readMigrations } from "../platform/migrations";

export type TestDbKind = "pglite" | "postgres";

export const testDbKind = (): TestDbKind => (process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite");
export const testServerUrl = () => process.env.TEST_DATABASE_URL || undefined;

/**
 * describe() for tests that need a database: on the "postgres" project it runs only when
 * TEST_DATABASE_URL is set, and otherwise shows up as skipped with the reason in its name.
 */
export function describeDb(name: string, fn: () => void) {
  const skip = testDbKind() === "postgres" && !testServerUrl();
  const label = `${name} [${testDbKind()}]${skip ? " (skipped: TEST_DATABASE_URL not set)" : ""}`;
  return (skip ? describe.skip : describe)(label, fn);
}

export interface TestDatabase extends DatabaseHandle {
  /** postgres:// URL of this test's own database (server only). */
  url?: string;
}

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh, fully migrated database for one test file; close() drops it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === "postgres") {
    const serverUrl = testServerUrl();
    if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
    const name = `atelier_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = withDatabase(serverUrl, name);
    await deployMigrations({ url });
    const handle = openDatabase({ url, poolMax: 5 });
    return {
      ...handle,
      url,
      close: async () => {
        await handle.close();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  // In memory: the committed migration files applied as they are, in order.
  const pglite = new PGlite();
  for (const dir of readMigrations().migrationDirectories) {
    await pglite.exec(fs.readFileSync(path.join(migrationsDir, dir.path, "migration.sql"), "utf8"));
  }
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
