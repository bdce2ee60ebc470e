import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as Engine from "@prisma/schema-engine-wasm";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, projectRoot, readMigrations } from "./migration-files";

export { migrationsDir, readMigrations };

/**
 * Migrations on Prisma's WebAssembly schema engine, so no native binary is ever downloaded.
 * Same `_prisma_migrations` bookkeeping (names, checksums) as `prisma migrate deploy`.
 */

export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");

const noFilters: Engine.SchemaFilter = { externalTables: [], externalEnums: [] };

type EngineModule = typeof Engine;
let enginePromise: Promise<EngineModule> | undefined;

// Node 20 cannot import a .wasm file from ESM, so the wasm-bindgen glue is wired by hand.
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue as EngineModule;
  })();
  return enginePromise;
}

export interface MigrationTarget {
  url?: string;
  pgliteDir?: string;
  /** An already open embedded database (tests); the caller closes it. */
  pglite?: PGlite;
}

async function withEngine<T>(target: MigrationTarget, run: (engine: Engine.SchemaEngine) => Promise<T>) {
  const { SchemaEngine } = await loadEngineModule();
  let factory: SqlMigrationAwareDriverAdapterFactory;
  let closeTarget = async () => {};
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: 2, connectionTimeoutMillis: 5_000 });
    factory = new PrismaPg(pool);
    closeTarget = () => pool.end();
  } else {
    const ownPglite = !target.pglite;
    if (target.pgliteDir) fs.mkdirSync(target.pgliteDir, { recursive: true });
    const pglite = target.pglite ?? new PGlite(target.pgliteDir);
    factory = new PrismaPGlite(pglite);
    if (ownPglite) closeTarget = () => pglite.close();
  }
  const schema = fs.readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await closeTarget();
  }
}

/** Like `prisma migrate deploy`: a database named in the URL that does not exist yet is created. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => {});
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString(), connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  return true;
}

/** Applies pending migrations; returns the names applied now. */
export async function deployMigrations(target: MigrationTarget, dir = migrationsDir): Promise<string[]> {
  if (target.url) await ensureDatabaseExists(target.url);
  const list = readMigrations(dir);
  const output = await withEngine(target, (engine) =>
    engine.applyMigrations({ migrationsList: list, filters: noFilters }),
  );
  return output.appliedMigrationNames;
}

/** SQL that takes the committed migrations to the current schema ("" when nothing changed). */
export async function diffSchemaAgainstMigrations(dir = migrationsDir): Promise<string> {
  const list = readMigrations(dir);
  const schema = fs.readFileSync(schemaPath, "utf8");
  // The diff replays the migrations on a shadow database: an in-memory PGlite, nothing to install.
  const pglite = new PGlite();
  const result = await withEngine({ pglite }, (engine) =>
    engine.diff({
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  await pglite.close();
  const sql = result.stdout ?? "";
  return /^\s*(--.*\s*)*$/.test(sql) && !/CREATE|ALTER|DROP/i.test(sql) ? "" : sql;
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its path, or null if empty. */
export async function createMigration(name: string, dir = migrationsDir): Promise<string | null> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!slug) throw new Error("A migration needs a name: npm run db:migrate:create -- add_leads");
  const sql = await diffSchemaAgainstMigrations(dir);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = path.join(dir, `${stamp}_${slug}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(lock, '# Written by scripts/migrate.ts; keep it in version control.\nprovider = "postgresql"\n');
  }
  return path.join(folder, "migration.sql");
}
