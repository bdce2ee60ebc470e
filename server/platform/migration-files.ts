import fs from "node:fs";
import path from "node:path";
import type * as Engine from "@prisma/schema-engine-wasm";

// Plain file reading, kept apart from the schema engine so the readiness check stays light.
export const projectRoot = path.resolve(/* turbopackIgnore: true */ process.cwd());
export const migrationsDir = path.join(/* turbopackIgnore: true */ projectRoot, "prisma", "migrations");

export function readMigrations(dir = migrationsDir): Engine.MigrationList {
  const names = fs.existsSync(/* turbopackIgnore: true */ dir)
    ? fs
        .readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const lockPath = path.join(/* turbopackIgnore: true */ dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(/* turbopackIgnore: true */ dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Names of migrations in the folder that the database has not finished applying. */
export function pendingMigrationNames(
  applied: { migration_name: string; finished_at: Date | null }[],
  dir = migrationsDir,
): string[] {
  const done = new Set(applied.filter((m) => m.finished_at).map((m) => m.migration_name));
  return readMigrations(dir)
    .migrationDirectories.map((m) => m.path)
    .filter((name) => !done.has(name));
}
